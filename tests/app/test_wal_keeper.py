"""The slow half of a commit leaves the window's thread (app/wal_keeper.py): commits inside `deferred()`
do not wait for the disk, the keeper's thread makes them durable and says so, and checkpoints; a disk
that refuses is reported, never called saved."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app import notes, search_index, wal_keeper
from app.demo import ensure_demo
from app.store import Store
from app.wal_keeper import WalKeeper

NORMAL, FULL = 1, 2


def wait_for(condition, seconds: float = 120) -> None:
    """Until `condition` holds; the bound only ends a test that hangs (the CI machine may be loaded). The
    keeper's fsync takes a millisecond or two: the first looks come that soon, then every 20 ms."""
    deadline = time.monotonic() + seconds
    pause = 0.0005
    while not condition():
        assert time.monotonic() < deadline, "the keeper never got there"
        time.sleep(pause)
        pause = min(2 * pause, 0.02)


@pytest.fixture
def store(tmp_path: Path):
    store = Store(tmp_path / "workspace.sqlite3")
    store.conference_id = ensure_demo(store)
    yield store
    store.close()


def test_a_deferred_commit_is_written_at_once_and_confirmed_durable_by_the_keeper(store) -> None:
    keeper = WalKeeper(store, checkpoint_every_s=60)
    try:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == FULL
        with keeper.deferred():
            assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == NORMAL
            note_id = notes.add_note(store, store.conference_id, 1, 1, "skrivs nu, på disken strax")
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == FULL  # other writes: as before
        ticket = keeper.request()
        other = Store(store.path)  # committed: another connection reads it before any fsync
        assert notes.note(other, note_id).text == "skrivs nu, på disken strax"
        other.close()
        wait_for(lambda: keeper.synced(ticket))
        assert keeper.error is None
    finally:
        keeper.stop()


def test_the_committing_connection_no_longer_checkpoints_and_the_keeper_does(store) -> None:
    assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # SQLite's default
    keeper = WalKeeper(store, checkpoint_every_s=0.05)
    try:
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        added = [
            notes.add_note(store, store.conference_id, 1, 1, f"anteckning {i} " * 40) for i in range(300)
        ]
        wait_for(lambda: keeper.last is not None and keeper.last[1] > 0 and keeper.last[1] == keeper.last[2])
    finally:
        keeper.stop()
    reopened = Store(store.path)
    assert {n.id for n in notes.list_notes(reopened, store.conference_id)} >= set(added)
    assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_a_disk_that_refuses_the_fsync_is_reported_and_nothing_is_called_saved(store, monkeypatch) -> None:
    def refuse(_handle: int) -> None:
        raise OSError(5, "Input/output error")

    keeper = WalKeeper(store, checkpoint_every_s=60)
    monkeypatch.setattr(wal_keeper.os, "fsync", refuse)
    try:
        with keeper.deferred():
            notes.add_note(store, store.conference_id, 1, 1, "når aldrig disken")
        ticket = keeper.request()
        wait_for(lambda: keeper.error is not None)
        assert not keeper.synced(ticket)
        assert keeper.error.errno == 5
    finally:
        monkeypatch.setattr(wal_keeper.os, "fsync", os.fsync)
        keeper.stop()


def test_stop_makes_the_last_commit_durable_and_checkpoints_once_more(store) -> None:
    keeper = WalKeeper(store, checkpoint_every_s=60)  # no round would come in this test's time
    with keeper.deferred():
        notes.add_note(store, store.conference_id, 1, 1, "sista anteckningen")
    ticket = keeper.request()
    keeper.stop()
    assert keeper.synced(ticket)
    assert keeper.last is not None and keeper.last[1] == keeper.last[2]
    assert not keeper._thread.is_alive()


def _segments(store) -> int:
    """Segments of the notes' full-text index: each commit that writes a note's text adds one."""
    return store.conn.execute("SELECT count(DISTINCT segid) FROM notes_fts_idx").fetchone()[0]


def _fts_settings(store) -> dict[str, int]:
    return dict(store.conn.execute("SELECT k, v FROM notes_fts_config WHERE k LIKE '%merge'").fetchall())


