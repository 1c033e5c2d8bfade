"""The item models over the store: Qt's model rules, laziness, precise change signals, filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app import notes
from ui.chair.models import PAGE, IdRole, NotesModel, QuestionsModel
from ui.chair.session import TableSession


@pytest.fixture
def session(demo_workspace, demo_conference_id) -> TableSession:
    return TableSession.open(demo_workspace, demo_conference_id, 5)


def add(store, session: TableSession, text: str, question: int = 1) -> str:
    return notes.add_note(store, session.conference.id, session.table.number, question, text)


def test_notes_model_passes_qt_model_tester(qtmodeltester, demo_workspace, session):
    for text in ("ett", "två", "tre"):
        add(demo_workspace.store, session, text)
    model = NotesModel(demo_workspace)
    model.set_scope(session, session.questions[0].id)
    qtmodeltester.check(model, force_py=True)


def test_questions_model_passes_qt_model_tester_and_counts(qtmodeltester, demo_workspace, session):
    add(demo_workspace.store, session, "a", 2)
    add(demo_workspace.store, session, "b", 2)
    model = QuestionsModel(demo_workspace)
    model.set_session(session)
    qtmodeltester.check(model, force_py=True)
    assert [model.count(r) for r in range(3)] == [0, 2, 0]
    assert model.data(model.index(1)).endswith("Notes: 2")
    assert model.data(model.index(0), IdRole) == session.questions[0].id


def test_a_thousand_notes_load_lazily_in_pages(demo_workspace, session):
    store = demo_workspace.store
    with store.transaction():
        for i in range(1000):
            add(store, session, f"anteckning {i:04d}")
    model = NotesModel(demo_workspace)
    model.set_scope(session, session.questions[0].id)
    assert model.rowCount() == 1000
    assert model._cache == {}  # nothing read until a view asks
    assert model.data(model.index(999)) == "anteckning 0999"
    assert len(model._cache) == PAGE  # one page: the one the last row is on
    model.set_filter("09")
    assert [model.data(model.index(r)) for r in range(model.rowCount())][:2] == [
        "anteckning 0009",
        "anteckning 0090",
    ]
    assert model.rowCount() == sum("09" in f"anteckning {i:04d}" for i in range(1000))


def test_refresh_signals_exactly_what_changed(qtbot, demo_workspace, session):
    store = demo_workspace.store
    first = add(store, session, "första")
    model = NotesModel(demo_workspace)
    model.set_scope(session, session.questions[0].id)
    with qtbot.waitSignal(model.rowsInserted, check_params_cb=lambda parent, a, b: (a, b) == (1, 1)):
        second = add(store, session, "andra")
        model.refresh()
    with qtbot.waitSignal(model.layoutChanged):
        notes.swap_positions(store, first, second)
        model.refresh()
    assert model.ids() == [second, first]
    with qtbot.waitSignal(model.rowsRemoved, check_params_cb=lambda parent, a, b: (a, b) == (0, 0)):
        notes.delete_note(store, second)
        model.refresh()
    assert model.ids() == [first]


def test_edit_in_place_asks_instead_of_writing(qtbot, demo_workspace, session):
    note_id = add(demo_workspace.store, session, "gammal text")
    model = NotesModel(demo_workspace)
    model.set_scope(session, session.questions[0].id)
    with qtbot.waitSignal(model.text_edit_requested) as blocker:
        assert model.setData(model.index(0), "ny text", Qt.ItemDataRole.EditRole) is False
    assert blocker.args == [note_id, "ny text"]
    assert (
        notes.note(demo_workspace.store, note_id).text == "gammal text"
    )  # the command writes, not the model


def test_drop_asks_for_the_new_order_and_refuses_while_filtered(qtbot, demo_workspace, session):
    ids = [add(demo_workspace.store, session, t) for t in ("a", "b", "c")]
    model = NotesModel(demo_workspace)
    model.set_scope(session, session.questions[0].id)
    data = model.mimeData([model.index(0)])
    with qtbot.waitSignal(model.reorder_requested) as blocker:
        model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert blocker.args == [[ids[1], ids[2], ids[0]]]
    model.set_filter("a")
    with qtbot.assertNotEmitted(model.reorder_requested):
        model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
