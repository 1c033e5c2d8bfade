"""Sign and export on a new laptop: OK in the settings that open for her key makes it and signs.

The box said "enter your name under Identity, then choose Sign and export again", and the settings
opened with her name already in the field. A newcomer pressed OK: no key was made (only the Create
button made one), and Sign and export told her the same again. Now OK makes the key in the name shown
and the signing goes on (what will be signed is asked, as always); with no name, OK says so and the
settings stay open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.bundles.identity import find_identity
from ui import msgbox

from .real_hands import click_menu_entry, in_swedish, open_table


def _box(qtbot, words: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in msgbox.open_boxes() if words in b.text() and b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def _settings_from_export(qtbot, chair):
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, chair.chair_actions.export_action)
    told = _box(qtbot, "signeringsnyckel")
    assert "tryck på OK" in told.text()
    qtbot.mouseClick(told.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(chair, "settings_dialog", None) is not None, timeout=3000)
    dialog = chair.settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def _ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_ok_in_the_settings_makes_her_key_and_signing_goes_on(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    dialog = _settings_from_export(qtbot, chair)
    assert dialog.identity_name.text() == "Fatima Hassan"  # the table's chair, as the secretariat wrote
    _ok(qtbot, dialog)
    assert find_identity(demo_workspace).name == "Fatima Hassan"
    asked = _box(qtbot, "Signera de här")  # what will be signed, asked as when she had a key
    qtbot.mouseClick(asked.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chair.export_flow.exported_bundle() is not None, timeout=10_000)
    assert chair.export_flow.exported_bundle().is_file()
    chair.close()


def test_ok_with_no_name_says_so_and_makes_nothing(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    dialog = _settings_from_export(qtbot, chair)
    dialog.identity_name.clear()
    _ok(qtbot, dialog)
    said = _box(qtbot, "namn")
    assert find_identity(demo_workspace) is None
    assert dialog.isVisible()  # to type her name in
    said.close()
    dialog.reject()
    assert not [b for b in msgbox.open_boxes() if "Signera de här" in b.text()]
    chair.close()
