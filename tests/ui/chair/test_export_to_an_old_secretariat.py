"""A chair whose secretariat runs an old Rundabord is told, in Swedish, when her export needs a newer one.

The pack comes from the real last Rundabord before bundles named their workspace (run on its own
commit's code, tests/app/bundles/old_rundabord.py). Her export says nothing more while that Rundabord
reads it; once her key was renewed and the export carries edits made under the old one, the box after
the export says which Rundabord reads it and what to ask the secretariat.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app import notes
from app.bundles import import_files
from app.bundles.export import export_table
from app.bundles.identity import create_identity
from app.bundles.renewal import renew_identity
from app.workspace import Workspace
from tests.app.bundles.old_rundabord import BEFORE_ORIGIN, OldRundabord
from ui import msgbox

from .real_hands import click_menu_entry, in_swedish, open_table

DONE = "Signerat och exporterat"
SAYS_WHO_READS = "Sekretariatet kan läsa den bara om deras Rundabord kan förnya signeringsnycklar"


def _export_in_the_window(qtbot, chair) -> str:
    """Sign and export from the Conference menu, "Ja", by the mouse; the text of the box that follows."""
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, chair.chair_actions.export_action)
    [asked] = [b for b in msgbox.open_boxes() if "signera och exportera" in b.text()]
    qtbot.mouseClick(asked.button(msgbox.Button.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.windowTitle() == DONE for b in msgbox.open_boxes()))
    [done] = [b for b in msgbox.open_boxes() if b.windowTitle() == DONE]
    text = done.text()
    done.close()
    return text


def test_the_export_box_says_which_rundabord_reads_a_renewed_laptops_export(
    qtbot, qapp, tmp_path: Path, tmp_path_factory, sync_ops
):
    old = OldRundabord.at(BEFORE_ORIGIN, tmp_path_factory)
    kansli = tmp_path / "kansli"
    pack = tmp_path / "pack.rbz"
    conference_id = old.secretariat_pack(kansli, "Regionens kansli", pack)
    laptop = Workspace.create(tmp_path / "laptop", "chair")
    try:
        [receipt] = import_files(laptop, [pack])
        assert receipt.status == "imported", receipt.reason
        create_identity(laptop, "Fatima Hassan")
        note_id = notes.add_note(laptop.store, conference_id, 1, 1, "Bussen går sällan")
        in_swedish(qapp)
        chair = open_table(qtbot, laptop, conference_id, 1)
        first = _export_in_the_window(qtbot, chair)
        assert first.startswith("Signerat av Fatima Hassan") and "december" not in first
        chair.close()
        notes.edit_note(laptop.store, note_id, text="Bussen går för sällan")
        export_table(laptop, conference_id, 1, tmp_path / "borttappad.rbz")  # lost on a stick
        renew_identity(laptop, "Fatima Hassan")
        chair = open_table(qtbot, laptop, conference_id, 1)
        text = _export_in_the_window(qtbot, chair)
        chair.close()
    finally:
        laptop.close()
    assert text.startswith("Signerat av Fatima Hassan")
    assert "ändringar du gjorde innan din signeringsnyckel förnyades" in text
    assert SAYS_WHO_READS in text
    assert "be dem uppdatera Rundabord innan de importerar exporten" in text