def test_the_committing_thread_never_merges_the_full_text_index_the_keeper_does(store) -> None:
    """FTS5 merges a level's segments inside the commit that brings it to 16: 40 notes added one commit
    each, as the window adds them, would merge twice on the window's thread. A merge deletes the merged
    segments' rows; the committing connection's statements, FTS5's own included, are traced."""
    keeper = WalKeeper(store, checkpoint_every_s=60)
    statements: list[str] = []
    try:
        assert _fts_settings(store) == search_index.STEADY  # the store's own, not the keeper's to change
        store.conn.set_trace_callback(statements.append)
        for i in range(40):
            with keeper.deferred():
                notes.add_note(store, store.conference_id, 1, 1, f"anteckning {i} om cykelbanor och bussar")
            ticket = keeper.request()
            wait_for(lambda t=ticket: keeper.synced(t))  # the window's "Saved", before the chair's next note
        store.conn.set_trace_callback(None)
        # Until the keeper has merged what the loop committed: a round of its own made earlier (a slow
        # fsync let the window look quiet between two notes) satisfies `merge_rounds > 0` long before.
        wait_for(lambda: keeper.merge_rounds > 0 and _segments(store) < 16)
        merged = _segments(store)
    finally:
        store.conn.set_trace_callback(None)
        keeper.stop()
    fts_writes = [s for s in statements if "notes_fts_" in s]
    assert any("INSERT INTO 'main'.'notes_fts_idx'" in s for s in fts_writes)  # the trace sees FTS5's own
    assert not [s for s in fts_writes if s.lstrip("- ").startswith("DELETE")]  # no merge on this thread
    assert keeper.merged_on == "wal-keeper"
    assert merged < 16
    assert _fts_settings(store) == search_index.STEADY  # nothing to put back on stop()
    store.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
    hits = store.conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'cykelbanor'").fetchone()
    assert hits[0] == 40


def _add_one(store, keeper, i: int) -> None:
    """A note as the chair's window adds it: committed inside deferred(), then made durable."""
    with keeper.deferred():
        notes.add_note(store, store.conference_id, 1, 1, f"anteckning {i} om parker och lekplatser")
    ticket = keeper.request()
    wait_for(lambda: keeper.synced(ticket))


def test_the_keeper_merges_once_the_window_is_quiet_or_after_many_commits_without_a_pause(
    store, monkeypatch
) -> None:
    """A merge round holds the file's write lock: while the chair types note after note it would make
    her next Enter wait, so the keeper waits for a pause, unless the commits pile up toward the 64
    segments at which FTS5 would merge inside one of them."""
    monkeypatch.setattr(wal_keeper, "QUIET_S", 3600.0)  # a chair who never pauses
    keeper = WalKeeper(store, checkpoint_every_s=3600)
    try:
        _add_one(store, keeper, 0)
        note_id = notes.list_notes(store, store.conference_id)[-1].id
        for votes in range(1, 2 * wal_keeper.MERGE_AT_MOST):  # votes write no text: no segment
            with keeper.deferred():
                notes.edit_note(store, note_id, votes=votes)
            ticket = keeper.request()
            wait_for(lambda t=ticket: keeper.synced(t))
        for i in range(1, wal_keeper.MERGE_AT_MOST - 1):
            _add_one(store, keeper, i)
        assert keeper.merge_rounds == 0
        assert _segments(store) >= wal_keeper.MERGE_AT_MOST - 1  # one segment per commit, none merged
        _add_one(store, keeper, wal_keeper.MERGE_AT_MOST)  # the bound: merged without a pause
        wait_for(lambda: keeper.merge_rounds == 1)
        assert _segments(store) < 16
        monkeypatch.setattr(wal_keeper, "QUIET_S", 0.2)  # now she pauses after one more note
        _add_one(store, keeper, 0)
        wait_for(lambda: keeper.merge_rounds == 2)
    finally:
        keeper.stop()
    store.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")


def test_no_merge_round_starts_while_a_window_step_writes(store, monkeypatch) -> None:
    """The window's step holds the gate: the keeper puts its round off (the step's BEGIN would otherwise
    sleep in SQLite's busy handler), and merges once the step is done."""
    monkeypatch.setattr(wal_keeper, "QUIET_S", 0.0)
    keeper = WalKeeper(store, checkpoint_every_s=3600)
    try:
        for i in range(3):
            notes.add_note(store, store.conference_id, 1, 1, f"anteckning {i} om parker")  # 3 segments
        with keeper.deferred():
            notes.add_note(store, store.conference_id, 1, 1, "ett steg som skriver just nu")
            keeper.request()  # the keeper wakes, wants to merge, and finds the step writing
            wait_for(lambda: keeper.merges_put_off > 0)
            assert keeper.merge_rounds == 0
        keeper.request()
        wait_for(lambda: keeper.merge_rounds > 0)
    finally:
        keeper.stop()
    assert _segments(store) < 4
