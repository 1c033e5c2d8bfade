"""A chair on a 1,000-note question in Swedish, on a small laptop screen and at 150 % scaling, by the
mouse on what is drawn and by the keyboard: what such a day showed that the earlier tests did not reach.

At 150 % a 1366×768 screen is 911×512 logical pixels: the window at that size lays out as it does there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from .conftest import type_text
from .real_hands import click_note, fill_question, in_swedish, open_table, row_is_visible

AT_150 = (911, 512)  # a 1366×768 laptop at 150 % scaling, in the window's own pixels


def _buttons(chair) -> list[QToolButton]:
    return [b for b in chair.tag_bar.findChildren(QToolButton) if b.isVisible()]


def _rows_shown(chair) -> int:
    view = chair.notes_view
    first = view.indexAt(view.viewport().rect().topLeft()).row()
    return sum(row_is_visible(chair, row) for row in range(first, first + 20))


def test_at_150_percent_the_tag_buttons_keep_to_two_rows_and_the_notes_stay_in_sight(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """With the shortcuts on the buttons, the kinds and the themes wrapped into four rows at 150 %, and
    the notes list showed two notes and a half. A row that does not fit with its shortcuts shows the
    names alone; the tooltips still teach the keys, and a wide screen keeps them on the buttons."""
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=AT_150)
    QApplication.processEvents()
    buttons = _buttons(chair)
    theme = next(b for b in buttons if b.defaultAction() is chair.chair_actions.theme_actions[0])
    assert "Ctrl" not in theme.text() and "Ctrl+1" in theme.toolTip()
    tallest = max(b.height() for b in buttons)
    assert chair.tag_bar.height() < 3 * tallest  # two rows: the kinds with the votes, then the themes
    assert _rows_shown(chair) >= 4

    click_note(qtbot, chair, 5)
    qtbot.mouseClick(theme, Qt.MouseButton.LeftButton, pos=theme.rect().center())
    note = chair.notes_model.note(5)
    assert note.themes == (chair.session.themes[0].id,)
    assert theme.text().startswith("✓ ") and "Ctrl" not in theme.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert chair.notes_model.note(5).themes == ()  # the shortcut works as before
    assert not theme.text().startswith("✓ ")

    chair.resize(1366, 768)
    QApplication.processEvents()
    assert theme.text().endswith("Ctrl+1")  # room enough: the button teaches its key again
    kind = next(b for b in buttons if b.defaultAction() is chair.chair_actions.kind_actions["proposal"])
    assert kind.text().endswith("Ctrl+Skift+P")
    chair.close()


def test_escape_after_picking_a_filtered_note_keeps_that_note_for_the_next_tag(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """The chair filters for "biblioteket", clicks one of the notes found and presses Escape to see the
    whole question again. The note she picked must stay picked and in sight: the question's last note
    was selected instead, and her next Ctrl+1 tagged a note she never chose."""
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=(1280, 720))
    qtbot.mouseClick(chair.filter_edit, Qt.MouseButton.LeftButton, pos=chair.filter_edit.rect().center())
    type_text(qtbot, chair.filter_edit, "läxhjälp på biblioteket")
    assert 0 < chair.notes_model.rowCount() < 1000
    click_note(qtbot, chair, 3)
    picked = chair.place.selected_note_id()
    qtbot.mouseClick(chair.filter_edit, Qt.MouseButton.LeftButton, pos=chair.filter_edit.rect().center())
    qtbot.keyClick(chair.filter_edit, Qt.Key.Key_Escape)
    assert chair.notes_model.rowCount() == 1000
    assert chair.place.selected_note_id() == picked
    assert row_is_visible(chair, chair.place.selected_row())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert chair.notes_model.note(chair.notes_model.row_of(picked)).themes == (chair.session.themes[0].id,)
    assert chair.notes_model.note(999).themes == ()
    chair.close()


def test_delete_on_the_list_says_which_note_went_and_ctrl_z_brings_it_back(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """Delete on the list took the note away without a word; the status line still showed whatever it
    said before (after an undo: "Ångrade: lägg till anteckningen …", about another note)."""
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=AT_150)
    click_note(qtbot, chair, 7)
    gone = chair.notes_model.note(7)
    qtbot.keyClick(chair.notes_view, Qt.Key.Key_Delete)
    assert chair.notes_model.rowCount() == 999
    said = chair.statusBar().currentMessage()
    assert said.startswith("Anteckningen ”") and "togs bort. Ctrl+Z tar tillbaka den." in said
    assert " ".join(gone.text.split())[:30] in said
    qtbot.keyClick(chair.notes_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chair.notes_model.rowCount() == 1000
    assert chair.notes_model.row_of(gone.id) == 7
    chair.close()
