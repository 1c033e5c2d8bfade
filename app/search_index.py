"""The notes' full-text index: its merge settings and its merging, the one place that owns both.

FTS5 writes what each transaction adds to its index as a new segment (a b-tree of its own), and a search
opens every segment for each word it looks up. By itself FTS5 merges segments inside the commit that
writes them (its 'automerge'), and merges a whole level at once inside the commit that brings it to
'crisismerge' segments: on the chair's window that commit is a keystroke, and a merge that FTS5 left
half done is taken up by whichever commit comes next.

So the steady state of every store's file is `STEADY`: FTS5 never merges by itself as it goes
(automerge 0); only a level that reaches 64 segments is merged at once inside a commit (crisismerge 64,
a bound that is never reached while the writers below do their part); and a merge asked for merges any
two segments of a level (usermerge 2), down to one segment per level. Migration m640 writes these
settings once (`settle`); nothing changes them at run time, so no process, stopped or killed at any
moment, leaves a store with other settings. (A migration that makes the index again must settle it again.)

Whoever writes notes merges what it wrote, in bounded steps, each its own short transaction:
- the chair's window: its WAL keeper's thread, after every few commits and with each checkpoint, one
  `merge_round` (app/wal_keeper.py), never on the window's thread;
- the secretariat window: a worker runs `merge` after every operation that wrote notes (an import, a
  sync) and after its own edits have left a few segments (ui/secretariat/index_upkeep.py);
- the CLI: `tidy` before a command that wrote closes its workspace (app/cli/common.py), at most
  `TIDY_STEPS` steps; `rundabord store merge-index` runs `merge` to the end.
Work left by a cancelled, busy or killed merge stays in the index's structure (each step commits what it
did) and the next one goes on with it.

`merge(store)` repeats FTS5's incremental 'merge' command, at most `PAGES` index pages a step, with a
pause after each step so that waiting writers get the lock, until no level holds two segments (or the
command changed fewer than two rows: nothing to merge, as the FTS5 documentation says). Merging all at
once (FTS5's 'optimize') would hold the write lock for the whole rewrite: tens of seconds on a store of a
million notes. PostgreSQL needs none of this: its full-text index is a GIN index that the server
maintains itself (its pending list is merged by autovacuum).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from app.cancel import CancelToken, is_cancelled
from app.errors import StoreBusy

TABLE = "notes_fts"
STEADY = {"automerge": 0, "crisismerge": 64, "usermerge": 2}
PAGES = 100  # index pages (4 KB each) one step writes at most: about 15 ms of CPU
# After each step: SQLite's busy handler sleeps at most 100 ms between a waiting writer's tries, so a
# pause as long lets every writer that waited for the step in before the next one (25 ms did not, under
# load: another connection then waited up to 1.4 s for its lock)
PAUSE_S = 0.1
EDITS_BEFORE_MERGE = 4  # segments one-note edits leave on the lowest level before a window merges them
TIDY_STEPS = 8  # a CLI command's share: about 120 ms of CPU at most, the rest is the next writer's
_STRUCTURE_ROWID = 10  # FTS5 keeps the list of its segments in this row of its _data table
_STRUCTURE_V2 = b"\xff\x00\x00\x01"  # written after the cookie by newer SQLite versions


class _Store(Protocol):  # app.store.Store, named structurally: the schema's migrations import this module
    dialect: str
    conn: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


@dataclass
class Merged:
    segments_before: int | None  # None on PostgreSQL
    segments_after: int | None
    steps: int = 0  # steps that did work
    done: bool = True  # False when cancelled, stopped after `max_steps` or a step found the store busy


def applies(store: _Store) -> bool:
    return store.dialect == "sqlite"


def settle(conn: sqlite3.Connection) -> None:
    """Write `STEADY` into the index's settings (migration m640): FTS5 keeps them in the file."""
    held = dict(conn.execute(f"SELECT k, v FROM {TABLE}_config").fetchall())
    for key, value in STEADY.items():
        if held.get(key) != value:
            conn.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES (?, ?)", (key, value))


def settings(conn: sqlite3.Connection) -> dict[str, int | None]:
    """The index's merge settings as the file holds them (None: FTS5's default)."""
    held = dict(conn.execute(f"SELECT k, v FROM {TABLE}_config").fetchall())
    return {key: held.get(key) for key in STEADY}


def levels(conn: sqlite3.Connection) -> list[tuple[int, int]] | None:
    """(segments being merged, segments) of each level of the index, lowest first; None when FTS5 wrote
    its structure in a shape this does not read (then only a merge step can tell whether work is left)."""
    block = _structure(conn)
    if block is None:
        return []
    try:
        return list(_levels(block))
    except IndexError:
        return None


