"""What a record claims its writer had seen (`seen`), in the two places that decide it alone.

A dump past the bound keeps the latest stamps, and a claim naming an edit held here counts for every
field of the record alike, whichever field is weighed first.
"""

from __future__ import annotations

import json

from app.knowledge import MAX_SEEN, Knowledge, State, shown_seen
from app.merge.frontier import open_losers
from app.records import record_type

WRITER = "a000000000000000"
OTHER = "b000000000000000"


def _rev(n: int) -> str:
    return f"{1_700_000_000_000 + n:015d}-000000"


def test_a_dump_past_the_bound_claims_the_latest_stamps() -> None:
    others = [f"{i + 1:016x}" for i in range(MAX_SEEN + 4)]
    knows = [[_rev(10 + i), origin] for i, origin in enumerate(others)]
    record = {"origin": WRITER, "rev": _rev(100), "base_rev": _rev(0), "stamps": {}}
    seen = shown_seen(record, json.dumps(knows), None, frozenset([WRITER]))
    assert len(seen) == MAX_SEEN
    assert seen == sorted(knows)[-MAX_SEEN:]  # before: the 16 earliest, the latest four left out


def _weigh(overwritten_field: str) -> dict:
    """The writer's state claims an edit of OTHER's that this store holds only as the version of one
    field; an earlier edit of OTHER's, which the writer overwrote, stands in the other field."""
    note = record_type("note")
    claimed_field = "text" if overwritten_field == "kind" else "kind"
    head = (_rev(30), WRITER)
    claimed = (_rev(20), OTHER)  # held here: the version of `claimed_field`
    earlier = (_rev(10), OTHER)  # overwritten by the writer, who had seen `claimed` (so this too)
    knowledge = Knowledge()
    knowledge.add_states([State(head[0], head[1], _rev(0), (), (claimed,))])
    merged = {
        "fields": {overwritten_field: "ny", claimed_field: "deras"},
        "stamps": {overwritten_field: list(head), claimed_field: list(claimed)},
    }
    candidates = {overwritten_field: [(earlier, "gammal")], claimed_field: [(claimed, "deras")]}
    return open_losers(note, merged, candidates, knowledge)


def test_a_held_claim_counts_whichever_field_is_weighed_first() -> None:
    # Fields are weighed in name order, "kind" before "text". Before, the claim counted only once the
    # field holding the claimed edit had been weighed, so the overwritten "kind" opened, "text" did not.
    assert _weigh("text") == {}
    assert _weigh("kind") == {}
