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


def test_a_nested_transaction_that_fails_undoes_only_itself(store: Store) -> None:
    with store.transaction():
        kept = store.write("process", None, {"name": "kept", "organisation": ""})
        stamp_after_kept = store.clock.last
        with pytest.raises(RuntimeError, match="inner"), store.transaction():
            store.write("process", None, {"name": "undone", "organisation": ""})
            raise RuntimeError("inner")
        assert store.clock.last == stamp_after_kept, "the undone savepoint's stamps are forgotten"
    assert [p["id"] for p in store.select("process")] == [kept]
    assert not store.conn.in_transaction


def test_when_sqlite_rolls_back_itself_the_real_error_surfaces(store: Store) -> None:
    # RAISE(ROLLBACK) makes SQLite end the whole transaction itself, as a full disk or an interrupt does.
    store.conn.execute(
        "CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON meta WHEN new.key = 'boom'"
        " BEGIN SELECT RAISE(ROLLBACK, 'forced by the test'); END"
    )
    before = store.clock.last
    with pytest.raises(sqlite3.IntegrityError, match="forced by the test"), store.transaction():
        store.write("process", None, {"name": "lost", "organisation": ""})
        with store.transaction():  # the savepoint must not try to roll back what SQLite ended
            store.meta_set("boom", "x")
    assert not store.conn.in_transaction
    assert store.select("process") == []
    assert store.clock.last == before
    store.write("process", None, {"name": "after", "organisation": ""})
    assert [p["name"] for p in store.select("process")] == ["after"]


def test_a_failed_commit_is_rolled_back_and_the_connection_stays_usable(store: Store) -> None:
    # A deferred foreign key is checked at COMMIT: the one way to make COMMIT itself fail on demand.
    store.conn.execute("PRAGMA foreign_keys = ON")
    store.conn.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
    store.conn.execute(
        "CREATE TEMP TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
    )
    before = store.clock.last
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), store.transaction():
        store.write("process", None, {"name": "orphaned", "organisation": ""})
        store.conn.execute("INSERT INTO child VALUES (42)")
    assert not store.conn.in_transaction
    assert store.select("process") == []
    assert store.clock.last == before
    pid = store.write("process", None, {"name": "next", "organisation": ""})
    assert store.get("process", pid)["name"] == "next"


def test_the_clock_is_given_to_the_store(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.sqlite3", now=lambda: 1_700_000_000_000)
    pid = store.write("process", None, {"name": "P", "organisation": ""})
    assert store.get("process", pid)["rev"].startswith("001700000000000-")
    store.close()


def test_migrations_run_in_name_order_and_each_sets_user_version(tmp_path: Path) -> None:
    names = schema.known_names()
    assert names == sorted(names)
    path = tmp_path / "w.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    for count, name in enumerate(names[1:], start=1):
        schema.migrations.apply(db, stop_before=name)
        assert [m.name for m in schema.migrations.applied(db)] == names[:count]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == count
    conn.close()


def test_a_failing_migration_leaves_neither_its_tables_nor_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.sqlite3"
    names = schema.known_names()
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(conn), stop_before=names[-1])
    conn.close()
    last = schema.migrations.pending(sqlite_utils.Database(sqlite3.connect(path)))[0]

    def half_then_fail(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        db.execute("PRAGMA user_version = 99")
        raise RuntimeError("power cut in a migration")

    monkeypatch.setattr(last, "fn", half_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(names) - 1
    assert "half_done" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_a_write_held_up_by_another_connection_says_busy_instead_of_freezing(tmp_path: Path) -> None:
    import time

    from app.errors import StoreBusy

    path = tmp_path / "w.sqlite3"
    ui_store = Store(path, busy_timeout=0.2)  # the window's own connection waits briefly
    worker = sqlite3.connect(path, isolation_level=None)  # a sync or an import, writing meanwhile
    worker.execute("BEGIN IMMEDIATE")
    assert ui_store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 200  # the wait it was given
    started = time.monotonic()
    with pytest.raises(StoreBusy, match="busy with another task"):
        ui_store.write("process", None, {"name": "P", "organisation": ""})
    # Not a speed: a frozen write never returns. The bound is loose for a CI machine under load.
    assert time.monotonic() - started < 60
    worker.execute("COMMIT")
    worker.close()
    assert ui_store.select("process") == []
    ui_store.write("process", None, {"name": "P", "organisation": ""})  # try again: it works
    assert [p["name"] for p in ui_store.select("process")] == ["P"]
    ui_store.close()
