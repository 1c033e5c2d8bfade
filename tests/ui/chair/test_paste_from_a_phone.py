"""A paragraph pasted from a phone into the chair's note fields (Ctrl+V, Swedish, 1366x768): the note
holds the words, not the phone's invisible characters, runs of empty lines and odd spaces."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import type_text
from .real_hands import click_note, fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier
PHONE = (
    "\ufeffFörslag från mobilen:\u00a0fler\u00a0bänkar\u2028i parken  \u2029"
    "Träffas kl.\u202f18 på mötes\u00adplatsen\u200b\r\n\r\n\r\n\r\n\r\n"
    "مرحبا بكم 👨\u200d👩\u200d👧 \u3000\n\n"
)
TIDY = (
    "Förslag från mobilen: fler bänkar\ni parken\nTräffas kl. 18 på mötesplatsen\n\n"
    "مرحبا بكم 👨\u200d👩\u200d👧"
)


def test_a_paste_into_the_quick_entry_is_saved_tidy_and_undone_in_one_step(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    entry = chair.capture.entry
    assert QApplication.focusWidget() is entry
    type_text(qtbot, entry, "Anna: ")
    QApplication.clipboard().setText(PHONE)
    qtbot.keyClick(entry, Qt.Key.Key_V, CTRL)
    assert entry.toPlainText() == "Anna: " + TIDY
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)  # the paste, not the typing before it, is undone
    assert entry.toPlainText() == "Anna: "
    qtbot.keyClick(entry, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not entry.toPlainText(), timeout=5000)
    last = chair.notes_model.rowCount() - 1
    assert chair.notes_model.note(last).text == "Anna: " + TIDY
    qtbot.mouseClick(chair.capture.filter_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(chair.capture.filter_edit, "kl. 18")  # as she types it: a plain space
    qtbot.waitUntil(lambda: chair.notes_model.rowCount() == 1, timeout=5000)
    assert chair.notes_model.note(0).text == "Anna: " + TIDY
    chair.close()


def test_a_paste_into_a_note_edited_in_place_is_saved_tidy(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 2)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    click_note(qtbot, chair, 1)
    before = chair.notes_model.note(1).text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QApplication.clipboard().setText("\n" + PHONE)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert chair.notes_model.note(1).text == before + TIDY
    chair.close()
