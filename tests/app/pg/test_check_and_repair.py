"""The quick check and `rundabord repair` on a store on a real PostgreSQL server (app/pg/check.py): an
index the server no longer trusts stops writes until repair rebuilds it, digests without their record
are forgotten, and after IT restores an older dump, repair brings back what the inbox holds."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import psycopg
import pytest

from app import search
from app.cli import main
from app.errors import UserError
from app.pg import check, settings
from app.workspace import Workspace

from .conftest import World, canonical_dump

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])  # the check of a store on a server


def _as_it(dsn: str, statement: str, params: tuple = ()) -> None:
    """A statement run by the server's superuser, as IT (or a failed index build) would leave it."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(statement, params)


def _imported(secretariat_on, world: World) -> Workspace:
    from app.bundles import import_files

    workspace = secretariat_on()
    receipts = import_files(workspace, list(world.round1))
    assert {r.status for r in receipts} == {"imported"}
    return workspace


def _repair(workspace: Workspace, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--workspace", str(workspace.dir), "repair"])
    return code, capsys.readouterr().out


def test_an_invalid_search_index_stops_writes_until_repair_rebuilds_it(
    backend, secretariat_on, world: World, pg_dsn: str, capsys
) -> None:
    workspace = _imported(secretariat_on, world)
    workspace.close()
    _as_it(pg_dsn, "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'notes_search'::regclass")

    opened = Workspace(workspace.dir)
    try:
        with pytest.raises(UserError, match=r"notes_search.*rundabord repair"), opened.store.transaction():
            pass
    finally:
        opened.close()

    code, out = _repair(workspace, capsys)
    assert code == 0, out
    assert "PostgreSQL server" in out
    assert "rebuilt the index notes_search" in out
    assert "imported 0 bundles from the inbox again" in out

    mended = Workspace(workspace.dir)
    try:
        assert check.problems(mended.store) == []
        with mended.store.transaction():  # writes are allowed again
            pass
        hits = search.search(mended.store, "busstur")  # prefix search, through the rebuilt index
        assert hits and all("busstur" in hit.note.text.lower() for hit in hits)
    finally:
        mended.close()
    code, out = _repair(workspace, capsys)
    assert code == 0 and "nothing to rebuild" in out


def test_a_dropped_search_index_is_made_again(
    backend, secretariat_on, world: World, pg_dsn: str, capsys
) -> None:
    workspace = _imported(secretariat_on, world)
    workspace.close()
    _as_it(pg_dsn, "DROP INDEX notes_search")
    opened = Workspace(workspace.dir)
    assert check.at_open(opened.store) is not None
    opened.close()

    code, out = _repair(workspace, capsys)
    assert code == 0 and "made the full-text index notes_search again" in out
    with psycopg.connect(pg_dsn) as conn:
        assert conn.execute("SELECT to_regclass('notes_search')").fetchone()[0] is not None


def test_digests_of_records_the_store_does_not_hold_are_forgotten(
    backend, secretariat_on, world: World, pg_dsn: str, capsys
) -> None:
    workspace = _imported(secretariat_on, world)
    held = workspace.store.conn.execute(
        "SELECT count(*) FROM merge_lines WHERE record_id IS NOT NULL"
    ).fetchone()[0]
    assert check.problems(workspace.store) == []
    gone = workspace.store.conn.execute("SELECT id FROM notes ORDER BY id LIMIT 3").fetchall()
    workspace.close()
    for (note_id,) in gone:  # removed by hand on the server: their digests now stand for nothing
        _as_it(pg_dsn, "DELETE FROM notes WHERE id = %s", (note_id,))

    opened = Workspace(workspace.dir)
    try:
        assert check.at_open(opened.store) is None  # the quick check at open reads the catalog only
        assert check.problems(opened.store) == [check.Problem("digests", "note", 3)]
    finally:
        opened.close()

    code, out = _repair(workspace, capsys)
    assert code == 0 and "forgot 3 record digests of note records it does not hold" in out
    with psycopg.connect(pg_dsn) as conn:
        assert (
            conn.execute("SELECT count(*) FROM merge_lines WHERE record_id IS NOT NULL").fetchone()[0]
            == held - 3
        )


def test_after_it_restores_an_older_dump_repair_brings_back_the_inbox(
    backend, secretariat_on, world: World, pg_cluster, pg_dsn: str, capsys
) -> None:
    from app.bundles import import_files

    workspace = secretariat_on()
    inbox = workspace.dir / "inbox"
    inbox.mkdir(exist_ok=True)
    for path in world.round1:
        shutil.copy(path, inbox / Path(path).name)
    workspace.close()
    older = f"older_{uuid.uuid4().hex[:8]}"  # the dump IT took before the bundles came
    _as_it(pg_cluster.dsn(), f"CREATE DATABASE {older} TEMPLATE {pg_dsn.rsplit('/', 1)[1]}")

    workspace = Workspace(workspace.dir)
    receipts = import_files(workspace, sorted(inbox.glob("*.rbz")))
    assert {r.status for r in receipts} == {"imported"}
    expected = canonical_dump(workspace.store)
    origin = workspace.store.origin
    workspace.close()

    settings.write(workspace.dir, pg_cluster.dsn(older), origin=origin)  # the server now holds the dump
    try:
        restored = Workspace(workspace.dir)
        assert canonical_dump(restored.store)["note"] == []
        restored.close()

        code, out = _repair(workspace, capsys)
        assert code == 0, out
        assert f"imported {len(world.round1)} bundles from the inbox again" in out
        back = Workspace(workspace.dir)
        try:
            assert canonical_dump(back.store) == expected
        finally:
            back.close()
    finally:
        _as_it(pg_cluster.dsn(), f"DROP DATABASE IF EXISTS {older} WITH (FORCE)")
