"""A 1,000-note question: Enter, a tag and Alt+Up each change the one row they touched, drawn where the
chair sees it, without reading the whole list again (what keeps a keystroke within a frame; the figures
are in bench/bench_chair.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import notes

from .conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_enter_a_tag_and_alt_up_touch_one_row_of_a_thousand(qtbot, window, monkeypatch):
    s = window.session
    store = window.store
    with store.transaction():
        for i in range(1000):
            notes.add_note(store, s.conference.id, s.table.number, 1, f"anteckning {i} om kollektivtrafik")
    window.open_table(s.conference.id, s.table.number)
    qtbot.wait(50)  # the event loop deletes the tag actions of the table shown before
    model, view = window.notes_model, window.notes_view
    assert model.rowCount() == 1000
    reads = []
    list_ids = notes.note_ids
    monkeypatch.setattr(notes, "note_ids", lambda *a, **k: reads.append(a) or list_ids(*a, **k))

    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.rowsInserted, check_params_cb=lambda _p, first, last: first == last == 1000),
    ):
        type_text(qtbot, window.entry, "Fler bussar på kvällen")
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    new_id = model.ids()[1000]
    assert model.data(model.index(1000)) == "Fler bussar på kvällen"
    assert window.place.selected_note_id() == new_id
    assert window.questions_model.count(0) == 1001
    assert view.viewport().rect().contains(view.visualRect(model.index(1000)))  # the newest note is in view

    theme = s.themes[0]
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.dataChanged, check_params_cb=lambda a, b, _r: a.row() == b.row() == 1000),
    ):
        press(window, Qt.Key.Key_1, CTRL)
    assert notes.note(store, new_id).themes == (theme.id,)
    assert model.note(1000).themes == (theme.id,)

    changed_rows = []
    model.dataChanged.connect(lambda a, b, _r: changed_rows.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        press(window, Qt.Key.Key_Up, ALT)
    assert sorted(changed_rows) == [(999, 999), (1000, 1000)]  # the two rows that traded notes, no other
    assert model.ids()[999] == new_id
    assert window.place.selected_note_id() == new_id
    assert list_ids(store, s.conference.id, s.table.number, s.questions[0].id) == model.ids()
    assert model.note(999).position == notes.note(store, new_id).position
    assert reads == [], "a keystroke read the question's whole list again"

    window.undo_stack.undo()  # the swap back, then the tag off: the same rows, as stored
    window.undo_stack.undo()
    assert model.ids()[1000] == new_id and model.note(1000).themes == ()
    assert notes.note(store, new_id).themes == ()
