"""Searching notes that hold brackets of their own, in Swedish: a pasted e-mail subject "[EXTERN] Sv: …"
is shown as written, and only the word searched for is highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import notes

from .conftest import type_text
from .real_hands import in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_notes_own_brackets_are_shown_and_not_taken_for_the_highlight(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """The search marked its matches with [ ] and the window took every [ ] for a mark: "[EXTERN]" lost
    its brackets and was highlighted as if it matched, and "[bilaga]" too."""
    in_swedish(qapp)
    pasted = "[EXTERN] Sv: busskort för alla under 20 [bilaga]"
    notes.add_note(demo_workspace.store, demo_conference_id, 3, 1, pasted)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    qtbot.keyClick(chair.entry, Qt.Key.Key_F, CTRL)
    dialog = chair.search_dialog
    type_text(qtbot, dialog.query, "busskort")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)  # once typing pauses
    index = dialog.model.index(0)
    assert dialog.model.data(index).startswith(pasted), dialog.model.data(index)
    html = dialog.model.data(index, Qt.ItemDataRole.UserRole + 1)
    assert html.count("<span") == 1 and ">busskort</span>" in html, html
    assert "[EXTERN] Sv: " in html and " [bilaga]" in html
    dialog.close()
    chair.close()
