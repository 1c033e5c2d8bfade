"""WAL checkpoints leave the connection that commits (the chair's window) and happen on a thread of their
own: the commits stay durable, the log is still copied back into the database."""

from __future__ import annotations

import time
from pathlib import Path

from app import notes
from app.checkpoints import BackgroundCheckpoints
from app.demo import ensure_demo
from app.store import Store


def test_the_committing_connection_no_longer_checkpoints_and_the_thread_does(tmp_path: Path) -> None:
    store = Store(tmp_path / "workspace.sqlite3")
    conference_id = ensure_demo(store)
    assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # SQLite's default
    checkpoints = BackgroundCheckpoints(store, every_s=0.05)
    try:
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        added = [notes.add_note(store, conference_id, 1, 1, f"anteckning {i} " * 40) for i in range(300)]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            last = checkpoints.last
            if last is not None and last[1] > 0 and last[1] == last[2]:
                break
            time.sleep(0.05)
        _busy, frames, copied = checkpoints.last
        assert frames > 0 and copied == frames, checkpoints.last  # the whole log went back into the file
    finally:
        checkpoints.stop()
    store.close()
    reopened = Store(tmp_path / "workspace.sqlite3")
    assert {n.id for n in notes.list_notes(reopened, conference_id)} >= set(added)
    assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_stop_ends_the_thread_with_a_last_checkpoint(tmp_path: Path) -> None:
    store = Store(tmp_path / "workspace.sqlite3")
    conference_id = ensure_demo(store)
    checkpoints = BackgroundCheckpoints(store, every_s=60)  # no round would come in this test's time
    notes.add_note(store, conference_id, 1, 1, "sista anteckningen")
    checkpoints.stop()
    assert checkpoints.last is not None and checkpoints.last[1] == checkpoints.last[2]
    assert not checkpoints._thread.is_alive()
    store.close()
