"""The few sqlite-utils table calls the ledgers make (`store.db[name].insert(row)`, `.exists()`), on
PostgreSQL, so those services keep one code path for both backends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.pg.connection import PgConnection


class Table:
    def __init__(self, conn: PgConnection, name: str) -> None:
        self.conn = conn
        self.name = name
        self.last_pk: Any = None

    def exists(self) -> bool:
        return self.conn.execute("SELECT to_regclass(?)", (self.name,)).fetchone()[0] is not None

    def insert(self, row: Mapping[str, Any], *, replace: bool = False, ignore: bool = False) -> Table:
        """Insert one row; `last_pk` is its generated id where the table numbers its rows (bundle_trust)."""
        columns = list(row)
        sql = (
            f'INSERT INTO "{self.name}" ({", ".join(f"{c}" for c in columns)})'
            f" VALUES ({', '.join('?' * len(columns))})"
        )
        if replace or ignore:
            raise NotImplementedError("insert(replace/ignore) is not used on PostgreSQL")
        has_id = _numbered(self.conn, self.name)
        if has_id and "id" not in row:
            sql += " RETURNING id"
            self.last_pk = self.conn.execute(sql, tuple(row.values())).fetchone()[0]
        else:
            self.conn.execute(sql, tuple(row.values()))
            self.last_pk = row.get("id")
        return self


def _numbered(conn: PgConnection, name: str) -> bool:
    """Whether the table has an `id` column, asked of the catalog once per connection (a ledger writes a
    row per import; the catalog's views cost the server more than the row)."""
    known: dict[str, bool] = conn.__dict__.setdefault("numbered_tables", {})
    if name not in known:
        asked = "SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = 'id'"
        known[name] = conn.execute(asked, (name,)).fetchone() is not None
    return known[name]


class Tables:
    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn

    def __getitem__(self, name: str) -> Table:
        return Table(self.conn, name)
