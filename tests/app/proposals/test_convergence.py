"""Generated histories: decisions, undos, merges and unmerges on three laptops converge in any order."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import proposals
from app.errors import UserError
from app.merge import merge_records
from app.records import RECORD_TYPES
from app.store import Store


def _wire(store: Store) -> list[dict]:
    return [r for name in RECORD_TYPES for r in store.dump(name)]


def _receive(target: Store, records: list[dict]) -> None:
    with target.transaction():
        merge_records(target, records)


@pytest.fixture(scope="module")
def base_records(sample_file) -> tuple[list[dict], object]:
    source, process = sample_file
    store = Store(source)
    records = _wire(store)
    store.close()
    return records, process


operation = st.tuples(
    st.integers(0, 2),  # which laptop
    st.sampled_from(["status", "retract", "merge", "unmerge", "sync"]),
    st.integers(0, 3),  # which proposal of the first conference's first groups
    st.sampled_from(proposals.STATUSES),
    st.integers(0, 2),  # sync partner
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, min_size=1, max_size=14), order=st.permutations([0, 1, 2]))
def test_any_history_converges(base_records, ops, order) -> None:
    records, process = base_records
    notes = [process.proposal_groups[0][0], process.proposal_groups[0][1], process.proposal_groups[3][0]]
    notes.append(process.proposal_groups[3][1])
    laptops = [Store(":memory:") for _ in range(3)]
    for laptop in laptops:
        _receive(laptop, records)
    changes: list[list[str]] = [[], [], []]
    for who, action, which, status, partner in ops:
        store = laptops[who]
        try:
            if action == "status":
                reason = "Skäl" if status == "not-pursued" else ""
                changes[who].append(proposals.set_status(store, notes[which], status, reason=reason))
            elif action == "retract" and changes[who]:
                proposals.retract(store, changes[who].pop())
            elif action == "merge":
                proposals.merge(store, notes[which - which % 2 : which - which % 2 + 2])
            elif action == "unmerge":
                found = proposals.find_proposal(store, notes[which])
                if found.is_group:
                    proposals.unmerge(store, found.id)
            elif action == "sync":
                _receive(laptops[partner], _wire(store))
        except UserError:
            pass  # refused edits (already merged, ...) leave the store as it was
    # Everyone receives everyone's records, in a generated order, twice (idempotence).
    for _ in range(2):
        for source in order:
            for target in range(3):
                if target != source:
                    _receive(laptops[target], _wire(laptops[source]))
    ids = process.conference_ids
    views = []
    for laptop in laptops:
        listed = proposals.list_proposals(laptop, ids)
        views.append(sorted((p.id, p.status, p.votes, tuple(n.id for n in p.originals)) for p in listed))
    assert views[0] == views[1] == views[2]
    for laptop in laptops:
        laptop.close()
