"""A copied profile's exports imported a second time open nothing, in any order.

Two laptops sign with one key and stamp under one origin. The first laptop writes a note ("ja #1"),
then corrects it ("ja"); the copy takes that correction from the first laptop's export and edits the
note again ("Fler praktikplatser"). Every edit saw the one before it, so nothing is open. Weighed
against the row alone, though, the first laptop's first text looks unseen by the copy's edit: the
copy's chain never carried it, and only the correction in between, which the copy did carry, shows it
was seen. An import that weighs the row first and every carried version next must report what it
left open, not what it opened on the way: a second import of the same export left the store as it was
and still reported a new conflict.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from app.merge import MergeCounts, merge_records
from app.merge.forks import Carrier

from .conftest import NOTE_FIELDS

ORIGIN = "0000000000000001"
NOTE_ID = "01a0c450-45b4-7000-868d-f8de4770a1e8"
FIRST, CORRECTED, COPY_EDITED, LATER = (
    "001789999990196-000000",
    "001789999990196-000002",
    "001789999999335-000002",
    "001789999999335-000006",
)


def note(rev: str, base_rev: str, text: str, text_rev: str) -> dict[str, Any]:
    """The note as an export carries it: the text stamped `text_rev`, every other field at creation."""
    stamps = {name: [FIRST, ORIGIN] for name in (*NOTE_FIELDS, "deleted")}
    stamps["text"] = [text_rev, ORIGIN]
    return {
        "id": NOTE_ID,
        "type": "note",
        "origin": ORIGIN,
        "rev": rev,
        "base_rev": base_rev,
        "deleted": False,
        "fields": {**NOTE_FIELDS, "text": text},
        "stamps": stamps,
    }


def export(name: str, sequence: int, previous: str | None, created: str, *records) -> tuple:
    carrier = Carrier(
        name, "key0", sequence, previous, created, origin=ORIGIN, conference_id="conf", tables=(7,)
    )
    return carrier, list(records)


ZERO = "000000000000000-000000"
EXPORTS = [
    export("L0:1", 1, None, "001789999990196-000001", note(FIRST, ZERO, "ja #1", FIRST)),
    export("L0:2", 2, "L0:1", "001789999990196-000003", note(CORRECTED, FIRST, "ja", CORRECTED)),
    # the copy, its profile copied before the first export, takes the correction and edits the note
    export("L1:1", 1, None, "001789999999335-000001", note(CORRECTED, FIRST, "ja", CORRECTED)),
    export(
        "L1:2",
        2,
        "L1:1",
        "001789999999335-000003",
        note(COPY_EDITED, CORRECTED, "Fler praktikplatser", COPY_EDITED),
    ),
]


def feed(store, exports) -> MergeCounts:
    total = MergeCounts()
    for carrier, records in exports:
        with store.transaction():
            total += merge_records(store, records, carrier)
    return total


def open_now(store) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute("SELECT field, value, rev FROM conflicts ORDER BY id")]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(EXPORTS)))))
def test_every_export_again_in_any_order_opens_nothing(central_kit, order) -> None:
    store = central_kit.central_store("c" * 16)
    try:
        feed(store, [EXPORTS[i] for i in order])
        assert open_now(store) == []  # whatever the order, the chain shows every edit saw the one before
        held = central_kit.canonical_dump(store)
        for carrier, records in EXPORTS:
            again = feed(store, [(carrier, records)])
            assert (again.new, again.updated, again.conflicts) == (0, 0, 0), carrier.manifest_sha256
        assert central_kit.canonical_dump(store) == held
    finally:
        central_kit.discard(store)


def test_a_concurrent_edit_still_opens_once_and_not_again(central_kit) -> None:
    """The first laptop edits again without having seen the copy's edit: the copy's text is open, counted
    once when it comes, and importing every export again opens nothing more."""
    third = export("L0:3", 3, "L0:2", "001789999999335-000007", note(LATER, CORRECTED, "Fler bussar", LATER))
    store = central_kit.central_store("c" * 16)
    try:
        first = feed(store, [*EXPORTS, third])
        assert first.conflicts == 1
        assert open_now(store) == [("text", '"Fler praktikplatser"', COPY_EDITED)]
        again = feed(store, [third, *EXPORTS[::-1]])
        assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
        assert open_now(store) == [("text", '"Fler praktikplatser"', COPY_EDITED)]
    finally:
        central_kit.discard(store)
