"""Items 1, 2 and 4 of the chair's window in real hands: the mouse is as good as the keyboard, Ctrl+Z
respects where the chair is, and the newest note is always in view, in Swedish on a 1366×768 laptop
with hundreds of messy notes in the question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from app import notes

from .conftest import type_text
from .real_hands import click_note, fill_question, in_swedish, open_table, row_is_visible

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def chair(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 300)
    window = open_table(qtbot, demo_workspace, demo_conference_id)
    yield window
    window.close()


def buttons_of(chair) -> dict:
    return {b.defaultAction(): b for b in chair.tag_bar.findChildren(QToolButton) if b.isVisible()}


def stored_note(chair, row: int):
    return notes.note(chair.store, chair.notes_model.ids()[row])


def test_clicking_a_note_enables_tagging_and_the_buttons_tag_that_note(qtbot, chair):
    acts = chair.chair_actions
    click_note(qtbot, chair, 5)
    assert chair.place.selected_note_id() == chair.notes_model.ids()[5]
    for action in (
        *acts.kind_actions.values(),
        *acts.theme_actions,
        acts.vote_up_action,
        acts.move_question_action,
    ):
        assert action.isEnabled(), action.text()
    buttons = buttons_of(chair)
    qtbot.mouseClick(buttons[acts.kind_actions["proposal"]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[acts.theme_actions[1]], Qt.MouseButton.LeftButton)
    note = stored_note(chair, 5)
    assert note.kind == "proposal"
    assert note.themes == (chair.session.themes[1].id,)
    assert acts.kind_actions["proposal"].isChecked() and acts.theme_actions[1].isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)  # and the shortcut acts on it too
    assert chair.session.themes[2].id in stored_note(chair, 5).themes


def test_typing_while_the_list_has_focus_goes_to_the_new_note_field(qtbot, chair):
    click_note(qtbot, chair, 2)
    chair.notes_view.setFocus()  # a click on the list gives it the focus, as on every desktop
    type_text(qtbot, chair.notes_view, "Bussar på kvällen")
    assert chair.entry.toPlainText() == "Bussar på kvällen"
    assert QApplication.focusWidget() is chair.entry
    assert chair.place.selected_note_id() == chair.notes_model.ids()[2]  # no type-ahead jump meanwhile


def test_ctrl_z_with_text_in_the_field_undoes_the_typing_not_the_saved_note(qtbot, chair):
    count = chair.notes_model.rowCount()
    type_text(qtbot, chair.entry, "Sparad anteckning")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    assert chair.notes_model.rowCount() == count + 1
    type_text(qtbot, chair.entry, "halvskriven")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Z, CTRL)
    assert chair.notes_model.rowCount() == count + 1  # the saved note stays
    assert chair.entry.toPlainText() != "halvskriven"  # the typing was undone
    while chair.entry.toPlainText():
        qtbot.keyClick(chair.entry, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Z, CTRL)  # the field is empty: now the note goes
    assert chair.notes_model.rowCount() == count
    assert chair.statusBar().currentMessage().startswith("Ångrade: ")
    assert "Sparad anteckning" in chair.statusBar().currentMessage()
    # A new note within the line's 8 seconds: "Ångrade: …" goes, it no longer says what was last done
    type_text(qtbot, chair.entry, "Ny anteckning")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    assert chair.notes_model.rowCount() == count + 1
    assert not chair.statusBar().currentMessage().startswith("Ångrade"), chair.statusBar().currentMessage()


def test_the_newest_note_is_in_view_after_adding_tagging_and_moving(qtbot, chair):
    assert chair.notes_model.rowCount() == 300
    type_text(qtbot, chair.entry, "Den nyaste anteckningen")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert row_is_visible(chair, 300)
    chair.notes_view.scrollToTop()
    qtbot.keyClick(chair.entry, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)  # tag it
    QApplication.processEvents()
    assert row_is_visible(chair, 300)
    moved_id = chair.notes_model.ids()[300]
    chair.editing.move_to_question(chair.session.questions[1].id)
    chair.place.show_question(chair.session.questions[1].id)
    QApplication.processEvents()
    assert row_is_visible(chair, chair.notes_model.row_of(moved_id))
