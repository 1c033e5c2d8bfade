"""The automatic backup before an import: a whole copy of the store exists from before the import
changes data, but an import pays for a new copy only when the newest one is over an hour old and the
store has been written since it began (on a large store a copy costs seconds)."""

from __future__ import annotations

import os
import sqlite3
import time

from app import backup, notes
from app.bundles import import_files


def _age(path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _notes_in(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM notes").fetchone()[0]


def test_an_import_within_the_hour_of_any_backup_takes_none(world, secretariat, tmp_path) -> None:
    taken = backup.backups(secretariat.dir)
    assert taken, "opening the workspace took no daily backup"
    (tmp_path / "t.rbz").write_bytes(world.table_bundle)
    [receipt] = import_files(secretariat, [tmp_path / "t.rbz"])
    assert receipt.status == "imported", receipt
    assert backup.backups(secretariat.dir) == taken  # the daily copy of this hour is the safe point


def test_an_hour_later_a_changed_store_is_copied_before_the_import(world, secretariat, tmp_path) -> None:
    for old in backup.backups(secretariat.dir):
        _age(old, 2 * 3600)
    notes.add_note(secretariat.store, world.conference_id, 1, 1, "Skrivet efter säkerhetskopian")
    held = secretariat.store.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    (tmp_path / "t.rbz").write_bytes(world.table_bundle)
    [receipt] = import_files(secretariat, [tmp_path / "t.rbz"])
    assert receipt.status == "imported" and receipt.counts["new"] == 3, receipt
    newest = backup.backups(secretariat.dir)[0]
    assert newest.name.endswith(f"-{backup.BEFORE_IMPORT}{backup.SUFFIX}")
    assert _notes_in(newest) == held  # the store as it was just before the import, nothing of it


def test_a_store_not_written_since_its_newest_backup_is_not_copied_again(
    world, secretariat, tmp_path
) -> None:
    # the store's last write lies clearly before the next backup (its file times set back, not slept
    # past: a sleep of the margin costs seconds and still leans on two clocks agreeing)
    for written in (secretariat.store.path, f"{secretariat.store.path}-wal"):
        if os.path.exists(written):
            _age(written, 60 * backup._MARGIN_S)
    made = backup.take(secretariat.store, secretariat.dir, backup.DAILY)
    _age(made, 2 * 3600)  # old, but nothing was written since it began
    (tmp_path / "t.rbz").write_bytes(world.table_bundle)
    before = backup.backups(secretariat.dir)
    assert backup.take_if_due(secretariat.store, secretariat.dir, backup.BEFORE_IMPORT) is None
    assert backup.backups(secretariat.dir) == before
    notes.add_note(secretariat.store, world.conference_id, 1, 1, "Nu har något skrivits")
    assert backup.take_if_due(secretariat.store, secretariat.dir, backup.BEFORE_IMPORT) is not None
