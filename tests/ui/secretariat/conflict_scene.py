"""A day's conflicts as a secretary meets them: all forty tables merged, table 7's two laptops on one
note, and three tables whose chairs went on editing after their export while the secretariat corrected
the same notes (long Swedish text, votes and themes on both sides)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import conferences, notes
from app.bundles import export_table, import_files
from app.workspace import Workspace
from tests.clocks import edits_after

from .conftest import UNKNOWN_TABLE, Afternoon

EDITED_TABLES = (5, 12, 21)
SECRETARIAT_TEXT = (
    "Bord {n}: vi kan öppna våra lokaler för ungdomsföreningar på kvällar och helger, men då behövs en"
    " tydlig ansvarsfördelning mellan kommunen, studieförbunden och föreningarna själva (kansliets"
    " sammanfattning efter samtal med ordföranden)."
)
CHAIR_TEXT = (
    "Bord {n}: vi kan öppna våra lokaler – skolor, bibliotek och fritidsgårdar – för unga som saknar en"
    " plats att vara på efter skoltid; deltagarna betonade att det måste vara gratis och att unga själva"
    " ska få vara med och bestämma öppettiderna."
)


def merged_with_conflicts(secretariat: Workspace, afternoon: Afternoon, tmp_path: Path) -> None:
    """Merge every trusted table's export, then make the secretariat and three chairs edit the same notes."""
    bundles = sorted(p for p in afternoon.stick.glob("bord-*.rbz") if "kopia" not in p.name)
    receipts = import_files(secretariat, [p for p in bundles if p.name != f"bord-{UNKNOWN_TABLE}.rbz"])
    assert all(r.status == "imported" for r in receipts), receipts
    store = secretariat.store
    conference_id = afternoon.conference_id
    themes = {
        t.name: t.id
        for t in conferences.themes(store, conferences.conference(store, conference_id).process_id)
    }
    laptops = afternoon.secretariat_template.parent / "laptops"
    for number in EDITED_TABLES:
        laptop_dir = tmp_path / f"laptop-{number}"
        shutil.copytree(laptops / f"t{number}", laptop_dir, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
        laptop = Workspace(laptop_dir)
        table_notes = [n for n in notes.list_notes(store, conference_id) if n.table_number == number]
        first = next(n for n in table_notes if n.text.endswith("öppna våra lokaler"))
        proposal = next(n for n in table_notes if n.kind == "proposal")
        notes.edit_note(store, first.id, text=SECRETARIAT_TEXT.format(n=number))
        notes.edit_note(store, proposal.id, votes=proposal.votes + 2)
        # The chair's versions are the later ones, always: within one millisecond the HLC's tie-break
        # (by origin, random per workspace) chose the secretariat's now and then.
        edits_after(laptop.store, store)
        notes.edit_note(laptop.store, first.id, text=CHAIR_TEXT.format(n=number))
        notes.edit_note(laptop.store, proposal.id, votes=proposal.votes + 1)
        if number == EDITED_TABLES[0]:
            notes.edit_note(store, first.id, themes=[themes["Självbild & stolthet"]])
            edits_after(laptop.store, store)
            notes.edit_note(laptop.store, first.id, themes=[themes["Unga"], themes["Mångfald & integration"]])
        path = export_table(laptop, conference_id, number, tmp_path / f"bord-{number}-igen.rbz").path
        laptop.close()
        [receipt] = import_files(secretariat, [path])
        assert receipt.status == "imported" and receipt.counts.get("conflicts"), receipt
