"""Why the disk refused a write: one classification of storage failures for the windows and the CLI.

A chair needs to hear "the USB stick is write-protected", not "something unexpected happened": the
problem codes here are what the windows translate into advice and what the CLI prints in one line.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import Said
from app.messages import message

if TYPE_CHECKING:  # not at run time: app.bundles.files asks this module for a failed write's words
    from app.store import Store

READ_ONLY = "read-only"  # write-protected medium, read-only mount, or no permission to write
FULL = "full"  # no room left (or the user's quota is used up)
LOCKED = "locked"  # another program holds the file or the workspace
MISSING = "missing"  # the folder or medium went away (a USB stick pulled out)
OTHER = "other"


_WINDOWS_SHARING_VIOLATIONS = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_ERRNO_CODES = {
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.ENOSPC: FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): FULL,
    errno.EBUSY: LOCKED,
    errno.ETXTBSY: LOCKED,
    errno.ENOENT: MISSING,
    errno.ENODEV: MISSING,
    errno.ENXIO: MISSING,
}
_SQLITE_PREFIXES = (
    ("SQLITE_READONLY", READ_ONLY),
    ("SQLITE_PERM", READ_ONLY),
    ("SQLITE_FULL", FULL),
    ("SQLITE_BUSY", LOCKED),
    ("SQLITE_LOCKED", LOCKED),
    ("SQLITE_CANTOPEN", MISSING),
)
_SQLITE_MESSAGES = (
    ("readonly", READ_ONLY),
    ("read-only", READ_ONLY),
    ("disk is full", FULL),
    ("is locked", LOCKED),
    ("unable to open", MISSING),
)


@dataclass(frozen=True)
class DiskProblem:
    code: str  # one of READ_ONLY, FULL, LOCKED, MISSING, OTHER
    detail: str  # the system's own words, for whoever helps the user

    def describe(self) -> str:
        """One English line (the CLI's words)."""
        return {
            READ_ONLY: "the disk or folder is read-only (write-protected or no permission)",
            FULL: "the disk is full",
            LOCKED: "another program is using the file; close it and try again",
            MISSING: "the folder or disk is not there any more (was a USB stick removed?)",
        }.get(self.code, "the disk refused the write") + (f" ({self.detail})" if self.detail else "")


def classify(exc: BaseException) -> DiskProblem | None:
    """What kind of disk problem `exc` is, or None when it is not a storage failure at all."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        for prefix, code in _SQLITE_PREFIXES:
            if name.startswith(prefix):
                return DiskProblem(code, str(exc))
        message = str(exc).lower()
        for words, code in _SQLITE_MESSAGES:
            if words in message:
                return DiskProblem(code, str(exc))
        return DiskProblem(OTHER, str(exc))
    if isinstance(exc, OSError):
        if getattr(exc, "winerror", None) in _WINDOWS_SHARING_VIOLATIONS:
            return DiskProblem(LOCKED, str(exc))
        return DiskProblem(_ERRNO_CODES.get(exc.errno or 0, OTHER), exc.strerror or str(exc))
    return None


def folder_write_problem(folder: Path | str, *files: Path | str) -> DiskProblem | None:
    """Whether `folder` (and the named files in it) can be written now: a real probe, since a
    write-protected stick or a read-only mount says so only when one tries. None when all is well."""
    import tempfile  # here: the CLI and the window import this module at their start, the probe comes later

    folder = Path(folder)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-probe-"):
            pass
    except OSError as exc:
        return classify(exc)
    for name in files:
        path = folder / name
        if path.exists() and not os.access(path, os.W_OK):
            return DiskProblem(READ_ONLY, f"{path}: no permission to write")
    return None


def workspace_write_problem(folder: Path | str, store: Store) -> DiskProblem | None:
    """Whether the workspace can take a write now: its folder, and its database not held by another
    program (probed with an immediate write lock that is released at once, never waiting)."""
    # The database file by its store's own path (not app.workspace's name for it: the module that writes
    # files whole asks this one for a failed write's words, and the workspace imports that one)
    database = Path(store.path)
    here = database.parent.resolve() == Path(folder).resolve()
    problem = folder_write_problem(folder, *([database.name] if here else []))
    if problem is not None:
        return problem
    conn = store.conn
    if conn.in_transaction:
        return None
    (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return classify(exc)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return None


def write_refusal(exc: OSError, target: Path | str) -> Said:
    """A file that could not be written, as a refusal naming what the disk refused (a message, so the
    windows say it in the user's language: a write-protected stick is not a full one)."""
    target = Path(target)
    problem = classify(exc)
    code = problem.code if problem is not None else OTHER
    if code == READ_ONLY:
        return Said(message("document-read-only", folder=str(target.parent)))
    if code == FULL:
        return Said(message("document-disk-full", path=str(target)))
    if code == MISSING:
        return Said(message("document-no-folder", folder=str(target.parent)))
    return Said(message("document-not-written", path=str(target), detail=exc.strerror or str(exc)))
