"""Records mutated at random and then properly signed by a trusted chair: the layers after the
signature (record shapes, claims, roles, the store's own records) must refuse what is wrong with a
reason and never raise; what they refuse leaves the store as it was."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bundles.importer import IMPORTED, REFUSED, import_data
from app.bundles.writer import records_bytes

_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.text(max_size=12),
    st.sampled_from(["note", "table", "question", "conference", "001700000000000-000000", "0" * 16, 3, 4]),
    st.lists(st.one_of(st.integers(0, 9), st.text(max_size=4)), max_size=3),
    st.dictionaries(st.text(max_size=6), st.integers(0, 9), max_size=3),
)


@st.composite
def _mutations(draw, records):
    chosen = copy.deepcopy(draw(st.sampled_from(records)))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(["top", "fields", "stamps", "drop", "move"]))
        if where == "move" and isinstance(chosen.get("fields"), dict):  # to another table
            chosen["fields"]["number" if chosen.get("type") == "table" else "table_number"] = draw(
                st.integers(1, 6)
            )
        elif where == "top":
            chosen[draw(st.sampled_from(sorted(chosen)))] = draw(_values)
        elif where == "fields" and isinstance(chosen.get("fields"), dict) and chosen["fields"]:
            chosen["fields"][draw(st.sampled_from(sorted(chosen["fields"])))] = draw(_values)
        elif where == "stamps" and isinstance(chosen.get("stamps"), dict) and chosen["stamps"]:
            chosen["stamps"][draw(st.sampled_from(sorted(chosen["stamps"])))] = draw(_values)
        elif where == "drop" and chosen:
            chosen.pop(draw(st.sampled_from(sorted(chosen))))
    return chosen


@pytest.mark.slow  # among the four slowest of the suite; still runs in make test
def test_signed_but_wrong_records_are_refused_cleanly(world, secretariat) -> None:
    key = world.chair_key()
    originals = world.table_records()
    outcomes: set[str] = set()

    def attempt(record) -> str:
        """Sign `record` as the trusted chair and import it: imported, or refused cleanly."""
        kind = record.get("type")
        counts = {kind: 1} if isinstance(kind, str) and kind else {"note": 1}
        fields = record.get("fields") if isinstance(record.get("fields"), dict) else {}
        number = fields.get("table_number", fields.get("number"))
        tables = [number] if type(number) is int and number >= 1 else [world.table]  # claim what it holds
        bundle = world.signed_bundle(
            key,
            world.chair_public_key,
            [],
            conference_id=world.conference_id,
            records_data=records_bytes([record]),
            manifest_changes={"counts": counts, "tables": tables},
        )
        before = world.snapshot(secretariat)
        receipt = import_data(secretariat, bundle, "mutated")
        assert receipt.status in (IMPORTED, REFUSED), receipt
        outcomes.add(receipt.check or receipt.status)
        if receipt.status == REFUSED:
            assert receipt.reason and receipt.check
            assert world.snapshot(secretariat) == before
        return receipt.status

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def check(data) -> None:
        attempt(data.draw(_mutations(originals)))

    check()
    # And one mutation that stays valid, whatever the seed: of the 250 drawn, most that do are no change
    # at all, and for about one seed in 40 none did (`--hypothesis-seed=37`, 52, 83), which failed the
    # line below. Tried after the drawn ones, so that they meet the store as before.
    note = copy.deepcopy(next(r for r in originals if r["type"] == "note" and not r["deleted"]))
    note["fields"] |= {"text": "", "votes": None}
    assert attempt(note) == IMPORTED
    # The mutations reach past the signature into every later layer, and some stay valid.
    assert {"records", "role", IMPORTED} <= outcomes, outcomes
