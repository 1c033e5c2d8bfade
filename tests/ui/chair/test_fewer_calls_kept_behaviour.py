"""What stays the same now that fewer of Qt's calls reach Python on each Enter: the questions list's row
count is a string list's (Qt's own), yet a question is still read-only, neither dragged nor dropped on,
and reads the same; the notes list hands typed words to the new-note field from its key handler (no
event filter seeing every event), and keeps its own keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ui.chair.models import IdRole

from .conftest import type_text
from .real_hands import click_note, fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def chair(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 40)
    window = open_table(qtbot, demo_workspace, demo_conference_id)
    yield window
    window.close()


def test_a_question_is_read_only_and_reads_as_before(qtbot, chair):
    model, view = chair.questions_model, chair.questions_view
    questions = chair.session.questions
    assert model.rowCount() == len(questions)
    index = model.index(1)
    assert model.flags(index) == (
        Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
    )  # not editable, not dragged, nothing dropped on it
    assert not model.flags(model.index(-1)) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.data(index, Qt.ItemDataRole.EditRole) is None  # the id underneath is never offered
    assert model.itemData(index)[Qt.ItemDataRole.DisplayRole] == model.data(index)
    assert model.data(index).startswith(f"{questions[1].position}. {questions[1].text}")
    spoken = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"Fråga {questions[1].position}: ")

    # A double click and F2 on a question open no editor: the question is picked, as before.
    centre = view.visualRect(index).center()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() != QAbstractItemView.State.EditingState
    assert view.currentIndex().row() == 1
    assert chair.question_label.text().startswith(f"{questions[1].position}. ")
    assert model.data(model.index(1)) == model.itemData(model.index(1))[Qt.ItemDataRole.DisplayRole]


def test_a_new_table_gives_the_questions_list_its_own_rows(qtbot, chair, demo_conference_id):
    model = chair.questions_model
    count = len(chair.session.questions)
    model.set_session(None)
    assert model.rowCount() == 0
    model.set_session(chair.session)
    assert model.rowCount() == count


def test_the_notes_list_keeps_its_own_keys_and_gives_words_to_the_field(qtbot, chair):
    click_note(qtbot, chair, 2)
    view = chair.notes_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the list's arrows still move the selection
    assert chair.place.selected_note_id() == chair.notes_model.ids()[3]
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert chair.place.selected_note_id() == chair.notes_model.ids()[2]
    type_text(qtbot, view, "Åtgärd")  # a word: to the new-note field
    assert chair.entry.toPlainText() == "Åtgärd"
    assert QApplication.focusWidget() is chair.entry
    assert chair.place.selected_note_id() == chair.notes_model.ids()[2]


def test_the_selected_note_is_the_one_the_list_shows_selected(qtbot, chair):
    click_note(qtbot, chair, 7)
    index = chair.notes_view.currentIndex()
    assert chair.place.selected_note_id() == chair.notes_model.ids()[7] == index.data(IdRole)
    chair.notes_view.selectionModel().clearSelection()
    assert chair.place.selected_note_id() is None
