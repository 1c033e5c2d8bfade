"""Hearing what other secretaries change: PostgreSQL LISTEN on the channel every record table NOTIFYs
(once per table and transaction, app/pg/schema.py), on a connection of its own."""

from __future__ import annotations

from app.pg.connection import PgConnection
from app.pg.schema import NOTIFY_CHANNEL


class ChangeListener:
    """`pending()`: the tables other connections changed since the last call; never blocks."""

    def __init__(self, dsn: str, password: str | None, ignore_pid: int | None = None) -> None:
        extra = {"password": password} if password else {}
        self.conn = PgConnection(dsn, **extra)
        self.conn.raw.execute(f"LISTEN {NOTIFY_CHANNEL}")
        self.ignore_pid = ignore_pid  # the window's own connection: its edits refresh it already

    def pending(self) -> set[str]:
        return {
            note.payload
            for note in self.conn.raw.notifies(timeout=0)
            if note.channel == NOTIFY_CHANNEL and note.pid != self.ignore_pid
        }

    def close(self) -> None:
        self.conn.close()
