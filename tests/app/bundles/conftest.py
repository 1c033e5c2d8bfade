"""A small world for bundle tests, built once per session and copied per test.

The secretariat workspace holds the demo conference, its own identity and trusts Anna as the chair of
table 3; Anna's chair workspace opened the conference from the secretariat's pack and wrote notes at
table 3 (one of them deleted). `world.table_bundle` is her real signed export of table 3.
"""

from __future__ import annotations

import io
import json
import shutil
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import demo, notes
from app.bundles import export_pack, export_table, import_files
from app.bundles.format import MANIFEST, RECORDS
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.importer import REFUSED, Receipt, import_data
from app.bundles.trust import add as trust_add
from app.bundles.writer import assemble, build_manifest, records_bytes, zip_members
from app.workspace import Workspace

TABLE = 3


@dataclass
class World:
    root: Path
    conference_id: str
    pack_bundle: bytes
    table_bundle: bytes
    table: int
    chair_public_key: bytes
    secretariat_public_key: bytes

    def copy(self, name: str, dest: Path) -> Workspace:
        shutil.copytree(self.root / name, dest)
        return Workspace(dest)

    def chair_key(self) -> Any:
        workspace = Workspace(self.root / "chair")
        try:
            return load_signing_key(workspace)
        finally:
            workspace.close()

    @staticmethod
    def members_of(bundle: bytes) -> list[tuple[str, bytes]]:
        with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
            return [(info.filename, archive.read(info)) for info in archive.infolist()]

    @staticmethod
    def rezip(members: list[tuple[str, bytes]]) -> bytes:
        with warnings.catch_warnings():  # zipfile warns when asked to write a name twice; attacks do
            warnings.simplefilter("ignore", UserWarning)
            return zip_members(members)

    @staticmethod
    def signed_bundle(
        key: Any,
        public_key: bytes,
        records: list[dict[str, Any]],
        *,
        conference_id: str,
        tables: tuple[int, ...] = (TABLE,),
        kind: str = "table-export",
        signer_name: str = "Anna Berg",
        sequence: int = 1,
        previous: str | None = None,
        created_hlc: str = "001700000000000-000000",
        manifest_changes: dict[str, Any] | None = None,
        records_data: bytes | None = None,
        origin: str | None = None,
        attachments: dict[str, bytes] | None = None,
    ) -> bytes:
        """A bundle signed properly with `key`: for attacks that must pass the signature to be tested.
        With `attachments` (member name -> bytes), a format 2 bundle carrying them."""
        data = records_data if records_data is not None else records_bytes(records)
        manifest = build_manifest(
            kind=kind,
            signer_name=signer_name,
            public_key=public_key,
            conference_id=conference_id,
            tables=tables,
            records=records,
            records_data=data,
            sequence=sequence,
            previous=previous,
            created_utc="2026-11-25T12:00:00Z",
            created_hlc=created_hlc,
            origin=origin,
            **({"attachments": attachments} if attachments else {}),
        )
        manifest.update(manifest_changes or {})
        bundle, _ = assemble(key, manifest, data, attachments or {})
        return bundle

    @staticmethod
    def snapshot(workspace: Workspace) -> str:
        """The schema and every row of every table, one line each (a row's line starts with its table's
        name): equal snapshots mean equal contents. A repr tells 1 from 1.0 and '1', as SQL text would;
        built in Python it costs a tenth of `iterdump`, which the fuzzers call a few thousand times."""
        cursor = workspace.store.conn.cursor()
        cursor.row_factory = None  # plain tuples, whose repr shows the values
        lines = []
        schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        for kind, name, table, sql in cursor.execute(schema).fetchall():
            lines.append(repr((kind, name, table, sql)))
            if kind == "table" and not (sql or "").startswith("CREATE VIRTUAL"):  # its rows are in tables
                lines.extend(f"{name} {row!r}" for row in cursor.execute(f'SELECT * FROM "{name}"'))
        return "\n".join(lines)

    @staticmethod
    def folder_listing(workspace: Workspace) -> list[str]:
        return sorted(
            str(p.relative_to(workspace.dir))
            for p in workspace.dir.rglob("*")
            if "-wal" not in p.name and "backups" not in p.parts
        )

    def table_records(self) -> list[dict[str, Any]]:
        return self._records_of(self.table_bundle)

    def pack_records(self) -> list[dict[str, Any]]:
        return self._records_of(self.pack_bundle)

    @staticmethod
    def _records_of(bundle: bytes) -> list[dict[str, Any]]:
        with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
            lines = archive.read(RECORDS).decode("utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def anna_signs(self, records: list[dict[str, Any]], **changes: Any) -> bytes:
        """A bundle really signed by Anna's key (an attack is in what it says, not in the signature);
        `changes` go to `signed_bundle`."""
        return self.signed_bundle(
            self.chair_key(), self.chair_public_key, records, conference_id=self.conference_id, **changes
        )

    def refused(self, workspace: Workspace, data: bytes, check: str, name: str = "hostile.rbz") -> Receipt:
        """Import `data` as file `name`: refused by `check`, the store exactly as it was."""
        before = self.snapshot(workspace)
        receipt = import_data(workspace, data, name)
        assert receipt.status == REFUSED and receipt.check == check, receipt
        assert self.snapshot(workspace) == before
        return receipt

    def table_export_again(self, **manifest_changes: Any) -> bytes:
        """Anna's table export signed again by her as its sequence 2, with these manifest changes."""
        return self.signed_bundle(
            self.chair_key(),
            self.chair_public_key,
            self.table_records(),
            conference_id=self.conference_id,
            sequence=2,
            manifest_changes=manifest_changes,
        )

    def pack_again(self, records: list[dict[str, Any]], **changes: Any) -> bytes:
        """A conference pack of these records signed by the secretariat's own key, as its sequence 2 (the
        tables the first pack holds); `changes` go to `signed_bundle`."""
        workspace = Workspace(self.root / "secretariat")
        try:
            key = load_signing_key(workspace)
        finally:
            workspace.close()
        tables = tuple(json.loads(dict(self.members_of(self.pack_bundle))[MANIFEST])["tables"])
        return self.signed_bundle(
            key,
            self.secretariat_public_key,
            records,
            conference_id=self.conference_id,
            kind="conference-pack",
            tables=tables,
            signer_name="Regionens kansli",
            sequence=2,
            **changes,
        )


def _build(root: Path) -> World:
    secretariat = Workspace.create(root / "secretariat")
    secretariat.role = "secretariat"
    conference_id = demo.ensure_demo(secretariat.store)
    kansliet = create_identity(secretariat, "Regionens kansli")
    # Format 1 throughout, as before the compact encoding (test_compact_records.py has that world's twin):
    # a chair answers a format-1 pack in format 1, so every check here meets the "jsonl" records.
    pack = export_pack(secretariat, conference_id, root / "pack.rbz", records_encoding=None)

    chair = Workspace.create(root / "chair")
    [receipt] = import_files(chair, [pack.path])
    assert receipt.status == "imported", receipt
    anna = create_identity(chair, "Anna Berg")
    store = chair.store
    notes.add_note(store, conference_id, TABLE, 1, "Fler bussturer på landsbygden", themes=["Unga"])
    notes.add_note(store, conference_id, TABLE, 2, "Gemensam kompetensplattform", kind="proposal", votes=4)
    gone = notes.add_note(store, conference_id, TABLE, 1, "Skrivet av misstag")
    notes.delete_note(store, gone)
    export = export_table(chair, conference_id, TABLE, root / "table3.rbz")

    trust_add(secretariat.store, anna.public_key, "Anna Berg", "chair", conference_id, TABLE)
    world = World(
        root,
        conference_id,
        pack.path.read_bytes(),
        export.path.read_bytes(),
        TABLE,
        anna.public_key,
        kansliet.public_key,
    )
    secretariat.close()
    chair.close()
    return world


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return _build(tmp_path_factory.mktemp("bundle-world"))


@pytest.fixture
def secretariat(world: World, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the secretariat's workspace (trusts Anna as chair of table 3)."""
    workspace = world.copy("secretariat", tmp_path / "secretariat")
    yield workspace
    workspace.close()


@pytest.fixture
def chair(world: World, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of Anna's chair workspace."""
    workspace = world.copy("chair", tmp_path / "chair")
    yield workspace
    workspace.close()
