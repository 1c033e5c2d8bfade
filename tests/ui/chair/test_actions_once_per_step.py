"""Which actions are enabled is worked out once per step (Enter, Ctrl+Z, Ctrl+Y, Ctrl+1), after the
selection has followed it, and every action then says what the window shows: a table open, the notes
page shown, a note selected. Counted with real keys in Swedish on a 1,000-note question."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.chair.window import PAGE_CAPTURE

from .conftest import press, type_text
from .real_hands import click_note, fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


def _assert_states_follow_the_window(chair) -> None:
    acts = chair.chair_actions
    has_table = chair.session is not None
    capturing = has_table and chair.pages.currentIndex() == PAGE_CAPTURE
    selected = capturing and bool(chair.notes_view.selectionModel().selectedRows())
    assert [a.isEnabled() for a in (acts.export_action, acts.review_action)] == [has_table] * 2
    assert [a.isEnabled() for a in (acts.timer_action, acts.next_question_action)] == [capturing] * 2
    selection_actions = (acts.edit_action, acts.delete_action, acts.move_up_action, *acts.theme_actions)
    assert [a.isEnabled() for a in selection_actions] == [selected] * len(selection_actions)


def test_each_step_works_out_the_actions_once_and_they_follow_it(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    calls = []
    update_enabled = chair.chair_actions.update_enabled

    def counted(**states) -> None:
        calls.append(states)
        update_enabled(**states)

    chair.chair_actions.update_enabled = counted
    chair.notes_view.clearSelection()
    _assert_states_follow_the_window(chair)
    assert not chair.chair_actions.edit_action.isEnabled()  # nothing selected: the check below can tell

    def enter() -> None:
        type_text(qtbot, chair.entry, "Fler bänkar vid ån")
        press(chair.entry, Qt.Key.Key_Return)

    steps = [
        ("Enter", enter),
        ("Ctrl+1", lambda: press(chair, Qt.Key.Key_1, CTRL)),
        ("Ctrl+Z", lambda: press(chair, Qt.Key.Key_Z, CTRL)),
        ("Ctrl+Z", lambda: press(chair, Qt.Key.Key_Z, CTRL)),
        ("Ctrl+Shift+Z", lambda: press(chair, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)),
    ]
    for name, step in steps:
        calls.clear()
        step()
        assert len(calls) == 1, (name, calls)
        _assert_states_follow_the_window(chair)
    assert chair.notes_view.selectionModel().selectedRows()  # the redone note is selected, its actions on

    calls.clear()
    chair.notes_view.clearSelection()  # a selection changed by hand still updates them, once
    assert len(calls) == 1
    _assert_states_follow_the_window(chair)
    assert not chair.chair_actions.edit_action.isEnabled()
    click_note(qtbot, chair, 0)
    _assert_states_follow_the_window(chair)
    assert chair.chair_actions.edit_action.isEnabled()
