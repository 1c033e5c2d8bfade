"""Two secretariat windows on one SQLite workspace (one origin), in Swedish: a note saved in one window
over a save made in the other since it showed the note is never a silent overwrite. Both texts stay,
side by side under Konflikter, as on a shared PostgreSQL store; a window's own earlier save is no
change underneath.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import conflicts, demo, notes
from app.bundles.identity import create_identity
from app.workspace import Workspace
from ui import msgbox

from .two_review_windows import CTRL, EVENTUALLY, edit_text, open_on_review


@pytest.fixture
def two_windows(qtbot, qapp, tmp_path, sync_ops):
    first = Workspace.create(tmp_path / "kansliet", "secretariat")
    create_identity(first, "Kansliet Åsele")
    conference_id = demo.ensure_demo(first.store)
    note_id = notes.add_note(first.store, conference_id, 3, 1, "Fler bussturer på landsbygden", votes=2)
    second = Workspace(first.dir)  # the same workspace opened again
    anna, britt = open_on_review(qtbot, qapp, (first, second), conference_id)
    yield anna, britt, note_id, conference_id
    britt.close()
    anna.close()
    second.close()


def _the_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    return msgbox.open_boxes()[0]


def test_saving_over_the_other_windows_save_keeps_both_side_by_side(qtbot, two_windows, tmp_path):
    anna, britt, note_id, conference_id = two_windows
    store = anna.context.store
    assert anna.review_view.model.note_at(0).text == "Fler bussturer på landsbygden"

    edit_text(qtbot, britt, "Britts rättelse: bussturer även på helgerna")
    qtbot.waitUntil(
        lambda: notes.note(store, note_id).text == "Britts rättelse: bussturer även på helgerna",
        timeout=EVENTUALLY,
    )
    assert not msgbox.open_boxes()
    # Anna's window still shows the note as it was: nothing tells a SQLite window of another's save.
    assert anna.review_view.model.note_at(0).text == "Fler bussturer på landsbygden"

    edit_text(qtbot, anna, "Annas rättelse: kvällsturer till Åsele")
    box = _the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "sparad-under-tiden.png"))
    assert box.windowTitle() == "Ändrad av någon annan"
    assert "Din text är sparad" in box.text() and "Konflikter" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)

    assert notes.note(store, note_id).text == "Annas rättelse: kvällsturer till Åsele"
    [conflict] = conflicts.open_conflicts(store, conference_id)
    assert (conflict.field, conflict.ours, conflict.theirs) == (
        "text",
        "Annas rättelse: kvällsturer till Åsele",
        "Britts rättelse: bussturer även på helgerna",
    )
    review = anna.review_view
    qtbot.waitUntil(
        lambda: review.inner_tabs.tabText(1).replace("&", "") == "Konflikter (1)", timeout=EVENTUALLY
    )

    # Her own next save, from the list as her first save left it, is no change underneath.
    edit_text(qtbot, anna, "Annas rättelse: kvällsturer till Åsele och Vilhelmina")
    qtbot.waitUntil(
        lambda: notes.note(store, note_id).text == "Annas rättelse: kvällsturer till Åsele och Vilhelmina",
        timeout=EVENTUALLY,
    )
    qtbot.wait(100)
    assert not msgbox.open_boxes()
    [conflict] = conflicts.open_conflicts(store, conference_id)
    assert conflict.theirs == "Britts rättelse: bussturer även på helgerna"

    # Anna keeps Britt's text in her own window; what settling wrote is hers, so undoing her last edit
    # afterwards is no change underneath either.
    panel = review.conflicts_panel
    review.inner_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.keep_theirs_button.isEnabled(), timeout=EVENTUALLY)
    # Both versions are this workspace's: each is named by which was saved first, not both "sekretariatet".
    assert panel.keep_ours_button.text() == "Behåll versionen från sekretariatets senare sparning"
    assert panel.keep_theirs_button.text() == "Behåll versionen från sekretariatets tidigare sparning"
    qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
    question = _the_box(qtbot)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflicts.open_conflicts(store, conference_id) == [], timeout=EVENTUALLY)
    assert notes.note(store, note_id).text == "Britts rättelse: bussturer även på helgerna"
    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL)
    assert notes.note(store, note_id).text == "Annas rättelse: kvällsturer till Åsele"
    qtbot.wait(100)
    assert not msgbox.open_boxes()


def test_a_save_in_one_window_stays_no_conflict_when_nobody_else_saved(qtbot, two_windows):
    anna, _britt, note_id, conference_id = two_windows
    store = anna.context.store
    edit_text(qtbot, anna, "Fler bussturer på landsbygden, även söndagar")
    qtbot.waitUntil(
        lambda: notes.note(store, note_id).text == "Fler bussturer på landsbygden, även söndagar",
        timeout=EVENTUALLY,
    )
    qtbot.keyClick(anna.review_view.view, Qt.Key.Key_Z, CTRL)
    assert notes.note(store, note_id).text == "Fler bussturer på landsbygden"
    qtbot.wait(100)
    assert not msgbox.open_boxes()
    assert conflicts.open_conflicts(store, conference_id) == []
