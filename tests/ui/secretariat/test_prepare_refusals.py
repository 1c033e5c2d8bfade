"""What the Prepare tab refuses is said in Swedish, in the secretary's words, never in the core's English
("table 3 already has 2 notes; it cannot be deleted"): driven by the mouse and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import conferences, notes
from ui import msgbox

from ..chair.conftest import type_text
from .conftest import open_in_swedish

ENGLISH = ("already", "cannot", "table ", "notes", "theme named")


def _the_box(qtbot) -> str:
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=3000)
    [box] = msgbox.open_boxes()
    text = box.text()
    box.close()
    QApplication.processEvents()
    return text


def _click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    view.scrollTo(view.model().index(row, 1))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(row, 1)).center()
    )
    assert rect.isValid()


def test_the_prepare_tab_refuses_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, sync_ops):
    store = demo_workspace.store
    notes.add_note(store, demo_conference_id, 3, 1, "Fler mötesplatser för unga")
    notes.add_note(store, demo_conference_id, 3, 2, "Läxhjälp på biblioteket")
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    prepare = window.prepare_view

    _click_row(qtbot, prepare.tables_view, 2)  # table 3, which has reported
    qtbot.mouseClick(prepare.delete_table_button, Qt.MouseButton.LeftButton)
    said = _the_box(qtbot)
    assert "Bord 3 har redan anteckningar (2) och kan därför inte tas bort." in said
    assert not any(word in said for word in ENGLISH), said
    assert len(conferences.tables(store, demo_conference_id)) == 40

    _click_row(qtbot, prepare.questions_view, 0)
    qtbot.keyClick(prepare.questions_view, Qt.Key.Key_Delete)
    said = _the_box(qtbot)
    assert "Fråga 1 har redan anteckningar (1)" in said and not any(w in said for w in ENGLISH), said

    type_text(qtbot, prepare.new_theme_edit, "unga")  # "Unga" is a theme already
    qtbot.keyClick(prepare.new_theme_edit, Qt.Key.Key_Return)
    said = _the_box(qtbot)
    assert "Processen har redan ett tema som heter ”Unga”." in said and "theme" not in said, said
    window.close()
