"""Keeping the notes' full-text index in few segments, in small steps, never in one long transaction.

FTS5 writes what each transaction adds to its index as a new segment (a b-tree of its own) and merges
segments by itself only once four of them collect on one level (its automerge): a store that grew by
imports keeps a dozen or more, and a search opens every one of them for each word it looks up. Merging
them all at once (FTS5's 'optimize') holds the write lock for the whole rewrite: tens of seconds on a
store of a million notes, while every import and every edit waits.

`merge(store)` instead repeats FTS5's incremental 'merge' command, at most `PAGES` index pages a step,
each step its own short transaction with a pause after it so that waiting writers get the lock, until
FTS5 reports no more work: the command changed fewer than two rows (`total_changes`), as the FTS5
documentation says. The index's 'usermerge' setting is 2 (FTS5's default is 4), so the steps merge any
two segments of a level and leave at most one segment per level. The work left when a step is cancelled
or busy stays in the index's structure and the next run goes on with it.

The secretariat window runs it in a worker after every operation that changed notes (an import, a sync),
and `rundabord store merge-index` runs it by hand. PostgreSQL needs none of this: its full-text index
is a GIN index that the server maintains itself (its pending list is merged by autovacuum).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from app.cancel import CancelToken, is_cancelled
from app.errors import StoreBusy
from app.store import Store

PAGES = 100  # index pages (4 KB each) one step writes at most: about 15 ms of CPU
# After each step: SQLite's busy handler sleeps at most 100 ms between a waiting writer's tries, so a
# pause as long lets every writer that waited for the step in before the next one (25 ms did not, under
# load: another connection then waited up to 1.4 s for its lock)
PAUSE_S = 0.1
_USERMERGE = 2
_STRUCTURE_ROWID = 10  # FTS5 keeps the list of its segments in this row of its _data table
_STRUCTURE_V2 = b"\xff\x00\x00\x01"  # written after the cookie by newer SQLite versions


@dataclass
class Merged:
    segments_before: int | None  # None on PostgreSQL
    segments_after: int | None
    steps: int = 0  # steps that did work
    done: bool = True  # False when cancelled or a step found the store busy: the next run goes on


def applies(store: Store) -> bool:
    return store.dialect == "sqlite"


def segments(store: Store) -> int | None:
    """How many segments the notes' full-text index holds (None on PostgreSQL)."""
    if not applies(store):
        return None
    row = store.conn.execute("SELECT block FROM notes_fts_data WHERE id = ?", (_STRUCTURE_ROWID,)).fetchone()
    if row is None:
        return 0
    block = bytes(row[0])
    at = 8 if block[4:8] == _STRUCTURE_V2 else 4  # after the cookie (and the version mark)
    _levels, at = _varint(block, at)
    count, _ = _varint(block, at)
    return count


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


def step(store: Store, pages: int = PAGES) -> int:
    """One merge step in its own transaction; returns the rows it changed (under 2: nothing to merge)."""
    with store.transaction() as conn:
        _merge_any_two(conn)
        before = conn.total_changes
        conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('merge', ?)", (pages,))
        return conn.total_changes - before


def _merge_any_two(conn) -> None:
    row = conn.execute("SELECT v FROM notes_fts_config WHERE k = 'usermerge'").fetchone()
    if row is None or row[0] != _USERMERGE:
        conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('usermerge', ?)", (_USERMERGE,))


def merge(
    store: Store,
    *,
    pages: int = PAGES,
    pause_s: float = PAUSE_S,
    cancel: CancelToken | None = None,
    on_step: Callable[[int], None] | None = None,
) -> Merged:
    """Merge the index's segments step by step until FTS5 has nothing left to merge (see above).
    `on_step(changed)` hears each step that did work."""
    if not applies(store):
        return Merged(None, None)
    done = Merged(segments(store), None)
    while True:
        if is_cancelled(cancel):
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
        if pause_s:
            time.sleep(pause_s)
    done.segments_after = segments(store)
    return done
