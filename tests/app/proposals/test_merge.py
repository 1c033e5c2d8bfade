from __future__ import annotations

import pytest

from app import notes, proposals
from app.errors import UserError


def test_merging_keeps_every_original_and_sums_votes(sample) -> None:
    store, process = sample
    ids = process.proposal_groups[0]
    before = {i: notes.note(store, i) for i in ids}
    group_id = proposals.merge(store, ids)
    merged = proposals.find_proposal(store, group_id)
    assert merged.is_group and {n.id for n in merged.originals} == set(ids)
    assert merged.votes == sum(n.votes for n in before.values())
    assert merged.tables == tuple(sorted({n.table_number for n in before.values()}))
    # The originals are untouched notes, and the link records keep table and votes.
    assert {i: notes.note(store, i) for i in ids} == before
    links = proposals.links(store, group_id)
    assert {(link["note_id"], link["table_number"], link["votes"]) for link in links} == {
        (n.id, n.table_number, n.votes) for n in before.values()
    }
    # Default wording: the original with the most votes.
    assert merged.text == max(before.values(), key=lambda n: n.votes).text
    listed = proposals.list_proposals(store, merged.conference_id)
    assert not any(p.id in ids for p in listed), "merged originals are not listed on their own"
    assert any(p.id == group_id for p in listed)


def test_unmerge_gives_the_originals_back_and_remerge_redoes(sample) -> None:
    store, process = sample
    ids = process.proposal_groups[1]
    conference_id = notes.note(store, ids[0]).conference_id
    before = {p.id for p in proposals.list_proposals(store, conference_id)}
    group_id = proposals.merge(store, ids, text="Kvällstrafik mellan kommunerna")
    assert proposals.find_proposal(store, group_id).text == "Kvällstrafik mellan kommunerna"
    assert sorted(proposals.unmerge(store, group_id)) == sorted(ids)
    assert {p.id for p in proposals.list_proposals(store, conference_id)} == before
    proposals.remerge(store, group_id)
    assert proposals.find_proposal(store, ids[0]).id == group_id


def test_a_late_vote_correction_counts_in_the_merged_sum(sample) -> None:
    store, process = sample
    a, b = process.proposal_groups[2][:2]
    group_id = proposals.merge(store, [a, b])
    notes.edit_note(store, a, votes=20)
    assert proposals.find_proposal(store, group_id).votes == 20 + notes.note(store, b).votes


def test_status_survives_merge_and_unmerge(sample) -> None:
    store, process = sample
    a, b = process.proposal_groups[3][:2]
    proposals.set_status(store, a, "shortlisted")
    group_id = proposals.merge(store, [a, b])
    assert proposals.find_proposal(store, group_id).status == "shortlisted"
    proposals.set_status(store, b, "selected")  # an original's id reaches its merged proposal
    assert proposals.find_proposal(store, group_id).status == "selected"
    proposals.unmerge(store, group_id)
    assert proposals.find_proposal(store, a).status == "shortlisted"
    assert proposals.find_proposal(store, b).status == "new"


def test_merge_refuses_what_cannot_be_merged(sample) -> None:
    store, process = sample
    first, second = process.proposal_groups[0], process.proposal_groups[1]  # two conferences
    with pytest.raises(UserError, match="one conference"):
        proposals.merge(store, [first[0], second[0]])
    with pytest.raises(UserError, match="at least two"):
        proposals.merge(store, [first[0], first[0]])
    group_id = proposals.merge(store, first[:2])
    other = proposals.merge(store, first[2:4])
    with pytest.raises(UserError, match="already merged"):
        proposals.merge(store, [first[0], first[2]])
    with pytest.raises(UserError, match="link a proposal raised again"):
        proposals.merge(store, [group_id, second[0]])
    assert len(proposals.links(store, group_id)) == 2
    assert len(proposals.links(store, other)) == 2


def test_an_original_of_a_merged_proposal_names_the_group_to_join(sample) -> None:
    store, process = sample
    first = process.proposal_groups[0]
    group_id = proposals.merge(store, first[:2])
    chosen = [proposals.find_proposal(store, i) for i in (first[0], first[2])]
    assert proposals.join_target(chosen) == group_id
    added = proposals.add_to_group(store, group_id, [first[2]])
    assert {link["note_id"] for link in proposals.links(store, group_id)} == set(first[:3])
    proposals.drop_links(store, added)
    assert {link["note_id"] for link in proposals.links(store, group_id)} == set(first[:2])
    proposals.restore_links(store, added)
    assert len(proposals.links(store, group_id)) == 3


def test_deleting_every_original_removes_the_merged_proposal(sample) -> None:
    store, process = sample
    a, b = process.proposal_groups[4][:2]
    group_id = proposals.merge(store, [a, b])
    conference_id = notes.note(store, a).conference_id
    notes.delete_note(store, a)
    assert proposals.find_proposal(store, group_id).votes == notes.note(store, b).votes
    notes.delete_note(store, b)
    assert all(p.id != group_id for p in proposals.list_proposals(store, conference_id))


def test_the_notes_a_document_read_give_the_same_proposals(sample) -> None:
    """The minutes hand list_proposals the conference's live notes they read; nothing changes but
    that the proposal notes are not read again."""
    store, process = sample
    a, b = process.proposal_groups[5][:2]
    group_id = proposals.merge(store, [a, b])
    conference_id = notes.note(store, a).conference_id
    notes.delete_note(store, process.proposal_groups[6][0])  # a tombstone is not a proposal
    live = notes.list_notes(store, conference_id)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    handed = proposals.list_proposals(store, conference_id, live_notes=live)
    store.conn.set_trace_callback(None)
    assert not any("FROM notes" in s for s in statements)
    assert handed == proposals.list_proposals(store, conference_id)
    assert any(p.id == group_id for p in handed)
