"""The disk, the lock and damage speak plainly: one line naming the real cause, exit 2,
no traceback, nothing acknowledged lost; `rundabord repair` restores the latest automatic backup."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlite_utils

from app import backup, notes, schema
from app.bundles import export_table
from app.bundles.identity import create_identity
from app.bundles.ledger import exports
from app.cli import main
from app.demo import ensure_demo
from app.errors import StoreBusy, UserError
from app.store import Store
from app.workspace import DB_NAME, Workspace
from tests.app.cli_run import run_cli as _run


@pytest.fixture
def chair(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "ws"
    workspace = Workspace.create(folder, "chair")
    conference = ensure_demo(workspace.store)
    notes.add_note(workspace.store, conference, 3, 1, "Före skadan")
    create_identity(workspace, "Anna Berg")
    workspace.close()
    return folder, conference


def test_a_locked_database_says_locked_not_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreBusy, match="in use by another program") as caught:
            Store(path, busy_timeout=0.2)
        assert "not a Rundabord workspace" not in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_database_is_one_plain_line(capsys, chair, damage) -> None:
    folder, conference = chair
    database = folder / DB_NAME
    data = database.read_bytes()
    if damage == "garbage":
        database.write_bytes(b"this is no database" * 10 + data[190:])
    else:
        database.write_bytes(data[: len(data) // 3])
    code, _out, err = _run(capsys, folder, "note", "list", "--conference", conference, "--table", "3")
    assert code == 2 and err.count("\n") == 1, err
    assert "damaged" in err and "rundabord repair" in err


def test_an_empty_database_beside_keys_is_refused_not_recreated(capsys, chair) -> None:
    folder, _ = chair
    (folder / DB_NAME).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (folder / (DB_NAME + suffix)).unlink(missing_ok=True)
    code, _out, err = _run(capsys, folder, "role")
    assert code == 2 and "empty although this workspace holds keys" in err
    assert (folder / DB_NAME).stat().st_size == 0  # no new workspace was made over it


def test_repair_restores_the_backup_and_merges_own_exports_back(capsys, chair) -> None:
    folder, conference = chair
    assert backup.backups(folder), "opening took no daily backup"
    workspace = Workspace(folder)
    backup.take(workspace.store, folder, backup.DAILY)  # as the next day's first open would
    notes.add_note(workspace.store, conference, 3, 1, "Efter säkerhetskopian")
    first = export_table(workspace, conference, 3)
    workspace.close()
    database = folder / DB_NAME
    data = bytearray(database.read_bytes())
    data[:100] = os.urandom(100)
    database.write_bytes(bytes(data))

    code, out, _err = _run(capsys, folder, "repair")
    assert code == 0, out
    assert "restored the backup" in out and "merged back 1 own export" in out
    assert list(folder.glob(f"{DB_NAME}.damaged-*"))  # kept for anyone who wants to look
    workspace = Workspace(folder)
    try:
        texts = {n.text for n in notes.list_notes(workspace.store, conference)}
        assert {"Före skadan", "Efter säkerhetskopian"} <= texts
        second = export_table(workspace, conference, 3)
        assert second.sequence == first.sequence + 1  # never the same number twice
        assert len(exports(workspace.store)) == 2
    finally:
        workspace.close()
    code, out, _ = _run(capsys, folder, "repair")
    assert code == 0 and "nothing to repair" in out


def test_two_processes_starting_a_new_workspace_make_one_conference(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    children = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = main(["--workspace", str(folder), "demo"])
            finally:
                os._exit(code)
        children.append(pid)
    codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
    assert codes == [0, 0], codes
    workspace = Workspace(folder)
    try:
        (count,) = workspace.store.conn.execute("SELECT COUNT(*) FROM conferences").fetchone()
        assert count == 1
        assert len({workspace.store.origin, Store(folder / DB_NAME).origin}) == 1
    finally:
        workspace.close()


def _crash_after_writing(folder: Path, conference: str, *texts: str) -> None:
    """Another process saves notes and dies before any checkpoint: they live only in the log."""
    script = (
        "import os, sys\n"
        "from app import notes\n"
        "from app.workspace import Workspace\n"
        "workspace = Workspace(sys.argv[1])\n"
        "for text in sys.argv[3:]:\n"
        "    notes.add_note(workspace.store, sys.argv[2], 3, 1, text)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(folder), conference, *texts], check=True)
    assert (folder / (DB_NAME + "-wal")).stat().st_size > 0


def test_a_deleted_log_is_named_and_putting_it_back_loses_nothing(capsys, chair) -> None:
    folder, conference = chair
    _crash_after_writing(folder, conference, "Sparat i loggen", "Också sparat")
    log = folder / (DB_NAME + "-wal")
    kept = log.read_bytes()
    log.unlink()
    database = (folder / DB_NAME).read_bytes()
    code, _out, err = _run(capsys, folder, "note", "list", "--conference", conference, "--table", "3")
    assert code == 2 and err.count("\n") == 1, err
    assert "write-ahead log" in err and "deleted" in err and "rundabord repair" in err
    assert (folder / DB_NAME).read_bytes() == database and not log.exists()  # nothing opened over it
    log.write_bytes(kept)  # from the trash
    code, out, _err = _run(capsys, folder, "note", "list", "--conference", conference, "--table", "3")
    assert code == 0 and "Sparat i loggen" in out and "Också sparat" in out


def test_a_log_deleted_after_a_clean_close_is_no_loss(capsys, chair) -> None:
    folder, conference = chair
    workspace = Workspace(folder)
    notes.add_note(workspace.store, conference, 3, 1, "Stängt ordentligt")
    workspace.close()
    (folder / (DB_NAME + "-wal")).unlink(missing_ok=True)
    code, out, _err = _run(capsys, folder, "note", "list", "--conference", conference, "--table", "3")
    assert code == 0 and "Stängt ordentligt" in out


def test_repair_after_a_deleted_log_brings_back_what_was_exported(capsys, chair) -> None:
    folder, conference = chair
    workspace = Workspace(folder)
    notes.add_note(workspace.store, conference, 3, 1, "Exporterad före kraschen")
    export_table(workspace, conference, 3)
    workspace.store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    workspace.store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    workspace.close()
    _crash_after_writing(folder, conference, "Bara i loggen")
    (folder / (DB_NAME + "-wal")).unlink()
    code, out, _err = _run(capsys, folder, "repair")
    assert code == 0, out
    assert "write-ahead log was deleted" in out and "is lost" in out
    workspace = Workspace(folder)
    try:
        texts = {n.text for n in notes.list_notes(workspace.store, conference)}
        assert "Exporterad före kraschen" in texts and "Bara i loggen" not in texts
        assert len(exports(workspace.store)) == 1
    finally:
        workspace.close()


def test_a_database_cut_short_is_refused_before_sqlite_opens_it(capsys, chair) -> None:
    folder, conference = chair
    database = folder / DB_NAME
    data = database.read_bytes()
    database.write_bytes(data[: len(data) - 4096])  # only the last page lost: SQLite would open it
    code, _out, err = _run(capsys, folder, "note", "list", "--conference", conference, "--table", "3")
    assert code == 2 and err.count("\n") == 1, err
    assert "cut short" in err and "rundabord repair" in err
    assert database.read_bytes() == data[: len(data) - 4096]


def test_the_daily_whole_file_check_refuses_writes_to_a_damaged_store_until_repaired(capsys, chair) -> None:
    folder, conference = chair
    workspace = Workspace(folder)
    backup.take(workspace.store, folder, backup.DAILY)  # yesterday's, of the whole day's work
    workspace.close()
    for old in backup.backups(folder):
        os.utime(old, (0, 0))  # the next open checks the whole file and backs it up
    database = folder / DB_NAME
    data = bytearray(database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    last_page = len(data) - page_size
    data[last_page + 8 : last_page + 40] = b"\xff" * 32  # a page in the middle of a b-tree spoilt
    database.write_bytes(bytes(data))
    before = len(backup.backups(folder))
    workspace = Workspace(folder)  # opening does not wait for a check that reads every page
    try:
        assert workspace.daily_check is not None
        workspace.daily_check.wait()
        with pytest.raises(UserError, match="damaged"):
            notes.add_note(workspace.store, conference, 3, 1, "Skrivet efter skadan")
    finally:
        workspace.close()
    assert len(backup.backups(folder)) == before  # the damaged store did not become a backup
    code, _out, err = _run(capsys, folder, "note", "list", "--conference", conference, "--table", "3")
    assert code == 2 and err.count("\n") == 1 and "damaged" in err and "rundabord repair" in err, err
    code, out, _err = _run(capsys, folder, "repair")
    assert code == 0 and "restored the backup" in out, out
    code, out, err = _run(capsys, folder, "note", "list", "--conference", conference, "--table", "3")
    assert code == 0 and "Före skadan" in out, err


def test_opening_a_large_store_does_not_wait_for_the_daily_check(chair, monkeypatch) -> None:
    """The whole-file check and backup run beside the work: an open returns while they still run."""
    import threading

    folder, conference = chair
    for old in backup.backups(folder):
        os.utime(old, (0, 0))
    release = threading.Event()
    slow = backup._check_problem
    monkeypatch.setattr(backup, "_check_problem", lambda conn: release.wait(120) and slow(conn))
    workspace = Workspace(folder)
    try:
        assert workspace.daily_check is not None and workspace.daily_check._thread.is_alive()
        notes.add_note(workspace.store, conference, 3, 1, "Skrivet medan kontrollen pågår")
        release.set()
    finally:
        workspace.close()  # waits for the day's backup to be whole
    assert not backup.due(folder, backup.DAILY)


def test_a_second_opener_waits_for_the_migration_under_way_and_finds_it_done(
    tmp_path: Path, monkeypatch
) -> None:
    """The first opener holds the lock from its first step to its last; the second waits for all of it,
    then finds every step done: no step runs twice (with a lock per step, the second would run the
    first opener's unfinished step too, and fail on the record of it). The file is the previous release's:
    a new one is made in one pass (app/store_new.py), which the four-process test below races."""
    path = tmp_path / "workspace.sqlite3"
    last = schema.migrations.pending(sqlite_utils.Database(sqlite3.connect(":memory:")))[-1]
    older = sqlite3.connect(path, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(older), stop_before=last.name)
    older.close()
    real_step = last.fn
    reached, go = threading.Event(), threading.Event()
    runs = []

    def slow_last_step(db: sqlite_utils.Database) -> None:
        runs.append(threading.current_thread().name)
        reached.set()
        go.wait(120)
        real_step(db)

    monkeypatch.setattr(last, "fn", slow_last_step)
    origins = []
    first = threading.Thread(target=lambda: origins.append(_open_and_close(path)), name="first")
    first.start()
    assert reached.wait(120)  # every migration of a fresh store first: long on a loaded machine
    threading.Timer(0.3, go.set).start()  # the first opener finishes while the second waits
    origins.append(_open_and_close(path))
    first.join(120)
    assert runs == ["first"]
    assert len(set(origins)) == 1 and len(origins) == 2
    conn = sqlite3.connect(path)
    recorded = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert recorded == schema.known_names()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(recorded)
    conn.close()


def _open_and_close(path: Path) -> str:
    store = Store(path)
    try:
        assert store.schema_version() == len(schema.known_names())
        return store.origin
    finally:
        store.close()


def test_four_processes_opening_one_new_workspace_at_once_migrate_it_once(tmp_path: Path) -> None:
    """Released together by one pipe, four processes open each of several new files; every one opens,
    and each file holds every migration once and one origin (each raced with a lock per step)."""
    for round_ in range(3):
        path = tmp_path / f"workspace{round_}.sqlite3"
        release_read, release_write = os.pipe()
        origins_read, origins_write = os.pipe()
        children = []
        for _ in range(4):
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    os.read(release_read, 1)
                    origin = _open_and_close(path)
                    os.write(origins_write, origin.encode() + b"\n")
                    code = 0
                finally:
                    os._exit(code)
            children.append(pid)
        os.write(release_write, b"go!!")
        codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
        os.close(origins_write)
        with os.fdopen(origins_read) as told:
            origins = told.read().split()
        for fd in (release_read, release_write):
            os.close(fd)
        assert codes == [0, 0, 0, 0], (round_, codes)
        assert len(origins) == 4 and len(set(origins)) == 1, origins
        conn = sqlite3.connect(path)
        recorded = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        conn.close()
        assert recorded == schema.known_names()
