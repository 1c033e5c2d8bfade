"""Proposals across the conferences of a process: raised again, merged groups edited member by member,
decisions dated at the council's meeting, overdue reviews, one timeline, summaries for participants."""

from __future__ import annotations

import datetime as dt

import pytest

from app import proposals
from app.errors import UserError
from app.proposals.lifecycle import check_decision_date


def test_a_proposal_raised_again_is_linked_and_shows_in_both(sample) -> None:
    store, process = sample
    first_conf, second_conf, _ = process.conference_ids
    earlier = process.proposal_groups[0][0]  # conference 1
    later = process.proposal_groups[1][0]  # conference 2
    # Given the other way round, the conferences' dates put them in order.
    link_id = proposals.link_again(store, earlier, later)
    record = store.get("proposal_recurrence", link_id)
    assert (record["later_id"], record["earlier_id"]) == (later, earlier)
    assert record["conference_id"] == second_conf and record["earlier_conference_id"] == first_conf

    listed = proposals.list_proposals(store, [first_conf, second_conf])
    related = proposals.related_by_proposal(store, listed)
    assert [(side, p.id) for side, p in related[later]] == [("earlier", earlier)]
    assert [(side, p.id) for side, p in related[earlier]] == [("later", later)]
    with pytest.raises(UserError, match="linked to"):
        proposals.link_again(store, later, earlier)
    with pytest.raises(UserError, match="same conference"):
        proposals.link_again(store, earlier, process.proposal_groups[0][1])
    with pytest.raises(UserError, match="merge"):
        proposals.merge(store, [earlier, later])

    proposals.unlink(store, link_id)
    assert proposals.related_by_proposal(store, listed)[later] == []
    proposals.relink(store, link_id)
    assert proposals.related_by_proposal(store, listed)[later][0][1].id == earlier


def test_a_link_follows_a_note_into_its_merged_proposal(sample) -> None:
    store, process = sample
    earlier = process.proposal_groups[0][0]
    a, b = process.proposal_groups[1][:2]
    proposals.link_again(store, a, earlier)
    group_id = proposals.merge(store, [a, b])
    [link] = proposals.recurrences(store, [proposals.find_proposal(store, earlier)])
    assert link.later.id == group_id and link.earlier.id == earlier
    assert [p.id for p in proposals.thread(store, b)] == [earlier, group_id]


def test_members_are_added_and_taken_out_without_unmerging_the_group(sample) -> None:
    store, process = sample
    a, b, c, d = process.proposal_groups[0][:4]
    group_id = proposals.merge(store, [a, b])
    proposals.set_status(store, group_id, "shortlisted", decision="Till rådet")
    proposals.add_to_group(store, group_id, [c, d])
    group = proposals.find_proposal(store, group_id)
    assert {n.id for n in group.originals} == {a, b, c, d} and group.status == "shortlisted"

    removal = proposals.remove_from_group(store, group_id, c)
    assert not removal.dissolved
    assert {n.id for n in proposals.find_proposal(store, group_id).originals} == {a, b, d}
    assert proposals.find_proposal(store, c).id == c  # a proposal of its own again, status its own
    assert proposals.find_proposal(store, c).status == "new"
    proposals.put_back(store, removal)
    assert c in {n.id for n in proposals.find_proposal(store, group_id).originals}
    proposals.take_out_again(store, removal)
    assert c not in {n.id for n in proposals.find_proposal(store, group_id).originals}

    # Down to one original, the merged proposal goes; undo brings the group back whole.
    proposals.remove_from_group(store, group_id, d)
    last = proposals.remove_from_group(store, group_id, b)
    assert last.dissolved and proposals.find_proposal(store, a).id == a
    proposals.put_back(store, last)
    assert {n.id for n in proposals.find_proposal(store, group_id).originals} == {a, b}
    with pytest.raises(UserError, match="not one of the originals"):
        proposals.remove_from_group(store, group_id, c)
    with pytest.raises(UserError, match="link a proposal raised again"):
        proposals.add_to_group(store, group_id, [process.proposal_groups[1][0]])


def test_unmerge_and_undo_keep_members_taken_out_before(sample) -> None:
    store, process = sample
    a, b, c = process.proposal_groups[0][:3]
    group_id = proposals.merge(store, [a, b, c])
    proposals.remove_from_group(store, group_id, c)
    proposals.unmerge(store, group_id)
    proposals.remerge(store, group_id)
    assert {n.id for n in proposals.find_proposal(store, group_id).originals} == {a, b}


def test_decision_day_and_meeting_are_recorded_and_checked(sample) -> None:
    store, process = sample
    note = process.proposal_groups[0][0]
    proposals.set_status(
        store, note, "selected", decided_on="2026-05-20", meeting="Tillväxtrådet 20 maj", decision="Drivs"
    )
    change = proposals.find_proposal(store, note).latest
    assert change.decided_on == "2026-05-20" and change.meeting == "Tillväxtrådet 20 maj"
    # Two days ahead: still to come even if midnight passes between this line and the check. The
    # boundary (tomorrow refused, today taken) is checked against a fixed day.
    later = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    with pytest.raises(UserError, match="still to come"):
        proposals.set_status(store, note, "done", decided_on=later)
    day = dt.date(2026, 6, 1)
    assert check_decision_date("2026-06-01", today=day) == "2026-06-01"
    with pytest.raises(UserError, match="still to come"):
        check_decision_date("2026-06-02", today=day)
    with pytest.raises(UserError, match="not a date"):
        proposals.set_status(store, note, "done", decided_on="20 maj")


