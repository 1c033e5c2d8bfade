"""Repairing a workspace clock that an earlier version let a forged stamp break.

Before stamps were bounded on import, one bundle stamped near the end of the clock's range pushed this
workspace's clock there; the next edit then needed a stamp wider than the fixed text form, and every
later open failed. On open, such a clock goes back to the greatest sane stamp the store holds (or now),
and records stamped in the too-wide form get a fresh, valid stamp of this workspace.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from typing import Any, Protocol

from app.hlc import ZERO, HybridClock, Stamp, StampError
from app.records import RECORD_TYPES


class RepairableStore(Protocol):
    """What the repair uses of the store that calls it on open (app.store.Store, which imports this
    module; naming the protocol keeps this one from importing it back)."""

    origin: str
    conn: Any

    def transaction(self) -> AbstractContextManager[Any]: ...


_STAMP_LENGTH = len(ZERO)


def _is_sane(text: object, limit: Stamp) -> bool:
    if not isinstance(text, str):
        return False
    try:
        return Stamp.parse(text) <= limit
    except StampError:
        return False


def repair_clock(store: RepairableStore, limit: Stamp) -> Stamp:
    """Reset the persisted clock below `limit` and re-stamp malformed records; returns the new clock."""
    greatest = Stamp.parse(ZERO)
    with store.transaction():
        for rt in RECORD_TYPES.values():
            row = store.conn.execute(
                f"SELECT MAX(rev) FROM {rt.table} WHERE length(rev) = ? AND rev <= ?",
                (_STAMP_LENGTH, str(limit)),
            ).fetchone()
            if row[0]:
                greatest = max(greatest, Stamp.parse(row[0]))
        clock = HybridClock(greatest)
        for rt in RECORD_TYPES.values():
            broken = store.conn.execute(
                f"SELECT id, rev, base_rev, stamps FROM {rt.table}"
                " WHERE length(rev) != ? OR length(base_rev) != ?",
                (_STAMP_LENGTH, _STAMP_LENGTH),
            ).fetchall()
            for record_id, rev, base_rev, stamps_text in broken:
                fresh = str(clock.tick())
                stamps = json.loads(stamps_text or "{}")
                for name, pair in stamps.items():
                    if not (isinstance(pair, list) and pair and _is_sane(pair[0], limit)):
                        stamps[name] = [fresh, store.origin]
                store.conn.execute(
                    f"UPDATE {rt.table} SET rev = ?, base_rev = ?, origin = ?, stamps = ? WHERE id = ?",
                    (
                        fresh if not _is_sane(rev, limit) else rev,
                        base_rev if _is_sane(base_rev, limit) else ZERO,
                        store.origin,
                        json.dumps(stamps, separators=(",", ":")),
                        record_id,
                    ),
                )
        store.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('clock', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(clock.last),),
        )
        store.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('clock_repaired', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(clock.last),),
        )
    return clock.last
