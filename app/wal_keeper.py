"""The slow half of a commit, off the window's thread: the WAL's fsync and its checkpoints.

A commit in WAL mode with `synchronous=FULL` writes the log and then waits for the disk (fsync): on a
laptop that wait is several milliseconds and sometimes tens, and in the chair's window the commit is a
keystroke. Every few hundred commits SQLite also copies the log back into the database file inside the
commit that crossed its threshold (a checkpoint: megabytes and two more fsyncs).

`WalKeeper` takes both off the thread that commits. Inside `deferred()` that connection commits with
`synchronous=NORMAL`: the log is written (so a killed process loses nothing: the operating system holds
it) but not yet forced to the disk. `request()` then asks the keeper's own thread to fsync the log, and
`synced(ticket)` says when that is done: only then may the window say "Saved", so nothing it called saved
can be lost to a power cut either. The same thread checkpoints passively (never waiting for, nor
blocking, a reader or a writer) every few seconds and once more when stopped. Other writes on the
connection keep `synchronous=FULL`.

The full-text index is the other write that grows with the store. Each commit adds a small segment to
FTS5's index; FTS5 itself merges none of them as it goes (app/search_index.py owns the settings that say
so, kept in the file for every process), so the keeper's thread merges them, one bounded round at a time
(`search_index.merge_round`), never on the window's thread. A round holds the file's write lock, and a
commit that finds it taken sleeps in SQLite's busy handler (1, 2, 5, 10 ms...): so the keeper merges once
the window has been quiet for `QUIET_S` (a chair pauses between notes), or once `MERGE_AT_MOST` segments
wait on the lowest level without a pause (well below the 64 at which FTS5 would merge inside a commit;
steps that write no text, a tag or a move, add none), and never while
a `deferred()` step is writing; a step that begins during a round waits on a lock, woken when it ends.

The keeper's thread is Python too: each time it wakes it needs Python's lock (the GIL) and takes turns
with the window's thread until it reaches the fsync. It keeps the log open between fsyncs, so a wake-up
is one turn before the fsync and one after, and the window asks for it after its repaint, not mid-step.

The chair's window makes its keeper with `start=False` and starts it right after its first frame: the
thread and its connection are no work for the start. Commits made inside `deferred()` before then are
made durable by the thread's first round, and nothing is called synced until that round has run; a
`request()` or a `stop()` starts the thread themselves if the window never painted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator

from app.store import Store

log = logging.getLogger(__name__)

CHECKPOINT_EVERY_S = 3.0
QUIET_S = 0.5  # no commit for this long: the window is idle, a merge round takes the lock from no one
MERGE_AT_MOST = 48  # lowest-level segments merged even without a pause (FTS5 merges at 64 itself)
MERGE_PAGES = 200  # pages written by one merge round: a few milliseconds, holding the write lock


class WalKeeper:
    def __init__(
        self, store: Store, checkpoint_every_s: float = CHECKPOINT_EVERY_S, *, start: bool = True
    ) -> None:
        self._conn = store.conn
        self._path = store.path
        self._every_s = checkpoint_every_s
        self._cond = threading.Condition()
        self._requested = self._synced = 0
        self._last_request = time.monotonic()
        self._stopping = False
        self._gate = threading.RLock()  # held by a deferred() step or by a merge round, never both
        self._wal: int | None = None  # the log, kept open by the keeper's thread
        self.error: OSError | None = None  # the log could not be made durable: nothing since is "saved"
        self.last: tuple[int, int, int] | None = None  # the last checkpoint: (busy, log frames, copied)
        self._thread: threading.Thread | None = None
        self.merge_rounds = 0
        self.merges_put_off = 0  # rounds the keeper did not start because a window's step was writing
        self.merged_on: str | None = None  # the thread of the last FTS merge round
        self._needed = store.dialect == "sqlite"  # a server makes its own commits durable
        if not self._needed:
            return
        store.conn.execute("PRAGMA wal_autocheckpoint=0")
        if start:
            self.start()

    def start(self) -> None:
        """Start the keeper's thread, which opens its own connection (once; later calls do nothing). What
        was committed inside `deferred()` before is made durable by its first round."""
        if self._thread is not None or not self._needed:
            return
        self._thread = threading.Thread(target=self._run, name="wal-keeper", daemon=True)
        self._thread.start()

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Commits inside are written at once and made durable by the keeper: call `request()` after."""
        if not self._needed or self._conn.in_transaction:  # inside a transaction: its own rules
            yield
            return
        with self._gate:  # a merge round running now ends first: a lock's wake-up, not busy sleeps
            self._conn.execute("PRAGMA synchronous=NORMAL")
            try:
                yield
            finally:
                self._conn.execute("PRAGMA synchronous=FULL")

    def request(self) -> int:
        """A ticket for everything committed so far; `synced(ticket)` turns True once it is on the disk (the
        keeper's thread is started now if it was not yet)."""
        with self._cond:
            self._requested += 1
            self._last_request = time.monotonic()
            if not self._needed:
                self._synced = self._requested
            self._cond.notify()
            ticket = self._requested
        self.start()
        return ticket

    def synced(self, ticket: int) -> bool:
        return self._synced >= ticket

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=0.5, isolation_level=None)
        except sqlite3.Error as exc:
            log.warning("no background checkpoints for %s: %s", self._path, exc)
            conn = None
        last_checkpoint = time.monotonic()
        merged_at = 0  # the ticket the last FTS merge followed
        while True:
            with self._cond:
                self._cond.wait_for(
                    lambda: self._stopping or self._requested > self._synced,
                    self._next_wait(last_checkpoint, merged_at if conn is not None else self._requested),
                )
                target, stopping, last_request = self._requested, self._stopping, self._last_request
            if target > self._synced:
                self._make_durable(target)
            now = time.monotonic()
            checkpoint = stopping or now - last_checkpoint >= self._every_s
            quiet = stopping or now - last_request >= QUIET_S
            # With the checkpoints too: writes other than the window's (an import) add segments.
            due = quiet and (checkpoint or target > merged_at)
            if conn is not None and not due and target - merged_at >= MERGE_AT_MOST:
                # Each commit adds at most one segment: count them only when enough commits could have.
                waiting = _lowest_segments(conn)
                due = waiting >= MERGE_AT_MOST
                merged_at = merged_at if due else target - waiting
            if conn is not None and due and self._merge(conn):
                merged_at = target
            if conn is not None and checkpoint:
                self._checkpoint(conn)
                last_checkpoint = time.monotonic()
            if stopping:
                break
        if conn is not None:
            conn.close()
        if self._wal is not None:
            os.close(self._wal)

    def _next_wait(self, last_checkpoint: float, merged_at: int) -> float:
        """Seconds until the next checkpoint, or until the window has been quiet long enough to merge
        what it committed since the last round."""
        now = time.monotonic()
        wait = last_checkpoint + self._every_s - now
        if self._synced > merged_at:
            wait = min(wait, self._last_request + QUIET_S - now)
        return max(wait, 0.001)

    def _make_durable(self, target: int) -> None:
        try:
            if self._wal is None:
                self._wal = os.open(self._path + "-wal", os.O_RDWR)
            os.fsync(self._wal)
        except FileNotFoundError:  # no log: what was committed is in the database file, synced there
            pass
        except OSError as exc:
            self.error = exc
            return
        self._synced = target

    def _merge(self, conn: sqlite3.Connection) -> bool:
        """One bounded round of the index's merge (with nothing to merge it writes nothing); False when a
        window's step was writing, so the round waits for the next turn. (The index's module is loaded by
        the first round, on this thread, not with the chair's window.)"""
        from app import search_index

        if not self._gate.acquire(blocking=False):
            self.merges_put_off += 1
            return False
        try:
            search_index.merge_round(conn, MERGE_PAGES)
        except sqlite3.Error as exc:  # the next round tries again
            busy = getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            # Busy: another writer's long transaction (an import); a full disk is worth the log.
            (log.debug if busy else log.warning)("FTS merge of %s failed: %s", self._path, exc)
        finally:
            self._gate.release()
        self.merge_rounds += 1
        self.merged_on = threading.current_thread().name
        return True

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            self.last = tuple(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())
        except sqlite3.Error as exc:  # a full disk, a lock: the next round tries again
            log.warning("checkpoint of %s failed: %s", self._path, exc)

    def stop(self) -> None:
        """Make everything durable, merge and checkpoint once more and end the thread (call before the
        store closes). Nothing is left to put back: a keeper killed at any moment leaves the store as
        its steady state has it."""
        with self._cond:
            self._stopping = True
            self._requested += 1  # whatever was committed last, durable before the store closes
            self._cond.notify()
        self.start()  # never started (a window closed before its first frame): one round, then it ends
        if self._thread is not None:
            self._thread.join(10)


def _lowest_segments(conn: sqlite3.Connection) -> int:
    """Segments on the index's lowest level (one per commit that wrote text since the last merge); a
    structure this version cannot read counts as full, so a round runs."""
    from app import search_index  # loaded on the keeper's thread, as by `_merge`

    try:
        found = search_index.levels(conn)
    except sqlite3.Error:
        return 0
    if found is None:
        return MERGE_AT_MOST
    return found[0][1] if found else 0
