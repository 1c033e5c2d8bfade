"""m360/m361: the digests an import may skip (app/bundles/digests.py) move onto their lines' rows in
`merge_lines`, on both backends, and read back as they were."""

from __future__ import annotations

import sqlite3
import uuid

import psycopg
import sqlite_utils

from app import schema
from app.bundles.codec import Known
from app.bundles.digests import known
from app.pg import schema as pg_schema
from app.pg.store import PgStore
from app.store import Store

_FIRST = "m360_line_digests_with_their_lines"
_LINE = "a" * 32  # a table export's line, kept as evidence and remembered
_DIGEST_ONLY = "b" * 32  # a pack's line: remembered, no line kept
_EVIDENCE_ONLY = "c" * 32  # the table record's line: kept, not skippable
_NOTE, _SHEET = "6f1c2a9e-0b7d-4e3a-9c1f-2d4e5f6a7b8c", "7a2d3b0f-1c8e-4f4b-8d2a-3e5f6a7b8c9d"


def _old_rows(execute) -> None:
    execute("INSERT INTO merge_lines (digest, record) VALUES (?, ?)", (_LINE, '["note","x"]'))
    execute("INSERT INTO merge_lines (digest, record) VALUES (?, ?)", (_EVIDENCE_ONLY, '["table","y"]'))
    for digest, record_id, type_name, table in (
        (_LINE, _NOTE, "note", 3),
        (_DIGEST_ONLY, _SHEET, "paper_sheet", 4),
    ):
        execute(
            "INSERT INTO record_digests (digest, record_id, type, table_number) VALUES (?, ?, ?, ?)",
            (digest, record_id, type_name, table),
        )


def _moved(store) -> None:
    rows = {
        row[0]: tuple(row[1:])
        for row in store.conn.execute("SELECT digest, record, record_id, type, table_number FROM merge_lines")
    }
    assert rows == {
        _LINE: ('["note","x"]', _NOTE, "note", 3),
        _DIGEST_ONLY: ("", _SHEET, "paper_sheet", 4),
        _EVIDENCE_ONLY: ('["table","y"]', None, None, None),
    }
    assert known(store, [_LINE, _DIGEST_ONLY, _EVIDENCE_ONLY, "d" * 32]) == {
        _LINE: Known(_NOTE, "note", 3),
        _DIGEST_ONLY: Known(_SHEET, "paper_sheet", 4),
    }


def test_sqlite_moves_the_digests_onto_their_lines(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(conn), stop_before=_FIRST)
    _old_rows(conn.execute)
    conn.close()
    store = Store(path)
    _moved(store)
    assert (
        store.conn.execute("SELECT name FROM sqlite_master WHERE name = 'record_digests'").fetchone() is None
    )
    store.close()


def test_postgresql_moves_the_digests_onto_their_lines(pg_cluster, monkeypatch) -> None:
    name = f"m_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    steps = pg_schema.migration_ddl()
    before = [n for n, _ in steps].index(_FIRST)
    monkeypatch.setattr(pg_schema, "migration_ddl", lambda: steps[:before])  # the release before
    old = PgStore(pg_cluster.dsn(name), origin="1" * 16)
    with old.transaction():
        _old_rows(old.conn.execute)
    old.close()
    monkeypatch.setattr(pg_schema, "migration_ddl", lambda: steps)
    store = PgStore(pg_cluster.dsn(name), origin="1" * 16)
    _moved(store)
    assert store.conn.execute("SELECT to_regclass('record_digests')").fetchone()[0] is None
    store.close()
