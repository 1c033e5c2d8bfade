"""A new workspace gets the migrations' result in one pass (app/store_new.py): the file must be the one that
replaying every migration on it makes, to the statement, the row and the version number."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from app import schema, store_new
from app.notes import add_note
from app.search import search
from app.store import Store


def _everything(path: Path) -> dict[str, object]:
    """All a file holds that a migration can leave, except what differs between any two new files."""
    conn = sqlite3.connect(path)
    try:
        master = sorted(
            tuple(row) for row in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        )
        tables = [row[1] for row in master if row[0] == "table"]
        virtual = {row[1] for row in master if row[0] == "table" and "VIRTUAL" in str(row[3]).upper()}
        rows = {
            table: sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"')))
            for table in tables
            if table not in virtual | {"meta", "_sqlite_migrations"}
        }
        return {
            "sqlite_master": master,
            "rows": rows,
            "meta": sorted(tuple(row) for row in conn.execute("SELECT key FROM meta")),
            "migrations": [
                tuple(row)
                for row in conn.execute("SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY id")
            ],
            "pragmas": {
                name: conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("user_version", "application_id", "auto_vacuum", "page_size", "encoding")
            },
        }
    finally:
        conn.close()


def test_a_created_store_is_the_store_every_migration_makes_step_by_step(tmp_path: Path) -> None:
    created = tmp_path / "created.sqlite3"
    Store(created).close()
    migrated = tmp_path / "migrated.sqlite3"
    conn = sqlite3.connect(migrated, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(conn))  # every step on the file itself, as before
    conn.close()
    Store(migrated).close()  # its origin, clock and WAL, as any opened store

    made, replayed = _everything(created), _everything(migrated)
    assert made == replayed
    assert made["pragmas"]["user_version"] == len(schema.known_names())
    assert [name for _, _, name in made["migrations"]] == schema.known_names()
    assert len(made["sqlite_master"]) > 100  # every table, index, trigger and the full-text index
    assert made["rows"]["notes_fts_config"] == replayed["rows"]["notes_fts_config"] != []


def test_the_full_text_index_and_its_triggers_work_in_a_created_store(store: Store) -> None:
    """The virtual table is made by its own statement (with its shadow tables), not copied as tables."""
    from app.demo import ensure_demo

    conference = ensure_demo(store)
    note_id = add_note(store, conference, 3, 1, "Kollektivtrafiken på landsbygden")
    hits = search(store, "kollektivtrafike", conference_id=conference)
    assert [hit.note.id for hit in hits] == [note_id]
    store.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")  # raises if damaged


def test_a_file_with_tables_in_it_is_migrated_step_by_step(tmp_path: Path) -> None:
    """Only an empty file is made in one pass: an older workspace keeps its rows and gets each step."""
    path = tmp_path / "old.sqlite3"
    names = schema.known_names()
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(conn), stop_before=names[3])
    conn.execute("INSERT INTO meta(key, value) VALUES ('origin', 'abcdefabcdefabcd')")
    conn.close()
    assert not store_new.is_empty(sqlite3.connect(path))
    store = Store(path)
    try:
        assert store.origin == "abcdefabcdefabcd"
        assert [m.name for m in schema.migrations.applied(store.db)] == names
    finally:
        store.close()
    assert _everything(path)["sqlite_master"] == _everything(_created(tmp_path))["sqlite_master"]


def _created(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.sqlite3"
    Store(path).close()
    return path


def _index_blocks_after_forty_notes(store: Store) -> tuple[int, int]:
    for number in range(40):  # each its own transaction: FTS5 writes a segment per commit
        with store.transaction():
            store.conn.execute(
                "INSERT INTO notes(id, origin, rev, base_rev, deleted, stamps, text)"
                " VALUES (?, 'o', 'r', '', 0, '{}', ?)",
                (f"n{number}", f"kollektivtrafik nummer {number}"),
            )
    return tuple(store.conn.execute("SELECT count(*), sum(length(block)) FROM notes_fts_data").fetchone())


def test_the_connection_that_made_the_store_follows_the_full_text_settings_it_wrote(tmp_path: Path) -> None:
    """The settings rows are written under FTS5 on the very connection that then serves the window: it
    must merge (or not) as the file says, as a step-by-step migrated store's connection does."""
    migrated = tmp_path / "migrated.sqlite3"
    conn = sqlite3.connect(migrated, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(conn))
    conn.close()
    created, replayed = Store(tmp_path / "created.sqlite3"), Store(migrated)
    try:
        assert _index_blocks_after_forty_notes(created) == _index_blocks_after_forty_notes(replayed)
    finally:
        created.close()
        replayed.close()
