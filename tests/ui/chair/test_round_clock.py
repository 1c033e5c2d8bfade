"""The round clock belongs to the round. Moving a note away, jumping to a search hit or clicking
another question never resets or stops a running timer, new notes keep going to the discussed
question, time over is shown in its own colours and words, and the round survives a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from app.workspace import Workspace

from .conftest import open_window, type_text
from .real_hands import fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def chair(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 3, 40)
    window = open_table(qtbot, demo_workspace, demo_conference_id)
    yield window
    window.close()


def add(qtbot, chair, text: str) -> str:
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    return chair.place.selected_note_id()


def question_of(chair, note_id: str) -> str:
    return notes.note(chair.store, note_id).question_id


def test_moving_a_note_jumping_and_browsing_never_stop_the_round(qtbot, chair):
    q1, q2, q3 = (q.id for q in chair.session.questions)
    qtbot.mouseClick(chair.timer.start_button, Qt.MouseButton.LeftButton)
    assert chair.timer.running
    moved = add(qtbot, chair, "Hör till fråga två")
    chair.chair_actions.move_question_action.trigger()  # Ctrl+M, then the menu's second question
    chair.editing.move_menu.actions()[1].trigger()
    chair.editing.move_menu.hide()
    assert question_of(chair, moved) == q2
    assert chair.timer.running
    assert "fråga 1" in chair.question_label.text()  # the label says where new notes still go
    assert question_of(chair, add(qtbot, chair, "Nästa anteckning")) == q1  # not to question 2
    assert chair.place.current_question_id() == q1

    hit = (
        chair.store
        and notes.list_notes(chair.store, chair.session.conference.id, table_number=3, question_id=q3)[5]
    )
    chair.show_note(hit.id)  # a search hit
    assert chair.place.current_question_id() == q3 and chair.timer.running
    assert question_of(chair, add(qtbot, chair, "Efter sökningen")) == q1

    rect = chair.questions_view.visualRect(chair.questions_model.index(1))
    qtbot.mouseClick(chair.questions_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chair.place.current_question_id() == q2  # the chair chose question 2 ...
    assert chair.timer.running  # ... and the running round goes on
    assert question_of(chair, add(qtbot, chair, "Till fråga två")) == q2


class _StoppedWatch:
    """What the round timer uses of QElapsedTimer, reading no clock: the seconds the test itself takes (a
    loaded machine stalls it now and then) do not count against the round, only the wall clock's step."""

    def __init__(self) -> None:
        self._valid = False

    def start(self) -> None:
        self._valid = True

    def isValid(self) -> bool:
        return self._valid

    def invalidate(self) -> None:
        self._valid = False

    def elapsed(self) -> int:
        return 0


def test_time_over_is_shown_in_its_own_colours_and_words(qtbot, chair):
    chair.timer._clock = _StoppedWatch()  # the time the test takes does not add to the minute over
    chair.timer.start()
    chair.timer._spent_ms = chair.timer._length_ms + 65_000  # as if the round ran a minute over
    chair.timer.sound = False
    chair.timer._on_ticker_timeout()
    assert chair.timer.text().startswith("−01:05")
    assert chair.timer.over_label.isVisible() and chair.timer.over_label.text() == "Tiden är ute"
    style = chair.timer.display.styleSheet()
    assert "highlight" not in style and "#a4161a" in style  # not the selection's colour


def test_the_running_round_survives_a_restart(
    qtbot, qapp, demo_workspace_dir, demo_conference_id, monkeypatch
):
    from ui.chair import round_timer

    wall = [1_800_000_000.0]  # the wall clock the saved round is measured against
    monkeypatch.setattr(round_timer.time, "time", lambda: wall[0])
    monkeypatch.setattr(round_timer, "QElapsedTimer", _StoppedWatch)  # only the half minute below passes
    workspace = Workspace(demo_workspace_dir)
    chair = open_table(qtbot, workspace, demo_conference_id)
    chair.timer.start()
    chair.timer.adjust(+5)
    chair.timer._spent_ms = 3 * 60_000
    left = chair.timer.remaining_ms()
    chair.close()
    workspace.close()
    wall[0] += 30  # half a minute passes while the laptop restarts: the round ran on

    workspace = Workspace(demo_workspace_dir)
    try:
        again = open_window(qtbot, workspace)
        QApplication.processEvents()
        assert again.session.table.number == 3
        assert again.timer.running
        assert again.timer.remaining_ms() == left - 30_000
        again.close()
    finally:
        workspace.close()
