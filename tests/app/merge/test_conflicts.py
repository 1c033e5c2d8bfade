"""Reviewing and resolving conflicts: keep ours, theirs or an edited text; the resolution travels."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from app import conflicts
from app.errors import NotFound, Said, UserError
from app.merge import merge_records
from app.store import Store

CONFERENCE = "6f1c2a52-8d7e-4a53-9d0b-3c1f0e2b7a10"
NOTE_FIELDS = {
    "conference_id": CONFERENCE,
    "table_number": 7,
    "question_id": "q1",
    "kind": "note",
    "themes": [],
    "votes": 0,
    "position": 1,
    "person_id": None,
}


def merge(into: Store, *sources: Store, types=("note", "conflict_resolution")) -> None:
    with into.transaction():
        merge_records(into, [r for s in sources for t in types for r in s.dump(t)])


class Collision(NamedTuple):
    chair: Store
    central: Store
    note_id: str
    conflict: conflicts.Conflict
    correction: list[dict]  # the secretariat's note right after its correction


@pytest.fixture
def in_conflict(make_store, kit):
    """A secretariat store where a chair's text and the secretariat's own correction collided.

    The secretariat's clock runs a minute ahead of the chair's, so its correction is the later edit.
    """
    chair = make_store("a" * 16, kit.Clock(1_800_000_000_000))
    central = make_store("c" * 16, kit.Clock(1_800_000_060_000))
    note_id = chair.write("note", None, {**NOTE_FIELDS, "text": "Fler bussar", "votes": 1})
    merge(central, chair)
    central.write("note", note_id, {"text": "Fler bussar (rättad)"})
    correction = list(central.dump("note"))  # the secretariat's state, as another store would get it
    chair.write("note", note_id, {"text": "Fler bussar till sjukhuset", "votes": 2})
    merge(central, chair)
    [conflict] = conflicts.open_conflicts(central)
    return Collision(chair, central, note_id, conflict, correction)


def test_a_conflict_shows_both_texts(in_conflict):
    _chair, central, note_id, conflict, _ = in_conflict
    values = {conflict.ours, conflict.theirs}
    assert values == {"Fler bussar (rättad)", "Fler bussar till sjukhuset"}
    assert central.get("note", note_id)["text"] == conflict.ours
    assert central.get("note", note_id)["votes"] == 2  # a field only the chair changed: merged, no conflict
    assert (conflict.record_type, conflict.field, conflict.table_number) == ("note", "text", 7)


@pytest.mark.parametrize("choice", ["ours", "theirs", "text"])
def test_resolving_closes_the_conflict_and_keeps_the_choice(in_conflict, choice):
    _chair, central, note_id, conflict, _ = in_conflict
    typed = "Fler bussar till sjukhuset, även på kvällen"
    conflicts.resolve(central, conflict.id[:6], choice, typed if choice == "text" else None)
    expected = {"ours": conflict.ours, "theirs": conflict.theirs, "text": typed}[choice]
    assert central.get("note", note_id)["text"] == expected
    assert conflicts.open_conflicts(central) == []
    [resolution] = central.select("conflict_resolution")
    assert resolution["choice"] == choice and resolution["record_id"] == note_id
    assert {r["value"] for r in conflicts.reviewed_of(resolution)} == {conflict.ours, conflict.theirs}


@pytest.mark.parametrize("choice", ["ours", "theirs", "text"])
def test_a_resolution_travels_and_closes_the_same_conflict_elsewhere(in_conflict, make_store, kit, choice):
    chair, central, _note_id, conflict, correction = in_conflict
    second = make_store("d" * 16)  # another store that saw the same records
    merge(second, chair)
    with second.transaction():
        merge_records(second, correction)
    assert [c.id for c in conflicts.open_conflicts(second)] == [conflict.id]

    conflicts.resolve(central, conflict.id, choice, "Egen text" if choice == "text" else None)
    merge(second, central)
    assert conflicts.open_conflicts(second) == []
    assert kit.canonical_dump(second)["note"] == kit.canonical_dump(central)["note"]


def test_a_new_concurrent_edit_after_a_resolution_opens_a_new_conflict(in_conflict):
    chair, central, note_id, conflict, _ = in_conflict
    conflicts.resolve(central, conflict.id, "ours")
    chair.write("note", note_id, {"text": "Chair again, never saw the resolution"})
    merge(central, chair)
    [again] = conflicts.open_conflicts(central)
    assert again.id != conflict.id
    assert (again.ours, again.theirs) == ("Fler bussar (rättad)", "Chair again, never saw the resolution")


def test_after_a_resolution_the_same_bundles_again_open_nothing(in_conflict):
    chair, central, note_id, conflict, correction = in_conflict
    conflicts.resolve(central, conflict.id, "theirs")  # keep the chair's text
    central.write("note", note_id, {"text": "Fler bussar till sjukhuset (justerad)"})  # and polish it
    merge(central, chair)  # the chair's bundle arrives once more
    with central.transaction():
        merge_records(central, correction)  # and so does the secretariat's own earlier state
    assert conflicts.open_conflicts(central) == []
    assert central.get("note", note_id)["text"] == "Fler bussar till sjukhuset (justerad)"


def test_resolve_refuses_what_it_cannot_do(in_conflict, make_store):
    _chair, central, _note_id, conflict, _ = in_conflict
    with pytest.raises(NotFound):
        conflicts.resolve(central, "ffffffff", "ours")
    with pytest.raises(NotFound):
        conflicts.resolve(central, "%%%%", "ours")  # no wildcard for what a person typed
    with pytest.raises(UserError, match="empty"):
        conflicts.resolve(central, conflict.id, "text", "   ")
    with pytest.raises(UserError, match="unknown choice"):
        conflicts.resolve(central, conflict.id, "both")
    assert conflicts.open_conflicts(central) != []  # nothing half-done


def test_an_edited_text_is_only_for_text_fields(make_store):
    chair, central = make_store("a" * 16), make_store("c" * 16)
    note_id = chair.write("note", None, {**NOTE_FIELDS, "text": "x"})
    merge(central, chair)
    central.write("note", note_id, {"votes": 5})
    chair.write("note", note_id, {"votes": 2})
    merge(central, chair)
    [conflict] = conflicts.open_conflicts(central)
    assert conflict.field == "votes"
    with pytest.raises(UserError, match="not text"):
        conflicts.resolve(central, conflict.id, "text", "7")
    conflicts.resolve(central, conflict.id, "theirs")
    assert central.get("note", note_id)["votes"] == conflict.theirs


def test_an_edited_text_another_store_would_refuse_is_refused_and_nothing_changes(make_store):
    """A note's kind is one of a few set words, never an own text; and a text has a longest: an own text
    beyond it would make the follow-up bundle refused by every store that imports it."""
    chair, central = make_store("a" * 16), make_store("c" * 16)
    note_id = chair.write("note", None, {**NOTE_FIELDS, "text": "Språkcafé på biblioteket"})
    merge(central, chair)
    central.write("note", note_id, {"kind": "proposal"})
    chair.write("note", note_id, {"kind": "action", "text": "Språkcafé på biblioteket" + " ja" * 10})
    merge(central, chair)
    [kind] = [c for c in conflicts.open_conflicts(central) if c.field == "kind"]
    for own in ("förslag och åtgärd", "guiding-word"):  # not even a kind a note can have
        with pytest.raises(Said, match="the kind of a note is chosen from set values") as refused:
            conflicts.resolve(central, kind.id, "text", own)
        assert refused.value.why.code == "own-text-chosen"
    chair.write("note", note_id, {"text": "Kortare"})
    central.write("note", note_id, {"text": "Längre"})
    merge(central, chair)
    [text] = [c for c in conflicts.open_conflicts(central) if c.field == "text"]
    with pytest.raises(Said, match="the edited text cannot be the text: field text is longer") as refused:
        conflicts.resolve(central, text.id, "text", "x" * 100_001)
    assert refused.value.why.code == "own-text-refused"
    assert central.select("conflict_resolution") == []
    assert [c.id for c in conflicts.open_conflicts(central)] == [kind.id, text.id]
    conflicts.resolve(central, kind.id, "theirs")  # one of the two versions settles it
    assert central.get("note", note_id)["kind"] == kind.theirs


def test_a_resolution_survives_a_signed_bundle_and_closes_the_conflict_there(in_conflict, make_store):
    """The wire check of the bundle reader accepts resolution records; merged from the bundle read
    back, they close the same conflict on another store."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.bundles.format import KIND_PACK
    from app.bundles.reader import read_bundle
    from app.bundles.writer import assemble, build_manifest, records_bytes

    chair, central, note_id, conflict, correction = in_conflict
    second = make_store("d" * 16)
    merge(second, chair)
    with second.transaction():
        merge_records(second, correction)
    assert len(conflicts.open_conflicts(second)) == 1

    conflicts.resolve(central, conflict.id, "text", "Fler bussar till sjukhuset och skolan")
    records = [*central.dump("note"), *central.dump("conflict_resolution")]
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    data = records_bytes(records)
    manifest = build_manifest(
        kind=KIND_PACK,
        signer_name="Regionens kansli",
        public_key=public,
        conference_id=CONFERENCE,
        tables=(7,),
        records=records,
        records_data=data,
        sequence=1,
        previous=None,
        created_utc="2026-03-12T15:00:00Z",
        created_hlc=str(central.clock.last),
    )
    bundle = read_bundle(assemble(key, manifest, data)[0])
    with second.transaction():
        merge_records(second, bundle.records)
    assert conflicts.open_conflicts(second) == []
    assert second.get("note", note_id)["text"] == "Fler bussar till sjukhuset och skolan"


