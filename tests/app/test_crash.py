"""Pull the plug: a process adding notes is killed with SIGKILL at random moments, again and again.

Every note whose add had returned (its id printed) must be there afterwards, and the file must be whole.
The kill waits for the child to have added a note, then lands at a random moment within the next add, as
long as that one took: on a busy machine the adds are slower, and so is the kill.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import time
from pathlib import Path

import pytest

from app import notes
from app.demo import ensure_demo
from app.store import Store
from app.wal_keeper import WalKeeper

KILLS = 50


def _add_notes_forever(path: Path, conference_id: str, deferred: bool, out: int) -> None:
    """The child: add notes one after another, writing each returned id as a line to `out`."""
    store = Store(path)
    keeper = WalKeeper(store) if deferred else None
    os.write(out, b"ready\n")
    i = 0
    while True:
        i += 1
        text = f"anteckning {i} åäö " * (i % 7 + 1)
        # The chair's window commits inside WalKeeper.deferred() (synchronous=NORMAL): the keeper's thread
        # fsyncs later, but a note whose commit returned must survive a killed process all the same.
        with keeper.deferred() if keeper else contextlib.nullcontext():
            note_id = notes.add_note(store, conference_id, 1 + i % 40, 1 + i % 3, text)
        os.write(out, f"{note_id}\n".encode())


@pytest.mark.parametrize("deferred", [False, True], ids=["full-sync", "deferred-sync"])
def test_every_returned_note_survives_sigkill(tmp_path: Path, deferred: bool) -> None:
    path = tmp_path / "workspace.sqlite3"
    store = Store(path)
    conference_id = ensure_demo(store)
    store.close()
    rng = random.Random(20261125)
    promised: set[str] = set()
    for _ in range(KILLS):
        lines_r, lines_w = os.pipe()
        pid = os.fork()  # a process of its own, without an interpreter's start-up each time
        if pid == 0:  # the child: never returns into pytest
            try:
                os.close(lines_r)
                _add_notes_forever(path, conference_id, deferred, lines_w)
            finally:
                os._exit(1)
        os.close(lines_w)
        with os.fdopen(lines_r, encoding="utf-8") as lines:
            try:
                assert lines.readline() == "ready\n", "the child stopped before it opened the store"
                started = time.monotonic()
                line = lines.readline()  # one add returned; the kill falls within the next
                assert line.endswith("\n"), "the child stopped before it added a note"
                promised.add(line.strip())
                time.sleep(rng.uniform(0.0, time.monotonic() - started))
            finally:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            # Only whole lines were promised: a line cut by the kill may or may not have landed.
            promised.update(line for line in lines.read().split("\n")[:-1] if line)

    store = Store(path)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in store.conn.execute("SELECT id FROM notes WHERE deleted = 0")}
    assert len(promised) > KILLS, "the children hardly got to add a note; the test proves nothing"
    assert promised <= stored, f"{len(promised - stored)} notes vanished"
    # The FTS index stayed in step with the notes it indexes (this raises if not).
    store.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    store.close()
