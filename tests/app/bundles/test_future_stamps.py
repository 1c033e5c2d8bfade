"""Stamps from elsewhere are bounded against this machine's clock, the clock never leaves its fixed
width, and a store an earlier version let break is repaired when it is opened."""

from __future__ import annotations

import pytest

from app import notes
from app.bundles.codec import decode_records
from app.bundles.importer import IMPORTED, REFUSED, import_data
from app.bundles.writer import records_bytes
from app.hlc import WALL_MAX, ClockExhausted, HybridClock, Stamp, wall_clock_ms
from app.messages import message
from app.workspace import Workspace

DAY_MS = 24 * 3600 * 1000


def _stamp(ms: int) -> str:
    return str(Stamp(ms, 0))


@pytest.mark.parametrize(
    "created",
    ["999999999999999-999999", _stamp(wall_clock_ms() + 40 * DAY_MS)],
    ids=["end-of-the-clock", "forty-days-ahead"],  # ids from the clock would differ between xdist workers
)
def test_a_bundle_created_far_ahead_is_refused_and_later_edits_still_work(
    world, secretariat, created
) -> None:
    before = world.snapshot(secretariat)
    bundle = world.anna_signs(world.table_records(), created_hlc=created)
    receipt = import_data(secretariat, bundle, "future.rbz")
    assert receipt.status == REFUSED and receipt.check == "clock", receipt
    assert "in the future" in receipt.reason
    assert world.snapshot(secretariat) == before
    notes.add_note(secretariat.store, world.conference_id, world.table, 1, "Efter attacken")
    assert Stamp.parse(secretariat.store.meta_get("clock")).wall_ms < wall_clock_ms() + DAY_MS


@pytest.mark.parametrize("where", ["rev", "base_rev", "stamps"])
def test_a_record_stamped_far_ahead_is_refused(world, secretariat, where) -> None:
    records = world.table_records()
    note = next(r for r in records if r["type"] == "note")
    future = "999999999999999-999998"
    if where == "stamps":
        note["stamps"]["text"] = [future, note["origin"]]
    else:
        note[where] = future
    before = world.snapshot(secretariat)
    receipt = import_data(secretariat, world.anna_signs(records), "future.rbz")
    assert receipt.status == REFUSED and receipt.check == "clock", receipt
    assert world.snapshot(secretariat) == before


def test_a_clock_a_little_ahead_is_taken_and_flagged(world, secretariat) -> None:
    created = _stamp(wall_clock_ms() + 3 * DAY_MS)
    receipt = import_data(
        secretariat, world.anna_signs(world.table_records(), created_hlc=created), "ahead.rbz"
    )
    assert receipt.status == IMPORTED, receipt
    assert message("clock-ahead") in receipt.flags, receipt.flags


def test_the_clock_never_leaves_its_fixed_width() -> None:
    clock = HybridClock(Stamp(WALL_MAX, 999_998), now=lambda: 0)
    assert str(clock.tick()) == "999999999999999-999999"
    with pytest.raises(ClockExhausted):
        clock.tick()
    assert str(clock.last) == "999999999999999-999999"


def test_a_store_broken_by_an_earlier_version_is_repaired_on_open(world, chair, tmp_path) -> None:
    """What one forged bundle did before: the clock at 16 digits, a note stamped so by the next edit."""
    store = chair.store
    note_id = notes.add_note(store, world.conference_id, world.table, 1, "Före reparationen")
    broken = "1000000000000000-000000"
    store.conn.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (broken,))
    store.conn.execute(
        "UPDATE notes SET rev = ?, base_rev = '999999999999999-999999', stamps = json_set(stamps, '$.text',"
        " json_array(?, origin)) WHERE id = ?",
        (broken, broken, note_id),
    )
    chair.close()

    reopened = Workspace(chair.dir)
    try:
        clock = Stamp.parse(reopened.store.meta_get("clock"))
        assert clock.wall_ms <= wall_clock_ms() + DAY_MS
        notes.add_note(reopened.store, world.conference_id, world.table, 1, "Efter reparationen")
        dumped = list(reopened.store.dump("note"))
        decode_records(records_bytes(dumped))  # every stamp is valid on the wire again
        assert {n["fields"]["text"] for n in dumped} >= {"Före reparationen", "Efter reparationen"}
    finally:
        reopened.close()