@pytest.mark.parametrize("choice", ["ours", "theirs", "text"])
def test_a_reopened_conflict_is_open_again_on_every_store_the_tombstone_reaches(
    in_conflict, make_store, choice
):
    chair, central, note_id, conflict, correction = in_conflict
    second = make_store("d" * 16)  # another secretariat store that gets the follow-up bundles
    merge(second, chair)
    with second.transaction():
        merge_records(second, correction)
    conflicts.resolve(central, conflict.id, choice, "Egen text" if choice == "text" else None)
    merge(second, central)
    assert conflicts.open_conflicts(second) == []

    [settled] = conflicts.settled(central)
    assert conflicts.reopen(central, settled.id[:6]) >= 1
    merge(second, central)  # the tombstone travels
    here = {(c.ours, c.theirs) for c in conflicts.open_conflicts(central)}
    there = {(c.ours, c.theirs) for c in conflicts.open_conflicts(second)}
    assert here and there == here
    assert {conflict.ours, conflict.theirs} <= {v for pair in here for v in pair} | {"Egen text"}

    chair.write("note", note_id, {"votes": 3})  # an unrelated edit arrives later: still open on both
    merge(central, chair)
    merge(second, chair)
    assert {(c.ours, c.theirs) for c in conflicts.open_conflicts(second)} == here
    assert {(c.ours, c.theirs) for c in conflicts.open_conflicts(central)} == here

    [again] = [c for c in conflicts.open_conflicts(second) if c.field == "text"][:1]
    conflicts.resolve(second, again.id, "ours")  # settled anew after the reopening: closed everywhere
    merge(central, second)
    assert conflicts.open_conflicts(central) == []
    assert conflicts.open_conflicts(second) == []


