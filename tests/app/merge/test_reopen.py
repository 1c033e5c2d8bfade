"""Undoing a resolution as a secretary does it: what was decided can be reopened, and the reopened
conflict shows exactly the versions that were open before, nothing lost and nothing invented.

The secretariat's store is on either backend (`central_kit`); the chair's laptop is SQLite.
"""

from __future__ import annotations

from typing import Any

import pytest

from app import conflict_authors, conflicts, notes
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


# Each field a secretary settles on a note: the secretariat's correction, and the chair's edit.
EDITS = {
    "text": ("Fler bussar till industriområdet (rättad)", "Fler bussar till industriområdet, även kvällstid"),
    "themes": (["tema-trafik", "tema-arbete"], ["tema-trafik", "tema-miljö"]),
    "votes": (5, 4),
    "kind": ("proposal", "action"),
}
LATER = {"text": "Bussar även på helgerna", "themes": ["tema-miljö"], "votes": 7, "kind": "guiding-word"}
REVIEWED = {"text": "Fler bussar (justerad)", "themes": [], "votes": 6, "kind": "note"}
OWN_TEXT = "Fler bussar, även kvällstid (rättad)"
CASES = [
    (field, choice, winner)
    for field in EDITS
    for choice in (("ours", "theirs", "text") if field == "text" else ("ours", "theirs"))
    for winner in ("secretariat", "chair")
]


class Collision:
    """A note whose `field` the secretariat corrected while the chair edited it too; `winner`'s edit is
    the later one (its clock runs a minute ahead)."""

    def __init__(self, kit: Any, field: str, winner: str) -> None:
        self.kit, self.field = kit, field
        self.chair_clock = kit.Clock(T)
        self.chair = kit.memory_store(CHAIR, self.chair_clock)
        self.central = kit.central_store(CENTRAL, kit.Clock(T + 60_000))
        self.note_id = self.chair.write("note", None, NOTE)
        merge(self.central, self.chair)
        correction, chairs = EDITS[field]
        self.central.write("note", self.note_id, {field: correction})
        if winner == "chair":
            self.chair_clock.ms += 120_000
        self.chair.write("note", self.note_id, {field: chairs})
        merge(self.central, self.chair)
        self.before = view(self.central, self.note_id, field)
        assert values(*self.before) == values(correction, [chairs])
        assert self.before[0] == (correction if winner == "secretariat" else chairs)

    def only(self) -> conflicts.Conflict:
        [conflict] = [c for c in conflicts.open_conflicts(self.central) if c.field == self.field]
        return conflict

    def settle(self, choice: str, store: Store | None = None) -> Any:
        """Resolve the field's conflict (the first shown); returns the value the field holds after."""
        store = store or self.central
        conflict = next(c for c in conflicts.open_conflicts(store) if c.field == self.field)
        conflicts.resolve(store, conflict.id, choice, OWN_TEXT if choice == "text" else None)
        expected = {"ours": conflict.ours, "theirs": conflict.theirs, "text": OWN_TEXT}[choice]
        assert view(store, self.note_id, self.field) == (expected, [])
        return expected

    def reopen_last(self, store: Store | None = None) -> int:
        store = store or self.central
        return conflicts.reopen(store, conflicts.settled(store)[0].id)

    def close(self) -> None:
        self.kit.discard(self.central)
        self.kit.discard(self.chair)


@pytest.fixture
def collide(central_kit):
    made: list[Collision] = []

    def make(field: str, winner: str) -> Collision:
        made.append(Collision(central_kit, field, winner))
        return made[-1]

    yield make
    for collision in made:
        collision.close()


def assert_reopened(c: Collision, opened: int, expected: list[bytes], store: Store | None = None) -> None:
    """The values shown (held and open) are `expected`, each once, and `opened` counted the open ones."""
    held, others = view(store or c.central, c.note_id, c.field)
    assert values(held, others) == expected
    assert len(set(values(held, others))) == len(expected)
    assert opened == len(others)


