"""One sync at a time per workspace folder: two windows on one workspace, or a window's automatic sync and
a `rundabord sync` at the same moment, would upload under the same temporary names, sweep away each
other's half-fetched files, and fail with words about a missing folder. The second one now says so
before it touches anything.

The lock is SQLite's own (an exclusive transaction on a small file in the workspace folder): it works
wherever the workspace's database does, and the operating system lets it go when a process dies.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.sync import errors
from app.sync.errors import SyncError

LOCK_FILE = "sync.lock"


@contextlib.contextmanager
def one_sync_at_a_time(workspace_dir: Path) -> Iterator[None]:
    """Held for the whole sync; SyncError(BUSY) at once if another sync of this folder holds it."""
    try:
        connection = sqlite3.connect(workspace_dir / LOCK_FILE, timeout=0, isolation_level=None)
    except sqlite3.Error as exc:  # the workspace folder itself failed us: the store will say how
        raise SyncError(errors.LOCAL, f"{workspace_dir}: cannot take the sync lock ({exc})") from None
    try:
        try:
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise SyncError(errors.LOCAL, f"{workspace_dir}: cannot take the sync lock ({exc})") from None
            raise SyncError(
                errors.BUSY,
                "another sync of this workspace is running (another window or command); this one changed "
                "nothing: try again when it has finished",
            ) from None
        yield
    finally:
        connection.close()
