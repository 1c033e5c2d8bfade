"""The workspace store: one SQLite file, every edit committed at once, every record merge-ready.

All writes go through `Store.write`, which stamps each changed field with a fresh hybrid-logical-clock
stamp and this workspace's origin, in one `BEGIN IMMEDIATE` transaction together with the clock itself.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app import schema
from app.errors import NotFound, StoreBusy, UserError, WorkspaceTooNew
from app.hlc import REPAIR_BEYOND_MS, ZERO, HybridClock, Stamp, StampError, future_limit, wall_clock_ms
from app.records import (
    RECORD_TYPES,
    RecordType,
    decode_field,
    decode_row,
    encode_field,
    record_type,
    wire_record,
)
from app.typed_ids import new_record_id

if TYPE_CHECKING:
    import sqlite_utils

Record = dict[str, Any]
T = TypeVar("T")


def _new_origin() -> str:
    """A new store's origin; secrets (with hmac) is imported when a store is made, not when one opens."""
    import secrets

    return secrets.token_hex(8)


class Store:
    """One open workspace database. Not shared across threads: open one per thread.

    This is the SQLite backend; `app/pg/store.py` is the PostgreSQL one, the same interface over a
    shared server. Services that must say something differently per backend ask `dialect`.
    """

    dialect = "sqlite"
    # Set by the workspace to its daily whole-file check (app/backup.py): a reason while it found damage.
    refuse_writes: Callable[[], str | None] | None = None
    _clock_key = "clock"  # meta row of the persisted clock (PostgreSQL keeps one per secretary)

    def __init__(
        self, path: Path | str, *, now: Callable[[], int] = wall_clock_ms, busy_timeout: float = 10.0
    ) -> None:
        """Open (and migrate) the workspace database at `path`.

        `now` is the wall clock the store's stamps read (tests pass a clock they control);
        `busy_timeout` is how many seconds a write waits for another connection's lock before it
        fails with `StoreBusy` (the windows wait briefly and say "busy, try again").
        """
        self.path = str(path)
        self._now = now
        self._savepoints = 0
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=busy_timeout)
        except sqlite3.OperationalError as exc:
            from app.store_open_errors import open_error  # read only when opening failed

            raise open_error(self.path, exc) from None
        self.conn.row_factory = sqlite3.Row
        try:
            self._enter_wal(busy_timeout)
            self.conn.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            from app.store_open_errors import open_error

            raise open_error(self.path, exc) from None
        except Exception:
            self.conn.close()
            raise
        self.origin = self._meta_init("origin", _new_origin)
        self.clock = HybridClock(now=self._now)
        self.clock = HybridClock(self._sane_clock(), now=self._now)

    def _persisted_stamp(self) -> Stamp:
        try:
            return Stamp.parse(self.meta_get(self._clock_key) or ZERO)
        except StampError:  # only a clock broken before this version bounded stamps; repaired on open
            return self.clock.last

    def _persisted_clock(self) -> HybridClock:
        return HybridClock(self._persisted_stamp(), now=self._now)

    def _sane_clock(self) -> Stamp:
        """The persisted clock, repaired when an earlier version let a forged stamp push it beyond what
        its fixed width holds or far into the future (every later edit would have failed)."""
        limit = future_limit(wall_clock_ms(), REPAIR_BEYOND_MS)  # not self._now: tests count readings
        try:
            stamp = Stamp.parse(self.meta_get(self._clock_key) or ZERO)
        except StampError:
            stamp = None
        if stamp is not None and stamp <= limit:
            return stamp
        from app.clock_repair import repair_clock

        return repair_clock(self, limit)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection (schema work, ledgers), imported on first use: a chair's
        window opens without it."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # -- schema -----------------------------------------------------------------------------------

    def _applied_migrations(self) -> set[str]:
        """Names of the migrations applied to this file, read without sqlite-utils (see `db`)."""
        if not self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone():
            return set()
        rows = self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'rundabord'"
        ).fetchall()
        return {row[0] for row in rows}

    def _migrate(self) -> None:
        """Apply the pending migrations, all in one exclusive transaction.

        The write lock is taken before anything is read that decides what to do, and held until the last
        step is recorded: a second process opening the same new (or older) workspace waits at BEGIN,
        then reads the migrations again and finds the work done. Together the steps are also one unit:
        a crash half-way leaves the file as the older version wrote it. SQLite's own lock serves every
        platform the app ships for, and the steps (sqlite-utils nests each in a savepoint) never commit.
        """
        if self._pending_or_too_new():
            self.conn.execute("BEGIN EXCLUSIVE")  # waits up to the busy timeout for another migration
            try:
                if self._pending_or_too_new():  # again, now that no other process can change it
                    from app import store_new  # only for a new or older file, not on every open

                    store_new.apply_pending(self.conn, lambda: self.db)  # a new file: all at once
                if self.schema_version() != len(schema.known_names()):
                    # A file migrated before user_version was set inside each migration's transaction.
                    self.conn.execute(f"PRAGMA user_version={len(schema.known_names())}")
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:  # a failed COMMIT or step may have ended it already
                    self.conn.execute("ROLLBACK")
                raise

    def _pending_or_too_new(self) -> bool:
        """Whether a migration is pending or the user_version lags (a file from before it was kept);
        refuses a file a newer Rundabord wrote."""
        applied = self._applied_migrations()
        known = schema.known_names()
        unknown = applied - set(known)
        if unknown:
            raise WorkspaceTooNew(
                f"{self.path} was written by a newer Rundabord (schema {len(applied)}, this version knows "
                f"{len(known)}); update Rundabord to open it"
            )
        return len(applied) != len(known) or self.schema_version() != len(known)

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- transactions and metadata ----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; a nested call is a SAVEPOINT, undone alone when it fails.

        An error inside rolls back what the block wrote (and forgets the clock stamps it issued), then
        propagates unchanged. When SQLite has already rolled the whole transaction back itself (a
        RAISE(ROLLBACK) trigger, a full disk), no ROLLBACK is issued: it would fail with "no transaction
        is active" and hide the real error. When COMMIT fails (a deferred constraint, a busy reader), the
        transaction is rolled back so the connection stays usable.
        """
        if self.conn.in_transaction:
            yield from self._savepoint()
            return
        self._begin()
        try:
            yield self.conn
        except BaseException as exc:
            self._rollback("ROLLBACK")
            busy = self._busy(exc)
            if busy is not None:
                raise busy from exc
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback("ROLLBACK")
            raise

    def _refuse_if_damaged(self) -> None:
        """Before any write: the check of the store (the whole-file check here, the derived data's on a
        server) found damage that writing could spread, or that must be rebuilt first."""
        refusal = self.refuse_writes() if self.refuse_writes is not None else None
        if refusal:
            raise UserError(refusal)

    def _begin(self) -> None:
        """Start the outermost transaction: BEGIN IMMEDIATE takes the write lock now, so a busy file is
        said at the start and not half-way through the work."""
        self._refuse_if_damaged()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusy(
                    "the workspace is busy with another task (a sync or an import); try again in a moment"
                ) from exc
            raise

    def _busy(self, exc: BaseException) -> StoreBusy | None:
        """The "busy, try again" error that an error inside the transaction stands for, if any (SQLite's
        lock is taken at BEGIN, so nothing inside is one)."""
        return None

    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        self._savepoints += 1
        name = f"rundabord_{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self.conn
        except BaseException:
            self._rollback(f"ROLLBACK TO {name}", release=name)
            raise
        else:
            if self.conn.in_transaction:
                self.conn.execute(f"RELEASE {name}")
        finally:
            self._savepoints -= 1

    def _rollback(self, statement: str, release: str | None = None) -> None:
        """Undo, unless SQLite already did; the clock goes back to its last persisted stamp."""
        if self.conn.in_transaction:
            self.conn.execute(statement)
            if release:
                self.conn.execute(f"RELEASE {release}")
        self.clock = self._persisted_clock()  # forget stamps never committed

    def retrying(self, work: Callable[[], T]) -> T:
        """`work()`: SQLite serialises writers with its file lock, so nothing needs running again (the
        PostgreSQL store runs it again when the server picked it as the loser of a conflict)."""
        return work()

    def lock_records(self, ids: list[str]) -> None:
        """Hold these records until the transaction ends: on SQLite the transaction already holds the
        whole file (BEGIN IMMEDIATE)."""

    def meta_get(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def meta_set(self, key: str, value: str) -> None:
        upsert = (
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        )
        if self.dialect == "sqlite" and self.conn.in_transaction:
            # Inside the caller's transaction (every merge's clock): SQLite undoes a failed statement
            # alone, so a savepoint around this one would add two statements and change nothing.
            self.conn.execute(upsert, (key, value))
            return
        with self.transaction():
            self.conn.execute(upsert, (key, value))

    def _enter_wal(self, busy_timeout: float) -> None:
        """Switch to WAL, waiting: SQLite says "locked" at once while another opener holds a new file."""
        deadline = time.monotonic() + busy_timeout
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(0.01)

    def _meta_init(self, key: str, make: Any) -> str:
        """The value of `key`, set to make() first if missing; two processes racing get the same one."""
        value = self.meta_get(key)
        if value is None:
            with self.transaction():
                self.conn.execute(
                    "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING", (key, make())
                )
            value = self.meta_get(key)
        return value

    def _catch_up_clock(self) -> None:
        """Another connection to this file (sync imports in a worker thread) may have moved the clock on."""
        self.clock.observe(self._persisted_stamp())

    def tick(self) -> Stamp:
        """A fresh stamp, persisted with the caller's transaction (call inside `transaction`)."""
        self._catch_up_clock()
        stamp = self.clock.tick()
        self.meta_set(self._clock_key, str(stamp))
        return stamp

    def observe(self, stamp: Stamp | str) -> None:
        """Fold in a stamp seen elsewhere (an imported record); persisted with the caller's transaction."""
        self.clock.observe(stamp)
        self.meta_set(self._clock_key, str(self.clock.last))

    # -- records ----------------------------------------------------------------------------------

    def write(self, type_name: str, record_id: str | None, changes: Mapping[str, Any]) -> str:
        """Create (record_id None) or change a record; only fields whose value changes get a new stamp.

        Returns the record's id. The edit is committed before this returns, unless the caller holds a
        transaction, in which case it commits with it.
        """
        rt = record_type(type_name)
        _check_fields(rt, changes, allowed_extra={"deleted"})
        with self.transaction():
            current = self._raw(rt, record_id) if record_id else None
            if record_id and current is None:
                raise NotFound(f"no {type_name} with id {record_id}")
            rev = str(self.tick())
            if current is None:
                row = self._new_row(rt, changes, rev)
                self.conn.execute(_insert_sql(rt), row)
                return row[0]
            stamps = json.loads(current["stamps"])
            updates: dict[str, Any] = {}
            for name, value in changes.items():
                kind = rt.fields.get(name, int)
                encoded = encode_field(kind, value) if name != "deleted" else int(bool(value))
                if encoded != current[name]:
                    updates[name] = encoded
                    stamps[name] = [rev, self.origin]
            if not updates:
                return record_id
            updates.update(
                origin=self.origin,
                rev=rev,
                base_rev=current["rev"],
                stamps=json.dumps(stamps, separators=(",", ":")),
            )
            assignments = ", ".join(f"{name} = ?" for name in updates)
            self.conn.execute(
                f"UPDATE {rt.table} SET {assignments} WHERE id = ?", (*updates.values(), record_id)
            )
            self._weigh_conflicts(rt.name, record_id)
            return record_id

    def _weigh_conflicts(self, type_name: str, record_id: str) -> None:
        """After an edit made here, the record's open conflicts are weighed again at once, as every store
        the edit reaches weighs them: the edit knows what it replaced and this workspace's earlier edits,
        so an open side it supersedes closes now, not at the next import that touches the record (which
        would close it unannounced, and a reopening would hide it). A reopened version stays open beside
        the value the field holds unless it is that value, so a new value there can show one again.
        Every edit made here is written by `write`, so no service can forget this."""
        if self.conn.execute(
            "SELECT 1 FROM conflicts WHERE record_id = ? UNION ALL"
            " SELECT 1 FROM conflict_resolutions WHERE record_id = ? AND deleted <> 0 LIMIT 1",
            (record_id, record_id),
        ).fetchone():
            from app.merge.frontier import refresh_conflicts  # the merge's modules load only then

            refresh_conflicts(self, type_name, record_id)

    def create_many(self, type_name: str, items: list[Mapping[str, Any]]) -> list[str]:
        """Create many records in one transaction with one executemany: the bulk path (imports, seeding).

        Each record gets its own stamp, exactly as if `write` had created it.
        """
        rt = record_type(type_name)
        rows = []
        with self.transaction():
            self._catch_up_clock()
            for item in items:
                _check_fields(rt, item)
                rows.append(self._new_row(rt, item, str(self.clock.tick())))
            self.conn.executemany(_insert_sql(rt), rows)
            self.meta_set(self._clock_key, str(self.clock.last))
        return [row[0] for row in rows]

    def _new_row(self, rt: RecordType, item: Mapping[str, Any], rev: str) -> tuple[Any, ...]:
        """A new record's row in `_insert_sql` column order: every field and "deleted" stamped `rev`."""
        stamp = [rev, self.origin]
        stamps = json.dumps(dict.fromkeys([*rt.fields, "deleted"], stamp), separators=(",", ":"))
        values = [encode_field(kind, item.get(name)) for name, kind in rt.fields.items()]
        deleted = int(bool(item.get("deleted", 0)))
        return (new_record_id(rt.name, rev), self.origin, rev, ZERO, deleted, stamps, *values)

    def delete(self, type_name: str, record_id: str) -> None:
        self.write(type_name, record_id, {"deleted": 1})

    def restore(self, type_name: str, record_id: str) -> None:
        self.write(type_name, record_id, {"deleted": 0})

    def _raw(self, rt: RecordType, record_id: str) -> sqlite3.Row | None:
        return self.conn.execute(f"SELECT * FROM {rt.table} WHERE id = ?", (record_id,)).fetchone()

    def get(self, type_name: str, record_id: str, *, include_deleted: bool = False) -> Record | None:
        rt = record_type(type_name)
        row = self._raw(rt, record_id)
        if row is None or (row["deleted"] and not include_deleted):
            return None
        return decode_row(rt, row)

    def require(self, type_name: str, record_id: str) -> Record:
        record = self.get(type_name, record_id)
        if record is None:
            raise NotFound(f"no {type_name} with id {record_id}")
        return record

    def select(
        self,
        type_name: str,
        where: str = "1",
        params: tuple[Any, ...] = (),
        *,
        order_by: str = "id",
        include_deleted: bool = False,
    ) -> list[Record]:
        rt = record_type(type_name)
        live = "" if include_deleted else " AND deleted = 0"
        sql = f"SELECT * FROM {rt.table} WHERE ({where}){live} ORDER BY {order_by}"
        return [decode_row(rt, row) for row in self.conn.execute(sql, params)]

    def dump(self, type_name: str, where: str = "1", params: tuple[Any, ...] = ()) -> Iterator[Record]:
        """Records in wire form (tombstones included), ordered by id, for bundles and canonical dumps."""
        from app.knowledge import SEEN, shown_base, shown_seen  # not at a window's start
        from app.writing_origins import writing_origins

        rt = record_type(type_name)
        sql = (  # with what this store knows of each row's head (app/knowledge.py: shown_base)
            f"SELECT t.*, l.knows AS head_knows, l.claims AS head_claims FROM {rt.table} AS t"
            " LEFT JOIN merge_lineage AS l"
            f" ON l.record_id = t.id AND l.rev = t.rev AND l.origin = t.origin WHERE ({where}) ORDER BY t.id"
        )
        writers = writing_origins(self.conn, self.origin)  # whose heads' lineage is exact
        for row in self.conn.execute(sql, params):
            record = wire_record(rt, row)
            record["base_rev"] = shown_base(record, row["head_knows"], ZERO)
            if seen := shown_seen(record, row["head_knows"], row["head_claims"], writers):
                record[SEEN] = seen
            yield record

    def close(self) -> None:
        self.conn.close()


def database_errors() -> tuple[type[Exception], ...]:
    """The errors of either backend's database (psycopg's only when a PostgreSQL store was opened)."""
    import sys

    psycopg = sys.modules.get("psycopg")
    return (sqlite3.Error, psycopg.Error) if psycopg else (sqlite3.Error,)


def _check_fields(rt: RecordType, item: Mapping[str, Any], allowed_extra: set[str] | None = None) -> None:
    unknown = set(item) - set(rt.fields) - (allowed_extra or set())
    if unknown:
        raise ValueError(f"{rt.name} has no field(s) {sorted(unknown)}")


def _insert_sql(rt: RecordType) -> str:
    columns = ["id", "origin", "rev", "base_rev", "deleted", "stamps", *rt.fields]
    return f"INSERT INTO {rt.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


__all__ = ["RECORD_TYPES", "Record", "Store", "decode_field", "decode_row", "encode_field", "wire_record"]
