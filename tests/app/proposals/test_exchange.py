"""Statuses, merges and their undo travel between stores and converge, whatever the order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import proposals
from app.merge import merge_records
from app.records import RECORD_TYPES
from app.store import Store


def transfer(source: Store, target: Store) -> None:
    """Everything `source` holds, as wire records, merged into `target` (what a bundle import does)."""
    with target.transaction():
        for name in RECORD_TYPES:
            merge_records(target, source.dump(name))


def state(store: Store, conference_ids) -> list[tuple]:
    rows = []
    for p in proposals.list_proposals(store, conference_ids):
        history = [(c.id, c.status) for c in proposals.unit_history(store, p.id)[1]]
        rows.append((p.id, p.status, p.votes, p.tables, tuple(n.id for n in p.originals), tuple(history)))
    return sorted(rows)


@pytest.fixture
def two_stores(tmp_path: Path, sample_file):
    source, process = sample_file
    shutil.copyfile(source, tmp_path / "central.sqlite3")
    central = Store(tmp_path / "central.sqlite3")
    second = Store(tmp_path / "second.sqlite3")
    transfer(central, second)
    yield central, second, process
    central.close()
    second.close()


def test_statuses_and_merges_survive_the_trip_to_a_second_store(two_stores) -> None:
    central, second, process = two_stores
    a, b, c = process.proposal_groups[0][:3]
    group_id = proposals.merge(central, [a, b])
    proposals.set_status(central, group_id, "shortlisted", decision="Till rådet")
    proposals.set_status(central, group_id, "selected", owner="Region Testlän", review_date="2027-03-01")
    proposals.set_status(central, c, "not-pursued", reason="Finns redan")
    transfer(central, second)
    assert state(second, process.conference_ids) == state(central, process.conference_ids)
    merged = proposals.find_proposal(second, a)
    assert merged.id == group_id and merged.status == "selected"
    assert [ch.status for ch in proposals.unit_history(second, group_id)[1]] == ["shortlisted", "selected"]
    assert proposals.feedback(second, process.conference_ids[0]) == proposals.feedback(
        central, process.conference_ids[0]
    )


def test_concurrent_decisions_converge_in_either_order(two_stores, tmp_path: Path) -> None:
    central, second, process = two_stores
    target = process.proposal_groups[1][0]
    proposals.set_status(central, target, "shortlisted", decision="Kansliet")
    proposals.set_status(second, target, "selected", decision="Rådet, på annan dator")
    group = proposals.merge(second, process.proposal_groups[2][:2])
    # A third store receives the two histories in the opposite order to the others.
    third = Store(tmp_path / "third.sqlite3")
    transfer(second, third)
    transfer(central, third)
    transfer(central, second)
    transfer(second, central)
    ids = process.conference_ids
    assert state(central, ids) == state(second, ids) == state(third, ids)
    assert proposals.find_proposal(third, group).is_group
    assert len(proposals.unit_history(third, target)[1]) == 2  # both decisions kept in the history
    third.close()


def test_undo_travels_too(two_stores) -> None:
    central, second, process = two_stores
    a, b = process.proposal_groups[3][:2]
    group_id = proposals.merge(central, [a, b])
    change = proposals.set_status(central, group_id, "selected")
    transfer(central, second)
    proposals.retract(central, change)
    proposals.unmerge(central, group_id)
    transfer(central, second)
    assert proposals.find_proposal(second, a).id == a and proposals.find_proposal(second, a).status == "new"
    assert state(second, process.conference_ids) == state(central, process.conference_ids)


def test_summaries_and_links_converge_and_a_concurrent_summary_edit_is_kept(two_stores) -> None:
    from app import conflicts

    central, second, process = two_stores
    note, later = process.proposal_groups[0][0], process.proposal_groups[1][0]
    record_id, _ = proposals.set_summary(central, note, "Förstudie pågår.")
    proposals.link_again(central, later, note)
    transfer(central, second)
    proposals.set_summary(central, note, "Förstudien är klar.")
    proposals.set_summary(second, note, "Förstudien blev försenad.")
    transfer(second, central)
    transfer(central, second)
    assert proposals.summary_of(central, note) == proposals.summary_of(second, note)
    # The text that lost is kept for the secretariat to review, not dropped.
    kept = [c for c in conflicts.open_conflicts(central) if c.record_id == record_id]
    assert kept and kept[0].field == "text"
    assert [r.later.id for r in proposals.recurrences(second, [proposals.find_proposal(second, note)])] == [
        later
    ]
