"""The lock that keeps two syncs of one workspace apart (app/sync/busy.py) never keeps a sync out for good:
a command killed in the middle of its sync (kill -9) lets it go with its process; a lock file left damaged
or odd (a power cut, another version, a folder of that name) is no lock; a file system that cannot lock
lets the sync run unlocked. And it still keeps two syncs in one process apart.

A slow server is one that waits until the test releases it (tests/app/sync/hostile_dav.py); nothing here
waits on a clock."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.sync import busy, errors, outbox, settings
from app.sync.errors import SyncError
from app.workspace import Workspace
from tests.app.sync.hostile_dav import PASSWORD, USER, HostileDav

ROOT = Path(__file__).resolve().parents[3]

# A `rundabord sync` of its own process, with the password in a keyring of its own memory.
_COMMAND = """
import sys, keyring
from tests.sync_fixtures import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from app.sync import settings
settings.set_password(sys.argv[2], sys.argv[3], sys.argv[4])
from app.cli import main
sys.exit(main(["--workspace", sys.argv[1], "sync"]))
"""


@pytest.fixture
def server(tmp_path):
    with HostileDav() as dav:
        dav.folders.add("conf")
        yield dav


@pytest.fixture
def laptop(tmp_path, server, plain_bundle):
    workspace = Workspace.create(tmp_path / "laptop")
    plain_bundle(workspace.outbox_dir, conference="conf")
    settings.configure(workspace.store, server.url, user=USER, password=PASSWORD)
    yield workspace
    workspace.close()


def _sync(workspace: Workspace, capsys) -> tuple[int, str, str]:
    code = cli_main(["--workspace", str(workspace.dir), "sync"])
    out, err = capsys.readouterr()
    return code, out, err


def _sent(workspace: Workspace, server: HostileDav) -> list[str]:
    return [s.state for s in outbox.status(workspace.store, workspace.outbox_dir, server.url)]


@pytest.mark.skipif(os.name == "nt", reason="kill -9 is POSIX's")
def test_a_sync_killed_mid_upload_leaves_no_lock_behind(laptop, server, capsys):
    """`rundabord sync` in a process of its own waits on its upload (the server holds the PUT); it is
    killed with SIGKILL there. The next sync is not refused as busy: it sends the export."""
    server.misbehave("PUT", "hold")
    killed = subprocess.Popen(
        [sys.executable, "-c", _COMMAND, str(laptop.dir), USER, server.url, PASSWORD],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        held = server.held.wait(120)
        assert held, killed.stderr.read().decode() if killed.poll() is not None else "never reached PUT"
        # it does hold the lock while it runs
        with pytest.raises(SyncError) as while_alive, busy.one_sync_at_a_time(laptop.dir):
            pass
        assert while_alive.value.kind == errors.BUSY
        killed.send_signal(signal.SIGKILL)
        assert killed.wait() == -signal.SIGKILL
    finally:
        if killed.poll() is None:
            killed.kill()
            killed.wait()
        killed.stderr.close()
        server.release()
    server.behave()
    assert (laptop.dir / busy.LOCK_FILE).exists()  # the file stays: it is no lock by itself
    code, out, err = _sync(laptop, capsys)
    assert code == 0, err
    assert out.startswith("sent ") and _sent(laptop, server) == ["sent"], out


@pytest.mark.parametrize(
    "leftover",
    ["damaged", "sqlite-header", "folder"],
)
def test_an_odd_lock_file_is_no_lock(laptop, server, capsys, leftover):
    """What a power cut, another version or a stray copy may leave as `sync.lock`: a damaged file, a
    file that claims to be a database and is not, a folder of that name. The sync runs."""
    lock = laptop.dir / busy.LOCK_FILE
    if leftover == "damaged":
        lock.write_bytes(b"\x00\xff" * 600)
    elif leftover == "sqlite-header":
        lock.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    else:
        lock.mkdir()
    code, out, err = _sync(laptop, capsys)
    assert code == 0, err
    assert out.startswith("sent ") and _sent(laptop, server) == ["sent"], out


@pytest.mark.skipif(os.name == "nt", reason="flock is POSIX's")
def test_a_file_system_that_cannot_lock_does_not_stop_sync(laptop, server, capsys, monkeypatch):
    """A network share without locks answers flock with ENOLCK (NFS without its lock service) or
    EOPNOTSUPP: the sync goes on unlocked rather than never."""
    import fcntl

    for number in (errno.ENOLCK, errno.EOPNOTSUPP):

        def no_locks(fd: int, operation: int, number: int = number) -> None:
            raise OSError(number, os.strerror(number))

        monkeypatch.setattr(fcntl, "flock", no_locks)
        code, _, err = _sync(laptop, capsys)
        assert code == 0, err
    assert _sent(laptop, server) == ["sent"]


def test_two_syncs_in_one_process_are_kept_apart(tmp_path):
    """Two windows in one process: the second is told at once, the first's end frees the folder, and
    another workspace's sync is never kept out by this one's."""
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    with busy.one_sync_at_a_time(here):
        with pytest.raises(SyncError) as second, busy.one_sync_at_a_time(here):
            pass
        assert second.value.kind == errors.BUSY
        with busy.one_sync_at_a_time(there):
            pass
    with busy.one_sync_at_a_time(here):
        pass
