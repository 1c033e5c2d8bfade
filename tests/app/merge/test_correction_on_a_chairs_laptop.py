"""A chair's note the secretariat corrected, through real signed bundles both ways.

The chair edited the note's text after typing it (so the text alone carries that edit's stamp), the
secretariat corrected the text, and its follow-up reaches the laptop: the laptop takes the correction
without putting the chair's own earlier text up against it. (Before records said what an edit had
seen, it did: nothing of the chair's edit was left in the corrected record.) The follow-up is format 3,
so the laptop learns that its secretariat reads what an edit had seen, and when the chair edits the
text again, her export says so: the secretariat takes it as the later edit. Her export before that
edit leaves the follow-up's claim out: a chair says only what her own edits had seen. On SQLite and
PostgreSQL.

Every pack is format 3, claims or not, and the laptop sets what its secretariat reads from each pack it
takes: a fresh secretariat's first pack is enough for the chair's correction of a secretariat value to
say so; a pack in format 2 (made here as a Rundabord before format 3 signs it) makes her next export
one that Rundabord reads.
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
from app.bundles.format import sha256_hex
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.writer import assemble, records_bytes
from app.cli import main
from app.demo import demo_description
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
            bundle = export_followup(kansli, conference_id, tmp_path / f"{name}.rbz", table=1)
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


class _Conference:
    """A fresh secretariat's conference and a chair's laptop for table 1, and the bundles between them."""

    def __init__(self, tmp_path: Path, database: str | None = None) -> None:
        self.tmp_path = tmp_path
        self.kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
        self.laptop = Workspace.create(tmp_path / "laptop", "chair")
        create_identity(self.kansli, "Regionens kansli")
        self.conference_id = conferences.create_conference(self.kansli.store, demo_description())
        self.first_pack = export_pack(self.kansli, self.conference_id, tmp_path / "pack.rbz").path
        self.take(self.laptop, self.first_pack)
        chair_key = create_identity(self.laptop, "Anna Berg")
        trust_list.add(self.kansli.store, chair_key.public_key, "Anna Berg", "chair", self.conference_id, 1)

    def take(self, workspace: Workspace, path: Path) -> None:
        [receipt] = import_files(workspace, [path])
        assert receipt.status == "imported", receipt.reason

    def chair_sends(self, name: str) -> tuple[int, list[dict]]:
        bundle = export_table(self.laptop, self.conference_id, 1, self.tmp_path / f"{name}.rbz")
        self.take(self.kansli, bundle.path)
        return _bundle(bundle.path)

    def followup(self, name: str) -> Path:
        return export_followup(self.kansli, self.conference_id, self.tmp_path / f"{name}.rbz", table=1).path

    def corrected_back(self) -> tuple[str, tuple[int, list[dict]]]:
        """The chair types a note; the secretariat corrects its text (the correction needs no claim: the
        note's other fields still show the chair's edit); the chair corrects the text back, over the
        secretariat's value. Returns the note's id and the chair's export of that last edit."""
        note_id = notes.add_note(self.laptop.store, self.conference_id, 1, 1, "Bussen går sällan")
        self.chair_sends("bord1-a")
        notes.edit_note(self.kansli.store, note_id, text="Bussen går inte på kvällen")
        followup = self.followup("uppföljning-1")
        version, records = _bundle(followup)
        assert version == 3 and all("seen" not in r for r in records)  # before: version 2
        self.take(self.laptop, followup)
        edits_after(self.laptop.store, self.kansli.store)
        notes.edit_note(self.laptop.store, note_id, text="Bussen går inte alls på kvällen")
        return note_id, self.chair_sends("bord1-b")

    def close(self) -> None:
        self.laptop.close()
        self.kansli.close()


