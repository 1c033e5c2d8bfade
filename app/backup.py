"""Automatic backups of the workspace database, and the check a store must pass before it is written.

Backups are taken with SQLite's online backup API (a consistent copy even while another connection
writes) into `<workspace>/backups/`, at safe points: once a day when the workspace is opened, and
before an import when the newest backup of any kind is more than an hour old (sync imports one bundle
at a time) and the store has changed since it was taken. A copy is the whole store, so on a large store
it costs seconds: an import never pays for one that an hour-old copy of the same store, or a copy of
a store nothing has written since, already gives. The newest few of each kind are kept. SQLite's
whole-file check runs before the daily one, both on a thread of their own (`DailyCheck`): a store that
fails it refuses writes, and later opens, until repaired.
`rundabord repair` (app/repair.py) restores the newest whole one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from app.errors import UserError
from app.store import Store

_log = logging.getLogger(__name__)

FOLDER = "backups"
DAMAGED_MARK = "DAMAGED"  # in the backups folder: the whole-file check failed; cleared by `rundabord repair`
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
    return _copy(store.conn, workspace_dir, kind)


def _copy(source: sqlite3.Connection, workspace_dir: Path, kind: str) -> Path:
    folder = folder_of(workspace_dir)
    folder.mkdir(exist_ok=True)
    _sweep_cut_short(folder)  # first: a half copy left on a small stick may be what leaves no room
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{stamp}-{kind}{SUFFIX}"
    partial = folder / f".{final.name}.part"
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # one step: one read snapshot, however much others write meanwhile
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


_CUT_SHORT_AFTER_S = 3600  # a copy still unfinished an hour on was cut short (a killed process, a crash)


def _sweep_cut_short(folder: Path) -> None:
    """Remove the half copies of backups killed mid-way (each as large as the store, and the small
    rollback journal SQLite keeps beside one while it writes); never one another process may be
    writing now."""
    for part in (*folder.glob(f".*{SUFFIX}.part"), *folder.glob(f".*{SUFFIX}.part-journal")):
        with contextlib.suppress(OSError):
            if time.time() - part.stat().st_mtime > _CUT_SHORT_AFTER_S:
                part.unlink()


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


def damaged(path: Path | str, problem: str) -> str:
    return (
        f"the workspace database {path} is damaged ({problem}); nothing was written. Run"
        " `rundabord repair` to check it and restore the latest automatic backup"
    )


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite's error says the file itself is spoilt (what a backup mends). Anything else (locked,
    busy, read-only, no permission, a full disk, a read error) says nothing about the file: repair and
    the daily check both leave it be."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    return (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or "not a database" in text
    )


def _check_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's whole-file check (every page read): None when the file is whole."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):  # another program held the file, or the disk could not be read just now (full,
            raise  # pulled out, a read error): no verdict about the file itself, nor a refusal of writes
        rows = [(str(exc),)]
    if [tuple(r) for r in rows] == [("ok",)]:
        return None
    said = " ".join(str(r[0]) for r in rows[:3]).replace("*** in database main ***", "")
    return " ".join(said.split())[:300]  # SQLite lists every spoilt cell on lines of its own: one line


def damage_found(workspace_dir: Path) -> str | None:
    """What the last whole-file check found wrong, while nobody has repaired it since."""
    try:
        return (folder_of(workspace_dir) / DAMAGED_MARK).read_text(encoding="utf-8").strip() or "damaged"
    except OSError:
        return None


def clear_damage(workspace_dir: Path) -> None:
    with contextlib.suppress(OSError):
        (folder_of(workspace_dir) / DAMAGED_MARK).unlink()


class DailyCheck:
    """Once a day, on its own thread and connection: the whole-file check, then, when the file is whole,
    the daily backup. Both read every page (seconds on a large store), so opening never waits for
    them. A failed check marks the workspace damaged: its writes are refused from then on, and every
    later open refuses it until `rundabord repair`. One runs per workspace folder in a process."""

    _running: ClassVar[dict[Path, DailyCheck]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, database: Path, workspace_dir: Path) -> None:
        self.database, self.workspace_dir = database, workspace_dir
        self.problem: str | None = None
        self._thread = threading.Thread(target=self._run, name="rundabord-daily-check", daemon=True)

    @classmethod
    def start_if_due(cls, database: Path, workspace_dir: Path) -> DailyCheck | None:
        """The day's check of this workspace: the one already running here, a new one, or None."""
        key = Path(workspace_dir).resolve()
        with cls._lock:
            running = cls._running.get(key)
            if running is not None and running._thread.is_alive():
                return running
            if not due(workspace_dir, DAILY):
                return None
            check = cls._running[key] = cls(database, workspace_dir)
            check._thread.start()
            return check

    def refusal(self) -> str | None:
        """Why writes are refused, once the check found damage (for `Store.refuse_writes`)."""
        return damaged(self.database, self.problem) if self.problem else None

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            source = sqlite3.connect(self.database, timeout=30)
            try:
                problem = _check_problem(source)
                if problem:
                    self.problem = problem
                    marker = folder_of(self.workspace_dir) / DAMAGED_MARK
                    marker.parent.mkdir(exist_ok=True)
                    marker.write_text(problem + "\n", encoding="utf-8")
                    return
                _copy(source, self.workspace_dir, DAILY)
            finally:
                source.close()
        except (UserError, sqlite3.Error, OSError):  # no room for a backup does not stop the work
            _log.exception("the daily check or backup of %s did not finish", self.workspace_dir)
