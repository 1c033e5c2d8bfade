"""A keeper made with `start=False` (the chair's window starts it after its first frame): commits made
inside `deferred()` before its thread runs are made durable by its first round, and nothing is called
synced before the log's fsync; a `stop()` before it ever ran still puts them on the disk; and a process
killed after its note was called synced keeps the note."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from app import notes, wal_keeper
from app.demo import ensure_demo
from app.store import Store
from app.wal_keeper import WalKeeper

from .test_wal_keeper import wait_for


@pytest.fixture
def store(tmp_path: Path):
    store = Store(tmp_path / "workspace.sqlite3")
    store.conference_id = ensure_demo(store)
    yield store
    store.close()


def test_commits_before_the_keeper_runs_are_synced_only_after_its_fsync(store, monkeypatch) -> None:
    wal = str(store.path) + "-wal"
    allowed, done = threading.Event(), []
    fsync = os.fsync

    def held(fd: int) -> None:  # the disk answers once the test lets it
        assert allowed.wait(120)
        fsync(fd)
        if os.path.samestat(os.fstat(fd), os.stat(wal)):
            done.append(fd)

    monkeypatch.setattr(wal_keeper.os, "fsync", held)
    keeper = WalKeeper(store, checkpoint_every_s=60, start=False)
    try:
        with keeper.deferred():
            note_id = notes.add_note(store, store.conference_id, 1, 1, "före vakten, på disken sen")
        assert keeper._thread is None
        other = Store(store.path)  # written at once: another connection reads it
        assert notes.note(other, note_id).text == "före vakten, på disken sen"
        other.close()
        ticket = keeper.request()  # the first question to the disk starts the keeper
        assert keeper._thread is not None
        assert not keeper.synced(ticket)  # the log is not on the disk yet: not synced
        allowed.set()
        wait_for(lambda: keeper.synced(ticket))
        assert done and keeper.error is None
    finally:
        allowed.set()
        keeper.stop()


def test_a_keeper_never_started_puts_everything_on_the_disk_when_stopped(store) -> None:
    keeper = WalKeeper(store, checkpoint_every_s=60, start=False)
    with keeper.deferred():
        notes.add_note(store, store.conference_id, 1, 1, "stängt innan vakten vaknade")
    assert keeper._thread is None
    keeper.stop()
    assert keeper.synced(keeper._requested)
    assert keeper.last is not None and keeper.last[1] == keeper.last[2]  # checkpointed once more
    assert not keeper._thread.is_alive()


def test_a_note_called_synced_survives_a_kill(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite3"
    store = Store(path)
    conference_id = ensure_demo(store)
    store.close()
    lines_r, lines_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a window's write path, killed once its note is synced
        try:
            os.close(lines_r)
            child = Store(path)
            keeper = WalKeeper(child, checkpoint_every_s=3600, start=False)
            with keeper.deferred():
                note_id = notes.add_note(child, conference_id, 1, 1, "sparat, sedan dödad")
            keeper.start()
            ticket = keeper.request()
            wait_for(lambda: keeper.synced(ticket))
            os.write(lines_w, f"{note_id}\n".encode())
            threading.Event().wait(120)
        finally:
            os._exit(1)
    os.close(lines_w)
    with os.fdopen(lines_r, encoding="utf-8") as lines:
        try:
            note_id = lines.readline().strip()
        finally:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert note_id, "the child stopped before its note was synced"
    store = Store(path)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert notes.note(store, note_id).text == "sparat, sedan dödad"
    finally:
        store.close()
