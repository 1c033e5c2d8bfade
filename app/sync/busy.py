"""One sync at a time per workspace folder: two windows on one workspace, or a window's automatic sync and
a `rundabord sync` at the same moment, would upload under the same temporary names, sweep away each
other's half-fetched files, and fail with words about a missing folder. The second one now says so
before it touches anything.

The lock is the operating system's own on an open file (flock on Linux and macOS, a byte lock on
Windows), held by the open file, not by the file's existence or contents: a window or command that
crashes, is killed or loses its power lets it go with its process, and whatever the file holds (a
leftover of another version, damage after a power cut) never blocks a sync. A folder whose file system
cannot lock (some network shares) syncs without it rather than never: the lock guards against a rare
clash, and must not become one. Two syncs in one process (two windows) are told apart here too, as
some file systems lock per process.

On a PostgreSQL team store each secretary has her own workspace folder (personal.json, inbox, outbox),
and her uploads carry her own origin in their temporary names, so the lock is hers alone: two
secretaries syncing at once, from one machine or several, clash in nothing it would guard.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from app.sync import errors
from app.sync.errors import SyncError

LOCK_FILE = "sync.lock"

_HELD: set[str] = set()  # lock files this process holds (its other windows' syncs)
_HELD_GUARD = threading.Lock()
_CONTENDED = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}  # held by another


def _busy() -> SyncError:
    return SyncError(
        errors.BUSY,
        "another sync of this workspace is running (another window or command); this one changed "
        "nothing: try again when it has finished",
    )


@contextlib.contextmanager
def one_sync_at_a_time(workspace_dir: Path) -> Iterator[None]:
    """Held for the whole sync; SyncError(BUSY) at once if another sync of this folder holds it."""
    path = workspace_dir / LOCK_FILE
    key = os.path.normcase(os.path.realpath(path))
    with _HELD_GUARD:
        if key in _HELD:
            raise _busy()
        _HELD.add(key)
    try:
        fd = _open(path)
        try:
            if fd is not None and not _lock(fd):
                raise _busy()
            yield
        finally:
            if fd is not None:
                os.close(fd)  # lets the lock go
    finally:
        with _HELD_GUARD:
            _HELD.discard(key)


def _open(path: Path) -> int | None:
    """The lock file open (made if need be), or None where it cannot be opened at all (a folder
    turned read-only, a name taken by a folder): the sync then goes on unlocked, and the store or the
    inbox says what is wrong with the folder if anything is."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    for attempt in (flags, os.O_RDONLY | getattr(os, "O_BINARY", 0)):
        try:
            return os.open(path, attempt | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError:
            continue
    return None


def _lock(fd: int) -> bool:
    """Whether this open file now holds the lock; False: another one holds it. A file system that
    cannot lock at all counts as held here (see the module's docstring)."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return exc.errno not in _CONTENDED
    return True