def _as_an_older_secretariat_wrote_it(workspace: Workspace, path: Path) -> None:
    """Rewrite a pack as a Rundabord before format 3 signs it: version 2, no claims."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = decode_records(archive.read("records.jsonl")).records
    for record in records:
        record.pop("seen", None)
    data = records_bytes(records)
    manifest["version"] = 2
    manifest["members"]["records.jsonl"] = sha256_hex(data)
    path.write_bytes(assemble(load_signing_key(workspace), manifest, data)[0])


def test_a_fresh_secretariats_first_pack_lets_a_chairs_correction_of_its_value_stand(
    backend: str, tmp_path: Path, request
) -> None:
    """Every pack is format 3, also the first pack of a fresh secretariat, in which nothing claims
    anything: from it the laptop learns that its secretariat reads what an edit had seen, so the
    chair's correction of a secretariat value says so and does not reopen that value there. (Before,
    packs without a claim were format 2, and until one with a claim came, it did.)"""
    world = _Conference(tmp_path, request.getfixturevalue("pg_dsn") if backend == "postgresql" else None)
    try:
        version, records = _bundle(world.first_pack)
        assert version == 3 and all("seen" not in r for r in records)
        note_id, (version, records) = world.corrected_back()
        [sent] = [r for r in records if r["id"] == note_id]
        assert version == 3 and sent["seen"] == [[sent["base_rev"], world.kansli.store.origin]]
        assert world.kansli.store.require("note", note_id)["text"] == "Bussen går inte alls på kvällen"
        assert _open(world.kansli.store, note_id) == []  # before: the correction stood against hers
    finally:
        world.close()


def test_a_pack_of_an_older_format_tells_the_laptop_to_send_no_claims(tmp_path: Path) -> None:
    """A laptop sets what its secretariat reads from every pack it takes: after a format 3 pack its
    exports say what an edit had seen; when a pack comes in format 2 (the secretariat went back to a
    Rundabord before format 3), its next export leaves the claims out and is one that Rundabord reads,
    the record reading as it always did."""
    world = _Conference(tmp_path)
    try:
        note_id, (version, _records) = world.corrected_back()
        assert version == 3
        notes.edit_note(world.kansli.store, note_id, text="Bussen går sällan efter sex")  # corrected again
        older = world.followup("uppföljning-äldre")
        _as_an_older_secretariat_wrote_it(world.kansli, older)
        assert _bundle(older)[0] == 2
        world.take(world.laptop, older)
        notes.edit_note(world.laptop.store, note_id, text="Bussen går aldrig på kvällen")
        [note] = world.laptop.store.dump("note", "id = ?", (note_id,))
        assert note["seen"]  # it replaced the secretariat's text, and a dump says so
        version, records = world.chair_sends("bord1-c")
        assert version == 2 and all("seen" not in r for r in records)
        # as before format 3: the secretariat cannot tell that she had seen its correction
        assert _open(world.kansli.store, note_id) == [
            ("text", "Bussen går aldrig på kvällen", "Bussen går sällan efter sex")
        ]
        # The secretariat updated again: a format 3 pack, and claims again
        notes.edit_note(world.kansli.store, note_id, text="Bussen går inte efter sex")
        world.take(world.laptop, world.followup("uppföljning-2"))
        edits_after(world.laptop.store, world.kansli.store)
        notes.edit_note(world.laptop.store, note_id, text="Bussen går sällan på kvällen")
        version, records = world.chair_sends("bord1-d")
        [sent] = [r for r in records if r["id"] == note_id]
        assert version == 3 and sent["seen"] == [[sent["base_rev"], world.kansli.store.origin]]
    finally:
        world.close()


def test_the_pack_made_last_sets_what_the_laptop_sends_not_the_pack_opened_last(tmp_path: Path) -> None:
    """A format 2 pack the secretariat made before its format 3 follow-up, opened on the laptop after
    it (a forgotten USB stick), changes nothing: her exports still carry claims. A format 2 pack made
    after it (the secretariat went back to an older Rundabord) clears them. (Before, the pack opened
    last decided, and the stale pack turned claims off.)"""
    world = _Conference(tmp_path)
    try:
        note_id = notes.add_note(world.laptop.store, world.conference_id, 1, 1, "Bussen går sällan")
        world.chair_sends("bord1-a")
        stale = world.followup("uppföljning-gammal")  # made first, on a Rundabord before format 3
        _as_an_older_secretariat_wrote_it(world.kansli, stale)
        notes.edit_note(world.kansli.store, note_id, text="Bussen går inte på kvällen")
        world.take(world.laptop, world.followup("uppföljning-1"))  # format 3, made later
        world.take(world.laptop, stale)  # opened last
        edits_after(world.laptop.store, world.kansli.store)
        notes.edit_note(world.laptop.store, note_id, text="Bussen går aldrig på kvällen")
        version, records = world.chair_sends("bord1-c")
        [sent] = [r for r in records if r["id"] == note_id]
        assert version == 3 and [origin for _rev, origin in sent["seen"]] == [world.kansli.store.origin]
        assert _open(world.kansli.store, note_id) == []
        older = world.followup("uppföljning-äldre")  # made last, by a Rundabord before format 3
        _as_an_older_secretariat_wrote_it(world.kansli, older)
        world.take(world.laptop, older)
        notes.edit_note(world.laptop.store, note_id, text="Bussen går sällan på kvällen")
        version, records = world.chair_sends("bord1-d")
        assert version == 2 and all("seen" not in r for r in records)
    finally:
        world.close()


def test_a_chair_whose_laptop_guessed_wrong_exports_in_the_format_every_rundabord_reads(
    tmp_path: Path, capsys
) -> None:
    """The laptop's last pack came in format 3, yet her export goes to a secretariat on an older
    Rundabord, which refuses format 3 in one line ("made by a newer Rundabord"). `rundabord export
    --oldest-format` writes format 1, "jsonl", without claims: what every Rundabord reads."""
    world = _Conference(tmp_path)
    try:
        note_id, (version, _records) = world.corrected_back()
        assert version == 3  # what the laptop sends by itself
        notes.edit_note(world.laptop.store, note_id, text="Bussen går aldrig på kvällen")
        out = tmp_path / "bord1-äldre.rbz"
        args = ["--workspace", str(tmp_path / "laptop"), "export", "--conference", world.conference_id]
        assert main([*args, "--table", "1", "-o", str(out), "--oldest-format"]) == 0
        assert f"wrote {out}" in capsys.readouterr().out
        with zipfile.ZipFile(out) as archive:
            manifest = json.loads(archive.read("manifest.json"))
        assert manifest["version"] == 1 and "records_encoding" not in manifest
        version, records = _bundle(out)
        assert all("seen" not in r for r in records)
        world.take(world.kansli, out)
        assert world.kansli.store.require("note", note_id)["text"] == "Bussen går aldrig på kvällen"
    finally:
        world.close()
