"""A secretariat refusing a chair's export as made by a newer Rundabord asks her to export it again in
the oldest format. That was `rundabord export --oldest-format` only, a terminal a chair never opens; her
window now has Konferens › Signera och exportera i äldsta formatet…, and the refusals the secretariat
reads name that entry. Swedish, 1366×768, clicks on the menu and on "Ja"."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import notes
from app.bundles.identity import create_identity
from app.messages import message
from ui import bundle_messages, msgbox

from .real_hands import click_menu_entry, in_swedish, open_table

DONE = "Signerat och exporterat"


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def _asking() -> list[QMessageBox]:
    """The question before signing: "Signera och exportera", with Ja and Nej."""
    return [
        b
        for b in msgbox.open_boxes()
        if b.windowTitle() == "Signera och exportera" and b.button(QMessageBox.StandardButton.Yes) is not None
    ]


def _export(qtbot, chair, action) -> tuple[Path, str]:
    before = chair.export_flow.exported_bundle()
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, action)
    qtbot.waitUntil(lambda: bool(_asking()), timeout=3000)
    [asked] = _asking()
    said = asked.text()
    qtbot.mouseClick(asked.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.windowTitle() == DONE for b in msgbox.open_boxes()), timeout=10_000)
    for box in msgbox.open_boxes():
        box.close()
    path = chair.export_flow.exported_bundle()
    assert path is not None and path != before and path.is_file()
    return path, said


def test_the_chair_exports_in_the_oldest_format_from_her_menu(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    create_identity(demo_workspace, "Fatima Hassan")
    notes.add_note(demo_workspace.store, demo_conference_id, 3, 1, "Bussen går för sällan på kvällen")
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    actions, flow = chair.chair_actions, chair.export_flow
    assert flow.oldest_action.text() == "Signera och exportera i &äldsta formatet…"
    entries = chair.chair_actions.conference_menu.actions()
    assert entries.index(flow.oldest_action) == entries.index(actions.export_action) + 1  # right below it

    usual, asked = _export(qtbot, chair, actions.export_action)
    assert "äldsta formatet" not in asked
    assert "origin" in _manifest(usual)["created"]  # this laptop made its conference: the newest format

    notes.add_note(demo_workspace.store, demo_conference_id, 3, 1, "Och på helgerna")
    oldest, asked = _export(qtbot, chair, flow.oldest_action)
    assert asked.endswith("Exporten skrivs i det äldsta formatet, som alla sekretariats Rundabord kan läsa.")
    manifest = _manifest(oldest)
    assert manifest["version"] == 1 and set(manifest["created"]) == {"utc", "hlc"}  # what every one reads
    assert "records_encoding" not in manifest

    actions.export_action.setEnabled(False)  # as while no table is open
    assert not flow.oldest_action.isEnabled()
    actions.export_action.setEnabled(True)
    assert flow.oldest_action.isEnabled()
    chair.close()


def test_the_secretariats_refusals_name_the_chairs_menu_entry(qapp):
    entry = "Konferens › Signera och exportera i äldsta formatet…"
    in_swedish(qapp)
    try:
        said = [
            bundle_messages.newer_table_export(),
            bundle_messages.say(
                message("origin-secretariat-named", origin="ws-1", key="3f2a9c1b", name="Kansliet")
            ),
            bundle_messages.say(message("manifest-fields", fields="x")),
        ]
    finally:
        from ui import i18n

        i18n.install("en", qapp)
    for text in said:
        assert f"i hennes fönster: {entry}; eller rundabord export --oldest-format" in text, text