@pytest.mark.parametrize(("field", "choice", "winner"), CASES)
def test_reopen_shows_what_was_open_and_a_second_decision_reopens_alike(collide, kit, field, choice, winner):
    c = collide(field, winner)
    held_before, others_before = c.before
    c.settle(choice)
    expected = values(held_before, others_before + ([OWN_TEXT] if choice == "text" else []))
    assert_reopened(c, c.reopen_last(), expected)

    # Another store that held the resolution gets the tombstone: it opens the same rows.
    second = kit.memory_store("d" * 16)
    try:
        merge(second, c.chair)
        merge(second, c.central)
        assert kit.canonical_dump(second)["conflicts"] == kit.canonical_dump(c.central)["conflicts"]
        assert view(second, c.note_id, field) == view(c.central, c.note_id, field)
    finally:
        kit.discard(second)

    # Decided again another way, and reopened again: the same versions once more.
    again = {"ours": "theirs", "theirs": "ours", "text": "theirs"}[choice]
    c.settle(again)
    assert_reopened(c, c.reopen_last(), expected)
    c.settle("ours")
    assert conflicts.open_conflicts(c.central) == []


@pytest.mark.parametrize(("field", "choice", "winner"), CASES)
def test_reopen_after_a_later_bundle_brought_another_edit(collide, field, choice, winner):
    """The chair edits again without having seen the decision; its bundle arrives, then the decision is
    reopened: the chair's new version, the value held and what the decision reviewed are shown, once."""
    c = collide(field, winner)
    held_before, others_before = c.before
    c.settle(choice)
    c.chair_clock.ms += 120_000  # the chair's new edit is the latest
    c.chair.write("note", c.note_id, {field: LATER[field]})
    merge(c.central, c.chair)
    held, others = view(c.central, c.note_id, field)
    assert held == LATER[field]  # open beside the decision's value, unless that was the chair's own
    shown_before = values(held, others)
    opened = c.reopen_last()
    reviewed = values(held_before, others_before)
    expected = sorted(set(shown_before) | set(reviewed))
    held_after, others_after = view(c.central, c.note_id, field)
    assert held_after == LATER[field]
    assert values(held_after, others_after) == expected
    assert opened == len(others_after) - len(others)


@pytest.mark.parametrize(("field", "choice", "winner"), CASES)
def test_reopen_after_review_edited_the_field_again(collide, field, choice, winner):
    """After the decision the secretary edits the field once more in review, then reopens: the edit
    stays, and every version the decision reviewed is open beside it, and so is her own text the
    decision kept (found nowhere else once the decision is undone)."""
    c = collide(field, winner)
    held_before, others_before = c.before
    c.settle(choice)
    c.central.write("note", c.note_id, {field: REVIEWED[field]})
    assert view(c.central, c.note_id, field) == (REVIEWED[field], [])
    own = [OWN_TEXT] if choice == "text" else []
    assert_reopened(c, c.reopen_last(), values(REVIEWED[field], [held_before, *others_before, *own]))


@pytest.mark.parametrize("choice", ["ours", "theirs", "text"])
def test_on_a_shared_store_another_secretary_edits_in_review_and_reopens(collide, backend, choice):
    """PostgreSQL: one store, two secretaries. Karin settles the text, Olle edits it in review and
    undoes Karin's decision: both see the edit held and every version Karin reviewed open beside it,
    with her own text if she wrote one."""
    if backend != "postgresql":
        pytest.skip("one store shared by two secretaries is PostgreSQL's")
    from app.pg.store import PgStore

    c = collide("text", "secretariat")
    held_before, others_before = c.before
    c.settle(choice)
    olle = PgStore(c.central.pool_dsn, origin="e" * 16, now=lambda: T + 600_000)
    try:
        olle.write("note", c.note_id, {"text": REVIEWED["text"]})
        own = [OWN_TEXT] if choice == "text" else []
        expected = values(REVIEWED["text"], [held_before, *others_before, *own])
        assert_reopened(c, c.reopen_last(olle), expected, olle)
        assert view(c.central, c.note_id, "text") == view(olle, c.note_id, "text")
    finally:
        olle.close()


SECOND = [
    (field, first, then, winner)
    for field in EDITS
    for first in (("ours", "theirs", "text") if field == "text" else ("ours", "theirs"))
    for then in (("ours", "theirs", "text") if field == "text" else ("ours", "theirs"))
    for winner in ("secretariat", "chair")
]


