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
        has_id = self.conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = 'id'",
            (self.name,),
        ).fetchone()
        if has_id and "id" not in row:
            sql += " RETURNING id"
            self.last_pk = self.conn.execute(sql, tuple(row.values())).fetchone()[0]
        else:
            self.conn.execute(sql, tuple(row.values()))
            self.last_pk = row.get("id")
        return self


class Tables:
    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn

    def __getitem__(self, name: str) -> Table:
        return Table(self.conn, name)
