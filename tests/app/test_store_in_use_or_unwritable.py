"""A workspace that is in use, on a full disk or on a read-only one is not a damaged one.

`rundabord repair` took SQLite's "database is locked" (another Rundabord holding a long write, or any
program with the file open in exclusive mode) for damage: it moved the database aside and put the day's
backup in its place, so every note since the backup was gone from the store, while the other program
went on writing into the file moved aside. It now refuses while anyone has the file open, and when it
cannot read the file at all, and changes nothing. Opening a workspace on a full disk said "is not a
Rundabord workspace: disk I/O error", and on a read-only disk "unable to open database file"; both now
name the disk's trouble in one line.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from app import backup
from app.workspace import DB_NAME, Workspace
from tests.app.cli_run import run_cli as _run
from tests.app.older_backup import chair_with_an_older_backup, note_texts
from tests.small_disk import fill, mounted_tmpfs


def _dump(capsys, folder: Path) -> str:
    code, out, err = _run(capsys, folder, "store", "check")
    assert code == 0, err
    return out


@pytest.fixture
def chair(tmp_path: Path) -> tuple[Path, str]:
    return chair_with_an_older_backup(tmp_path)


def _assert_refused_untouched(capsys, folder: Path, before: str, words: str) -> None:
    listing = sorted(p.name for p in folder.iterdir())
    code, out, err = _run(capsys, folder, "repair")
    assert code == 2 and err.count("\n") == 1 and words in err and "nothing was changed" in err, out + err
    assert sorted(p.name for p in folder.iterdir()) == listing  # nothing moved aside, nothing restored
    assert _dump(capsys, folder) == before


def test_repair_leaves_a_store_another_rundabord_has_open(capsys, chair) -> None:
    folder, conference = chair
    before = _dump(capsys, folder)
    other = Workspace(folder)  # a window left open on it, doing nothing at the moment
    try:
        _assert_refused_untouched(capsys, folder, before, "open in another program")
    finally:
        other.close()
    assert "Efter säkerhetskopian" in note_texts(folder, conference)
    code, out, _err = _run(capsys, folder, "repair")
    assert code == 0 and "nothing to repair" in out


@pytest.mark.parametrize("how", ["long write", "exclusive"])
def test_repair_leaves_a_store_held_by_a_write(capsys, chair, how) -> None:
    folder, conference = chair
    before = _dump(capsys, folder)
    holder = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    if how == "exclusive":  # a tool that keeps the file to itself: readers are refused too
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meta SET value = value WHERE key = 'clock'")
    try:
        listing = sorted(p.name for p in folder.iterdir())
        code, out, err = _run(capsys, folder, "repair")
        assert code == 2 and err.count("\n") == 1 and "open in another program" in err, out + err
        assert sorted(p.name for p in folder.iterdir()) == listing
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _dump(capsys, folder) == before
    assert "Efter säkerhetskopian" in note_texts(folder, conference)


def test_a_full_disk_is_said_at_open_and_by_repair(capsys, chair, tmp_path) -> None:
    source, conference = chair
    with mounted_tmpfs(tmp_path / "disk", "size=3m") as disk:
        folder = disk / "bord 7"
        folder.mkdir()
        (folder / DB_NAME).write_bytes((source / DB_NAME).read_bytes())
        before = _dump(capsys, folder)
        fill(disk, leave=16 * 1024)  # a few blocks left: too few for the log's index
        add = ["note", "add", "--conference", conference, "--table", "3", "--question", "1", "Full disk"]
        code, _out, err = _run(capsys, folder, *add)
        assert code == 2 and err.count("\n") == 1 and "the disk is full" in err, err
        assert "not a Rundabord workspace" not in err
        listing = sorted(p.name for p in folder.iterdir())
        code, _out, err = _run(capsys, folder, "repair")
        assert code == 2 and err.count("\n") == 1 and "the disk is full" in err, err
        assert sorted(p.name for p in folder.iterdir()) == listing
        (disk / "annat.bin").unlink()
        assert _dump(capsys, folder) == before


def test_a_read_only_disk_is_said_at_open_and_by_repair(capsys, chair, tmp_path) -> None:
    source, conference = chair
    with mounted_tmpfs(tmp_path / "disk", "size=3m") as disk:
        folder = disk / "bord 7"
        folder.mkdir()
        (folder / DB_NAME).write_bytes((source / DB_NAME).read_bytes())
        before = _dump(capsys, folder)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for args in (["note", "list", "--conference", conference], ["repair"]):
            code, _out, err = _run(capsys, folder, *args)
            assert code == 2 and err.count("\n") == 1 and "read-only" in err, err
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert _dump(capsys, folder) == before


def test_a_store_copy_onto_a_full_disk_leaves_no_half_copy(capsys, chair, tmp_path) -> None:
    """The copy's new database was made, its schema cut short by the full disk, and left behind: the
    next `store copy` to the same name was then refused as "already exists"."""
    folder, _conference = chair
    with mounted_tmpfs(tmp_path / "sticka", "size=256k") as stick:
        target = stick / "arkiv åäö.sqlite3"
        code, _out, err = _run(capsys, folder, "store", "copy", "--to", str(target))
        assert code == 2 and err.count("\n") == 1 and "the disk is full" in err, err
        assert list(stick.iterdir()) == []


class _Failing:
    """A connection whose whole-file check fails as SQLite says `name`."""

    def __init__(self, name: str, text: str) -> None:
        self.error = sqlite3.OperationalError(text)
        self.error.sqlite_errorname = name

    def execute(self, _sql: str):
        raise self.error


def test_the_daily_check_calls_only_damage_damage() -> None:
    """A disk that could not be read for a moment (or was full) marked the store damaged, and every
    write was refused until `rundabord repair`, as for a spoilt file."""
    for name, text in (("SQLITE_IOERR_READ", "disk I/O error"), ("SQLITE_BUSY", "database is locked")):
        with pytest.raises(sqlite3.OperationalError):
            backup._check_problem(_Failing(name, text))
    said = backup._check_problem(_Failing("SQLITE_CORRUPT", "database disk image is malformed"))
    assert said == "database disk image is malformed"