@pytest.mark.parametrize(("field", "first", "then", "winner"), SECOND)
def test_settled_anew_after_reopening_nothing_stays_open(collide, kit, field, first, then, winner):
    """Whatever was decided first and whatever is decided after the reopening, the second decision
    closes the conflict, here and on a store that gets both decisions and the tombstone."""
    c = collide(field, winner)
    c.settle(first)
    c.reopen_last()
    c.settle(then)
    assert view(c.central, c.note_id, field)[1] == []
    second = kit.memory_store("d" * 16)
    try:
        merge(second, c.chair)
        merge(second, c.central)
        assert view(second, c.note_id, field) == view(c.central, c.note_id, field)
    finally:
        kit.discard(second)


@pytest.mark.parametrize(("field", "choice", "winner"), CASES)
def test_an_edit_in_review_after_reopening_leaves_every_reopened_value_open(
    collide, kit, field, choice, winner
):
    """Reopened, then the field edited in review: the edit decides nothing, so every value the decision
    had reviewed is open beside it at once (not only after the next bundle), and the decision that
    follows settles them all, here and on a store that gets the bundles."""
    c = collide(field, winner)
    held_before, others_before = c.before
    c.settle(choice)
    c.reopen_last()
    notes.edit_note(c.central, c.note_id, **{field: REVIEWED[field]})
    expected = values(REVIEWED[field], [held_before, *others_before])
    assert_reopened(c, len(view(c.central, c.note_id, field)[1]), expected)
    c.settle("text" if field == "text" else "ours")
    second = kit.memory_store("d" * 16)
    try:
        merge(second, c.chair)
        merge(second, c.central)
        assert (
            view(second, c.note_id, field)
            == view(c.central, c.note_id, field)
            == (c.central.get("note", c.note_id)[field], [])
        )
    finally:
        kit.discard(second)


def test_a_reopened_conflict_names_who_wrote_each_side_as_before(stopped_clocks):
    """Keeping the chair's text wrote a copy of it here; reopened, that side is still the chair's text,
    not the secretariat's, and the secretariat's own correction is still the secretariat's."""
    chair, central = stopped_clocks
    note_id = chair.write("note", None, NOTE)
    merge(central, chair)
    central.write("note", note_id, {"text": "Fler bussar till industriområdet (rättad)"})
    chair.write("note", note_id, {"text": "Fler bussar till industriområdet, även kvällstid"})
    merge(central, chair)
    [before] = conflicts.open_conflicts(central)
    named = conflict_authors.sides(central, [before])
    conflicts.resolve(central, before.id, "theirs")
    conflicts.reopen(central, conflicts.settled(central)[0].id)
    [again] = conflicts.open_conflicts(central)
    assert again.ours_stamp[1] == CENTRAL  # the copy the decision wrote holds the field
    now = conflict_authors.sides(central, [again])
    chairs = conflict_authors.Side("", written=before.theirs_stamp)  # written when the chair wrote it
    assert now[(note_id, again.ours_stamp)] == named[(note_id, before.theirs_stamp)] == chairs
    assert now[(note_id, again.theirs_stamp)] == named[(note_id, before.ours_stamp)]
    assert now[(note_id, again.theirs_stamp)].here


def test_a_settled_edited_text_is_said_as_kept_after_the_note_changed_again(stopped_clocks):
    """An own text is written nowhere but in the field it settled: edited again since, the secretariat's
    store (a shared one too) still says which text the decision kept."""
    chair, central = stopped_clocks
    note_id = chair.write("note", None, NOTE)
    merge(central, chair)
    central.write("note", note_id, {"text": "Fler bussar till industriområdet (rättad)"})
    chair.write("note", note_id, {"text": "Fler bussar till industriområdet, även kvällstid"})
    merge(central, chair)
    [before] = conflicts.open_conflicts(central)
    conflicts.resolve(central, before.id, "text", "Fler bussar till industriområdet, kvällstid också")
    central.write("note", note_id, {"text": "Bussar hela dygnet"})
    [settled] = conflicts.settled(central)
    assert (settled.kept, settled.kept_known, settled.now) == (
        "Fler bussar till industriområdet, kvällstid också",
        True,
        "Bussar hela dygnet",
    )
    assert sorted(settled.set_aside) == sorted({before.ours, before.theirs})