@pytest.mark.parametrize("choice", ["theirs", "text"])
def test_settled_says_the_value_the_decision_kept_here_and_on_a_store_it_travelled_to(
    in_conflict, make_store, choice
):
    """Edited again after the decision, the note holds another text: `settled` still says what the
    decision kept. A store the decision travelled to knows it while the field holds it, and says it
    does not know once it was edited there since (the kept text was written anew, nowhere else)."""
    _chair, central, note_id, conflict, _ = in_conflict
    kept = conflict.theirs if choice == "theirs" else "Fler bussar, även till sjukhuset"
    conflicts.resolve(central, conflict.id, choice, kept if choice == "text" else None)
    other = make_store("d" * 16)
    merge(other, central)
    for store in (central, other):
        [settled] = conflicts.settled(store)
        assert (settled.kept, settled.kept_known, settled.now) == (kept, True, kept)
        assert settled.set_aside == [v for v in (conflict.theirs, conflict.ours) if v != kept]
    for store in (central, other):
        store.write("note", note_id, {"text": "Fler bussar till sjukhuset och skolan"})
    [here] = conflicts.settled(central)
    assert (here.kept, here.kept_known, here.now) == (kept, True, "Fler bussar till sjukhuset och skolan")
    [there] = conflicts.settled(other)
    assert (there.kept, there.kept_known, there.now) == (None, False, "Fler bussar till sjukhuset och skolan")
    assert there.set_aside == [] and sorted(there.reviewed) == sorted({conflict.theirs, conflict.ours})
