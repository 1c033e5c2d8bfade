"""The merge tests' stores taken back and emptied (emptied_stores.py) are, to anything that reads them
through SQL, a new copy of the migrated template: the same schema, the same rows with the same rowids,
the same settings; a store changed beyond its rows is never handed out again."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from app import conflicts
from app.merge import Carrier, merge_records
from app.store import Store

from . import conftest
from .conftest import NOTE_FIELDS

EPOCH_MS = 1_790_000_000_000


def _as_it_is(conn: sqlite3.Connection) -> dict[str, object]:
    """Everything SQL shows of a database: its dump (schema and every row of every table, the full-text
    index's own tables too), each rowid table's rowids, the versions and the journal, temporary tables."""
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,))
        .fetchone()[0]
        .upper()
        .startswith("CREATE VIRTUAL")
    ]
    rowids = {}
    for table in tables:
        try:
            rowids[table] = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid').fetchall()
        except sqlite3.OperationalError:  # WITHOUT ROWID: its rows are in the dump
            continue
    pragmas = ("schema_version", "user_version", "journal_mode", "synchronous", "application_id")
    return {
        "dump": list(conn.iterdump()),
        "rowids": {t: [tuple(r) for r in rows] for t, rows in rowids.items()},
        "pragmas": {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in pragmas},
        "temporary": conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0],
    }


def _new_copy(tmp_path, origin: str) -> Store:
    """A store as `memory_store` made every one before stores were taken back: a copy of the template."""
    path = tmp_path / "new.sqlite3"
    shutil.copyfile(conftest._template(), path)
    store = Store(path)
    store.conn.execute("UPDATE meta SET value = ? WHERE key = 'origin'", (origin,))
    store.origin = origin
    return store


def _filled(kit) -> Store:
    """A secretariat's store after a merge that touched every table merge writes: notes (and their
    full-text index), lineage, a carrier and its lines, conflicts, a resolution, the clock."""
    time = [EPOCH_MS]
    chair = kit.memory_store("1" * 16, lambda: time[0])
    other = kit.memory_store("2" * 16, lambda: time[0] + 5)
    central = kit.memory_store("c" * 16, lambda: time[0])
    note_id = chair.write("note", None, {**NOTE_FIELDS, "text": "Fler bussar"})
    with other.transaction():
        merge_records(other, list(chair.dump("note")))
    time[0] += 10
    chair.write("note", note_id, {"text": "Fler bussar på kvällen", "votes": 2})
    other.write("note", note_id, {"text": "Färre bilar"})
    records = list(chair.dump("note"))
    carrier = Carrier("m1", "key1", 1, None, records[0]["rev"], origin="1" * 16)
    with central.transaction():
        merge_records(central, records, carrier)
        merge_records(central, list(other.dump("note")))
    [conflict] = [c for c in conflicts.open_conflicts(central) if c.field == "text"]
    conflicts.resolve(central, conflict.id, "theirs")
    other.write("note", note_id, {"text": "Färre bilar, fler bussar"})
    with central.transaction():
        merge_records(central, list(other.dump("note")))
    for table in ("notes", "merge_lineage", "merge_carriers", "merge_lines", "conflict_resolutions"):
        assert central.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table
    kit.discard(chair)
    kit.discard(other)
    return central


def test_a_store_taken_back_is_a_new_copy_of_the_template_to_sql(kit, tmp_path) -> None:
    central = _filled(kit)
    path = central.path
    kit.discard(central)
    again = kit.memory_store("d" * 16)
    new = _new_copy(tmp_path, "d" * 16)
    try:
        assert again.path == path, "the discarded store was not taken back"
        assert _as_it_is(again.conn) == _as_it_is(new.conn)
        assert (again.origin, again.clock.last) == (new.origin, new.clock.last)
        assert list(again.dump("note")) == []
    finally:
        new.close()
        kit.discard(again)


def test_a_store_given_back_cannot_be_used_any_more(kit) -> None:
    store = kit.memory_store("a" * 16)
    kit.discard(store)
    with pytest.raises(sqlite3.ProgrammingError):
        store.write("note", None, {**NOTE_FIELDS, "text": "efteråt"})


@pytest.mark.parametrize(
    "change",
    [
        "CREATE TABLE extra (x)",
        "CREATE INDEX notes_extra ON notes (votes)",
        "PRAGMA user_version = 7",
        "CREATE TEMP TABLE scratch (x)",
    ],
)
def test_a_store_changed_beyond_its_rows_is_removed_not_taken_back(kit, change: str) -> None:
    store = kit.memory_store("a" * 16)
    store.conn.execute(change)
    path = store.path
    kit.discard(store)
    assert not conftest.Path(path).exists()
    again = kit.memory_store("b" * 16)
    try:
        assert again.path != path
    finally:
        kit.discard(again)
