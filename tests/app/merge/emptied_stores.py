"""Stores the merge tests discarded, emptied back to the migrated template's rows and handed out again.

Opening a copy of the template costs more than most examples' merging: the copy, the WAL files, and
SQLite reading the schema (a hundred-odd tables, indexes and triggers) anew for each connection, about
1.2 ms of CPU a store; the generated histories open some 7,000 stores. A discarded store's connection
has read the schema already, so it is kept: every table is emptied in one transaction, the rows the
migrations left (the template's) are written back, the full-text index is rebuilt empty, and the next
`memory_store` opens a `Store` on that connection instead of a new file. A store is only taken back
when nothing but rows changed: the same schema (its version counts every DDL), no temporary tables,
no transaction left open; otherwise it is closed and removed as before.

What a taken-back store holds is the template's content exactly: `test_emptied_stores.py` fills one
every way a merge can (records, lineage, carriers, lines, conflicts, resolutions, FTS) and compares it,
once taken back, with a new copy of the template, statement for statement (`sqlite3`'s `iterdump`:
schema, every row of every table, FTS5's own tables too) and rowid for rowid. The file itself may keep
free pages where rows were: nothing a store reads through SQL can see them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.store import Store

_MOST_IDLE = 16  # a history holds at most a dozen stores at once


@dataclass(frozen=True)
class Template:
    """What emptying restores, read once from the template file."""

    tables: tuple[str, ...]  # every table that holds rows (not FTS5's own: the index is rebuilt)
    indexes: tuple[str, ...]  # full-text tables whose index is rebuilt from their (emptied) content
    rows: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...]  # (INSERT, rows in rowid order)
    schema_version: int
    user_version: int


def read_template(path: Path) -> Template:
    conn = sqlite3.connect(path)
    try:
        entries = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        virtual = [name for name, sql in entries if sql.upper().startswith("CREATE VIRTUAL")]
        tables = tuple(
            name
            for name, _sql in entries
            if name not in virtual
            and not any(name.startswith(f"{v}_") for v in virtual)
            and not name.startswith("sqlite_")
        )
        rows = []
        for table in tables:
            held = tuple(conn.execute(f'SELECT * FROM "{table}"').fetchall())  # in rowid order
            if held:
                marks = ", ".join("?" * len(held[0]))
                rows.append((f'INSERT INTO "{table}" VALUES ({marks})', held))
        return Template(
            tables=tables,
            indexes=tuple(virtual),
            rows=tuple(rows),
            schema_version=conn.execute("PRAGMA schema_version").fetchone()[0],
            user_version=conn.execute("PRAGMA user_version").fetchone()[0],
        )
    finally:
        conn.close()


def _closed() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.close()
    return conn


class EmptiedStores:
    """Connections of discarded stores, emptied: `open(now)` a store on one, `take_back(store)`."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.idle: list[tuple[sqlite3.Connection, str]] = []
        self.closed = _closed()  # what a store given back holds instead: any use fails, as closed

    def open(self, now: Callable[[], int] | None) -> Store | None:
        """A store on an emptied connection (None when there is none): `Store` itself opens it, so it
        is set up exactly as on a new file (the journal, migrations checked, origin, clock)."""
        if not self.idle:
            return None
        conn, path = self.idle.pop()
        real = sqlite3.connect
        sqlite3.connect = lambda *args, **kwargs: conn  # type: ignore[assignment]
        try:
            return Store(path, now=now) if now is not None else Store(path)
        finally:
            sqlite3.connect = real

    def take_back(self, store: Store) -> bool:
        """Empty the store's database for the next `open`; False when it cannot be (it changed beyond
        its rows, or its connection is closed): then the caller closes and removes it."""
        if len(self.idle) >= _MOST_IDLE or not isinstance(store.conn, sqlite3.Connection):
            return False
        conn = store.conn
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if (
                conn.execute("PRAGMA schema_version").fetchone()[0] != self.template.schema_version
                or conn.execute("PRAGMA user_version").fetchone()[0] != self.template.user_version
                or conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0]
            ):
                return False
            conn.execute("BEGIN IMMEDIATE")
            for table in self.template.tables:
                conn.execute(f'DELETE FROM "{table}"')
            for index in self.template.indexes:
                conn.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
            for insert, rows in self.template.rows:
                conn.executemany(insert, rows)
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return False
        store.conn = self.closed
        self.idle.append((conn, store.path))
        return True

    def close(self) -> list[str]:
        """Close every idle connection; the paths of their files."""
        paths = [path for _conn, path in self.idle]
        for conn, _path in self.idle:
            conn.close()
        self.idle.clear()
        return paths
