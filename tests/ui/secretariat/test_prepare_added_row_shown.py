"""What she adds on the Prepare tab is shown whole in its list, at a 1280×720 laptop's window.

A newcomer typing forty chairs, one Enter each, checks each name as it lands: the new last table was
selected but half under the list's lower edge (the list scrolled on its old length), and a new theme
was neither chosen nor scrolled to, so with the process's themes filling the small box nothing on the
screen changed when she pressed Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import conferences, prepare
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
    process_id = conferences.conference(demo_workspace.store, demo_conference_id).process_id
    for theme in ("Kollektivtrafik på landsbygden", "Psykisk ohälsa bland unga vuxna", "Bostäder", "Kultur"):
        prepare.add_theme(demo_workspace.store, process_id, theme)  # a real process: more than fit
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
    before = len(conferences.themes(demo_workspace.store, process_id))
    assert themes.viewport().height() < before * themes.verticalHeader().defaultSectionSize()
    _add_by_enter(qtbot, view.new_theme_edit, "Trygghet på kvällstid")
    assert len(conferences.themes(demo_workspace.store, process_id)) == before + 1
    row = themes.currentIndex().row()
    assert row >= 0 and view.themes_model.row_at(row).name == "Trygghet på kvällstid"
    assert _wholly_shown(themes, row)


def test_no_fingerprint_to_read_out_before_the_key_and_its_rows_go_to_the_themes(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
):
    """Before the secretariat has a key its panel said "read the fingerprint to the chairs" under an
    empty line: nothing to read yet, and at 1280×720 those lines were the themes list's missing rows."""
    from PySide6.QtWidgets import QDialogButtonBox

    from app.bundles.identity import find_identity
    from ui.secretariat.key_panel import CreateKeyDialog

    demo_workspace.role = "secretariat"
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(1264, 680))
    view = window.prepare_view
    panel = view.key_panel
    qtbot.waitExposed(window)
    assert find_identity(demo_workspace) is None
    assert not panel.fingerprint_label.isVisible() and not panel.hint_label.isVisible()
    assert panel.name_label.isVisible() and "Ingen nyckel" in panel.name_label.text()
    themes_before = view.themes_view.viewport().height()

    QTest.mouseClick(panel.create_button, Qt.MouseButton.LeftButton, pos=panel.create_button.rect().center())
    dialog = next(w for w in qapp.topLevelWidgets() if isinstance(w, CreateKeyDialog) and w.isVisible())
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())
    qtbot.waitUntil(lambda: find_identity(demo_workspace) is not None)
    qtbot.waitUntil(lambda: panel.fingerprint_label.isVisible() and panel.hint_label.isVisible())
    assert panel.fingerprint_label.text().split() == find_identity(demo_workspace).fingerprint.split()
    qtbot.waitUntil(lambda: view.themes_view.viewport().height() < themes_before)  # the rows it had
