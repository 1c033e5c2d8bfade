"""What a new chair met in Swedish on a laptop screen that earlier passes left: the first Down in the
list of tables, and the name her signing key suggests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import msgbox

from .conftest import open_window
from .real_hands import click_menu_entry, in_swedish, open_table


def test_with_no_table_chosen_the_first_down_chooses_table_one(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """She clicks the conference, Tab takes her to the tables (none chosen), Down, Enter: Bord 1 opens.
    Qt made the first row current but unchosen when the list took the focus, and Down went to Bord 2."""
    in_swedish(qapp)
    chair = open_window(qtbot, demo_workspace)
    chair.resize(1366, 768)
    picker = chair.picker
    conferences = picker.conference_view
    first = conferences.visualRect(picker.conference_model.index(0, 0)).center()
    qtbot.mouseClick(conferences.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert picker.table_view.selectionModel().selectedIndexes() == []  # no table chosen yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is picker.table_view
    qtbot.keyClick(picker.table_view, Qt.Key.Key_Down)
    assert [i.row() for i in picker.table_view.selectionModel().selectedIndexes()] == [0]
    qtbot.keyClick(picker.table_view, Qt.Key.Key_Down)
    assert picker.selected_table() == 2  # and on, one table a press
    qtbot.keyClick(picker.table_view, Qt.Key.Key_Up)
    qtbot.keyClick(picker.table_view, Qt.Key.Key_Return)
    assert chair.session is not None and chair.session.table.number == 1
    chair.close()


def test_signing_without_a_key_suggests_the_tables_chair_as_her_name(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """Sign and export on a new laptop: the settings open for her key, the name field holding the name
    the secretariat gave her table (Fatima Hassan at Bord 3), chosen so that typing replaces it; one
    click on Create makes the key in that name. The field was empty: chairs typed their names anew,
    spelt otherwise than the secretariat's list."""
    from app.bundles.identity import require_identity

    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, chair.chair_actions.export_action)
    told = [b for b in msgbox.open_boxes() if "signeringsnyckel" in b.text()]
    assert told, [b.text() for b in msgbox.open_boxes()]
    qtbot.mouseClick(told[0].button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(chair, "settings_dialog", None) is not None, timeout=3000)
    dialog = chair.settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.identity_name.text() == "Fatima Hassan"
    assert dialog.identity_name.selectedText() == "Fatima Hassan"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert require_identity(demo_workspace).name == "Fatima Hassan"
    dialog.reject()
    chair.close()


def test_a_chair_with_a_key_keeps_her_own_name(qtbot, qapp, demo_workspace, demo_conference_id):
    """The suggestion is only for a laptop without a key: a key made earlier shows its own name."""
    from app.bundles.identity import create_identity

    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima H.")
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    chair.open_settings()
    assert chair.settings_dialog.identity_name.text() == "Fatima H."
    chair.settings_dialog.reject()
    chair.close()
