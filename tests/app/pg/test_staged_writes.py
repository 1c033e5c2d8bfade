"""A batch written through COPY and one statement (app/pg/staged.py) ends exactly as the same rows
written one by one: the same statements run on SQLite and on a real PostgreSQL server, rows compared."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from app.pg import staged
from app.pg.store import PgStore
from app.store import Store

ROWS = 3 * staged.MIN_ROWS  # enough for the staged path


@pytest.fixture
def both(tmp_path: Path, pg_dsn: str):
    lite = Store(tmp_path / "workspace.sqlite3")
    pg = PgStore(pg_dsn, origin="a1b2c3d4e5f60718")
    yield lite, pg
    lite.close()
    pg.close()


def _write(store: Store, sql: str, rows: list[tuple]) -> None:
    with store.transaction():
        store.conn.executemany(sql, rows)


def _lineage(store: Store) -> list[tuple]:
    return [
        tuple(row)
        for row in store.conn.execute(
            "SELECT record_id, rev, origin, base_rev, knows FROM merge_lineage"
            " ORDER BY record_id, rev, origin"
        )
    ]


def test_an_upsert_with_one_key_twice_keeps_the_first_insert_and_the_last_update(both) -> None:
    lite, pg = both
    sql = (
        "INSERT INTO merge_lineage (record_id, rev, origin, base_rev, knows) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (record_id, rev, origin) DO UPDATE SET knows = excluded.knows"
    )
    held = [("held", "r1", "o1", "b0", "[]")]
    rows = [(f"n{i % 7}", "r1", "o1", f"base{i}", f'["k{i}"]') for i in range(ROWS)]
    rows.append(("held", "r1", "o1", "other base", '["later"]'))
    for store in (lite, pg):
        _write(store, sql, held)
        _write(store, sql, rows)
    assert _lineage(pg) == _lineage(lite)
    # the first row of a key made it (its base), the last one set what the update sets (knows)
    last_of_n1 = max(i for i in range(ROWS) if i % 7 == 1)
    assert ("n1", "r1", "o1", "base1", f'["k{last_of_n1}"]') in _lineage(pg)
    assert ("held", "r1", "o1", "b0", '["later"]') in _lineage(pg)


def test_insert_or_ignore_keeps_the_first_of_duplicates_and_what_was_there(both) -> None:
    lite, pg = both
    sql = (
        "INSERT OR IGNORE INTO origin_signers (origin, key_id, signer_name, bundle_id, seen_at)"
        " VALUES (?, ?, ?, ?, ?)"
    )
    rows = [(f"origin{i % 5}", f"key{i % 3}", f"Ordförande {i}", f"b{i}", "2026-03-12") for i in range(ROWS)]
    for store in (lite, pg):
        _write(store, sql, rows[:2])
        _write(store, sql, rows)
    query = "SELECT origin, key_id, signer_name, bundle_id FROM origin_signers ORDER BY origin, key_id"
    assert [tuple(r) for r in pg.conn.execute(query)] == [tuple(r) for r in lite.conn.execute(query)]
    assert len(list(pg.conn.execute(query))) == 15


def test_an_update_by_key_takes_the_last_row_for_a_key_and_leaves_others_alone(both) -> None:
    lite, pg = both
    for store in (lite, pg):
        _write(
            store,
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [(f"k{i}", "before") for i in range(ROWS)],
        )
        rows = [(f"after {i}", f"k{i % (ROWS // 2)}") for i in range(ROWS)]
        _write(store, "UPDATE meta SET value = ? WHERE key = ?", rows)
    query = "SELECT key, value FROM meta WHERE key LIKE 'k%' ORDER BY key"
    got = [tuple(r) for r in pg.conn.execute(query)]
    assert got == [tuple(r) for r in lite.conn.execute(query)]
    assert ("k0", f"after {ROWS // 2}") in got


def test_new_rows_are_numbered_in_the_order_they_were_given(both) -> None:
    _lite, pg = both
    rows = [(f"sha{ROWS - i:04d}", f"b{i}", "table") for i in range(ROWS)]
    _write(pg, "INSERT INTO bundle_exports (manifest_sha256, bundle_id, kind) VALUES (?, ?, ?)", rows)
    order = [r[0] for r in pg.conn.execute("SELECT bundle_id FROM bundle_exports ORDER BY rowid")]
    assert order == [f"b{i}" for i in range(ROWS)]


def test_a_duplicate_key_in_a_plain_insert_fails_and_writes_nothing(both) -> None:
    _lite, pg = both
    rows = [(f"k{i}", "v") for i in range(ROWS)] + [("k3", "again")]
    with pytest.raises(errors.UniqueViolation):
        _write(pg, "INSERT INTO meta (key, value) VALUES (?, ?)", rows)
    assert pg.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'k%'").fetchone()[0] == 0
    # the rollback may have undone the staging table's making: the next batch makes it again
    _write(pg, "INSERT INTO meta (key, value) VALUES (?, ?)", rows[:-1])
    assert pg.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'k%'").fetchone()[0] == ROWS


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = meta.value || ?",
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        " WHERE meta.value < excluded.value",
        "UPDATE meta SET value = value || ? WHERE key = ?",
        "DELETE FROM meta WHERE key = ?",
    ],
)
def test_statements_that_read_what_they_replace_go_row_by_row(sql: str) -> None:
    assert staged.plan(sql) is None


def test_long_lists_of_any_text_find_exactly_their_rows(both) -> None:
    """`IN (?, ...)` of texts goes to the server as one array literal: quotes, backslashes, commas,
    braces and spaces in the values come back unchanged."""
    lite, pg = both
    awkward = ['a"b', "c\\d", "e,f", "{g}", " h ", "NULL", "å ä ö", "'"]
    keys = awkward + [f"k{i}" for i in range(ROWS)]
    for store in (lite, pg):
        _write(store, "INSERT INTO meta (key, value) VALUES (?, ?)", [(k, f"v{k}") for k in keys])
    asked = [*awkward, "k3", "missing", "null"]
    sql = f"SELECT key, value FROM meta WHERE key IN ({','.join('?' * len(asked))}) ORDER BY key"
    got = [tuple(r) for r in pg.conn.execute(sql, asked)]
    assert got == [tuple(r) for r in lite.conn.execute(sql, asked)]
    assert {key for key, _ in got} == {*awkward, "k3"}


def test_a_batch_that_meets_a_key_already_there_leaves_the_transactions_earlier_writes(both) -> None:
    """`ON CONFLICT DO NOTHING` rows are COPYed straight into the table in a savepoint; a key already there
    (here written earlier in the same transaction) rolls back only that savepoint, and the rows go the
    staged way: the first of each key stays, as row by row."""
    lite, pg = both
    sql = (
        "INSERT INTO merge_lines (digest, record, record_id, type, table_number, conference_id)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING"
    )
    earlier = [(f"d{i}", "earlier", None, None, None, None) for i in range(ROWS)]
    clean = [(f"e{i}", "clean", None, None, None, None) for i in range(ROWS)]
    meeting = [(f"d{i}", "later", None, None, None, None) for i in range(0, 2 * ROWS, 2)]
    for store in (lite, pg):
        with store.transaction():
            store.conn.executemany(sql, earlier)
            store.conn.executemany(sql, clean)
            store.conn.executemany(sql, meeting)
            store.conn.execute("INSERT INTO meta (key, value) VALUES ('after', 'yes')")
    query = "SELECT digest, record FROM merge_lines ORDER BY rowid"
    got = [tuple(r) for r in pg.conn.execute(query)]
    assert got == [tuple(r) for r in lite.conn.execute(query)]
    assert (
        got[0] == ("d0", "earlier")
        and ("e0", "clean") in got
        and ("d50", "later") in got
        and ("d40", "earlier") in got
    )
    assert len(got) == ROWS + ROWS + ROWS // 2
    assert pg.conn.execute("SELECT value FROM meta WHERE key = 'after'").fetchone()[0] == "yes"
