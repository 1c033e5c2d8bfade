from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from app import schema
from app.errors import NotFound, WorkspaceTooNew
from app.hlc import Stamp
from app.store import Store


def test_a_new_store_uses_wal_with_full_sync_and_knows_its_schema(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.schema_version() == len(schema.known_names())
    assert len(store.origin) == 16


def test_write_stamps_every_field_and_only_changed_fields_later(store: Store) -> None:
    pid = store.write("process", None, {"name": "Programmet", "organisation": "Regionen"})
    created = store.get("process", pid)
    assert created["stamps"]["name"][0] == created["rev"]
    assert created["origin"] == store.origin
    store.write("process", pid, {"name": "Programmet", "organisation": "Länet"})
    changed = store.get("process", pid)
    assert changed["rev"] > created["rev"]
    assert changed["base_rev"] == created["rev"]
    assert changed["stamps"]["organisation"][0] == changed["rev"]
    assert changed["stamps"]["name"] == created["stamps"]["name"], "an unchanged field keeps its stamp"


def test_a_write_that_changes_nothing_is_not_an_edit(store: Store) -> None:
    pid = store.write("process", None, {"name": "P", "organisation": ""})
    rev = store.get("process", pid)["rev"]
    store.write("process", pid, {"name": "P"})
    assert store.get("process", pid)["rev"] == rev


def test_delete_is_a_tombstone_and_restore_brings_it_back(store: Store) -> None:
    pid = store.write("process", None, {"name": "P", "organisation": ""})
    store.delete("process", pid)
    assert store.get("process", pid) is None
    assert store.get("process", pid, include_deleted=True)["deleted"] is True
    store.restore("process", pid)
    assert store.get("process", pid)["name"] == "P"


def test_a_failed_transaction_leaves_nothing_and_forgets_its_stamps(store: Store) -> None:
    before = store.clock.last
    with pytest.raises(RuntimeError), store.transaction():
        store.write("process", None, {"name": "half", "organisation": ""})
        raise RuntimeError("power cut")
    assert store.select("process") == []
    assert store.clock.last == before


def test_unknown_ids_and_fields_are_refused(store: Store) -> None:
    with pytest.raises(NotFound):
        store.write("process", "no-such-id", {"name": "x"})
    with pytest.raises(ValueError, match="no field"):
        store.write("process", None, {"colour": "red"})


def test_the_clock_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    first = Store(path)
    first.write("process", None, {"name": "P", "organisation": ""})
    last = first.clock.last
    origin = first.origin
    first.close()
    again = Store(path)
    assert again.origin == origin
    assert again.clock.last == last
    assert again.clock.tick() > last
    again.close()


def test_an_older_file_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    names = schema.known_names()
    # A file from the previous release: every migration but the newest applied.
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(conn), stop_before=names[-1])
    conn.close()
    store = Store(path)
    assert {m.name for m in schema.migrations.applied(store.db)} == set(names)
    assert store.schema_version() == len(names)
    store.close()


def test_a_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at)"
        " VALUES ('rundabord', 'm999_future', 'x')"
    )
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceTooNew, match="newer Rundabord"):
        Store(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("hello, I am a shopping list\n" * 100)
    with pytest.raises(Exception, match="not a Rundabord workspace"):
        Store(path)


def test_create_many_stamps_like_single_writes(store: Store) -> None:
    ids = store.create_many("person", [{"name": f"P{i}", "organisation": ""} for i in range(5)])
    people = [store.get("person", i) for i in ids]
    revs = [p["rev"] for p in people]
    assert revs == sorted(revs) and len(set(revs)) == 5
    assert all(p["stamps"]["deleted"][0] == p["rev"] for p in people)
    assert Stamp.parse(store.meta_get("clock")) == store.clock.last


def test_dump_gives_wire_records_with_tombstones(store: Store) -> None:
    pid = store.write("process", None, {"name": "P", "organisation": ""})
    store.delete("process", pid)
    (wire,) = store.dump("process")
    assert wire["type"] == "process" and wire["deleted"] is True
    assert set(wire) == {"id", "type", "origin", "rev", "base_rev", "deleted", "fields", "stamps"}
    assert set(wire["stamps"]) == {"name", "organisation", "deleted"}
