"""Half backups a killed process left behind are swept before the next backup is copied, not only after
one succeeded: on a small stick the leftover (as large as the store) was what left no room, so every
later backup failed, the sweep never ran and no backup was taken again, silently. The small rollback
journal SQLite keeps beside a half copy is swept with it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from app import backup
from app.store import Store
from app.workspace import DB_NAME, Workspace
from tests.small_disk import fill, mounted_tmpfs

DAY = 24 * 3600


def _left_by_a_kill(folder: Path, name: str, size: int, age_s: float) -> Path:
    path = folder / name
    path.write_bytes(b"\0" * size)
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def _a_store(folder: Path) -> None:
    Workspace.create(folder, "chair").close()


def test_a_day_old_half_backup_filling_the_stick_is_swept_before_copying(tmp_path) -> None:
    with mounted_tmpfs(tmp_path / "sticka", "size=2m") as stick:
        folder = stick / "bord 7"
        _a_store(folder)
        size = (folder / DB_NAME).stat().st_size
        backups = backup.folder_of(folder)
        backups.mkdir(exist_ok=True)
        half = _left_by_a_kill(backups, ".20261204T080000000000Z-daily.sqlite3.part", size, DAY)
        fill(stick, leave=size // 2)  # room for half a store; the leftover takes a whole one
        store = Store(folder / DB_NAME)
        try:
            taken = backup.take(store, folder, backup.BEFORE_IMPORT)
        finally:
            store.close()
        assert taken.is_file() and not half.exists()


def test_the_journal_beside_a_killed_half_backup_is_swept_but_not_a_fresh_one(tmp_path) -> None:
    folder = tmp_path / "bord 7"
    _a_store(folder)
    backups = backup.folder_of(folder)
    backups.mkdir(exist_ok=True)
    old = [
        _left_by_a_kill(backups, ".20261204T080000000000Z-daily.sqlite3.part", 0, DAY),
        _left_by_a_kill(backups, ".20261204T080000000000Z-daily.sqlite3.part-journal", 512, DAY),
    ]
    fresh = _left_by_a_kill(backups, ".20261205T080000000000Z-daily.sqlite3.part-journal", 512, 0)
    store = Store(folder / DB_NAME)
    try:
        backup.take(store, folder, backup.BEFORE_IMPORT)
    finally:
        store.close()
    assert not any(p.exists() for p in old)
    assert fresh.exists()  # another process may be writing that one now
