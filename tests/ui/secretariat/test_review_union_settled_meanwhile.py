"""Anna writes an edited union for a conflict in Review; before she settles it a colleague (or her other
window) settles the same conflict. The list moves on, and she is told so, with what was kept and her own
text, and asked whether to save her union as the note's text (the normal edit) or discard it: never lost
without a word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import conflicts, notes
from ui import msgbox

from .test_review_typing_survives_refresh import BRITTS, UNION, two_windows, typing_a_union  # noqa: F401
from .two_review_windows import EVENTUALLY


def _britt_settles_and_anna_hears(qtbot, anna, britt, conference_id: str) -> QMessageBox:
    """Britt keeps her own version; Anna's window hears it (on one SQLite file, the signal given by hand)."""
    [conflict] = conflicts.open_conflicts(britt.context.store, conference_id)
    watch = anna.context._watch
    with qtbot.waitSignal(watch.changed, timeout=EVENTUALLY):
        theirs_panel = britt.review_view.conflicts_panel
        theirs_panel.refresh()  # her own list, read again (one SQLite file is not watched)
        theirs_panel.select_conflict(conflict)
        assert theirs_panel.resolve("theirs" if conflict.theirs == BRITTS else "ours")
        if not watch.active:
            watch.changed.emit(frozenset({"notes", "conflicts"}))
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    box = msgbox.open_boxes()[0]
    assert box.windowTitle() == "Avgjord under tiden"
    assert BRITTS in box.text() and UNION in box.text()
    return box


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_conflict_settled_meanwhile_offers_her_union_as_the_notes_text(qtbot, two_windows, tmp_path):  # noqa: F811
    anna, britt, (first_id, _second_id), conference_id = two_windows
    store = anna.context.store
    typing_a_union(qtbot, anna, britt, first_id)
    box = _britt_settles_and_anna_hears(qtbot, anna, britt, conference_id)
    box.grab().save(str(tmp_path / "avgjord-under-tiden.png"))
    assert notes.note(store, first_id).text == BRITTS
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes.note(store, first_id).text == UNION, timeout=EVENTUALLY)
    assert not msgbox.open_boxes()
    assert conflicts.open_conflicts(store, conference_id) == []


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_conflict_settled_meanwhile_lets_her_discard_her_union(qtbot, two_windows):  # noqa: F811
    anna, britt, (first_id, _second_id), conference_id = two_windows
    store = anna.context.store
    typing_a_union(qtbot, anna, britt, first_id)
    box = _britt_settles_and_anna_hears(qtbot, anna, britt, conference_id)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)
    qtbot.wait(100)
    assert notes.note(store, first_id).text == BRITTS
    assert conflicts.open_conflicts(store, conference_id) == []
