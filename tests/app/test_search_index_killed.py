"""A writer killed at any moment (SIGKILL: no stop(), no finally) leaves the notes' full-text index in its
steady state (app/search_index.py): the merge settings as m640 wrote them, every note findable, and the
next writer, here a CLI command, merges what was left, a half-done merge included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import notes, search, search_index
from app.cli import main
from app.demo import ensure_demo
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
WORD = "cykelbanor"

# The chair's window as it writes: one note a commit inside the WAL keeper's deferred(), the keeper's
# thread making them durable and merging the index behind them.
CHAIR = """
import sys, time
from app import notes
from app.wal_keeper import WalKeeper
from app.workspace import Workspace
store = Workspace(sys.argv[1]).store
keeper = WalKeeper(store, checkpoint_every_s=0.05)
i = 0
while sys.stdin.read(1):  # the test's go for each note: never more than one note ahead of what it read
    with keeper.deferred():
        notes.add_note(store, sys.argv[2], 1 + i % 4, 1, f"anteckning {i} om cykelbanor och bussar")
    ticket = keeper.request()
    while not keeper.synced(ticket):
        time.sleep(0.001)
    print(i, keeper.merge_rounds, flush=True)
    i += 1
"""

# The secretariat's merge in steps (its worker, `rundabord store merge-index`), a page a step.
MERGER = """
import sys
from app import search_index
from app.workspace import Workspace
store = Workspace(sys.argv[1]).store
def step(changed):
    print(changed, flush=True)
    sys.stdin.read(1)  # the test's go for the next step: never more than one step ahead of what it read
search_index.merge(store, pages=1, pause_s=0.01, on_step=step)
print("done", flush=True)
"""


def _workspace(tmp_path: Path) -> tuple[str, str]:
    folder = tmp_path / "secretariat"
    assert main(["--workspace", str(folder), "init", "--role", "secretariat"]) == 0
    workspace = Workspace(folder)
    try:
        conference_id = ensure_demo(workspace.store)
        # Small index pages: a merge then takes many steps, so a kill lands inside one.
        workspace.store.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('pgsz', 64)")
    finally:
        workspace.close()
    return str(folder), conference_id


def _run_until_killed(code: str, folder: str, conference_id: str, lines: int) -> list[str]:
    """Start the writer, read `lines` lines of its progress, let it start the next step, and kill it
    there. It takes each step when told: however long this process stands still (a loaded machine), the
    writer is never further on than that next step."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, folder, conference_id],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: list[str] = []
    try:
        deadline = time.monotonic() + 120
        while len(said) < lines:
            _go(child)
            line = child.stdout.readline()
            assert line, f"the writer ended by itself: {child.stderr.read()}"
            assert time.monotonic() < deadline, "the writer never got there"
            said.append(line.strip())
        assert "done" not in said, "the merge finished before it could be killed"
        _go(child)  # the next step starts: the kill falls in it
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdin.close()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return said


def _go(child: subprocess.Popen) -> None:
    child.stdin.write(".")
    child.stdin.flush()


def _hits(store) -> set[str]:
    return {hit.note.id for hit in search.search(store, WORD, limit=10_000)}


def _with_the_word(store) -> set[str]:
    rows = store.conn.execute("SELECT id FROM notes WHERE text LIKE ? AND deleted = 0", (f"%{WORD}%",))
    return {row[0] for row in rows}


def _the_next_cli_writer_merges(folder: str, conference_id: str) -> set[str]:
    """A note added by the CLI: the command tidies the index before it leaves. What the store holds then."""
    add = ["note", "add", "--conference", conference_id, "--table", "2", "--question", "1"]
    assert main(["--workspace", folder, *add, f"{WORD} efteråt"]) == 0
    workspace = Workspace(folder)
    try:
        store = workspace.store
        assert search_index.settings(store.conn) == search_index.STEADY
        assert not search_index.pending(store), search_index.levels(store.conn)
        store.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")  # raises if not
        found = _hits(store)
        assert found == _with_the_word(store)
        return found
    finally:
        workspace.close()


def _opened_after_the_kill(folder: str) -> tuple[dict, list[tuple[int, int]] | None, set[str], set[str]]:
    workspace = Workspace(folder)
    try:
        store = workspace.store
        return (
            search_index.settings(store.conn),
            search_index.levels(store.conn),
            _hits(store),
            _with_the_word(store),
        )
    finally:
        workspace.close()


@pytest.mark.slow
def test_a_chair_window_killed_while_it_writes_leaves_the_steady_state(tmp_path: Path) -> None:
    folder, conference_id = _workspace(tmp_path)

    said = _run_until_killed(CHAIR, folder, conference_id, lines=90)

    assert int(said[-1].split()[1]) > 0, "the keeper had merged before the kill"
    settings, _levels, found, written = _opened_after_the_kill(folder)
    assert settings == search_index.STEADY  # not the keeper's 'while I run' settings: it has none
    assert len(written) >= 90 and found == written  # every note it said saved, and findable
    after = _the_next_cli_writer_merges(folder, conference_id)
    assert len(after) == len(written) + 1


@pytest.mark.slow
def test_a_merge_killed_between_or_inside_its_steps_is_finished_by_the_next_writer(tmp_path: Path) -> None:
    folder, conference_id = _workspace(tmp_path)
    workspace = Workspace(folder)
    try:
        for i in range(50):  # one transaction each: fifty segments for the merge to work through
            notes.add_note(workspace.store, conference_id, 1 + i % 4, 1, f"{WORD} nummer {i}")
        before = _hits(workspace.store)
        assert len(before) == 50 and search_index.pending(workspace.store)
    finally:
        workspace.close()

    _run_until_killed(MERGER, folder, conference_id, lines=3)

    settings, levels, found, _written = _opened_after_the_kill(folder)
    assert settings == search_index.STEADY
    assert levels is not None and any(merging for merging, _segments in levels), (
        "killed with a merge half done"
    )
    assert found == before
    after = _the_next_cli_writer_merges(folder, conference_id)
    assert before < after and len(after) == 51