def test_overdue_means_a_passed_review_date_on_an_open_proposal(sample) -> None:
    store, process = sample
    a, b, c = (group[0] for group in process.proposal_groups[:3])
    proposals.set_status(store, a, "in-progress", review_date="2026-01-15")
    proposals.set_status(store, b, "done", review_date="2026-01-15")  # done: nothing to review
    proposals.set_status(store, c, "selected", review_date="2099-01-01")
    day = dt.date(2026, 6, 1)
    assert proposals.find_proposal(store, a).latest.overdue(day)
    assert not proposals.find_proposal(store, b).latest.overdue(day)
    assert not proposals.find_proposal(store, c).latest.overdue(day)
    assert not proposals.find_proposal(store, a).latest.overdue(dt.date(2026, 1, 15))


def test_one_timeline_across_conferences(sample) -> None:
    store, process = sample
    first = process.proposal_groups[0][:2]  # conference 1
    again = process.proposal_groups[1][0]  # conference 2
    group_id = proposals.merge(store, first)
    proposals.set_status(store, group_id, "shortlisted", decided_on="2026-04-02")
    proposals.set_status(
        store,
        group_id,
        "not-pursued",
        reason="Ryms inte i budgeten",
        decided_on="2026-05-20",
        meeting="Tillväxtrådet",
    )
    proposals.link_again(store, again, group_id)
    proposals.set_status(store, again, "selected", decided_on=dt.date.today().isoformat())

    thread, events = proposals.timeline(store, again)
    assert [p.id for p in thread] == [group_id, again]
    kinds = [(e.kind, e.change.status if e.change else None) for e in events]
    days = [e.day for e in events]
    assert days == sorted(days)
    assert [k for k in kinds if k[0] != "merged"] == [
        ("raised", None),
        ("raised", None),
        ("status", "shortlisted"),
        ("status", "not-pursued"),
        ("raised-again", None),
        ("status", "selected"),
    ]
    assert events[0].day == "2026-03-12" and events[0].conference_title == "Rundabordssamtal 1"
    assert any(e.kind == "merged" for e in events)
    assert next(e for e in events if e.kind == "raised-again").day == "2026-10-08"
    # The same timeline from the earlier end.
    assert [e.kind for e in proposals.timeline(store, first[1])[1]] == [e.kind for e in events]


def test_summaries_are_written_replaced_and_cleared(sample) -> None:
    store, process = sample
    note = process.proposal_groups[0][0]
    record_id, before = proposals.set_summary(store, note, "Regionen har startat en förstudie.")
    assert before == "" and proposals.summary_of(store, note) == "Regionen har startat en förstudie."
    same_id, before = proposals.set_summary(store, note, "Förstudien är klar i juni.")
    assert same_id == record_id and before == "Regionen har startat en förstudie."
    proposals.restore_summary(store, record_id, before)
    assert proposals.summary_of(store, note) == "Regionen har startat en förstudie."
    proposals.set_summary(store, note, "")
    assert proposals.summaries(store, [proposals.find_proposal(store, note)]) == {}
    with pytest.raises(UserError, match="at most"):
        proposals.set_summary(store, note, "x" * 2001)


def test_since_last_time_tells_each_earlier_proposal_once(sample) -> None:
    store, process = sample
    first_conf, second_conf, third_conf = process.conference_ids
    assert proposals.since_last_time(store, first_conf) is None  # the first conference: nothing earlier

    a = process.proposal_groups[0][0]  # conference 1
    b = process.proposal_groups[1][0]  # conference 2, raises a again
    proposals.link_again(store, b, a)
    proposals.set_status(
        store, a, "selected", decision="Rådet driver frågan", owner="Region Testlän", decided_on="2026-05-20"
    )
    proposals.set_status(store, a, "in-progress", owner="Anna Andersson", owner_kind="person")
    proposals.set_summary(store, a, "En arbetsgrupp har bildats.")

    section = proposals.since_last_time(store, second_conf, "sv")
    assert section.earlier_titles == ("Rundabordssamtal 1",)
    item = next(i for i in section.items if i.proposal_id == a)
    assert item.status_label == "Pågår" and item.raised_again
    assert item.owner == ""  # a person owner is never published
    assert item.summary == "En arbetsgrupp har bildats."
    earlier_count = len(proposals.list_proposals(store, first_conf))
    assert len(section.items) == earlier_count

    # At the third conference, a and b are one thread, told once as b, raised at both conferences.
    third = proposals.since_last_time(store, third_conf, "en")
    told = [i for i in third.items if i.proposal_id in (a, b)]
    assert [i.proposal_id for i in told] == [b]
    assert told[0].conference_titles == ("Rundabordssamtal 1", "Rundabordssamtal 2")
    assert told[0].summary == "En arbetsgrupp har bildats." and told[0].status_label == "New"
    assert not told[0].raised_again
    total = len(proposals.list_proposals(store, [first_conf, second_conf]))
    assert len(third.items) == total - 1
