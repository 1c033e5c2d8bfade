"""Ctrl+M moves the chosen note to another question and the list follows it there. On a 1280x720 laptop
the question's label then takes a second line ("(nya anteckningar hamnar fortfarande under fråga 2)")
after the note was scrolled to, and the note's lower half was cut off at the list's foot. It is whole."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import notes

from .conftest import press
from .real_hands import click_note, in_swedish, open_table


def test_a_note_moved_to_another_question_is_shown_whole(qtbot, qapp, demo_workspace, demo_conference_id):
    store = demo_workspace.store
    for i in range(22):
        notes.add_note(store, demo_conference_id, 3, 1, f"Bredband till ALLA byar {i}")
    for i in range(18):
        notes.add_note(store, demo_conference_id, 3, 2, f"Trygghet i centrum på kvällen {i}")
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=(1100, 680))  # 1280x720's window
    press(chair, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # question 2: discussed now
    last = chair.notes_model.rowCount() - 1
    click_note(qtbot, chair, last)
    moving = chair.notes_model.note(last).id

    def choose_question_one() -> None:
        menu = QApplication.activePopupWidget()
        qtbot.keyClick(menu, Qt.Key.Key_Down)  # 1. Vad kan du …
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, choose_question_one)
    press(chair, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: chair.place.selected_note_id() == moving and chair.notes_model.rowCount() == 23)
    assert chair.capture.question_label.text().startswith("1. ")
    assert "fråga 2" in chair.capture.question_label.text()
    qtbot.wait(50)  # the label's second line: the layout shortens the list once events are handled
    view = chair.notes_view
    drawn, shown = view.visualRect(view.currentIndex()), view.viewport().rect()
    assert shown.contains(drawn), (drawn, shown)
    chair.close()
