"""Storage failures classified for the windows and the CLI: read-only, full and locked are told apart
from real SQLite and OS errors, and the CLI says which in one line."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from app import disk_errors
from app.cli import main
from app.workspace import Workspace


def _sqlite_error(tmp_path, pragma: str, sql: str) -> sqlite3.Error:
    conn = sqlite3.connect(tmp_path / "probe.sqlite3")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    conn.execute(pragma)
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute(sql)
        conn.commit()
    conn.close()
    return caught.value


def test_real_sqlite_errors_are_told_apart(tmp_path):
    read_only = _sqlite_error(tmp_path, "PRAGMA query_only = 1", "INSERT INTO t VALUES ('x')")
    assert disk_errors.classify(read_only).code == disk_errors.READ_ONLY
    (tmp_path / "probe.sqlite3").unlink()
    conn = sqlite3.connect(tmp_path / "full.sqlite3")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.Error) as full:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    assert disk_errors.classify(full.value).code == disk_errors.FULL
    holder = sqlite3.connect(tmp_path / "full.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(tmp_path / "full.sqlite3", timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.Error) as locked:
        other.execute("BEGIN IMMEDIATE")
    assert disk_errors.classify(locked.value).code == disk_errors.LOCKED
    for c in (holder, other, conn):
        c.close()


@pytest.mark.parametrize(
    ("code", "expected", "said"),
    [
        (errno.EROFS, "read-only", "read-only"),
        (errno.EACCES, "read-only", "read-only"),
        (errno.ENOSPC, "full", "full"),
        (errno.ENOENT, "missing", "not there"),
    ],
)
def test_os_errors_are_told_apart(code, expected, said):
    problem = disk_errors.classify(OSError(code, "refused", "/media/usb/x.rbz"))
    assert problem.code == expected
    assert said in problem.describe()
    assert disk_errors.classify(ValueError("not a disk problem")) is None


def test_a_workspace_held_by_another_program_is_found_without_waiting(tmp_path):
    workspace = Workspace.create(tmp_path / "ws")
    try:
        assert disk_errors.workspace_write_problem(workspace.dir, workspace.store) is None
        holder = sqlite3.connect(workspace.dir / "workspace.sqlite3", isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        problem = disk_errors.workspace_write_problem(workspace.dir, workspace.store)
        assert problem is not None and problem.code == disk_errors.LOCKED
        holder.execute("ROLLBACK")
        holder.close()
        assert disk_errors.workspace_write_problem(workspace.dir, workspace.store) is None
    finally:
        workspace.close()


def test_the_cli_names_a_full_disk_in_one_line(tmp_path, monkeypatch, capsys):
    ws = tmp_path / "ws"
    assert main(["--workspace", str(ws), "demo"]) == 0
    capsys.readouterr()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.notes.add_note", full)
    code = main(
        ["--workspace", str(ws), "note", "add", "--conference", "x", "--table", "1", "--question", "1", "t"]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "the disk is full" in err
