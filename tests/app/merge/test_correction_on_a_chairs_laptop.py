"""A chair's note the secretariat corrected, through real signed bundles both ways.

The chair edited the note's text after typing it (so the text alone carries that edit's stamp), the
secretariat corrected the text, and its follow-up reaches the laptop: the laptop takes the correction
without putting the chair's own earlier text up against it. (Before records said what an edit had
seen, it did: nothing of the chair's edit was left in the corrected record.) The follow-up is format 3,
so the laptop learns that its secretariat reads what an edit had seen, and when the chair edits the
text again, her export says so: the secretariat takes it as the later edit. Her export before that
edit leaves the follow-up's claim out: a chair says only what her own edits had seen. On SQLite and
PostgreSQL.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from app import conferences, conflicts, notes
from app.bundles import import_files
from app.bundles import trust as trust_list
from app.bundles.codec import decode_records
from app.bundles.export import export_pack, export_table
from app.bundles.identity import create_identity
from app.demo import demo_description
from app.merge import merge_records
from app.proposals.exchange import export_followup
from app.workspace import Workspace
from tests.clocks import edits_after


def _bundle(path: Path) -> tuple[int, list[dict]]:
    """(format version, records) of a bundle, whichever records encoding it names."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = decode_records(archive.read("records.jsonl"), manifest.get("records_encoding", "jsonl"))
    return manifest["version"], records.records


def _open(store, note_id: str) -> list[tuple[str, object, object]]:
    return [(c.field, c.ours, c.theirs) for c in conflicts.open_conflicts(store) if c.record_id == note_id]


def test_a_chair_takes_the_correction_of_her_note_and_her_next_edit_supersedes_it(
    backend: str, tmp_path: Path, request
) -> None:
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    laptop = Workspace.create(tmp_path / "laptop", "chair")
    try:
        create_identity(kansli, "Regionens kansli")
        conference_id = conferences.create_conference(kansli.store, demo_description())
        pack = export_pack(kansli, conference_id, tmp_path / "pack.rbz")
        [receipt] = import_files(laptop, [pack.path])
        assert receipt.status == "imported", receipt.reason
        chair_key = create_identity(laptop, "Anna Berg")
        trust_list.add(kansli.store, chair_key.public_key, "Anna Berg", "chair", conference_id, 1)

        def chair_sends(name: str) -> tuple[int, list[dict]]:
            bundle = export_table(laptop, conference_id, 1, tmp_path / f"{name}.rbz")
            [receipt] = import_files(kansli, [bundle.path])
            assert receipt.status == "imported", receipt.reason
            return _bundle(bundle.path)

        def kansli_sends(name: str) -> tuple[int, list[dict]]:
            bundle = export_followup(kansli, conference_id, tmp_path / f"{name}.rbz")
            [receipt] = import_files(laptop, [bundle.path])
            assert receipt.status == "imported", receipt.reason
            return _bundle(bundle.path)

        note_id = notes.add_note(laptop.store, conference_id, 1, 1, "Bussen går sällan")
        notes.edit_note(laptop.store, note_id, text="Bussen går för sällan på kvällen")
        chair_sends("bord1-a")
        notes.edit_note(kansli.store, note_id, text="Bussen går inte på kvällen")  # the correction
        assert _open(kansli.store, note_id) == []

        version, records = kansli_sends("uppföljning-1")
        [sent] = [r for r in records if r["id"] == note_id]
        assert version == 3 and sent["seen"] == [[sent["base_rev"], laptop.store.origin]]
        assert laptop.store.require("note", note_id)["text"] == "Bussen går inte på kvällen"
        assert _open(laptop.store, note_id) == []  # before: her own text stood against the correction
        [held] = laptop.store.dump("note", "id = ?", (note_id,))
        assert held["origin"] == kansli.store.origin and held["seen"]  # what the follow-up claimed
        version, records = chair_sends("bord1-oförändrad")
        [sent] = [r for r in records if r["id"] == note_id]
        assert "seen" not in sent  # she vouches only for her own edits (app/bundles/origins.py)

        notes.edit_note(laptop.store, note_id, text="Bussen går inte alls på kvällen")
        version, records = chair_sends("bord1-b")
        [sent] = [r for r in records if r["id"] == note_id]
        assert version == 3 and sent["seen"] == [[sent["base_rev"], kansli.store.origin]]
        assert kansli.store.require("note", note_id)["text"] == "Bussen går inte alls på kvällen"
        assert _open(kansli.store, note_id) == []  # before: the correction stood against her edit
        kansli_sends("uppföljning-2")
        assert _open(laptop.store, note_id) == []
    finally:
        laptop.close()
        kansli.close()


def test_a_chair_whose_secretariat_never_said_it_reads_claims_sends_none(tmp_path: Path) -> None:
    """A laptop whose packs all came in format 2 or older does not know that its secretariat reads what
    an edit had seen: its export leaves the claims out (a Rundabord before format 3 would refuse the
    bundle), and the record reads as it always did."""
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    laptop = Workspace.create(tmp_path / "laptop", "chair")
    try:
        create_identity(kansli, "Regionens kansli")
        conference_id = conferences.create_conference(kansli.store, demo_description())
        pack = export_pack(kansli, conference_id, tmp_path / "pack.rbz")
        assert _bundle(pack.path)[0] == 2  # nothing in it claims anything
        [receipt] = import_files(laptop, [pack.path])
        assert receipt.status == "imported", receipt.reason
        create_identity(laptop, "Anna Berg")
        note_id = notes.add_note(laptop.store, conference_id, 1, 1, "Bussen går sällan")
        notes.edit_note(laptop.store, note_id, text="Bussen går för sällan")
        # The note and its correction travel without a pack (merged as an import merges them).
        with kansli.store.transaction():
            merge_records(kansli.store, list(laptop.store.dump("note")))
        edits_after(kansli.store, laptop.store)
        notes.edit_note(kansli.store, note_id, text="Bussen går inte på kvällen")
        with laptop.store.transaction():
            merge_records(laptop.store, list(kansli.store.dump("note")))
        edits_after(laptop.store, kansli.store)
        notes.edit_note(laptop.store, note_id, text="Bussen går inte alls på kvällen")
        [note] = laptop.store.dump("note", "id = ?", (note_id,))
        assert note["seen"]  # it replaced the secretariat's text, and a dump says so
        bundle = export_table(laptop, conference_id, 1, tmp_path / "bord1.rbz")
        version, records = _bundle(bundle.path)
        assert version == 2 and all("seen" not in r for r in records)
    finally:
        laptop.close()
        kansli.close()
