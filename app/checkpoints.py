"""WAL checkpoints off the window's thread.

SQLite copies the write-ahead log back into the database file when a commit finds it past its threshold
(1,000 pages): that commit then also copies and fsyncs megabytes, a stall of tens of milliseconds or more
on a laptop's disk, and in the chair's window that commit is a keystroke. `BackgroundCheckpoints` turns
this off for the one connection it is given and checkpoints from a thread of its own, on its own
connection, every few seconds and once more when stopped. Its checkpoints are PASSIVE: they never wait
for, nor block, a reader or a writer. Commits stay as durable as before (the log is fsynced at every
commit); only where the bytes sit afterwards changes.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from app.store import Store

log = logging.getLogger(__name__)

EVERY_S = 3.0


class BackgroundCheckpoints:
    def __init__(self, store: Store, every_s: float = EVERY_S) -> None:
        self._path = store.path
        self._every_s = every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last: tuple[int, int, int] | None = None  # SQLite's (busy, frames in the log, copied back)
        if store.dialect != "sqlite":  # a server checkpoints its own log
            return
        store.conn.execute("PRAGMA wal_autocheckpoint=0")
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=0.5, isolation_level=None)
        except sqlite3.Error as exc:
            log.warning("no background checkpoints for %s: %s", self._path, exc)
            return
        try:
            while not self._stop.wait(self._every_s):
                self._checkpoint(conn)
            self._checkpoint(conn)
        finally:
            conn.close()

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            self.last = tuple(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())
        except sqlite3.Error as exc:  # a full disk, a lock: the next round tries again
            log.warning("checkpoint of %s failed: %s", self._path, exc)

    def stop(self) -> None:
        """One last checkpoint, then the thread ends (call before the store closes)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
