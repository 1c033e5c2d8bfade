"""F2 in Review to add a word to a note: the editor opened with the cursor before the first character, so
"i Västerby" typed to end a pasted note landed at its start ("i VästerbyInklistrat från mejlet: …"). It
now opens with the cursor after the text, as F2 does in a spreadsheet and in the chair's notes list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app import notes
from tests.ui.chair.conftest import type_text
from ui.secretariat.notes_model import COL_TEXT

from .conftest import open_review_by_keys

PASTED = "Inklistrat från mejlet:\n\n\tPunkt 1\tbudget\n\tPunkt 2\tlokaler\n\n— Hälsningar"


def test_a_word_typed_after_f2_ends_the_note(qtbot, qapp, demo_workspace, demo_conference_id):
    note_id = notes.add_note(demo_workspace.store, demo_conference_id, 4, 2, PASTED)
    window = open_review_by_keys(qtbot, qapp, demo_workspace, demo_conference_id, rows=1)
    view = window.review_view.view
    cell = view.visualRect(view.model().index(0, COL_TEXT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit), timeout=3000)
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, ", i Västerby")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
    qtbot.waitUntil(lambda: notes.note(demo_workspace.store, note_id).text != PASTED, timeout=3000)
    assert notes.note(demo_workspace.store, note_id).text == PASTED + ", i Västerby"
    window.close()
