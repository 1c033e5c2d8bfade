"""Which rows of `conflicts` may belong to one conference (app/conflicts.py checks each one it lists).

A conference's conflicts are found from whichever side is smaller: a record type the table holds no
conflict of is not read at all; a type with a few conflicts has each of them looked up in its record
table by id; a type with many has the conference's records of that type matched against them. So a store
without conflicts reads nothing of a conference's thousands of notes, and a store of many conflicts
still reads one conference's records, never every conflict it holds.
"""

from __future__ import annotations

from typing import Any

from app.records import RECORD_TYPES
from app.store import Store

COLUMNS = "id, record_type, record_id, field, value, rev, origin"
FEW = 256  # up to this many conflicts of a type are looked up one by one, beyond it by the conference
# A conference's process and its themes (and the conference itself): their conflicts are listed under
# it too. Three ids at most, whichever way the conflicts lie.
_OF_PROCESS = (
    "SELECT id FROM conferences WHERE id = ?"
    " UNION ALL SELECT id FROM processes WHERE id IN (SELECT process_id FROM conferences WHERE id = ?)"
    " UNION ALL SELECT id FROM themes WHERE process_id IN (SELECT process_id FROM conferences WHERE id = ?)"
)
_PROCESS_TYPES = ("conference", "process", "theme")


def conflict_rows(store: Store, conference_id: str | None, record_type: str | None) -> list[Any]:
    """The rows of `conflicts` of one type of record, of one conference, or both, in the order listed:
    for a conference, a superset of its own (the caller still looks at each record's conference)."""
    order = " ORDER BY record_id, field, rev"
    keyed = {n: rt.table for n, rt in RECORD_TYPES.items() if "conference_id" in rt.fields}
    if conference_id is None or (record_type is not None and record_type not in keyed):
        # Every conflict, or those of a type that names no conference (listed under every one).
        where, params = (" WHERE record_type = ?", (record_type,)) if record_type is not None else ("", ())
        return store.conn.execute(f"SELECT {COLUMNS} FROM conflicts{where}{order}", params).fetchall()
    types = [n for n in keyed if record_type in (None, n)]
    counts = _counts(store, types + (list(_PROCESS_TYPES) if record_type is None else []))
    parts: list[str] = []
    params: list[str] = []
    for name in types:
        if not counts[name]:
            continue
        if counts[name] < FEW:
            parts.append(
                f"SELECT {COLUMNS} FROM conflicts AS c WHERE record_type = ? AND EXISTS"
                f" (SELECT 1 FROM {keyed[name]} AS r WHERE r.id = c.record_id AND r.conference_id = ?)"
            )
        else:
            parts.append(
                f"SELECT {COLUMNS} FROM conflicts WHERE record_type = ?"
                f" AND record_id IN (SELECT id FROM {keyed[name]} WHERE conference_id = ?)"
            )
        params += [name, conference_id]
    if record_type is None and any(counts[name] for name in _PROCESS_TYPES):
        marks = ", ".join("?" * len(_PROCESS_TYPES))
        parts.append(
            f"SELECT {COLUMNS} FROM conflicts WHERE record_type IN ({marks}) AND record_id IN ({_OF_PROCESS})"
        )
        params += [*_PROCESS_TYPES, conference_id, conference_id, conference_id]
    if not parts:
        return []
    return store.conn.execute(" UNION ALL ".join(parts) + order, params).fetchall()


def _counts(store: Store, types: list[str]) -> dict[str, int]:
    """How many conflicts of each type, counted up to `FEW`: one statement, at most `FEW` index entries
    a type (m791's index of the conflicts by type)."""
    probes = ", ".join(
        f"(SELECT count(*) FROM (SELECT 1 FROM conflicts WHERE record_type = ? LIMIT {FEW}) AS f)"
        for _ in types
    )
    return dict(zip(types, store.conn.execute(f"SELECT {probes}", types).fetchone(), strict=True))
