"""Repair's hold on the workspace database: nobody else may have it open from the moment repair looks at
it until it is moved aside, or another program (a Rundabord window, a sync, a long import) would go on
writing into the file moved aside.

The hold is SQLite's own exclusive locking mode, kept by one connection from the probe, through the
integrity check (run on that connection: a second one would be locked out too) until the file is moved
aside: any other connection, idle or writing, makes the probe fail, and anyone opening it meanwhile is
told it is locked. On POSIX the lock stays with the file moved aside, so it is let go after the move;
Windows cannot rename a file that is open, so there it is let go just before.

A file whose first page the disk cannot read (a failing stick's bad block under the header) cannot be
held by SQLite: SQLite reads that page before it asks for its locks. If the place is fine (folder there,
writable, with room) and a plain read fails as well, it is damage a backup mends; the exclusion is then
the same byte-range lock SQLite's readers and writers ask for, taken directly.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.backup import is_damage
from app.errors import UserError

_SQLITE_LOCKS = (0x40000000, 512)  # SQLite's pending, reserved and shared lock bytes (its unix VFS)


class Hold:
    """What repair found holding the file: `problem` (None when whole), and the means to move it aside."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.problem: str | None = None
        self.connection: sqlite3.Connection | None = None
        self._locked_fd: int | None = None

    def let_go(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self._locked_fd is not None:
            os.close(self._locked_fd)  # closing the descriptor lets go of its locks
            self._locked_fd = None

    def before_move(self) -> None:
        if os.name == "nt":
            self.let_go()


@contextlib.contextmanager
def held(database: Path) -> Iterator[Hold]:
    """The database held alone for the time of the `with`, its problem found; a UserError when another
    program has it open or it cannot be read for a reason no backup mends (nothing changed then)."""
    hold = Hold(database)
    try:
        _take(hold)
        yield hold
    finally:
        hold.let_go()


def _take(hold: Hold) -> None:
    database = hold.database
    if not database.is_file() or database.stat().st_size == 0:
        hold.problem = "missing or empty"
        return
    from app.store_open_errors import place_problem

    why = place_problem(database)
    if why is not None:  # a full or read-only disk: nothing could be moved aside or restored there
        raise UserError(f"cannot repair {database}: {why}; nothing was changed")
    try:
        connection = _exclusive(database)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):  # nobody else can open it either
            hold.problem = str(exc)
            return
        if _disk_cannot_read(database, exc):
            hold._locked_fd = _lock_directly(database)
            hold.problem = f"the disk cannot read it ({exc})"
            return
        raise refusal(database, exc) from None
    hold.connection = connection
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise refusal(database, exc) from None
        hold.problem = str(exc)
        return
    hold.problem = None if rows == [("ok",)] else str(rows[0][0])


def _exclusive(database: Path) -> sqlite3.Connection:
    """A connection holding the file in SQLite's exclusive locking mode; refused (SQLite's error) while
    any other connection has it open, even one doing nothing at the moment."""
    connection = sqlite3.connect(database, isolation_level=None, timeout=0)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")  # kept until the connection is closed
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
    except BaseException:
        connection.close()
        raise
    return connection


def _disk_cannot_read(database: Path, exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite's error is the disk failing to read the file (not a full or read-only disk, not a
    missing permission), confirmed by reading its first page without SQLite."""
    from app.store_open_errors import place_problem

    name = getattr(exc, "sqlite_errorname", "") or ""
    if not (name.startswith("SQLITE_IOERR") or "I/O error" in str(exc)) or place_problem(database):
        return False
    try:
        fd = os.open(database, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.pread(fd, 4096, 0) if hasattr(os, "pread") else os.read(fd, 4096)
        finally:
            os.close(fd)
    except OSError:
        return True
    return False


def _lock_directly(database: Path) -> int | None:
    """The lock SQLite's connections take, held on a descriptor of our own; a UserError when another
    program holds one (it has the file open)."""
    try:
        import fcntl
    except ImportError:  # Windows: the file is open elsewhere only if the rename fails
        return None
    fd = os.open(database, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SQLITE_LOCKS[1], _SQLITE_LOCKS[0])
    except OSError:
        os.close(fd)
        raise refusal(database, sqlite3.OperationalError("database is locked")) from None
    return fd


def refusal(database: Path, exc: sqlite3.Error) -> UserError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return UserError(
            f"the workspace {database.parent} is open in another program (a Rundabord window, a sync or an"
            " import); close it, then run repair again; nothing was changed"
        )
    from app.store_open_errors import place_problem

    why = place_problem(database)
    if why is None and "I/O error" in text:
        why = (
            f"the disk reported an error reading it ({text}); try again, and if it keeps failing, copy the"
            " workspace folder to another disk and run repair there"
        )
    return UserError(
        f"cannot check {database}: {why or f'SQLite could not read it ({text})'}; nothing was changed"
    )
