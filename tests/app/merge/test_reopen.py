"""Undoing a resolution as a secretary does it: what was decided can be reopened, and the reopened
conflict shows exactly the versions that were open before, nothing lost and nothing invented.

The secretariat's store is on either backend (`central_kit`); the chair's laptop is SQLite.
"""

from __future__ import annotations

from typing import Any

import pytest

from app import conflicts
from app.merge import merge_records, value_key
from app.store import Store

CONFERENCE = "4b0e8f0a-2c55-4f7e-9d61-5a0c7e3b9d21"
CHAIR, CENTRAL = "a" * 16, "c" * 16  # the secretariat's origin sorts after the chair's
NOTE = {
    "conference_id": CONFERENCE,
    "table_number": 4,
    "question_id": "q2",
    "kind": "note",
    "text": "Fler bussar till industriområdet",
    "themes": ["tema-trafik"],
    "votes": 1,
    "position": 1,
    "person_id": None,
}
T = 1_800_000_000_000  # a wall clock reading in 2027


def merge(into: Store, source: Store) -> None:
    with into.transaction():
        merge_records(into, [r for t in ("note", "conflict_resolution") for r in source.dump(t)])


def view(store: Store, note_id: str, field: str) -> tuple[Any, list[Any]]:
    """What a secretary sees of one field: the value it holds, and the values open beside it.

    Every open row of the field is one the conflict list shows: a row holding the field's own value
    would be counted by `reopen` and never shown."""
    held = store.get("note", note_id)[field]
    found = [c for c in conflicts.open_conflicts(store) if (c.record_id, c.field) == (note_id, field)]
    rows = store.conn.execute(
        "SELECT value FROM conflicts WHERE record_id = ? AND field = ?", (note_id, field)
    ).fetchall()
    assert len(rows) == len(found), f"{len(rows)} rows open, {len(found)} shown"
    assert all(value_key(c.ours) == value_key(held) for c in found)
    return held, sorted((c.theirs for c in found), key=value_key)


def values(held: Any, others: list[Any]) -> list[bytes]:
    return sorted(value_key(v) for v in [held, *others])


@pytest.fixture
def stopped_clocks(central_kit):
    """A chair's laptop and the secretariat's store whose clocks both stand still at one millisecond:
    their edits then get equal stamps (same millisecond, same counter) and the origin decides."""
    chair = central_kit.memory_store(CHAIR, lambda: T)
    central = central_kit.central_store(CENTRAL, lambda: T)
    yield chair, central
    central_kit.discard(central)
    central_kit.discard(chair)


def test_keeping_the_chairs_text_that_lost_on_a_tied_stamp_reopens_one_value(stopped_clocks):
    """The chair and the secretariat edit the text within one millisecond; the secretariat's correction
    wins the tie by origin. Keeping the chair's text and reopening opens the correction, and only it:
    the value the resolution wrote was written after reading the chair's version, reopened or not."""
    chair, central = stopped_clocks
    note_id = chair.write("note", None, NOTE)
    merge(central, chair)
    central.write("note", note_id, {"text": "Fler bussar till industriområdet (rättad)"})
    chair.write("note", note_id, {"text": "Fler bussar till industriområdet, även kvällstid"})
    merge(central, chair)
    [before] = conflicts.open_conflicts(central)
    assert before.ours_stamp[0] == before.theirs_stamp[0]  # the tie the flaky draw produced
    assert (before.ours_stamp[1], before.theirs_stamp[1]) == (CENTRAL, CHAIR)

    conflicts.resolve(central, before.id, "theirs")
    [settled] = conflicts.settled(central)
    assert conflicts.reopen(central, settled.id) == 1
    held, others = view(central, note_id, "text")
    assert (held, others) == (before.theirs, [before.ours])