def _structure(conn: sqlite3.Connection) -> bytes | None:
    """The row where FTS5 lists its levels and segments (None: an index never written to)."""
    row = conn.execute(f"SELECT block FROM {TABLE}_data WHERE id = ?", (_STRUCTURE_ROWID,)).fetchone()
    return None if row is None else bytes(row[0])


def _header(block: bytes) -> tuple[int, int, int]:
    """The structure's level count and segment count, and the offset after them (past the cookie, and
    the version mark that newer SQLite versions write)."""
    at = 8 if block[4:8] == _STRUCTURE_V2 else 4
    level_count, at = _varint(block, at)
    segment_count, at = _varint(block, at)
    return level_count, segment_count, at


def _levels(block: bytes) -> Iterator[tuple[int, int]]:
    v2 = block[4:8] == _STRUCTURE_V2
    count, _segments, at = _header(block)
    _write_counter, at = _varint(block, at)
    for _level in range(count):
        merging, at = _varint(block, at)
        segments, at = _varint(block, at)
        for _segment in range(segments * (8 if v2 else 3)):  # id, first and last page (+ v2's five)
            _value, at = _varint(block, at)
        yield merging, segments


def pending(store: _Store) -> bool:
    """Whether a merge step would do work: a level holds two segments or more, or a merge is half done
    (never on PostgreSQL)."""
    return applies(store) and _pending(store.conn)


def _pending(conn: sqlite3.Connection) -> bool:
    found = levels(conn)
    return found is None or any(merging or segments >= STEADY["usermerge"] for merging, segments in found)


def edits_to_merge(store: _Store) -> bool:
    """Whether a window's own edits (each commit a small segment on the lowest level) have left
    `EDITS_BEFORE_MERGE` of them: as many as FTS5's own automerge would have waited for."""
    if not applies(store):
        return False
    found = levels(store.conn)
    return bool(found) and found[0][1] >= EDITS_BEFORE_MERGE


def segments(store: _Store) -> int | None:
    """How many segments the notes' full-text index holds (None on PostgreSQL)."""
    if not applies(store):
        return None
    block = _structure(store.conn)
    return 0 if block is None else _header(block)[1]


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at`: (value, offset after it)."""
    value = 0
    for index in range(9):
        byte = data[at]
        at += 1
        if index == 8:
            return (value << 8) | byte, at
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value, at


def merge_round(conn: sqlite3.Connection, pages: int = PAGES) -> int:
    """One merge step on a connection that commits each statement by itself (the WAL keeper's): writes
    nothing when nothing is pending. Returns the rows it changed."""
    return _merge_step(conn, pages) if _pending(conn) else 0


def step(store: _Store, pages: int = PAGES) -> int:
    """One merge step in its own transaction; returns the rows it changed (under 2: nothing to merge)."""
    with store.transaction() as conn:
        return _merge_step(conn, pages)


def _merge_step(conn: sqlite3.Connection, pages: int) -> int:
    """FTS5's incremental 'merge' command, writing at most `pages` pages; the rows it changed."""
    before = conn.total_changes
    conn.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('merge', ?)", (pages,))
    return conn.total_changes - before


def merge(
    store: _Store,
    *,
    pages: int = PAGES,
    pause_s: float = PAUSE_S,
    cancel: CancelToken | None = None,
    on_step: Callable[[int], None] | None = None,
    max_steps: int | None = None,
) -> Merged:
    """Merge the index's segments step by step until FTS5 has nothing left to merge (see above), or
    `max_steps` steps did work. `on_step(changed)` hears each step that did work."""
    if not applies(store):
        return Merged(None, None)
    done = Merged(segments(store), None)
    while _pending(store.conn):
        if is_cancelled(cancel) or (max_steps is not None and done.steps >= max_steps):
            done.done = False
            break
        try:
            changed = step(store, pages)
        except StoreBusy:  # another writer held the store for a long time: go on next time
            done.done = False
            break
        if changed < 2:
            break
        done.steps += 1
        if on_step is not None:
            on_step(changed)
        if pause_s and _pending(store.conn):
            time.sleep(pause_s)
    done.segments_after = segments(store)
    return done


def written(store: _Store) -> int:
    """Rows this store's connection has written since it opened (0 on PostgreSQL): `tidy` is for those
    that wrote."""
    return store.conn.total_changes if applies(store) else 0


def tidy(store: _Store) -> Merged:
    """A writer's share before it leaves: at most `TIDY_STEPS` steps, without pauses (they are few).
    Not inside a transaction left open: each step must commit alone."""
    if applies(store) and store.conn.in_transaction:
        return Merged(segments(store), segments(store), done=False)
    return merge(store, pause_s=0, max_steps=TIDY_STEPS)
