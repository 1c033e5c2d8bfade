"""The store on a PostgreSQL server, shared by a secretariat of several people.

The same interface as the SQLite `Store` (it is a subclass: writing, stamping, reading and dumping
records are the same code), over `PgConnection`. What differs:
- the origin is the person's, kept in her workspace folder, never in the shared database: every
  secretary writes as herself; the clock is one row per origin (no two writers queue on one row), and
  each stamp is taken past every other secretary's clock, so an edit always outranks what it saw;
- migrations are `app/pg/schema.py`'s translation of `app/schema.py`, each in its own transaction under
  an advisory lock (two secretaries opening a new version at once migrate once);
- `retrying` runs a whole unit of work again when the server chose it as the loser of a deadlock or a
  serialization conflict, or when another secretary committed the same row first;
- no file checks or file backups: the server's own (`pg_dump`) are documented for IT.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from psycopg import errors

from app.bundles.own_origin import bind_own_origin
from app.errors import CannotConnect, StoreBusy, WorkspaceTooNew
from app.hlc import ZERO, HybridClock, Stamp, StampError, wall_clock_ms
from app.pg import schema as pg_schema
from app.pg.connection import PgConnection, text_array
from app.pg.personal import IDENTITY_KEY, PersonalSettings, is_personal
from app.store import Store

T = TypeVar("T")

_MIGRATION_LOCK = 0x52554E44  # "RUND": the advisory lock migrations are applied under
RETRYABLE: tuple[type[Exception], ...] = (
    errors.SerializationFailure,
    errors.DeadlockDetected,
    errors.UniqueViolation,  # two secretaries created the same row at once: the loser retries and sees it
    errors.LockNotAvailable,
)
DATABASE_ERRORS: tuple[type[Exception], ...] = (psycopg.Error,)


class PgStore(Store):
    """One connection to a shared PostgreSQL store, writing as `origin`. One per thread."""

    dialect = "postgresql"

    def __init__(
        self,
        dsn: str,
        *,
        origin: str,
        path: str = "",
        password: str | None = None,
        now: Callable[[], int] = wall_clock_ms,
        busy_timeout: float = 10.0,
    ) -> None:
        """`dsn`: a libpq connection string or URI (TLS and the rest via its usual settings and
        PG* variables); `origin`: this person's; `path`: her workspace's store file, so folders beside
        it (quarantine) and her own settings (app/pg/personal.py) are hers; `password` when it comes
        from the keyring."""
        self.dsn = dsn
        self.path = path or dsn
        self.origin = origin
        self.personal = PersonalSettings(Path(path).parent if path else None)
        self._clock_key = f"clock:{origin}"
        self._now = now
        self._savepoints = 0
        self.busy_timeout = busy_timeout
        extra: dict[str, Any] = {"connect_timeout": max(1, int(busy_timeout))}
        if password:
            extra["password"] = password
        try:
            self.conn = PgConnection(dsn, **extra)  # type: ignore[assignment]
        except psycopg.Error as exc:
            raise CannotConnect(f"cannot connect to the secretariat's database: {_one_line(exc)}") from None
        try:
            # Who writes (the lineage trigger reads it), and how long a write waits for another's lock.
            self.conn.execute("SELECT set_config('rundabord.origin', ?, false)", (origin,))
            self.conn.execute(f"SET lock_timeout = '{int(busy_timeout * 1000)}ms'")
            self._migrate()
            self.personal.migrate_once(
                lambda: dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
            )
            self._bind_own_origin()
        except Exception:
            self.conn.close()
            raise
        self.clock = HybridClock(now=self._now)
        self.clock = HybridClock(self._sane_clock(), now=self._now)

    # -- schema -----------------------------------------------------------------------------------

    def _applied_migrations(self) -> set[str]:
        exists = self.conn.execute("SELECT to_regclass('rundabord_migrations')").fetchone()[0]
        if exists is None:
            return set()
        return {row[0] for row in self.conn.execute("SELECT name FROM rundabord_migrations")}

    def _migrate(self) -> None:
        steps = pg_schema.migration_ddl()
        known = {name for name, _ in steps}
        applied = self._applied_migrations()
        if applied - known:
            raise WorkspaceTooNew(
                f"the secretariat's database was written by a newer Rundabord (schema {len(applied)}, this"
                f" version knows {len(known)}); update Rundabord to open it"
            )
        if known <= applied:
            return
        with self.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS rundabord_migrations"
                " (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
        for name, statements in steps:
            with self.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
                if self.conn.execute("SELECT 1 FROM rundabord_migrations WHERE name = ?", (name,)).fetchone():
                    continue  # another secretary's Rundabord applied it while we waited
                for statement in statements:
                    self.conn.raw.execute(statement)  # DDL as written: no placeholders to translate
                self.conn.execute("INSERT INTO rundabord_migrations (name) VALUES (?)", (name,))

    def schema_version(self) -> int:
        return self.conn.execute("SELECT count(*) FROM rundabord_migrations").fetchone()[0]

    # -- settings: the secretary's own in her folder, the rest shared ------------------------------

    def meta_get(self, key: str) -> str | None:
        if is_personal(key):
            return self.personal.get(key)
        return super().meta_get(key)

    def meta_set(self, key: str, value: str) -> None:
        if is_personal(key):
            self.personal.update({key: value})
        else:
            super().meta_set(key, value)

    def _bind_own_origin(self) -> None:
        """A secretary who has a key has her origin bound to it (app/bundles/own_origin.py)."""
        raw = self.personal.get(IDENTITY_KEY)
        if raw:
            identity = json.loads(raw)
            bind_own_origin(self, identity["name"], identity["public_key"])

    # -- transactions, clock ----------------------------------------------------------------------

    # `Store.transaction` nests with SAVEPOINTs and rolls back on an error or a failed COMMIT; here only
    # the start differs (READ COMMITTED: merge locks what it reads) and what counts as busy.
    def _begin(self) -> None:
        self._refuse_if_damaged()  # the quick check at open found an index to rebuild (app/pg/check.py)
        self.conn.execute("BEGIN")

    def _busy(self, exc: BaseException) -> StoreBusy | None:
        if isinstance(exc, errors.LockNotAvailable):
            return StoreBusy("another secretary's work holds what this needs; try again in a moment")
        return None

    def retrying(self, work: Callable[[], T], attempts: int = 8) -> T:
        """`work()`, run again (after a short, growing pause) when the server rolled it back as the loser
        of a deadlock or serialization conflict, or it lost a race to create the same row."""
        for attempt in range(attempts):
            try:
                return work()
            except (*RETRYABLE, StoreBusy):
                if attempt == attempts - 1:
                    raise
                time.sleep(0.01 * (2**attempt))
        raise AssertionError("unreachable")

    def lock_records(self, ids: list[str]) -> None:
        """Hold these record ids until the transaction ends (transaction-level advisory locks, taken in
        sorted order so two importers never wait on each other in a circle within one batch)."""
        if ids:
            self.conn.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended(id, 0))"
                " FROM unnest(?::text[]) AS id ORDER BY id",
                (text_array(sorted(set(ids))),),
            )

    def _catch_up_clock(self) -> None:
        """Every secretary keeps her own clock row; a stamp is taken past all of them, so an edit made
        after seeing another secretary's always outranks it."""
        for (value,) in self.conn.execute("SELECT value FROM meta WHERE key LIKE 'clock%'").fetchall():
            try:
                self.clock.observe(Stamp.parse(value or ZERO))
            except StampError:
                continue

    @property
    def db(self) -> Any:  # type: ignore[override]
        from app.pg.tables import Tables

        return Tables(self.conn)

    def close(self) -> None:
        self.conn.close()


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
