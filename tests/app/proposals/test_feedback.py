from __future__ import annotations

import json
from dataclasses import asdict

from app import conferences, proposals
from app.proposals.lifecycle import status_label


def _decide(store, process) -> tuple[str, str]:
    first = process.conference_ids[0]
    a, b, c = process.proposal_groups[0][:3]
    group_id = proposals.merge(store, [a, b])
    proposals.set_status(
        store,
        group_id,
        "selected",
        decision="Tillväxtrådet driver mötesplatser för unga",
        owner="Region Testlän",
        owner_kind="organisation",
        contact="kansliet@testlan.se",
        decided_by="Karin Sekreterare",
        review_date="2027-01-31",
    )
    proposals.set_status(
        store,
        c,
        "not-pursued",
        reason="Ingår redan i fritidsplanen",
        owner="Per Persson",
        owner_kind="person",
        contact="070-123 45 67",
        decided_by="Karin Sekreterare",
    )
    return first, group_id


def test_feedback_shows_status_decision_and_no_personal_data(sample) -> None:
    store, process = sample
    conference_id, group_id = _decide(store, process)
    outcomes = proposals.feedback(store, conference_id, language="sv")
    by_id = {o.proposal_id: o for o in outcomes}
    merged = by_id[group_id]
    assert merged.status == "selected" and merged.status_label == status_label("selected", "sv")
    assert merged.decision == "Tillväxtrådet driver mötesplatser för unga"
    assert merged.owner == "Region Testlän" and merged.merged_count == 2
    assert merged.review_date == "2027-01-31" and len(merged.tables) == 2
    rejected = by_id[process.proposal_groups[0][2]]
    assert rejected.reason == "Ingår redan i fritidsplanen" and rejected.owner == ""
    # Nothing that names or reaches a person, anywhere in the feedback.
    text = json.dumps([asdict(o) for o in outcomes], ensure_ascii=False)
    chairs = [t.chair_name for t in conferences.tables(store, conference_id)]
    for personal in ["Karin Sekreterare", "Per Persson", "070-123 45 67", "kansliet@testlan.se", *chairs]:
        assert personal not in text
    # Every proposal of the conference is accounted for, merged ones once.
    listed = proposals.list_proposals(store, conference_id)
    assert {o.proposal_id for o in outcomes} == {p.id for p in listed}
    assert outcomes[0].status == "selected"  # furthest along first; "not pursued" last
    assert outcomes[-1].status == "not-pursued"


def test_feedback_per_table_tells_each_table_what_happened(sample) -> None:
    store, process = sample
    conference_id, group_id = _decide(store, process)
    per_table = proposals.feedback_by_table(store, conference_id, language="en")
    assert sorted(per_table) == [t.number for t in conferences.tables(store, conference_id)]
    merged_tables = proposals.find_proposal(store, group_id).tables
    for number in merged_tables:
        assert any(
            o.proposal_id == group_id and o.status_label == "Selected by the council"
            for o in per_table[number]
        )
    total = sum(len(v) for v in per_table.values())
    assert total == sum(len(o.tables) for o in proposals.feedback(store, conference_id))
