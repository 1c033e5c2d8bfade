"""What the chair reads in her menus and the F1 list in Swedish: every key by its Swedish name, and the
Undo entry naming the step in the middle of its sentence."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton

from .conftest import press, type_text
from .real_hands import click_note, in_swedish, open_menu, open_table

ENGLISH_KEYS = re.compile(r"\b(PgUp|PgDown|Return|Del|Ins)\b")


def test_f1_and_the_menus_name_every_key_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id):
    """F1 listed "Ctrl+PgDown" beside "Ctrl+Skift+Upp", and the Round menu showed it: Qt's Swedish leaves
    some key names in English. They read as the keys are printed: Page Down, Enter, Delete."""
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    press(chair, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(chair, "shortcut_dialog", None) is not None, timeout=3000)
    model = chair.shortcut_dialog.model
    rows = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    assert rows["Nästa fråga"] == "Ctrl+Page Down"
    assert rows["Föregående fråga"] == "Ctrl+Page Up"
    assert "Delete" in rows["Ta bort anteckning"]
    english = {what: keys for what, keys in rows.items() if ENGLISH_KEYS.search(keys)}
    assert not english, english
    chair.shortcut_dialog.close()

    actions = chair.chair_actions
    round_menu = actions.next_question_action.associatedObjects()[-1]
    open_menu(qtbot, chair, round_menu)
    shown = actions.next_question_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert shown == "Ctrl+Page Down"
    round_menu.close()
    chair.close()


def test_the_undo_entry_names_the_step_mid_sentence(qtbot, qapp, demo_workspace, demo_conference_id):
    """After clicking Förslag on a note, the Edit menu read "Ångra Ändra typ": the step's own capital in
    the middle of the sentence. It reads "Ångra ändra typ", and after undoing "Gör om ändra typ"."""
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    type_text(qtbot, chair.entry, "Läxhjälp på biblioteket")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    click_note(qtbot, chair, 0)
    actions = chair.chair_actions
    buttons = {b.defaultAction(): b for b in chair.tag_bar.findChildren(QToolButton) if b.isVisible()}
    now = chair.notes_model.note(0).kind
    other = "proposal" if now != "proposal" else "note"
    qtbot.mouseClick(buttons[actions.kind_actions[other]], Qt.MouseButton.LeftButton)
    assert chair.notes_model.note(0).kind == other

    edit_menu = actions.undo_action.associatedObjects()[-1]
    open_menu(qtbot, chair, edit_menu)
    assert actions.undo_action.text() == "&Ångra ändra typ"
    undo_at = edit_menu.actionGeometry(actions.undo_action).center()
    qtbot.mouseClick(edit_menu, Qt.MouseButton.LeftButton, pos=undo_at)
    qtbot.waitUntil(lambda: chair.notes_model.note(0).kind == now, timeout=3000)
    assert actions.redo_action.text() == "&Gör om ändra typ"
    assert actions.undo_action.text() == "&Ångra lägg till anteckningen ”Läxhjälp på biblioteket”"
    QApplication.processEvents()
    chair.close()
