"""A chair's later edit, made after she took the secretariat's correction, passes that correction over
without a conflict however it comes: in her own export, in a spare laptop's relay of it (its writer is a
chair of the record's own table, relay rule 1, so her state keeps its evident parent:
app/merge/frontier.py, Vouched), and in an export of hers from a Rundabord before `created.origin`
(origins bound to her key are hers: app/bundles/succession.py, own_origins)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import conferences, conflicts, notes
from app.bundles import import_files
from app.bundles import trust as trust_list
from app.bundles.export import export_pack, export_table
from app.bundles.format import KIND_TABLE
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.writer import assemble, build_manifest, records_bytes
from app.demo import demo_description
from app.knowledge import evident_parent
from app.proposals.exchange import export_followup
from app.workspace import Workspace
from tests.clocks import edits_after


def _open(store, note_id: str) -> list[tuple[str, object, object]]:
    return [(c.field, c.ours, c.theirs) for c in conflicts.open_conflicts(store) if c.record_id == note_id]


def _take(workspace: Workspace, path: Path) -> None:
    [receipt] = import_files(workspace, [path])
    assert receipt.status == "imported", receipt.reason


def _signed(
    tmp_path: Path,
    workspace: Workspace,
    name: str,
    conference_id: str,
    records: list[dict[str, Any]],
    *,
    sequence: int,
    origin: str | None,
    file: str,
) -> Path:
    """A table export of `records` signed with `workspace`'s key (format 1, as an older Rundabord)."""
    data = records_bytes(records)
    manifest = build_manifest(
        kind=KIND_TABLE,
        signer_name=name,
        public_key=load_signing_key(workspace).public_key().public_bytes_raw(),
        conference_id=conference_id,
        tables=(1,),
        records=records,
        records_data=data,
        sequence=sequence,
        previous=None,
        created_utc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        created_hlc=str(workspace.store.tick()),
        origin=origin,
    )
    path = tmp_path / file
    path.write_bytes(assemble(load_signing_key(workspace), manifest, data)[0])
    return path


class _World:
    """A secretariat, Anna's main laptop for table 1, and the note the secretariat corrected (text and
    kind in one edit) after which Anna wrote the text again, having taken the follow-up."""

    def __init__(self, tmp_path: Path, database: str | None = None) -> None:
        self.tmp_path = tmp_path
        self.kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
        self.anna = Workspace.create(tmp_path / "anna", "chair")
        create_identity(self.kansli, "Regionens kansli")
        self.conference_id = conferences.create_conference(self.kansli.store, demo_description())
        _take(self.anna, export_pack(self.kansli, self.conference_id, tmp_path / "pack.rbz").path)
        key = create_identity(self.anna, "Anna Berg")
        trust_list.add(self.kansli.store, key.public_key, "Anna Berg", "chair", self.conference_id, 1)
        self.note_id = notes.add_note(self.anna.store, self.conference_id, 1, 1, "Bussen går sällan")
        _take(self.kansli, export_table(self.anna, self.conference_id, 1, tmp_path / "anna-1.rbz").path)
        edits_after(self.kansli.store, self.anna.store)
        notes.edit_note(self.kansli.store, self.note_id, text="Bussen går inte på kvällen", kind="proposal")
        _take(
            self.anna, export_followup(self.kansli, self.conference_id, tmp_path / "uppf-1.rbz", table=1).path
        )
        edits_after(self.anna.store, self.kansli.store)
        notes.edit_note(
            self.anna.store, self.note_id, text="Bussen går inte alls på kvällen"
        )  # after seeing it
        [self.record] = self.anna.store.dump("note", "id = ?", (self.note_id,))
        # her state shows it started from the correction: the kind still carries its stamp
        assert evident_parent(
            self.record["rev"], self.record["origin"], self.record["base_rev"], self.record["stamps"]
        ) == ((self.record["base_rev"], self.kansli.store.origin),)

    def close(self) -> None:
        self.anna.close()
        self.kansli.close()


def test_her_own_export_takes_her_later_edit_without_a_conflict(tmp_path: Path) -> None:
    world = _World(tmp_path)
    try:
        _take(world.kansli, export_table(world.anna, world.conference_id, 1, tmp_path / "anna-2.rbz").path)
        assert world.kansli.store.require("note", world.note_id)["text"] == "Bussen går inte alls på kvällen"
        assert _open(world.kansli.store, world.note_id) == []
    finally:
        world.close()


def test_a_spare_laptops_relay_of_her_later_edit_does_not_reopen_the_correction(
    backend: str, tmp_path: Path, request
) -> None:
    world = _World(tmp_path, request.getfixturevalue("pg_dsn") if backend == "postgresql" else None)
    spare = Workspace.create(tmp_path / "reserv", "chair")
    try:
        key = create_identity(spare, "Bo Ek")
        trust_list.add(world.kansli.store, key.public_key, "Bo Ek", "chair", world.conference_id, 1)
        # the spare took Anna's export (her main laptop then broke) and sends the table on
        relay = _signed(
            tmp_path,
            spare,
            "Bo Ek",
            world.conference_id,
            [world.record],
            sequence=1,
            origin=spare.store.origin,
            file="reserv-1.rbz",
        )
        _take(world.kansli, relay)
        assert world.kansli.store.require("note", world.note_id)["text"] == "Bussen går inte alls på kvällen"
        assert _open(world.kansli.store, world.note_id) == []
    finally:
        spare.close()
        world.close()


def test_an_older_chairs_own_later_edit_does_not_reopen_the_correction(
    backend: str, tmp_path: Path, request
) -> None:
    """Her export as a Rundabord before `created.origin` signs it (format 1, no origin): still read."""
    world = _World(tmp_path, request.getfixturevalue("pg_dsn") if backend == "postgresql" else None)
    try:
        older = _signed(
            tmp_path,
            world.anna,
            "Anna Berg",
            world.conference_id,
            [world.record],
            sequence=2,
            origin=None,
            file="anna-2-äldre.rbz",
        )
        _take(world.kansli, older)
        assert world.kansli.store.require("note", world.note_id)["text"] == "Bussen går inte alls på kvällen"
        assert _open(world.kansli.store, world.note_id) == []
    finally:
        world.close()
