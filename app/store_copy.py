"""Copying a whole store to another backend: a one-person secretariat's SQLite store into the shared
PostgreSQL one, or a PostgreSQL store back into a SQLite file for the archive.

Every table the migrations define is copied row by row in the order the rows came (rowid), and the
copy is then checked: the same number of rows and the same SHA-256 over every row, per table. The
target must hold no records yet, so nothing is ever merged or overwritten by a copy. The persisted
clock goes with the store (past every stamp in it), and the workspace's origin stays the writer's.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.pg.personal import KEYS as PERSONAL_KEYS
from app.pg.schema import final_shape, primary_key
from app.records import RECORD_TYPES
from app.store import Store

if TYPE_CHECKING:
    from app.workspace import Workspace

_BATCH = 5000


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    sha256: str


def tables() -> dict[str, tuple[str, ...]]:
    """Every table the migrations define and its columns (full-text indexes are rebuilt, not copied)."""
    return {name: tuple(c.name for c in columns) for name, columns in sorted(final_shape().tables.items())}


# meta: the workspace's own rows (its origin and clock; on a shared store a secretary's own settings live
# in her folder, app/pg/personal.py)
_NOT_THE_STORES = " WHERE key <> 'origin' AND key NOT LIKE 'clock%' AND key NOT IN ({})".format(
    ", ".join(f"'{key}'" for key in sorted(PERSONAL_KEYS))
)


def _select(table: str, order: str) -> str:
    listed = ", ".join(f'"{c}"' for c in tables()[table])
    where = _NOT_THE_STORES if table == "meta" else ""
    return f'SELECT {listed} FROM "{table}"{where} ORDER BY {order}'


def check(store: Store) -> list[TableCheck]:
    """Per table: how many rows, and the SHA-256 of all of them in primary-key order."""
    found = []
    for table in tables():
        digest = hashlib.sha256()
        count = 0
        order = ", ".join(f'"{c}"' for c in primary_key(table)) or "rowid"
        for row in store.conn.execute(_select(table, order)):
            digest.update(json.dumps(list(row), ensure_ascii=False, separators=(",", ":")).encode())
            digest.update(b"\n")
            count += 1
        found.append(TableCheck(table, count, digest.hexdigest()))
    return found


def copy_store(source: Store, target: Store) -> list[TableCheck]:
    """Copy everything from `source` into the empty `target` in one transaction, then verify it; returns
    the per-table checks. Raises UserError (and writes nothing) if the target holds records or the
    copy does not verify."""
    for rt in RECORD_TYPES.values():
        if target.conn.execute(f"SELECT 1 FROM {rt.table} LIMIT 1").fetchone():
            raise UserError(
                "the target store already holds records; a copy goes only into an empty store (nothing is"
                " merged or overwritten)"
            )
    with target.transaction():
        target.conn.execute("DELETE FROM meta" + _NOT_THE_STORES)
        for table, columns in tables().items():
            _copy_table(source, target, table, columns)
        target.observe(_latest_clock(source))
        after = check(target)
        expected = check(source)
        if after != expected:
            wrong = [a.table for a, b in zip(after, expected, strict=True) if a != b]
            raise UserError(f"the copy does not match its source in: {', '.join(wrong)}; nothing was copied")
    if target.dialect == "postgresql":
        target.conn.execute(
            "SELECT setval(pg_get_serial_sequence('bundle_trust', 'id'), coalesce(max(id), 0) + 1, false)"
            " FROM bundle_trust"
        )
    return after


def _latest_clock(store: Store) -> str:
    stamps = [row[0] for row in store.conn.execute("SELECT value FROM meta WHERE key LIKE 'clock%'")]
    return max([str(store.clock.last), *[s for s in stamps if s]])


def _copy_table(source: Store, target: Store, table: str, columns: tuple[str, ...]) -> None:
    listed = ", ".join(f'"{c}"' for c in columns)
    order = "record_id, rev, origin" if table == "merge_lineage" else "rowid"  # WITHOUT ROWID in SQLite
    rows = (tuple(row) for row in source.conn.execute(_select(table, order)))
    if target.dialect == "postgresql":
        with target.conn.raw.cursor().copy(f'COPY "{table}" ({listed}) FROM STDIN') as copy:  # type: ignore[attr-defined]
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(columns))
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            target.conn.executemany(f'INSERT INTO "{table}" ({listed}) VALUES ({marks})', batch)
            batch = []
    if batch:
        target.conn.executemany(f'INSERT INTO "{table}" ({listed}) VALUES ({marks})', batch)


MOVED_NAME = "workspace-before-postgresql.sqlite3"


def use_database(workspace: Workspace, destination: str) -> None:
    """From now on the workspace opens the store at `destination`, writing as the same origin: its
    personal meta keys go into its folder, it closes, and its SQLite file is kept beside, renamed."""
    from app.pg import settings

    source = workspace.store
    personal = {key: value for key in PERSONAL_KEYS if (value := source.meta_get(key)) is not None}
    settings.write(workspace.dir, destination, origin=source.origin, personal=personal)
    workspace.close()
    database = Path(source.path)
    database.rename(database.with_name(MOVED_NAME))


def copy_workspace_store(workspace: Workspace, destination: str) -> list[TableCheck]:
    """`rundabord store copy --to DESTINATION`.

    To PostgreSQL (`postgresql://...`, an empty database): the workspace's store moves there and the
    workspace uses it from now on, writing as the same origin; its SQLite file is kept beside, renamed
    (`workspace-before-postgresql.sqlite3`). To a file path: a SQLite copy for the archive (the file
    must not exist); the workspace stays as it is. Either way the copy is verified before it counts.
    """
    from app.pg import settings

    source = workspace.store
    if settings.is_postgresql(destination):
        if source.dialect == "postgresql":
            raise UserError("this workspace's store is already on PostgreSQL")
        from app.pg.store import PgStore

        bare, password = settings.split_password(destination)
        target = PgStore(bare, origin=source.origin, password=password or settings.password_for(bare))
        try:
            checks = copy_store(source, target)
        finally:
            target.close()
        use_database(workspace, destination)
        return checks
    path = Path(destination)
    if path.exists():
        raise UserError(f"{path} already exists; a copy never overwrites a file")
    try:
        target = Store(path)  # the new file's schema is written here: a full disk may stop it half-way
    except BaseException:
        discard_database(path)
        raise
    try:
        checks = copy_store(source, target)
    except BaseException:
        target.close()
        discard_database(path)
        raise
    target.close()
    return checks


def discard_database(path: Path | str) -> None:
    """Delete a SQLite file that a failed copy or switch left half-written, with its log and index."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
