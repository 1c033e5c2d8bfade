"""What went wrong opening a workspace database, said in one line naming the real cause: SQLite's own
words ("database is locked", "file is not a database") mean little to a secretary."""

from __future__ import annotations

import sqlite3

from app.errors import StoreBusy, UserError


def open_error(path: str, exc: sqlite3.DatabaseError) -> UserError:
    """What went wrong opening a workspace database, in one line naming the real cause."""
    text = str(exc)
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
    if "unable to open" in text:
        return UserError(f"cannot open the workspace database {path}: {text}")
    return UserError(f"{path} is not a Rundabord workspace: {text}")
