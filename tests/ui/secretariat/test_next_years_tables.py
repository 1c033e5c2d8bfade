"""Next year's conference of the same programme: the secretary made it with Prepare's "Ny konferens…" and
got an empty list of tables; the forty tables and their chairs were typed again one by one (or the TOML
file edited by hand, which also carried last year's reported participants along). The dialog now
offers the last conference's tables and chairs, chosen by default, and copies nothing reported at them;
"Inga" starts empty as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from app import conferences
from tests.ui.chair.conftest import type_text

from .conftest import open_in_swedish


def _new_conference_by_mouse(qtbot, window, title: str):
    prepare = window.prepare_view
    window.tabs.setCurrentWidget(prepare)
    qtbot.mouseClick(prepare.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    dialog = QApplication.activeModalWidget()
    [title_edit] = [e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == "Rubrik"]
    qtbot.mouseClick(title_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, title_edit, title)
    return dialog


def _ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_next_years_conference_starts_with_last_years_tables_and_chairs(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    store = demo_workspace.store
    last_year = conferences.tables(store, demo_conference_id)
    conferences.set_table_facts(store, demo_conference_id, 7, participants=11)  # reported at table 7
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    dialog = _new_conference_by_mouse(qtbot, window, "Rundabordssamtal våren 2027")
    assert dialog.tables_combo.accessibleName() == "Bord"
    assert dialog.tables_combo.currentText() == (
        f"Som vid Rundabordssamtal våren 2026 (2026-03-12): {len(last_year)} bord med sina ordförande"
    )
    _ok(qtbot, dialog)
    [made] = [c for c in conferences.conferences(store) if c.title == "Rundabordssamtal våren 2027"]
    copied = conferences.tables(store, made.id)
    assert [(t.number, t.name, t.chair_name) for t in copied] == [
        (t.number, t.name, t.chair_name) for t in last_year
    ]
    assert all(t.participants == 0 and not t.bands for t in copied)  # nothing reported is carried along
    qtbot.waitUntil(lambda: window.prepare_view.tables_model.rowCount() == len(last_year), timeout=3000)
    window.close()


def test_none_starts_with_no_tables(qtbot, qapp, demo_workspace, demo_conference_id):
    store = demo_workspace.store
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    dialog = _new_conference_by_mouse(qtbot, window, "Extra samtal")
    combo = dialog.tables_combo
    combo.setCurrentIndex(combo.findText("Inga: jag lägger till borden under fliken Förbered"))
    assert combo.currentData() is None
    _ok(qtbot, dialog)
    [made] = [c for c in conferences.conferences(store) if c.title == "Extra samtal"]
    assert conferences.tables(store, made.id) == []
    window.close()


def test_the_tables_choice_is_read_whole_not_cut_before_its_count(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """The choice ended "…: 40 b…" in a 520-pixel dialog: the count of tables and that the chairs come along
    were cut, the part she chooses by. The dialog widens to show it whole, as far as the screen has room."""
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    dialog = _new_conference_by_mouse(qtbot, window, "Rundabordssamtal våren 2027")
    combo = dialog.tables_combo
    whole = "Som vid Rundabordssamtal våren 2026 (2026-03-12): 40 bord med sina ordförande"
    assert combo.currentText() == whole
    qtbot.waitUntil(lambda: combo.shown_text() == whole, timeout=2000)
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= room.width()
    dialog.reject()
    window.close()
