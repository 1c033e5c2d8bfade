"""The chair's draft file: written whole by the keeper's own thread, only when the text changed, on the
disk once `flush` or `stop` returns, and a disk that refuses a write does not end the keeper."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.draft_keeper import DraftKeeper

ROOT = Path(__file__).resolve().parents[2]


def test_a_draft_is_written_whole_off_the_calling_thread(tmp_path, monkeypatch):
    fsyncs: list[str] = []
    original = os.fsync
    monkeypatch.setattr(
        os, "fsync", lambda fd: (fsyncs.append(threading.current_thread().name), original(fd))
    )
    keeper = DraftKeeper(tmp_path / "drafts" / "a.txt")
    assert keeper.read() is None  # never written
    assert keeper.put("Första meningen")
    assert keeper.flush()
    assert keeper.path.read_text(encoding="utf-8") == "Första meningen"
    assert fsyncs and set(fsyncs) == {"draft-keeper"}  # the file and its folder, on the keeper's thread
    assert not keeper.put("Första meningen")  # the same text: no write
    assert keeper.put("")
    keeper.stop()
    assert keeper.path.read_text(encoding="utf-8") == ""
    assert [p.name for p in keeper.path.parent.iterdir()] == ["a.txt"]  # no temp file left behind
    assert DraftKeeper(keeper.path).read() == ""


def test_the_last_text_handed_over_is_the_one_on_the_disk(tmp_path):
    keeper = DraftKeeper(tmp_path / "b.txt")
    for n in range(50):
        keeper.put(f"text {n}")
    keeper.stop()
    assert keeper.path.read_text(encoding="utf-8") == "text 49"


def test_a_refused_write_is_told_and_the_next_one_still_made(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    keeper = DraftKeeper(blocker / "c.txt")
    keeper.put("lost to the disk")
    assert keeper.flush()
    assert isinstance(keeper.error, OSError)
    blocker.unlink()
    keeper.put("written after all")
    keeper.stop()
    assert keeper.error is None
    assert (blocker / "c.txt").read_text(encoding="utf-8") == "written after all"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_a_draft_written_survives_the_process_killed_at_once(tmp_path):
    path = tmp_path / "d.txt"
    script = (
        "import os, signal, sys\n"
        "from app.draft_keeper import DraftKeeper\n"
        "keeper = DraftKeeper(sys.argv[1])\n"
        "keeper.put('halvskriven om färdtjänst')\n"
        "assert keeper.flush()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert DraftKeeper(path).read() == "halvskriven om färdtjänst"
