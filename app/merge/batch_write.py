"""Writing a merged batch of rows as one statement where a full-text index would pay per statement.

An FTS5 index keeps what a transaction adds in memory and writes it out as a new index segment at the
commit, but also at every statement savepoint (FTS5's xSavepoint flushes): a row written by a trigger on
the notes table opens one per statement. Written with `executemany`, a batch of a thousand notes became
a thousand tiny segments, each followed by FTS5's incremental merging, whose work grows with the levels
of a large index: 125 notes cost 70 ms of CPU on a store of a million notes against 7 ms on one
conference's store. Staged in a temporary table and written by one `INSERT ... SELECT` (or
`UPDATE ... FROM`), the batch is one segment at the commit: about 5 ms on either store.

Only tables with a full-text index on SQLite are written so; anything else (and PostgreSQL, whose
connection stages batches itself: app/pg/staged.py) keeps `executemany`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.store import Store

FULL_TEXT_INDEXED = frozenset({"notes"})  # tables whose triggers write an FTS5 index (app/schema.py)


def _staged(store: Store, table: str, rows: Sequence[Sequence[Any]]) -> bool:
    return store.dialect == "sqlite" and table in FULL_TEXT_INDEXED and len(rows) > 1


def _stage(store: Store, table: str, columns: list[str], rows: Sequence[Sequence[Any]]) -> str:
    """A temporary table of `columns` (no declared types: values keep theirs) holding `rows` in order."""
    name = f"temp.batch_{table}"
    store.conn.execute(f"DROP TABLE IF EXISTS {name}")
    store.conn.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
    marks = ", ".join("?" * len(columns))
    store.conn.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
    return name


def insert_rows(store: Store, table: str, columns: list[str], rows: Iterable[Sequence[Any]]) -> None:
    """INSERT the rows (values in `columns` order), in their order."""
    listed = ", ".join(columns)
    rows = list(rows)
    if not _staged(store, table, rows):
        marks = ", ".join("?" * len(columns))
        store.conn.executemany(f"INSERT INTO {table} ({listed}) VALUES ({marks})", rows)
        return
    stage = _stage(store, table, columns, rows)
    store.conn.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {stage} ORDER BY rowid")
    store.conn.execute(f"DROP TABLE {stage}")


def update_rows(store: Store, table: str, columns: list[str], rows: Iterable[Sequence[Any]]) -> None:
    """UPDATE by id: each row holds `columns`' new values, then the id (ids distinct)."""
    rows = list(rows)
    if not _staged(store, table, rows):
        assignments = ", ".join(f"{c} = ?" for c in columns)
        store.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", rows)
        return
    stage = _stage(store, table, [*columns, "id"], rows)
    targets = ", ".join(columns)
    sources = ", ".join(f"s.{c}" for c in columns)
    store.conn.execute(
        f"UPDATE {table} SET ({targets}) = ({sources}) FROM {stage} AS s WHERE {table}.id = s.id"
    )
    store.conn.execute(f"DROP TABLE {stage}")
