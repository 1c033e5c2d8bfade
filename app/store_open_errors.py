"""What went wrong opening a workspace database, said in one line naming the real cause: SQLite's own
words ("database is locked", "file is not a database", "disk I/O error") mean little to a secretary.

SQLite cannot always tell the cause itself: on a full disk the open fails making the log's index ("disk
I/O error"), in a read-only folder it cannot make that index at all ("unable to open database file").
So for those the place is looked at (`place_problem`): a read-only mount, a disk with no room, a folder
or file without permission."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.errors import StoreBusy, UserError

_CANNOT_OPEN = ("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")
_ROOM_TO_OPEN = 2**20  # an open that failed with less room than this failed for room (the log's index
# alone takes 32 KiB): a disk with a few blocks left is full to SQLite


def place_problem(path: Path | str) -> str | None:
    """Why the database at `path` cannot be opened for writing, read from its folder and the file, or
    None when nothing about the place explains it."""
    found = _place(Path(path))
    return found[1] if found else None


def _place(path: Path) -> tuple[str, str] | None:
    """(app.disk_errors' code, the words) for `place_problem`. The codes are spelled out: that module
    names the store, which imports this one."""
    folder = path.parent
    if not hasattr(os, "statvfs"):  # Windows: SQLite's own words, and the write probes, say it there
        return None
    try:
        disk = os.statvfs(folder)
    except OSError:
        return "missing", "its folder is not there any more (was a USB stick removed?)"
    if disk.f_flag & os.ST_RDONLY:
        return (
            "read-only",
            "the disk or folder is read-only; copy the workspace to a disk that can be written",
        )
    if disk.f_bavail * disk.f_frsize < _ROOM_TO_OPEN:
        return "full", "the disk is full; make room on it, then try again"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "read-only", "no permission to write in its folder"
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return "read-only", "no permission to read and write the database file"
    return None


def open_error(path: str, exc: sqlite3.DatabaseError) -> UserError:
    """What went wrong opening a workspace database, in one line naming the real cause."""
    text = str(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if "locked" in text or "busy" in text:
        return StoreBusy(
            f"the workspace {path} is in use by another program (the database is locked); close the other"
            " Rundabord or wait for its sync to finish, then try again"
        )
    if "readonly" in text or "read-only" in text:
        return UserError(f"cannot write to the workspace {path}: the file or its folder is read-only")
    if "full" in text:
        return UserError(f"cannot write to the workspace {path}: the disk is full")
    if "not a database" in text:  # another kind of file, or a workspace's database cut or overwritten
        return UserError(
            f"{path} is not a Rundabord workspace, or its database is damaged ({text}); if it was one,"
            " run `rundabord repair` to check it and restore the latest automatic backup"
        )
    if "malformed" in text or "corrupt" in text:
        return UserError(
            f"the workspace database {path} is damaged ({text}); run `rundabord repair` to check it and"
            " restore the latest automatic backup"
        )
    if name.startswith(_CANNOT_OPEN) or "unable to open" in text or "I/O error" in text:
        found = _place(Path(path))
        if found is not None:
            refusal = UserError(f"cannot open the workspace {path}: {found[1]} ({text})")
            refusal.disk_problem = found[0]  # type: ignore[attr-defined]  # for the windows' advice
            return refusal
        if "I/O error" in text:
            return UserError(
                f"cannot open the workspace {path}: the disk reported an error reading or writing it"
                f" ({text}); nothing was changed. If it keeps failing, run `rundabord repair` to restore"
                " the latest automatic backup onto a part of the disk that reads"
            )
        return UserError(f"cannot open the workspace database {path}: {text}")
    return UserError(f"{path} is not a Rundabord workspace: {text}")
