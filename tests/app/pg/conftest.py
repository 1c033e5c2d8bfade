"""A conference's worth of signed table exports, built once per test process on SQLite, and the
secretariat that receives them on either backend (PostgreSQL: its store moved there by `store copy`).

Every table's chair (a laptop of her own, her own key) opened the secretariat's pack, wrote messy
Swedish notes, deleted one, exported (round 1), then corrected a note and added another and exported
again (round 2). The secretariat trusts every chair for her table.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import demo, notes
from app.bundles import export_pack, export_table, import_files
from app.bundles.identity import create_identity
from app.bundles.trust import add as trust_add
from app.records import RECORD_TYPES
from app.store import Store
from app.store_copy import copy_workspace_store
from app.workspace import Workspace
from tests import sync_fixtures

TABLES = 40
TEXTS = (
    "Fler bussturer på landsbygden, särskilt kvällstid",
    "Gemensam kompetensplattform för länets kommuner",
    "Ungdomar flyttar – vi måste få dem att återvända",
    "Åtgärd: bredband till alla byar före 2030!!",
    "Kulturen i Östra Göinge behöver lokaler året om",
)


@dataclass(frozen=True)
class World:
    root: Path
    conference_id: str
    round1: tuple[Path, ...]  # one table export per table
    round2: tuple[Path, ...]  # the same tables again, with a corrected note and one more
    corrected: dict[int, str]  # table -> the id of the note its chair corrected in round 2

    def secretariat(self, dest: Path, dsn: str | None = None) -> Workspace:
        """The secretariat as it was before any table reported, on SQLite or (dsn) PostgreSQL."""
        shutil.copytree(self.root / "secretariat", dest)
        workspace = Workspace(dest)
        if dsn is None:
            return workspace
        copy_workspace_store(workspace, dsn)  # closes it; from now on the workspace opens PostgreSQL
        return Workspace(dest)


def _build(root: Path) -> World:
    secretariat = Workspace.create(root / "secretariat", "secretariat")
    conference_id = demo.ensure_demo(secretariat.store)
    create_identity(secretariat, "Regionens kansli")
    pack = export_pack(secretariat, conference_id, root / "pack.rbz")
    round1, round2, corrected = [], [], {}
    for table in range(1, TABLES + 1):
        chair = Workspace.create(root / f"chair{table}")
        [receipt] = import_files(chair, [pack.path])
        assert receipt.status == "imported", receipt
        key = create_identity(chair, f"Ordförande {table}")
        store = chair.store
        ids = [
            notes.add_note(store, conference_id, table, 1 + i % 2, f"{TEXTS[(table + i) % 5]} (bord {table})")
            for i in range(4)
        ]
        notes.add_note(
            store, conference_id, table, 2, f"Förslag från bord {table}: mötesplats", kind="proposal"
        )
        notes.delete_note(store, ids[3])
        round1.append(export_table(chair, conference_id, table, root / f"t{table}-1.rbz").path)
        notes.edit_note(store, ids[0], text=f"Rättat av bord {table}: fler bussturer, även helger")
        notes.add_note(store, conference_id, table, 1, f"Sent tillägg från bord {table}")
        round2.append(export_table(chair, conference_id, table, root / f"t{table}-2.rbz").path)
        corrected[table] = ids[0]
        trust_add(secretariat.store, key.public_key, f"Ordförande {table}", "chair", conference_id, table)
        chair.close()
    secretariat.close()
    return World(root, conference_id, tuple(round1), tuple(round2), corrected)


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return _build(tmp_path_factory.mktemp("world"))


@pytest.fixture
def secretariat_on(backend: str, world: World, tmp_path: Path, request: pytest.FixtureRequest):
    """secretariat_on(): the world's secretariat on the backend under test; closed after the test."""
    opened: list[Workspace] = []

    def make(name: str = "secretariat") -> Workspace:
        dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
        workspace = world.secretariat(tmp_path / name, dsn)
        opened.append(workspace)
        return workspace

    yield make
    for workspace in opened:
        workspace.close()


def canonical_dump(store: Store) -> dict[str, list]:
    """Everything merge decides, comparable across stores and backends: records and open conflicts."""
    dump: dict[str, list] = {name: list(store.dump(name)) for name in RECORD_TYPES}
    dump["conflicts"] = [
        list(row)
        for row in store.conn.execute(
            "SELECT id, record_type, record_id, field, value, rev, origin FROM conflicts ORDER BY id"
        )
    ]
    return json.loads(json.dumps(dump))


memory_keyring = sync_fixtures.memory_keyring  # autouse: no test here touches a real keyring
