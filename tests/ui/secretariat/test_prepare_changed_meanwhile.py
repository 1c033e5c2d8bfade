"""Prepare's edits on a store two secretaries share: the second save of a field someone changed meanwhile
asks, theirs beside hers, in Swedish, and nothing is overwritten unseen; an undo does not write the old
value back over a colleague's change either.

Anna works in the secretariat window with mouse and keys; Britt (her own workspace on PostgreSQL, the
same workspace opened again on SQLite) saves through the services her Prepare view calls.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app import conferences, prepare
from tests.two_secretaries import two_secretaries
from tests.ui.changed_meanwhile import EVENTUALLY, mine, side_by_side, the_box, theirs, who
from ui import msgbox

from ..chair.conftest import type_text
from .conftest import open_in_swedish

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(backend, tmp_path, request, qtbot, qapp, sync_ops):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    window = open_in_swedish(qtbot, qapp, pair.anna, pair.conference_id)
    window.tabs.setCurrentWidget(window.prepare_view)
    with qtbot.waitActive(window):
        window.activateWindow()
    try:
        yield pair, window
    finally:
        from ui import i18n

        window.close()
        i18n.install("en", qapp)
        pair.close()


def _heard(qtbot, pair, window, title: str) -> None:
    """Britt retitles the conference; on PostgreSQL, wait until Anna's window has heard it (it refreshes
    within a second), so the refresh itself is part of what is tested. One SQLite file is not watched."""
    prepare.edit_conference(pair.britt.store, pair.conference_id, title=title)
    if not pair.shared_folder:
        qtbot.waitUntil(lambda: window.prepare_view.title_edit.text() == title, timeout=EVENTUALLY)


def _click_cell(qtbot, view, row: int, column: int, double: bool = False) -> None:
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_venue_britt_saved_while_anna_typed_asks_and_undo_asks_again(qtbot, office, tmp_path):
    pair, window = office
    view = window.prepare_view
    store = pair.britt.store
    qtbot.mouseClick(view.venue_edit, Qt.MouseButton.LeftButton)
    view.venue_edit.selectAll()
    type_text(qtbot, view.venue_edit, "Stadshuset, Åsele")

    prepare.edit_conference(store, pair.conference_id, venue="Medborgarhuset")  # Britt saves first
    _heard(qtbot, pair, window, "Vårens rundabord")
    assert view.venue_edit.text() == "Stadshuset, Åsele"  # the refresh left her typing alone

    qtbot.keyClick(view.venue_edit, Qt.Key.Key_Return)
    box = the_box(qtbot)
    box.grab().save(str(tmp_path / "plats-ändrad-under-tiden.png"))
    assert f"{who(pair)} ändrade konferensens plats under tiden." in box.text()
    assert side_by_side(box) == [("Det som står nu", "Ditt"), ("Medborgarhuset", "Stadshuset, Åsele")]
    assert conferences.conference(store, pair.conference_id).venue == "Medborgarhuset"  # nothing yet
    mine(qtbot, box)
    assert conferences.conference(store, pair.conference_id).venue == "Stadshuset, Åsele"
    assert window.context.undo_stack.count() == 1

    # Britt changes it again; Anna's undo would write back Medborgarhuset over it: asked instead.
    prepare.edit_conference(store, pair.conference_id, venue="Folkets hus, Åsele")
    view.venue_edit.clearFocus()
    qtbot.keyClick(view.questions_view, Qt.Key.Key_Z, CTRL)
    box = the_box(qtbot)
    assert f"{who(pair)} ändrade konferensens plats under tiden." in box.text()
    assert side_by_side(box)[1] == ("Folkets hus, Åsele", "Medborgarhuset")
    theirs(qtbot, box)
    assert conferences.conference(store, pair.conference_id).venue == "Folkets hus, Åsele"
    assert window.context.undo_stack.count() == 0  # the step was made on what is gone
    qtbot.waitUntil(lambda: view.venue_edit.text() == "Folkets hus, Åsele", timeout=EVENTUALLY)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_undo_with_nobody_in_between_is_not_asked(qtbot, office):
    pair, window = office
    view = window.prepare_view
    qtbot.mouseClick(view.venue_edit, Qt.MouseButton.LeftButton)
    view.venue_edit.selectAll()
    type_text(qtbot, view.venue_edit, "Stadshuset")
    qtbot.keyClick(view.venue_edit, Qt.Key.Key_Return)
    assert not msgbox.open_boxes()
    view.venue_edit.selectAll()  # a second edit of the field she is still in: her first save was seen
    type_text(qtbot, view.venue_edit, "Stadshuset, Åsele")
    qtbot.keyClick(view.venue_edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert not msgbox.open_boxes()
    assert conferences.conference(pair.britt.store, pair.conference_id).venue == "Stadshuset, Åsele"
    qtbot.keyClick(view.questions_view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(50)
    assert not msgbox.open_boxes()
    assert conferences.conference(pair.britt.store, pair.conference_id).venue == "Stadshuset"
    qtbot.keyClick(view.questions_view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(50)
    assert not msgbox.open_boxes()
    assert conferences.conference(pair.britt.store, pair.conference_id).venue == "Folkets hus, Exempelstad"
    qtbot.keyClick(view.questions_view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert conferences.conference(pair.britt.store, pair.conference_id).venue == "Stadshuset"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_chair_britt_renamed_while_anna_edited_the_cell_keeps_britts_when_asked(qtbot, office):
    pair, window = office
    view = window.prepare_view
    tables = view.tables_view
    _click_cell(qtbot, tables, 2, 2, double=True)  # table 3's chair
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=EVENTUALLY)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "Åsa Ek")

    table = conferences.table(pair.britt.store, pair.conference_id, 3)
    prepare.edit_table(pair.britt.store, table.id, chair_name="Bo Öst")  # Britt saves first
    _heard(qtbot, pair, window, "Vårens rundabord")
    assert QApplication.focusWidget() is editor and editor.text() == "Åsa Ek"  # her editor stays open

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    box = the_box(qtbot)
    assert f"{who(pair)} ändrade bord 3 under tiden." in box.text()
    assert side_by_side(box)[1] == ("Bo Öst", "Åsa Ek")
    theirs(qtbot, box)
    assert conferences.table(pair.britt.store, pair.conference_id, 3).chair_name == "Bo Öst"
    qtbot.waitUntil(lambda: view.tables_model.index(2, 2).data() == "Bo Öst", timeout=EVENTUALLY)
    assert window.context.undo_stack.count() == 0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_deleting_a_table_britt_renamed_meanwhile_asks_first(qtbot, office):
    pair, window = office
    view = window.prepare_view
    _click_cell(qtbot, view.tables_view, 39, 1)  # table 40, as the list shows it
    table = conferences.table(pair.britt.store, pair.conference_id, 40)
    prepare.edit_table(pair.britt.store, table.id, name="Ungdomsbordet")
    assert view.delete_table_button.text().replace("&", "") == "Ta bort bord"
    qtbot.mouseClick(view.delete_table_button, Qt.MouseButton.LeftButton)
    box = the_box(qtbot)
    assert f"{who(pair)} ändrade bord 40 under tiden." in box.text()
    assert side_by_side(box)[1] == ("Ungdomsbordet", "(borttagen)")
    assert conferences.table(pair.britt.store, pair.conference_id, 40).name == "Ungdomsbordet"
    mine(qtbot, box)  # she meant it: the table goes
    assert 40 not in [t.number for t in conferences.tables(pair.britt.store, pair.conference_id)]
    qtbot.keyClick(view.questions_view, Qt.Key.Key_Z, CTRL)  # and comes back, as Britt named it
    assert conferences.table(pair.britt.store, pair.conference_id, 40).name == "Ungdomsbordet"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_undoing_a_move_after_britt_added_a_question_asks(qtbot, office):
    pair, window = office
    view = window.prepare_view
    before = [q.text for q in conferences.questions(pair.britt.store, pair.conference_id)]
    _click_cell(qtbot, view.questions_view, 0, 1)
    qtbot.mouseClick(view.question_down_button, Qt.MouseButton.LeftButton)
    moved = [q.text for q in conferences.questions(pair.britt.store, pair.conference_id)]
    assert moved == [before[1], before[0], *before[2:]]
    prepare.add_question(pair.britt.store, pair.conference_id, "Vad gör vi i höst?", position=1)
    qtbot.keyClick(view.questions_view, Qt.Key.Key_Z, CTRL)
    box = the_box(qtbot)
    assert f"{who(pair)} ändrade frågorna under tiden." in box.text()
    now, yours = side_by_side(box)[1]
    assert now.startswith("1. Vad gör vi i höst?")
    assert yours.startswith(f"1. {before[0][:20]}")
    theirs(qtbot, box)
    texts = [q.text for q in conferences.questions(pair.britt.store, pair.conference_id)]
    assert texts == ["Vad gör vi i höst?", *moved]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_keeping_theirs_shows_theirs_in_the_field_she_typed_in(qtbot, office):
    pair, window = office
    view = window.prepare_view
    qtbot.mouseClick(view.title_edit, Qt.MouseButton.LeftButton)
    view.title_edit.selectAll()
    type_text(qtbot, view.title_edit, "Rundabordet i Åsele")
    prepare.edit_conference(pair.britt.store, pair.conference_id, title="Vårens samtal")  # Britt first
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)
    box = the_box(qtbot)
    assert f"{who(pair)} ändrade konferensens rubrik under tiden." in box.text()
    assert side_by_side(box)[1] == ("Vårens samtal", "Rundabordet i Åsele")
    theirs(qtbot, box)
    qtbot.waitUntil(lambda: view.title_edit.text() == "Vårens samtal", timeout=EVENTUALLY)
    view.title_edit.setFocus()
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)  # nothing typed since: nothing to save or ask
    qtbot.wait(50)
    assert not msgbox.open_boxes()
    assert conferences.conference(pair.britt.store, pair.conference_id).title == "Vårens samtal"
    assert window.context.undo_stack.count() == 0
