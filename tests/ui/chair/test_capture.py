"""The chair's day driven through the real main window: pick the table, type, tag, vote, reorder, undo,
switch question, close and reopen."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import notes
from app.workspace import Workspace

from .conftest import open_window, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def type_note(qtbot, window, text: str) -> None:
    type_text(qtbot, window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def shown_texts(window) -> list[str]:
    model = window.notes_model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def stored(window, question_row: int = 0) -> list:
    s = window.session
    return notes.list_notes(
        window.store, s.conference.id, table_number=s.table.number, question_id=s.questions[question_row].id
    )


def test_picking_a_table_shows_conference_table_and_chair(window):
    assert window.windowTitle() == "Rundabordssamtal våren 2026 – Bord 3 (Fatima Hassan)"
    assert "Rundabordssamtal våren 2026" in window.header_title.text()
    assert "Fatima Hassan" in window.header_details.text()
    assert window.questions_model.rowCount() == 3
    assert window.question_label.text().startswith("1. Vad kan du")
    assert QApplication.focusWidget() is window.entry


def test_enter_adds_shift_enter_breaks_the_line_and_the_entry_keeps_focus(qtbot, window):
    type_note(qtbot, window, "Fler mötesplatser för unga")
    qtbot.keyClicks(window.entry, "Busskort")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return, SHIFT)
    type_text(qtbot, window.entry, "för alla under 20")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert shown_texts(window) == ["Fler mötesplatser för unga", "Busskort\nför alla under 20"]
    assert [n.text for n in stored(window)] == shown_texts(window)
    assert window.entry.toPlainText() == ""
    assert QApplication.focusWidget() is window.entry
    qtbot.waitUntil(lambda: window.saved_indicator.state == "saved")  # once the disk confirmed it
    assert window.questions_model.count(0) == 2
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)  # Enter on an empty field adds nothing
    assert len(stored(window)) == 2


def test_shortcuts_tag_kind_theme_and_votes_on_the_new_note(qtbot, window):
    type_note(qtbot, window, "Ett ungdomsråd i varje kommun")
    press(window, Qt.Key.Key_2, CTRL)  # theme 2: Unga
    press(window, Qt.Key.Key_4, CTRL)  # theme 4: Självbild & stolthet
    press(window, Qt.Key.Key_P, CTRL | SHIFT)  # proposal
    press(window, Qt.Key.Key_Plus, CTRL)
    press(window, Qt.Key.Key_Equal, CTRL)  # the same on keyboards without a plus key
    press(window, Qt.Key.Key_Plus, CTRL)
    press(window, Qt.Key.Key_Minus, CTRL)
    (note,) = stored(window)
    themes = {t.id: t.name for t in window.session.themes}
    assert note.kind == "proposal"
    assert [themes[t] for t in note.themes] == ["Unga", "Självbild & stolthet"]
    assert note.votes == 2
    assert window.chair_actions.kind_actions["proposal"].isChecked()
    assert (
        window.chair_actions.theme_actions[1].isChecked()
        and not window.chair_actions.theme_actions[0].isChecked()
    )
    assert window.tag_bar.votes_label.text() == "Votes: 2"
    press(window, Qt.Key.Key_2, CTRL)  # again: untag
    assert [themes[t] for t in stored(window)[0].themes] == ["Självbild & stolthet"]


def test_tags_by_mouse(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    type_note(qtbot, window, "Mentorer för nyanlända")
    buttons = {b.defaultAction(): b for b in window.tag_bar.findChildren(QToolButton) if b.isVisible()}
    qtbot.mouseClick(buttons[window.chair_actions.kind_actions["action"]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[window.chair_actions.theme_actions[0]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[window.chair_actions.vote_up_action], Qt.MouseButton.LeftButton)
    (note,) = stored(window)
    assert (note.kind, note.themes, note.votes) == ("action", (window.session.themes[0].id,), 1)


def test_reorder_by_keyboard_undo_and_redo(qtbot, window):
    for text in ("första", "andra", "tredje"):
        type_note(qtbot, window, text)
    press(window, Qt.Key.Key_Up, ALT)  # the selected (newest) note moves up
    assert shown_texts(window) == ["första", "tredje", "andra"]
    press(window, Qt.Key.Key_Up, ALT)
    assert shown_texts(window) == ["tredje", "första", "andra"]
    assert [n.text for n in stored(window)] == ["tredje", "första", "andra"]
    assert window.place.selected_note_id() == stored(window)[0].id  # the moved note stays selected
    press(window, Qt.Key.Key_Z, CTRL)
    assert shown_texts(window) == ["första", "tredje", "andra"]
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert shown_texts(window) == ["tredje", "första", "andra"]
    press(window, Qt.Key.Key_Down, ALT)
    assert shown_texts(window) == ["första", "tredje", "andra"]


def test_reorder_by_drag_and_drop_is_one_undo_step(qtbot, window):
    for text in ("a", "b", "c", "d"):
        type_note(qtbot, window, text)
    model = window.notes_model
    data = model.mimeData([model.index(3)])  # drag "d" ...
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index(-1))  # ... to before "b"
    assert shown_texts(window) == ["a", "d", "b", "c"]
    assert [n.text for n in stored(window)] == ["a", "d", "b", "c"]
    window.chair_actions.undo_action.trigger()
    assert shown_texts(window) == ["a", "b", "c", "d"]


def test_every_edit_undoes_and_redoes_through_the_store(qtbot, window):
    type_note(qtbot, window, "ett")
    type_note(qtbot, window, "två")
    press(window, Qt.Key.Key_1, CTRL)
    press(window, Qt.Key.Key_G, CTRL | SHIFT)
    assert window.undo_stack.count() == 4  # two adds, a theme, a kind: one step each
    for _ in range(4):
        press(window, Qt.Key.Key_Z, CTRL)
    assert stored(window) == [] and shown_texts(window) == []
    assert window.entry.toPlainText() == ""
    for _ in range(4):
        press(window, Qt.Key.Key_Y, CTRL)
    notes_now = stored(window)
    assert [n.text for n in notes_now] == ["ett", "två"]
    assert notes_now[1].kind == "guiding-word" and notes_now[1].themes == (window.session.themes[0].id,)


def test_ctrl_z_in_an_empty_entry_undoes_the_saved_note(qtbot, window):
    type_note(qtbot, window, "sparad")
    press(window, Qt.Key.Key_Z, CTRL)
    assert stored(window) == []
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [n.text for n in stored(window)] == ["sparad"]


def test_delete_edit_in_place_and_select_by_keyboard(qtbot, window):
    for text in ("behåll", "ta bort"):
        type_note(qtbot, window, text)
    press(window, Qt.Key.Key_Backspace, CTRL | SHIFT)  # delete the selected note from the entry
    assert shown_texts(window) == ["behåll"]
    press(window, Qt.Key.Key_Z, CTRL)
    assert shown_texts(window) == ["behåll", "ta bort"]
    press(window, Qt.Key.Key_Up, CTRL)  # select "behåll"
    press(window, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not window.entry and editor.toPlainText() == "behåll"
    editor.selectAll()
    type_text(qtbot, editor, "behåll och bygg ut")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [n.text for n in stored(window)] == ["behåll och bygg ut", "ta bort"]
    window.chair_actions.undo_action.trigger()
    assert [n.text for n in stored(window)] == ["behåll", "ta bort"]
    window.notes_view.setFocus()
    window.place.select_note_row(1)
    QTest.keyClick(window.notes_view, Qt.Key.Key_Delete)  # Delete in the list removes the note
    assert shown_texts(window) == ["behåll"]


def test_switch_question_and_move_a_note_to_another_question(qtbot, window):
    type_note(qtbot, window, "hör till fråga 2")
    window.editing.move_to_question(window.session.questions[1].id)
    assert window.place.current_question_id() == window.session.questions[1].id  # follows the note
    assert shown_texts(window) == ["hör till fråga 2"]
    assert window.questions_model.count(0) == 0 and window.questions_model.count(1) == 1
    press(window, Qt.Key.Key_PageDown, CTRL)
    assert window.question_label.text().startswith("3. ")
    type_note(qtbot, window, "första steget")
    press(window, Qt.Key.Key_PageUp, CTRL)
    assert window.question_label.text().startswith("2. ")
    assert shown_texts(window) == ["hör till fråga 2"]
    window.undo_stack.undo()  # the add on question 3
    window.undo_stack.undo()  # the move: back to question 1
    assert window.place.current_question_id() == window.session.questions[0].id
    assert shown_texts(window) == ["hör till fråga 2"]


def test_move_menu_lists_the_other_questions(qtbot, window):
    type_note(qtbot, window, "flytta mig")
    window.editing.fill_move_menu()
    actions = window.editing.move_menu.actions()
    assert [a.isEnabled() for a in actions] == [False, True, True]
    actions[2].trigger()
    assert [n.text for n in stored(window, 2)] == ["flytta mig"]


def test_filter_narrows_the_list_and_a_new_note_clears_it(qtbot, window):
    for text in ("Buss till skolan", "Cykelväg", "Bussar på helger"):
        type_note(qtbot, window, text)
    window.filter_edit.setText("BUSS")
    assert shown_texts(window) == ["Buss till skolan", "Bussar på helger"]
    type_note(qtbot, window, "Tåg")
    assert window.filter_edit.text() == ""
    assert shown_texts(window)[-1] == "Tåg"


def test_close_and_reopen_everything_is_still_there(qtbot, window, demo_workspace_dir):
    type_note(qtbot, window, "Fler mötesplatser")
    press(window, Qt.Key.Key_2, CTRL)
    press(window, Qt.Key.Key_Plus, CTRL)
    press(window, Qt.Key.Key_PageDown, CTRL)
    type_note(qtbot, window, "Pengar och tid")
    type_text(qtbot, window.entry, "halvskriven mening")  # not yet added when the window closes
    window.resize(window.minimumSizeHint().width() + 37, 560)
    QApplication.processEvents()
    size_at_close = window.size()
    window.close()
    window.workspace.close()

    reopened_workspace = Workspace(demo_workspace_dir)
    try:
        again = open_window(qtbot, reopened_workspace)
        assert again.session is not None and again.session.table.number == 3  # the same table ...
        assert again.question_label.text().startswith("2. ")  # ... and question
        assert shown_texts(again) == ["Pengar och tid"]
        assert again.entry.toPlainText() == "halvskriven mening"  # the draft is back, not lost
        assert again.size() == size_at_close  # the window's size and layout come back too
        again.place.select_question(0)
        assert shown_texts(again) == ["Fler mötesplatser"]
        (note,) = stored(again)
        assert note.votes == 1 and note.themes == (again.session.themes[1].id,)
        again.close()
    finally:
        reopened_workspace.close()


def test_open_conference_again_and_cancel_returns_to_the_table(qtbot, window):
    type_note(qtbot, window, "bord tre")
    press(window, Qt.Key.Key_O, CTRL)
    assert window.pages.currentWidget() is window.picker_page and window.picker.isVisible()
    assert window.picker.selected_table() == 3
    window.picker.buttons.button(window.picker.buttons.StandardButton.Cancel).click()
    assert window.pages.currentIndex() == 1 and window.session.table.number == 3
    press(window, Qt.Key.Key_O, CTRL)
    window.picker.select_table(7)
    window.picker.accept()
    assert window.session.table.number == 7 and "Bord 7" in window.windowTitle()
    assert window.undo_stack.count() == 0
    assert shown_texts(window) == []  # table 7's notes, not table 3's
    type_note(qtbot, window, "bord sju")
    assert shown_texts(window) == ["bord sju"] and [n.text for n in stored(window)] == ["bord sju"]


def test_table_facts_participants_and_bands(qtbot, window, boxes):
    window.editing.open_table_facts()
    dialog = window.editing.facts_dialog
    dialog.participants.setValue(8)
    dialog.band_spins["age:-24"].setValue(3)
    dialog.band_spins["gender:woman"].setValue(5)
    dialog.accept()
    table = window.session.table
    assert table.participants == 8 and table.bands == {"age:-24": 3, "gender:woman": 5}
    assert "Participants: 8" in window.header_details.text()
    window.show_review()
    assert "Up to 24 years: 3, Women: 5" in window.review.browser.toPlainText()
    window.chair_actions.undo_action.trigger()
    assert window.session.table.participants == 9 and window.session.table.bands == {}
    window.editing.open_table_facts()
    dialog = window.editing.facts_dialog
    dialog.participants.setValue(4)
    dialog.band_spins["gender:man"].setValue(5)
    dialog.accept()  # more men than participants: refused, said in the dialog while typing
    assert not dialog.ok_button.isEnabled() and dialog.problem.text()
    assert window.session.table.participants == 9


def test_a_refused_edit_says_so_and_is_not_claimed_saved(qtbot, window, boxes):
    type_note(qtbot, window, "snart borta")
    note_id = window.place.selected_note_id()
    notes.delete_note(window.store, note_id)  # removed meanwhile (e.g. by a CLI twin)
    press(window, Qt.Key.Key_1, CTRL)
    boxes.error.assert_called_once()
    assert window.saved_indicator.state == "failed"
    assert "NOT saved" in window.saved_indicator.text()
    assert window.undo_stack.count() == 1  # the failed step is not left on the stack


def test_a_restart_on_the_remembered_table_leaves_the_settings_file_unwritten(
    qtbot, window, demo_workspace_dir, private_settings
):
    window.close()  # remembers table 3 and its first question
    window.workspace.close()
    (settings_file,) = private_settings.rglob("*.ini")
    written = settings_file.stat()

    reopened_workspace = Workspace(demo_workspace_dir)
    try:
        again = open_window(qtbot, reopened_workspace)
        assert again.session is not None and again.question_label.text().startswith("1. ")
        again.settings.sync()  # writes now whatever the start changed
        # Restoring the place sets the same place again: QSettings would rewrite its file for it (a new
        # file renamed over the old one), with two fsyncs, before the first frame.
        unchanged = settings_file.stat()
        assert (unchanged.st_ino, unchanged.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)

        again.place.select_question(1)  # a place that changed is still remembered at once
        again.settings.sync()
        assert settings_file.stat().st_ino != written.st_ino
        remembered = json.loads(QSettings().value(again.place.settings_key()))
        assert remembered["question"] == again.place.current_question_id() == again.session.questions[1].id
        again.close()
    finally:
        reopened_workspace.close()
