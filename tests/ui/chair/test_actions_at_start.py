"""At start the actions are enabled for what the window shows, worked out by the open screen when
no table is remembered, by the table opened again when one is (the window no longer works them out
first for no table, which flipped every tag button off and on again)."""

from __future__ import annotations

from ui.chair.window import PAGE_CAPTURE, PAGE_PICKER, ChairWindow

from .conftest import open_window
from .test_actions_once_per_step import _assert_states_follow_the_window


def _counting_update_enabled(monkeypatch) -> list[dict]:
    from ui.chair.actions import ChairActions

    calls: list[dict] = []
    update_enabled = ChairActions.update_enabled

    def counted(self, **states) -> None:
        calls.append(states)
        update_enabled(self, **states)

    monkeypatch.setattr(ChairActions, "update_enabled", counted)
    return calls


def test_a_first_start_shows_the_open_screen_with_the_table_actions_off(qtbot, monkeypatch, demo_workspace):
    calls = _counting_update_enabled(monkeypatch)
    chair = open_window(qtbot, demo_workspace)
    assert chair.session is None and chair.pages.currentIndex() == PAGE_PICKER
    assert calls[0] == {"has_table": False, "capturing": False, "selected": False}
    _assert_states_follow_the_window(chair)
    assert (
        not chair.chair_actions.review_action.isEnabled() and not chair.chair_actions.timer_action.isEnabled()
    )
    chair.close()


def test_a_restart_on_a_remembered_table_enables_its_actions_for_it_alone(
    qtbot, monkeypatch, demo_workspace, demo_conference_id
):
    first = open_window(qtbot, demo_workspace)
    first.open_table(demo_conference_id, 3)
    first.close()  # remembers the table

    calls = _counting_update_enabled(monkeypatch)
    chair = ChairWindow(demo_workspace)
    qtbot.addWidget(chair)
    assert chair.session is not None and chair.session.table.number == 3
    assert chair.pages.currentIndex() == PAGE_CAPTURE
    assert [c["has_table"] for c in calls] == [True] * len(calls)  # never for no table first
    assert calls[-1] == {"has_table": True, "capturing": True, "selected": False}
    chair.show()
    qtbot.waitExposed(chair)
    _assert_states_follow_the_window(chair)
    assert chair.chair_actions.review_action.isEnabled() and chair.chair_actions.timer_action.isEnabled()
    chair.close()
