"""Pull the plug: a process adding notes is killed with SIGKILL at random moments, again and again.

Every note whose add had returned (its id printed) must be there afterwards, and the file must be whole.
The kill waits for the child to have added a note, then lands at a random moment within the next add, as
long as that one took: on a busy machine the adds are slower, and so is the kill.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.demo import ensure_demo
from app.store import Store

KILLS = 50

CHILD = """
import sys
from app.store import Store
from app import notes
store = Store(sys.argv[1])
conference_id = sys.argv[2]
print("ready", flush=True)
i = 0
while True:
    i += 1
    text = f"anteckning {i} åäö " * (i % 7 + 1)
    note_id = notes.add_note(store, conference_id, 1 + i % 40, 1 + i % 3, text)
    print(note_id, flush=True)
"""


# The chair's window commits inside WalKeeper.deferred() (synchronous=NORMAL; app/wal_keeper.py): the
# keeper's thread fsyncs later, but a note whose commit returned must survive a killed process all the same.
CHILD_DEFERRED = CHILD.replace(
    'print("ready", flush=True)',
    'from app.wal_keeper import WalKeeper\nkeeper = WalKeeper(store)\nprint("ready", flush=True)',
).replace("    note_id = notes.add_note(", "    with keeper.deferred():\n        note_id = notes.add_note(")


@pytest.mark.parametrize("program", [CHILD, CHILD_DEFERRED], ids=["full-sync", "deferred-sync"])
def test_every_returned_note_survives_sigkill(tmp_path: Path, program: str) -> None:
    path = tmp_path / "workspace.sqlite3"
    store = Store(path)
    conference_id = ensure_demo(store)
    store.close()
    rng = random.Random(20261125)
    promised: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", program, str(path), conference_id],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        line = child.stdout.readline()  # one add returned; the kill falls within the next
        assert line.endswith("\n"), "the child stopped before it added a note"
        promised.add(line.strip())
        time.sleep(rng.uniform(0.0, time.monotonic() - started))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        # Only whole lines were promised: a line cut by the kill may or may not have landed.
        promised.update(line for line in output.split("\n")[:-1] if line)

    store = Store(path)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in store.conn.execute("SELECT id FROM notes WHERE deleted = 0")}
    assert len(promised) > KILLS, "the children hardly got to add a note; the test proves nothing"
    assert promised <= stored, f"{len(promised - stored)} notes vanished"
    # The FTS index stayed in step with the notes it indexes (this raises if not).
    store.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    store.close()
