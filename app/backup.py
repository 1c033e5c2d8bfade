"""Automatic backups of the workspace database, and the check a store must pass before it is written.

Backups are taken with SQLite's online backup API (a consistent copy even while another connection
writes) into `<workspace>/backups/`, at safe points: once a day when the workspace is opened, and
before an import when the newest backup of any kind is more than an hour old (sync imports one bundle
at a time) and the store has changed since it was taken. A copy is the whole store, so on a large store
it costs seconds: an import never pays for one that an hour-old copy of the same store, or a copy of
a store nothing has written since, already gives. The newest few of each kind are kept. The whole-file
check runs before the daily one (app/workspace.py).
`rundabord repair` (app/repair.py) restores the newest whole one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from app.errors import UserError
from app.store import Store

FOLDER = "backups"
SUFFIX = ".sqlite3"
KEEP = 4  # of each kind
DAILY = "daily"
BEFORE_IMPORT = "before-import"
_EVERY = {DAILY: 24 * 3600, BEFORE_IMPORT: 3600}


def folder_of(workspace_dir: Path) -> Path:
    return Path(workspace_dir) / FOLDER


def backups(workspace_dir: Path) -> list[Path]:
    """Every backup, newest first (names start with their UTC time)."""
    folder = folder_of(workspace_dir)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith(".")), reverse=True)


def take(store: Store, workspace_dir: Path, kind: str) -> Path:
    """A consistent copy of the store, written whole under its final name."""
    folder = folder_of(workspace_dir)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{stamp}-{kind}{SUFFIX}"
    partial = folder / f".{final.name}.part"
    try:
        target = sqlite3.connect(partial)
        try:
            store.conn.backup(target)
        finally:
            target.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UserError(f"cannot back up the workspace into {folder}: {exc}") from None
    _prune(folder, kind)
    return final


_MARGIN_S = 2.0  # file times come from a coarse clock: a write just after a start may look earlier


def _changed_since(store: Store, backup: Path) -> bool:
    """Whether anything may have been written to the store after `backup` began (its name starts with
    that moment). SQLite writes every change to the database file or its write-ahead log, so neither
    being touched since means the backup holds the store as it is. In doubt: changed."""
    try:
        started = datetime.strptime(backup.name[:22], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC).timestamp()
        written = max(
            os.stat(path).st_mtime for path in (store.path, f"{store.path}-wal") if os.path.exists(path)
        )
    except (ValueError, OSError):
        return True
    return written >= started - _MARGIN_S


def _prune(folder: Path, kind: str) -> None:
    for old in sorted(folder.glob(f"*-{kind}{SUFFIX}"), reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def due(workspace_dir: Path, kind: str) -> bool:
    """Whether the newest backup of `kind` is older than its interval (or there is none)."""
    newest = next(iter(sorted(folder_of(workspace_dir).glob(f"*-{kind}{SUFFIX}"), reverse=True)), None)
    return newest is None or time.time() - newest.stat().st_mtime >= _EVERY[kind]


def take_if_due(store: Store, workspace_dir: Path, kind: str) -> Path | None:
    """A backup of `kind` unless one is younger than its interval (before an import, a backup of any
    kind counts) or nothing was written to the store since the newest backup began. A backup that
    cannot be written (a full disk) does not stop the work it protects; the next safe point tries again.
    A store on a PostgreSQL server is backed up by the server's own means (pg_dump), not here."""
    if store.dialect != "sqlite":
        return None
    pattern = f"*{SUFFIX}" if kind == BEFORE_IMPORT else f"*-{kind}{SUFFIX}"
    newest = next(iter(sorted(folder_of(workspace_dir).glob(pattern), reverse=True)), None)
    if newest is not None and (
        time.time() - newest.stat().st_mtime < _EVERY[kind] or not _changed_since(store, newest)
    ):
        return None
    try:
        return take(store, workspace_dir, kind)
    except UserError:
        return None


def quick_check(store: Store) -> None:
    """Refuse to go on with a store SQLite finds damaged: writing to it could spread the damage."""
    try:
        rows = store.conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        rows = [(str(exc),)]
    if [tuple(r) for r in rows] != [("ok",)]:
        raise UserError(
            f"the workspace database {store.path} is damaged ({rows[0][0]}); nothing was written. Run"
            " `rundabord repair` to check it and restore the latest automatic backup"
        )
