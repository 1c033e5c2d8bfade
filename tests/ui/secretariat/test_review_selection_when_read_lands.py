"""Review reads its rows again in a worker thread after a save (hers or a colleague's), and the selection
follows its notes into the new rows. It followed the selection she had when the read was asked: had she
clicked another note while the read ran, its end put her back on the note she had left. Now the rows
selected when the result lands are the ones kept. Swedish, 1366x768, real clicks; the read is held at a
gate so that her click falls while it runs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import notes, review
from app.review import NoteFilter
from ui.operations import running_operations
from ui.secretariat.notes_model import COL_TEXT

from .conftest import open_review_by_keys
from .held_read import saved_with_the_read_held

FIRST = "Fler bussturer på landsbygden"
SECOND = "Bredband till varje by"
THIRD = "Läxhjälp i biblioteket"


def _click(qtbot, view, row: int) -> None:
    cell = view.visualRect(view.model().index(row, COL_TEXT)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def test_the_note_she_clicks_while_a_read_runs_stays_selected(
    qtbot, qapp, demo_workspace, demo_conference_id, monkeypatch
):
    store = demo_workspace.store
    first = notes.add_note(store, demo_conference_id, 3, 1, FIRST)
    second = notes.add_note(store, demo_conference_id, 4, 1, SECOND)
    third = notes.add_note(store, demo_conference_id, 5, 1, THIRD)
    rows = len(review.matching_rowids(store.path, demo_conference_id, NoteFilter()))
    window = open_review_by_keys(qtbot, qapp, demo_workspace, demo_conference_id, rows)
    assert (window.width(), window.height()) == (1366, 768)
    reviewing = window.review_view
    view, model = reviewing.view, reviewing.model
    _click(qtbot, view, model.row_of(first))
    assert [n.id for n in reviewing.selected_notes()] == [first]

    gate = saved_with_the_read_held(qtbot, monkeypatch, window, third, "Läxhjälp i biblioteket på tisdagar")

    _click(qtbot, view, model.row_of(second))  # while the read runs, on the rows still shown
    assert [n.id for n in reviewing.selected_notes()] == [second]
    gate.set()
    qtbot.waitUntil(lambda: not any(op.is_running for op in running_operations()))
    qtbot.waitUntil(lambda: not model.loading)
    qapp.processEvents()

    assert model.note_at(model.row_of(third)).text == "Läxhjälp i biblioteket på tisdagar"  # the new rows
    assert [n.id for n in reviewing.selected_notes()] == [second], (
        "the read put her back on the note she left"
    )
    current = view.currentIndex()
    assert (model.note_at(current.row()).id, current.column()) == (second, COL_TEXT)
    assert reviewing.edit_button.isEnabled()  # one note chosen: "Redigera" is hers to press
    window.close()
