"""An import killed (SIGKILL: no finally, no rollback by us) at the moments that matter: while the
records are being merged, just after the merge committed, and while the backup before the import is
being written. Reopened, the store is exactly as before or exactly as a finished import leaves it, and
the same file imported again finishes the work (or says it is done). The backup cut short leaves no
half copy among the backups, nor, once an hour old, in the folder at all.

Each kill is placed by the child itself at that point (no timing, no chance)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from app import backup
from app.bundles import importer
from app.bundles.importer import ALREADY, IMPORTED, import_files
from app.workspace import Workspace


def _die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def _import_killed(folder: Path, bundle: Path, at: str) -> None:
    """In a child process: import `bundle` into the workspace at `folder`, SIGKILLed `at` a moment."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            workspace = Workspace(folder)
            if at == "merge":
                merge = importer.merge_records

                def merge_then_die(*args, **kwargs):
                    merge(*args, **kwargs)
                    _die()

                importer.merge_records = merge_then_die
            elif at == "commit":
                done = importer._import_data
                importer._import_data = lambda *args: (done(*args), _die())
            else:  # the backup's copy is written and about to be synced: the first fsync of ours
                backup.os.fsync = _die
            import_files(workspace, [bundle])
        finally:
            os._exit(3)  # not killed where meant: the parent sees it
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"child ended with {status}"


@pytest.fixture
def kansli(world, tmp_path) -> tuple[Path, Path, str]:
    """The secretariat's workspace (closed), Anna's export as a file, and the store's snapshot."""
    folder = tmp_path / "kansliet åäö"
    workspace = world.copy("secretariat", folder)
    before = world.snapshot(workspace)
    workspace.close()
    bundle = tmp_path / "bord 3 från Anna.rbz"
    bundle.write_bytes(world.table_bundle)
    return folder, bundle, before


@pytest.mark.parametrize("at", ["merge", "backup"])
def test_killed_before_the_commit_leaves_the_store_as_it_was_and_the_import_retryable(world, kansli, at):
    folder, bundle, before = kansli
    if at == "backup":  # the backup before an import is due once the newest is an hour old
        hours_ago = time.time() - 2 * 3600
        for old in backup.backups(folder):
            os.utime(old, (hours_ago, hours_ago))
    kept = backup.backups(folder)
    _import_killed(folder, bundle, at)
    workspace = Workspace(folder)
    try:
        assert world.snapshot(workspace) == before
        assert backup.backups(folder) == kept  # no half copy is taken for a backup
        [receipt] = import_files(workspace, [bundle])
        assert receipt.status == IMPORTED and receipt.counts["new"] > 0, receipt
    finally:
        workspace.close()


def test_killed_after_the_commit_the_import_stands_and_again_is_a_no_op(world, kansli):
    folder, bundle, before = kansli
    _import_killed(folder, bundle, "commit")
    workspace = Workspace(folder)
    try:
        after = world.snapshot(workspace)
        assert after != before
        [receipt] = import_files(workspace, [bundle])
        assert receipt.status == ALREADY, receipt
        assert world.snapshot(workspace) == after
    finally:
        workspace.close()


def test_a_backup_cut_short_is_swept_once_it_is_an_hour_old(world, kansli):
    folder, bundle, _before = kansli
    hours_ago = time.time() - 2 * 3600
    for old in backup.backups(folder):
        os.utime(old, (hours_ago, hours_ago))
    _import_killed(folder, bundle, "backup")
    [cut] = [p for p in backup.folder_of(folder).iterdir() if p.name.endswith(".part")]
    os.utime(cut, (hours_ago, hours_ago))
    fresh = backup.folder_of(folder) / ".20991231T000000000000Z-daily.sqlite3.part"
    fresh.write_bytes(b"another process writing its backup right now")
    workspace = Workspace(folder)
    try:
        backup.take(workspace.store, folder, backup.BEFORE_IMPORT)
    finally:
        workspace.close()
    assert not cut.exists()
    assert fresh.exists()  # a copy another process may be writing now is left to it
