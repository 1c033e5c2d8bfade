"""A refresh of Review while Anna types in a note's text (another window on the same workspace, or a
colleague on a shared store, changed something) keeps her editor open with what she typed. Her save then
goes the normal way: saved when the colleague changed another note, the side-by-side choice when the
colleague changed the same one; never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QPlainTextEdit

from app import conflicts, notes
from tests.two_secretaries import two_secretaries
from ui import msgbox
from ui.secretariat.notes_model import COL_TEXT

from ..chair.conftest import type_text
from .two_review_windows import CTRL, EVENTUALLY, open_on_review

FIRST = "Fler bussturer på landsbygden"
SECOND = "Bredband till varje by"
TYPED = "Annas rättelse: kvällsturer till Åsele"


@pytest.fixture
def two_windows(backend, qtbot, qapp, tmp_path, request, sync_ops):
    """Anna's and Britt's windows on Review: on PostgreSQL two secretaries' workspaces, each window
    hearing the other's saves; on SQLite one workspace opened twice."""
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    store, conference_id = pair.anna.store, pair.conference_id
    ids = (
        notes.add_note(store, conference_id, 3, 1, FIRST, votes=2),
        notes.add_note(store, conference_id, 4, 1, SECOND, votes=1),
    )
    anna, britt = open_on_review(qtbot, qapp, (pair.anna, pair.britt), conference_id, rows=2)
    yield anna, britt, ids, conference_id
    britt.close()
    anna.close()
    pair.close()


def _start_typing(qtbot, window, note_id: str) -> QPlainTextEdit:
    with qtbot.waitActive(window):
        window.activateWindow()
    review = window.review_view
    cell = review.view.visualRect(review.model.index(review.model.row_of(note_id), COL_TEXT)).center()
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(qtbot, editor, TYPED)
    return editor


def _britt_saves_and_anna_hears(qtbot, anna, britt, note_id: str, text: str) -> None:
    """Britt saves a note as her Review saves it; Anna's window hears it as the app hears it: on
    PostgreSQL its own watch, on one SQLite file (not watched) the same signal given by hand."""
    watch = anna.context._watch
    with qtbot.waitSignal(watch.changed, timeout=EVENTUALLY):
        britt.review_view.edit_text(note_id, text, seen_rev=notes.note(britt.context.store, note_id).rev)
        if not watch.active:
            watch.changed.emit(frozenset({"notes"}))
    qtbot.wait(100)  # a reset would have closed the editor by now (the query runs at once under sync_ops)


def _still_typing(anna, editor: QPlainTextEdit) -> None:
    view = anna.review_view.view
    assert view.state() == QAbstractItemView.State.EditingState
    assert QApplication.focusWidget() is editor
    assert editor.toPlainText() == TYPED


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_change_to_another_note_leaves_her_editor_and_her_save_goes_through(qtbot, two_windows):
    anna, britt, (first_id, second_id), conference_id = two_windows
    store = anna.context.store
    editor = _start_typing(qtbot, anna, first_id)
    _britt_saves_and_anna_hears(qtbot, anna, britt, second_id, "Bredband och mobiltäckning")
    _still_typing(anna, editor)

    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    review = anna.review_view
    qtbot.waitUntil(lambda: notes.note(store, first_id).text == TYPED, timeout=EVENTUALLY)
    qtbot.waitUntil(
        lambda: review.model.note_at(review.model.row_of(second_id)).text == "Bredband och mobiltäckning",
        timeout=EVENTUALLY,
    )  # the refresh held back while she typed came once she had saved
    assert not msgbox.open_boxes()
    assert conflicts.open_conflicts(store, conference_id) == []


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_change_to_the_same_note_leaves_her_editor_and_her_save_keeps_both(qtbot, two_windows, tmp_path):
    anna, britt, (first_id, _second_id), conference_id = two_windows
    store = anna.context.store
    editor = _start_typing(qtbot, anna, first_id)
    _britt_saves_and_anna_hears(qtbot, anna, britt, first_id, "Britts rättelse: bussturer även på helgerna")
    _still_typing(anna, editor)

    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    box = msgbox.open_boxes()[0]
    box.grab().save(str(tmp_path / "ändrad-medan-hon-skrev.png"))
    assert box.windowTitle() == "Ändrad av någon annan"
    assert "Din text är sparad" in box.text() and "Konflikter" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)
    assert notes.note(store, first_id).text == TYPED
    [conflict] = conflicts.open_conflicts(store, conference_id)
    assert (conflict.field, conflict.ours, conflict.theirs) == (
        "text",
        TYPED,
        "Britts rättelse: bussturer även på helgerna",
    )


UNION = "Kvällsturer till Åsele, även på helgerna"
BRITTS = "Britts rättelse"


def typing_a_union(qtbot, anna, britt, first_id: str) -> None:
    """Britt and Anna correct the same note (a conflict), and Anna starts typing an edited union of the two
    in Review's conflicts panel, by mouse, without settling it."""
    review = anna.review_view
    seen = review.model.note_at(review.model.row_of(first_id)).rev
    britt.review_view.edit_text(first_id, BRITTS, seen_rev=notes.note(britt.context.store, first_id).rev)
    review.edit_text(first_id, TYPED, seen_rev=seen)  # the two versions of a conflict
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    qtbot.mouseClick(msgbox.open_boxes()[0].button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    panel = review.conflicts_panel
    review.inner_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.union_edit.isEnabled() and panel.union_edit.isVisible(), timeout=EVENTUALLY)
    with qtbot.waitActive(anna):
        anna.activateWindow()
    qtbot.mouseClick(panel.union_edit.viewport(), Qt.MouseButton.LeftButton)
    panel.union_edit.selectAll()
    type_text(qtbot, panel.union_edit, UNION)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_change_elsewhere_leaves_the_union_she_is_typing_in_a_conflict(qtbot, two_windows, tmp_path):
    anna, britt, (first_id, second_id), conference_id = two_windows
    store = anna.context.store
    review = anna.review_view
    panel = review.conflicts_panel
    typing_a_union(qtbot, anna, britt, first_id)

    _britt_saves_and_anna_hears(qtbot, anna, britt, second_id, "Bredband och mobiltäckning")
    qtbot.waitUntil(
        lambda: review.model.note_at(review.model.row_of(second_id)).text == "Bredband och mobiltäckning",
        timeout=EVENTUALLY,
    )  # the refresh came
    assert panel.union_edit.toPlainText() == UNION

    qtbot.mouseClick(panel.keep_union_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    qtbot.mouseClick(msgbox.open_boxes()[0].button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflicts.open_conflicts(store, conference_id) == [], timeout=EVENTUALLY)
    assert notes.note(store, first_id).text == UNION
