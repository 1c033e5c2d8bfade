"""Review of notes, in Swedish at 1366×768: a private remark the personal-data review finds nothing in
("Hon sa privat …") is left out of what is published by a right click on its row, "Utelämna ur det som
publiceras"; the row says so, the public report read back lacks it, and Ctrl+Z brings it back. The
keyboard reaches the same (Ctrl+Shift+L), and "Ta med i det som publiceras igen" publishes it again."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import notes
from app.cli import main
from app.privacy import left_out
from app.privacy.review import review as privacy_review
from tests.ui.secretariat.conftest import open_review_by_keys
from ui.secretariat.notes_model import COL_TEXT

REMARK = "Hon sa privat att hon mår dåligt, ta inte med det här"
OTHER = "Fler mötesplatser för unga i centrum"


def _public_text(workspace, conference_id: str, path: Path) -> str:
    public = ["minutes", "--conference", conference_id, "--public", "--redact-undecided", "-o", str(path)]
    assert main(["--workspace", str(workspace.dir), *public]) == 0
    read = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(read.stdout.decode("utf-8").split())


def _right_click_menu(qtbot, view, row: int):
    """A real right click on the row's text, given to the window as the system gives it: Qt makes the
    context menu event of the press (a click sent to the widget itself would bring no menu)."""
    where = view.visualRect(view.model().index(row, COL_TEXT)).center()
    window = view.window()
    at = view.viewport().mapTo(window, where)
    # Later than a double click's interval after the last one: a second right click is a new click
    later = QApplication.doubleClickInterval() + 50
    QTest.mouseClick(
        window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at, later
    )
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    return QApplication.activePopupWidget()


def _click_item(qtbot, menu, text: str) -> None:
    """A click on the menu's item, given to the menu's window as the system gives it."""
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled()
    at = menu.actionGeometry(action).center()
    QTest.mouseClick(menu.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)


def test_a_remark_is_left_out_by_a_right_click_and_undone(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, tmp_path
):
    store = demo_workspace.store
    remark = notes.add_note(store, demo_conference_id, 3, 1, REMARK)
    notes.add_note(store, demo_conference_id, 3, 1, OTHER)
    assert not [h for h in privacy_review(store, demo_conference_id) if h.source.source_id == remark]
    rows = len(notes.list_notes(store, demo_conference_id))
    window = open_review_by_keys(qtbot, qapp, demo_workspace, demo_conference_id, rows)
    assert (window.width(), window.height()) == (1366, 768)
    review = window.review_view
    model, view = review.model, review.view
    row = model.row_of(remark)
    assert model.data(model.index(row, COL_TEXT)) == REMARK

    menu = _right_click_menu(qtbot, view, row)
    _click_item(qtbot, menu, "Utelämna ur det som publiceras")
    qtbot.waitUntil(lambda: left_out.is_left_out(store, remark), timeout=2000)
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(remark), COL_TEXT)) == f"Utelämnas: {REMARK}")
    text = _public_text(demo_workspace, demo_conference_id, tmp_path / "left-out.pdf")
    assert "mår dåligt" not in text and OTHER in text

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ångra
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(remark), COL_TEXT)) == REMARK)
    assert not left_out.is_left_out(store, remark)
    assert "mår dåligt" in _public_text(demo_workspace, demo_conference_id, tmp_path / "undone.pdf")

    # By the keyboard: the row still selected, Ctrl+Shift+L; then the menu offers to include it again
    qtbot.keyClick(
        view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: left_out.is_left_out(store, remark), timeout=2000)
    menu = _right_click_menu(qtbot, view, model.row_of(remark))
    _click_item(qtbot, menu, "Ta med i det som publiceras igen")
    qtbot.waitUntil(lambda: not left_out.is_left_out(store, remark), timeout=2000)
    assert "mår dåligt" in _public_text(demo_workspace, demo_conference_id, tmp_path / "again.pdf")
    window.close()


def test_a_change_after_an_undo_takes_the_undone_message_away(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """Ctrl+Z said "Ångrade: utelämna ur det som publiceras" for 8 seconds; Ctrl+Shift+L within them left
    the note out again under that line, which said the opposite of what had just been done."""
    store = demo_workspace.store
    remark = notes.add_note(store, demo_conference_id, 3, 1, REMARK)
    rows = len(notes.list_notes(store, demo_conference_id))
    window = open_review_by_keys(qtbot, qapp, demo_workspace, demo_conference_id, rows)
    view, model = window.review_view.view, window.review_view.model
    view.setCurrentIndex(model.index(model.row_of(remark), COL_TEXT))
    leave_out = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_L, leave_out)
    qtbot.waitUntil(lambda: left_out.is_left_out(store, remark), timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not left_out.is_left_out(store, remark), timeout=2000)
    assert window.statusBar().currentMessage() == "Ångrade: utelämna ur det som publiceras"
    qtbot.keyClick(view, Qt.Key.Key_L, leave_out)
    qtbot.waitUntil(lambda: left_out.is_left_out(store, remark), timeout=2000)
    assert not window.statusBar().currentMessage().startswith("Ångrade"), window.statusBar().currentMessage()
    window.close()
