"""The importer looks up which of a bundle's records the store holds once, under their locks, for the
role check and the merge (app/bundles/permissions.Looked): the merge is told the ids found nowhere and
does not look them up again. A record an earlier batch of the same merge wrote is held by then.

The secretariat's store is on either backend (`central_kit`); the chair's laptop is SQLite.
"""

from __future__ import annotations

from app.merge import bulk, merge_records

from .conftest import NOTE_FIELDS

T = 1_800_000_000_000


def test_a_record_an_earlier_batch_wrote_is_merged_as_held(central_kit, monkeypatch):
    chair = central_kit.memory_store("a" * 16, central_kit.Clock(T))
    central = central_kit.central_store("c" * 16, central_kit.Clock(T))
    note_id = chair.write("note", None, {**NOTE_FIELDS, "text": "Fler bussar"})
    first = list(chair.dump("note"))
    chair.write("note", note_id, {"text": "Fler bussar på kvällen"})
    later = list(chair.dump("note"))
    other_id = chair.write("note", None, {**NOTE_FIELDS, "text": "Cykelbanor"})
    other = [r for r in chair.dump("note") if r["id"] == other_id]
    monkeypatch.setattr(bulk, "_BATCH", 2)  # the first state and the other note, then the later state
    with central.transaction():
        counts = merge_records(central, [*first, *other, *later], absent=frozenset({note_id, other_id}))
    assert (counts.new, counts.updated) == (2, 1)
    assert central.get("note", note_id)["text"] == "Fler bussar på kvällen"
    assert central.get("note", other_id)["text"] == "Cykelbanor"
    central_kit.discard(central)
    central_kit.discard(chair)


def test_records_not_told_absent_are_looked_up(central_kit):
    """Only the ids named absent are taken as new: a held record merges over what is stored."""
    chair = central_kit.memory_store("a" * 16, central_kit.Clock(T))
    central = central_kit.central_store("c" * 16, central_kit.Clock(T))
    note_id = chair.write("note", None, {**NOTE_FIELDS, "text": "Fler bussar"})
    with central.transaction():
        merge_records(central, chair.dump("note"))
    chair.write("note", note_id, {"text": "Fler bussar på kvällen"})
    new_id = chair.write("note", None, {**NOTE_FIELDS, "text": "Cykelbanor"})
    with central.transaction():
        counts = merge_records(central, chair.dump("note"), absent=frozenset({new_id}), locked=True)
    assert (counts.new, counts.updated) == (1, 1)
    assert central.get("note", note_id)["text"] == "Fler bussar på kvällen"
    central_kit.discard(central)
    central_kit.discard(chair)
