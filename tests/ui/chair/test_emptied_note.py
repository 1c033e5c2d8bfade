"""A chair empties a saved note's text in place and presses Enter.

It used to do nothing and say nothing: the old text came back and she could not tell why. Now the note
is deleted as one step on the undo stack, and the status line says which note went and that Ctrl+Z brings
it back. Driven in Swedish with a double click on the drawn note and real keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app import notes

from .conftest import type_text
from .real_hands import in_swedish, note_point, open_table

MESSY = [
    "Fler mötesplatser för unga – typ fritidsgård i Järpen??",
    "busskort!! för alla under 20 (sa tre personer)",
    "Cykelväg Åre–Järpen, inte bara sommartid\nandra raden: vinterväghållning",
]


def _stored(chair) -> list[str]:
    s = chair.session
    found = notes.list_notes(chair.store, s.conference.id, table_number=3, question_id=s.questions[0].id)
    return [n.text for n in found]


def _type_notes(qtbot, chair) -> None:
    for text in MESSY:
        for line_number, line in enumerate(text.split("\n")):
            if line_number:
                qtbot.keyClick(chair.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            type_text(qtbot, chair.entry, line)
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    assert _stored(chair) == MESSY


def _open_editor_on(qtbot, chair, row: int) -> QPlainTextEdit:
    point, viewport = note_point(chair, row), chair.notes_view.viewport()
    # A double click as the hand makes it: QTest's double click alone carries no first press.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit), timeout=3000)
    editor = QApplication.focusWidget()
    assert editor is not chair.entry and editor.toPlainText() == MESSY[row]
    return editor


def test_an_emptied_note_and_enter_deletes_it_says_so_and_ctrl_z_brings_it_back(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    _type_notes(qtbot, chair)
    editor = _open_editor_on(qtbot, chair, 1)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(chair) == [MESSY[0], MESSY[2]], timeout=3000)

    said = chair.statusBar().currentMessage()
    assert said == (
        "Anteckningen ”busskort!! för alla under 20 (sa tre pe…” tömdes och togs därför bort."
        " Ctrl+Z tar tillbaka den."
    )
    assert chair.chair_actions.undo_action.isEnabled()
    assert chair.notes_model.ids() and chair.place.selected_row() == 1  # the next note, ready for keys
    chair.grab().save(str(tmp_path / "emptied.png"))

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(chair) == MESSY, timeout=3000)
    assert chair.statusBar().currentMessage() == (
        "Ångrade: ta bort den tömda anteckningen ”busskort!! för alla under 20 (sa tre pe…”"
    )
    chair.close()


def test_only_spaces_and_line_breaks_count_as_emptied_and_escape_keeps_the_text(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    _type_notes(qtbot, chair)

    editor = _open_editor_on(qtbot, chair, 2)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the editor selects nothing
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert _stored(chair) == MESSY, "Escape cancels, even an emptied text"

    editor = _open_editor_on(qtbot, chair, 2)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, " ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(chair) == MESSY[:2], timeout=3000)
    assert chair.statusBar().currentMessage().startswith("Anteckningen ”Cykelväg Åre–Järpen, inte bara")
    assert chair.notes_model.rowCount() == 2 and chair.place.selected_row() == 1  # the last one left

    editor = _open_editor_on(qtbot, chair, 0)  # an ordinary edit is still an edit
    type_text(qtbot, editor, "Fler mötesplatser för unga – fritidsgård i Järpen och Duved")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(chair)[0].endswith("Duved"), timeout=3000)
    assert len(_stored(chair)) == 2
    chair.close()
