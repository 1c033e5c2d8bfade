"""What she adds on the Prepare tab is shown whole in its list, at a 1280×720 laptop's window.

A newcomer typing forty chairs, one Enter each, checks each name as it lands: the new last table was
selected but half under the list's lower edge (the list scrolled on its old length), and a new theme
was neither chosen nor scrolled to, so with the process's themes filling the small box nothing on the
screen changed when she pressed Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import conferences
from tests.ui.chair.conftest import type_text
from tests.ui.secretariat.conftest import open_in_swedish


def _wholly_shown(view, row: int) -> bool:
    rect = view.visualRect(view.model().index(row, 0))
    return rect.isValid() and view.viewport().rect().contains(rect)


def _add_by_enter(qtbot, edit, text: str) -> None:
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_new_table_and_a_new_theme_are_chosen_and_shown_whole(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
):
    demo_workspace.role = "secretariat"
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(1264, 680))
    view = window.prepare_view
    tables = view.tables_view
    qtbot.waitUntil(lambda: tables.verticalScrollBar().maximum() > 0)  # forty tables: the list scrolls
    for chair in ("Åsa Öhrström", "Mohammed Ali Hassan", "Karin Sjöström-Lindqvist"):
        _add_by_enter(qtbot, view.new_chair_edit, chair)
        last = view.tables_model.rowCount() - 1
        assert view.tables_model.row_at(last).chair_name == chair
        assert tables.currentIndex().row() == last
        assert _wholly_shown(tables, last), (tables.visualRect(tables.model().index(last, 0)), chair)

    themes = view.themes_view
    process_id = conferences.conference(demo_workspace.store, demo_conference_id).process_id
    before = len(conferences.themes(demo_workspace.store, process_id))
    assert themes.viewport().height() < before * themes.verticalHeader().defaultSectionSize()
    _add_by_enter(qtbot, view.new_theme_edit, "Trygghet på kvällstid")
    assert len(conferences.themes(demo_workspace.store, process_id)) == before + 1
    row = themes.currentIndex().row()
    assert row >= 0 and view.themes_model.row_at(row).name == "Trygghet på kvällstid"
    assert _wholly_shown(themes, row)
