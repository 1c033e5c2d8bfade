"""The role check against what the store holds, on both backends: a chair's export may not take over a
record another table (or another kind of record) holds here. The store is asked once per bundle, over
every record table at once, so these run the one statement on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import shutil

import pytest

from app.bundles import export_table, import_files
from app.workspace import Workspace

from .conftest import canonical_dump


def _chair_taking(world, tmp_path, held_id: str):
    """Table 1's chair, on a copy of her laptop, whose first note now carries `held_id`; her export."""
    shutil.copytree(world.root / "chair1", tmp_path / "chair1")
    chair = Workspace(tmp_path / "chair1")
    try:
        own = chair.store.conn.execute(
            "SELECT id FROM notes WHERE table_number = 1 AND deleted = 0 ORDER BY id LIMIT 1"
        ).fetchone()[0]
        chair.store.conn.execute("UPDATE notes SET id = ? WHERE id = ?", (held_id, own))
        chair.store.conn.commit()
        return export_table(chair, world.conference_id, 1, tmp_path / "taking.rbz").path
    finally:
        chair.close()


@pytest.mark.parametrize(
    ("held", "code", "said"),
    [
        (
            "SELECT id FROM notes WHERE table_number = 2 LIMIT 1",
            "role-elsewhere-table",
            "belongs here to table 2",
        ),
        ("SELECT id FROM questions LIMIT 1", "role-retyped", "question"),
    ],
)
def test_a_chair_cannot_take_over_a_record_held_here(
    backend, world, secretariat_on, tmp_path, held, code, said
) -> None:
    workspace = secretariat_on()
    assert {r.status for r in import_files(workspace, world.round1[:2])} == {"imported"}
    held_id = workspace.store.conn.execute(held).fetchone()[0]
    before = canonical_dump(workspace.store)

    [receipt] = import_files(workspace, [_chair_taking(world, tmp_path, held_id)])

    assert (receipt.status, receipt.check, receipt.why.code) == ("refused", "role", code), receipt.reason
    assert said in receipt.reason
    assert canonical_dump(workspace.store) == before  # nothing of the bundle was written


def test_a_chair_exporting_again_finds_her_own_records_and_table(backend, world, secretariat_on) -> None:
    workspace = secretariat_on()
    first = import_files(workspace, [world.round1[0], world.round1[1]])
    again = import_files(workspace, [world.round2[0]])  # her table record and notes are held here now
    assert [r.status for r in [*first, *again]] == ["imported"] * 3, [r.reason for r in again]
    assert again[0].counts["updated"] >= 1
