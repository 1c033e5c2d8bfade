"""A brand-new workspace file gets the final schema in one pass instead of replaying every migration.

Replaying the migrations on a file costs sqlite-utils' schema introspection: about a thousand statements
(table_info, index_list, ...) for thirty-odd steps, some 50 ms of CPU per new workspace, paid by everyone
who makes one and by each of the thousand stores the test suite makes. The migrations stay the only
definition of the schema: they run once per process on an in-memory database, and what they left
(`sqlite_master`'s statements, every row they wrote, `user_version`) is replayed on each new file. Files
with any table in them (older versions' workspaces) are still migrated step by step.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from app import schema

if TYPE_CHECKING:
    import sqlite_utils

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of the applied steps
# Created after every table, so an index, view or trigger finds the tables it names.
_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}


@dataclass(frozen=True)
class FinalSchema:
    """What the migrations leave in an empty database, as statements and rows to write again."""

    statements: tuple[str, ...]
    rows: tuple[tuple[str, tuple[object, ...]], ...]  # (INSERT statement, values), migration records apart
    migration_names: tuple[str, ...]
    user_version: int


def apply_pending(conn: sqlite3.Connection, db: Callable[[], sqlite_utils.Database]) -> None:
    """The pending migrations of the file `conn` holds, inside the caller's exclusive transaction: the
    final schema at once for an empty file, otherwise each pending step on `db()` (the same connection
    in sqlite-utils), each setting user_version as it goes."""
    if is_empty(conn):
        create(conn)
    else:
        schema.migration_set().apply(db())


def is_empty(conn: sqlite3.Connection) -> bool:
    """Nothing in the file yet: a workspace being made (call inside the migration's exclusive lock)."""
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def create(conn: sqlite3.Connection) -> None:
    """Write the final schema into the empty file `conn` holds, inside the caller's transaction."""
    final = final_schema()
    for statement in final.statements:
        conn.execute(statement)  # one by one: executescript would commit the caller's transaction
    for insert, values in final.rows:
        conn.execute(insert, values)
    applied_at = str(datetime.datetime.now(datetime.UTC))  # as sqlite-utils records a step
    conn.executemany(
        f"INSERT INTO {MIGRATIONS_TABLE}(migration_set, name, applied_at) VALUES (?, ?, ?)",
        [(schema.migration_set().name, name, applied_at) for name in final.migration_names],
    )
    conn.execute(f"PRAGMA user_version = {final.user_version}")


@cache
def final_schema() -> FinalSchema:
    """Run every migration on an empty in-memory database (once a process) and read back what it holds."""
    import sqlite_utils

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema.migration_set().apply(sqlite_utils.Database(conn))
        return _read_back(conn)
    finally:
        conn.close()


def _read_back(conn: sqlite3.Connection) -> FinalSchema:
    # A virtual table makes its own shadow tables (and their rows) when it is created; sqlite_ names
    # (sqlite_sequence, sqlite_stat1) are SQLite's own and made by it.
    made_by_sqlite = {row[1] for row in conn.execute("PRAGMA main.table_list") if row[2] == "shadow"}
    entries = [
        (kind, name, sql)
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid")
        if sql is not None and name not in made_by_sqlite and not name.startswith("sqlite_")
    ]
    entries.sort(key=lambda entry: _ORDER[entry[0]])  # stable: each kind in the order it was made
    rows: list[tuple[str, tuple[object, ...]]] = []
    tables = [name for kind, name, _ in entries if kind == "table"] + sorted(made_by_sqlite)
    virtual = {
        name for kind, name, sql in entries if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")
    }
    for table in tables:
        if table == MIGRATIONS_TABLE or table in virtual:
            continue
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            marks = ", ".join("?" * len(row))
            rows.append((f'INSERT OR REPLACE INTO "{table}" VALUES ({marks})', tuple(row)))
    names = tuple(
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            (schema.migration_set().name,),
        )
    )
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return FinalSchema(tuple(sql for _, _, sql in entries), tuple(rows), names, version)
