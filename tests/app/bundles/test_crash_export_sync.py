"""Pull the plug on `export` and `sync`: SIGKILL at random moments, at least 100 times each.

A forked child exports (or syncs) in a loop and says when each round is done. The parent kills it at a
random moment within about one round of work, as long as the last round it saw took (a busy machine
slows the rounds, and the kill with them), sometimes after a round done, and checks what the disk
holds. Right after every kill, no bundle under its final name in the outbox is unknown to the ledger,
and the ledger's sequence numbers run 1..n without reuse. After the next export or sync the outbox, the
ledger and the target agree and no temporary file is left anywhere.
"""

from __future__ import annotations

import os
import random
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.bundles import export_table
from app.bundles.export import finish_exports
from app.bundles.format import SUFFIX
from app.bundles.ledger import exports
from app.bundles.reader import read_bundle_file
from app.sync import engine, settings
from app.workspace import Workspace

pytestmark = pytest.mark.slow
KILLS = 110


class _Killer:
    """Runs `work` in a forked child over and over and SIGKILLs it at a random moment of a round."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.one_round: float | None = None  # seconds the last round seen took

    def kill_at_random(self, workspace_dir: Path, work: Callable[[Workspace], None]) -> None:
        done_r, done_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            try:
                os.close(done_r)
                workspace = Workspace(workspace_dir)
                os.write(done_w, b"r")  # ready: the workspace is open
                while True:
                    work(workspace)
                    os.write(done_w, b".")
            finally:
                os._exit(0)
        os.close(done_w)
        try:
            _wait_for(done_r, pid)
            last = time.monotonic()
            for _ in range(1 if self.one_round is None else self.rng.randint(0, 1)):
                _wait_for(done_r, pid)
                self.one_round, last = time.monotonic() - last, time.monotonic()
            assert self.one_round is not None
            time.sleep(self.rng.uniform(0.0, 1.25 * self.one_round))
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(done_r)


def _wait_for(done: int, pid: int) -> None:
    """The child's next signal; a child that died or hangs fails the test instead of hanging it."""
    ready, _, _ = select.select([done], [], [], 120)
    assert ready and os.read(done, 1), f"child {pid} stopped or hung before it finished a round"


def _check_outbox_is_known(workspace: Workspace) -> None:
    known = {Path(e.path).name for e in exports(workspace.store)}
    final = {p.name for p in workspace.outbox_dir.glob(f"*{SUFFIX}")}
    assert final <= known, f"signed bundles the ledger does not know: {final - known}"
    sequences = sorted(e.sequence for e in exports(workspace.store))
    assert sequences == list(range(1, len(sequences) + 1)), sequences


def test_export_killed_at_random_moments(world, chair) -> None:
    killer = _Killer(random.Random(15_07))
    conference_id, table = world.conference_id, world.table
    chair.close()
    for _ in range(KILLS):
        killer.kill_at_random(chair.dir, lambda w: export_table(w, conference_id, table))
        workspace = Workspace(chair.dir)
        try:
            _check_outbox_is_known(workspace)
        finally:
            workspace.close()
    workspace = Workspace(chair.dir)
    try:
        finish_exports(workspace)
        _check_outbox_is_known(workspace)
        assert not [p for p in workspace.outbox_dir.iterdir() if p.name.startswith(".")]
        entries = exports(workspace.store)
        assert len(entries) > 10, "the children hardly exported; the test proves nothing"
        for entry in entries:  # every bundle the ledger knows is there, whole and signed
            bundle, _ = read_bundle_file(entry.path)
            assert bundle.sequence == entry.sequence
    finally:
        workspace.close()


def test_sync_killed_at_random_moments(world, chair, tmp_path) -> None:
    killer = _Killer(random.Random(15_08))
    share = tmp_path / "share"
    share.mkdir()
    settings.configure(chair.store, str(share))
    conference_id, table = world.conference_id, world.table

    def sync(workspace: Workspace) -> None:
        engine.run_sync(workspace, settings.open_target(workspace.store))

    for round_number in range(KILLS):
        if round_number % 3 == 0:  # something new to send now and then
            export_table(chair, conference_id, table)
        chair.close()
        killer.kill_at_random(chair.dir, sync)
        chair = Workspace(chair.dir)
    report = engine.run_sync(chair, settings.open_target(chair.store))
    assert report.problems == []
    try:
        remote = {p.name: p for p in share.rglob("*") if p.is_file()}
        assert all(not name.startswith(".") for name in remote), sorted(remote)
        outbox = {p.name: p for p in chair.outbox_dir.iterdir() if p.is_file()}
        assert all(not name.startswith(".") for name in outbox), sorted(outbox)
        assert set(outbox) <= set(remote)
        for name, path in outbox.items():  # the target holds every bundle whole, byte for byte
            assert remote[name].read_bytes() == path.read_bytes()
        sent = {row[0] for row in chair.store.conn.execute("SELECT file FROM sync_sent")}
        assert sent == set(outbox)
        inbox = engine.inbox_dir(chair)
        assert not [p for p in inbox.iterdir() if p.name.endswith(".part")]
    finally:
        chair.close()
