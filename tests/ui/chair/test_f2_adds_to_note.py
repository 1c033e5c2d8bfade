"""F2 on a saved note: the chair who presses it to add a word must not lose the note to her first key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import type_text
from .real_hands import click_note, fill_question, in_swedish, open_table


def test_a_key_typed_after_f2_adds_to_the_note(qtbot, qapp, demo_workspace, demo_conference_id):
    """The editor opened with the whole text selected, so the first key replaced the note; now it opens
    with the cursor after the last character, as a chair expects from any text she clicks into."""
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 3)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    click_note(qtbot, chair, 1)
    before = chair.notes_model.note(1).text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.toPlainText() == before
    assert not editor.textCursor().hasSelection()
    type_text(qtbot, editor, " – även för äldre")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert chair.notes_model.note(1).text == before + " – även för äldre"
    chair.close()
