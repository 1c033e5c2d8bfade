"""A proposal left out of what is published does not come back through a merged proposal: a merge
copies the most voted original's words, so a merged proposal built from a left-out proposal (merged
before or after the decision, its link taken out since or not) is held back from the public report,
open data, proposal feedback and a later conference's "since last time", and is listed in the review
as a whole until a person decides "keep" on it there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import notes
from app.conferences import create_conference, parse_conference
from app.minutes.opendata import open_data
from app.minutes.public import public_content
from app.privacy.publish import Publication
from app.privacy.review import WHOLE, decide, decide_all, review, undecided
from app.proposals.merging import merge
from app.proposals.published import published_feedback
from app.workspace import Workspace

PROPOSAL = "Lena Wikström föreslår i förtroende att hon slutar som ordförande"
PRIVATE = "slutar som ordförande"


def _description(title: str, date: str) -> dict:
    return {
        "process": {"name": "Länets tillväxtprogram", "organisation": "Region Exempellän"},
        "conference": {"title": title, "date": date, "venue": "Folkets hus"},
        "questions": [{"text": "Vad behöver länet?"}],
        "tables": [
            {"number": 1, "chair": "Lena Wikström", "participants": 8},
            {"number": 2, "chair": "Per Holm", "participants": 6},
        ],
    }


@pytest.fixture
def conference(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    cid = create_conference(workspace.store, parse_conference(_description("Vårkonferensen", "2026-03-12")))
    private = notes.add_note(workspace.store, cid, 1, 1, PROPOSAL, kind="proposal", votes=5)
    other = notes.add_note(
        workspace.store, cid, 2, 1, "Lena Wikström vill ha bussar", kind="proposal", votes=2
    )
    yield workspace.store, cid, private, other
    workspace.close()


def _leave_out(store, cid: str, note_id: str) -> None:
    [named] = [h for h in review(store, cid) if h.source.source_id == note_id and h.kind == "name"]
    decide(store, cid, named, "omit")


def _published(store, cid: str) -> dict[str, str]:
    decide_all(store, cid, undecided(review(store, cid)), "remove")
    return {
        "feedback": json.dumps([o.text for o in published_feedback(store, cid, "sv")], ensure_ascii=False),
        "open data": json.dumps(open_data(store, cid, "sv"), ensure_ascii=False),
        "report": json.dumps(
            [p.text for p in public_content(store, cid, "sv").proposals], ensure_ascii=False
        ),
    }


def test_a_proposal_left_out_then_merged_is_not_published_as_the_merged_proposals_text(conference):
    store, cid, private, other = conference
    _leave_out(store, cid, private)
    group = merge(store, [private, other])
    published = _published(store, cid)
    assert not [where for where, text in published.items() if PRIVATE in text]
    assert Publication(store, cid, "[borttaget]").held_back(group)


def test_a_proposal_merged_then_left_out_stays_out_even_when_taken_out_of_the_group(conference):
    store, cid, private, other = conference
    group = merge(store, [private, other])
    _leave_out(store, cid, private)
    [link] = store.select("proposal_link", "note_id = ?", (private,))
    store.delete("proposal_link", link["id"])  # the group's words were still written from it
    assert PRIVATE in store.get("proposal_group", group)["text"]
    published = _published(store, cid)
    assert not [where for where, text in published.items() if PRIVATE in text]


def test_the_held_merged_proposal_is_listed_in_the_review_and_a_person_can_let_it_out(conference):
    store, cid, private, other = conference
    group = merge(store, [private, other], text="Fler bussar och en ny ordförande")
    _leave_out(store, cid, private)
    [whole] = [h for h in review(store, cid) if h.source.source_id == group and h.kind == WHOLE]
    assert whole.left_out and whole.decided  # held: nothing to decide before publishing
    assert "en ny ordförande" not in _published(store, cid)["report"]
    decide(store, cid, whole, "keep")  # the secretary read the new wording: it may go out
    assert not Publication(store, cid, "[borttaget]").held_back(group)
    assert "en ny ordförande" in _published(store, cid)["report"]
    [whole] = [h for h in review(store, cid) if h.source.source_id == group and h.kind == WHOLE]
    assert whole.decision.action == "keep"  # still listed: the decision can be changed again


def test_a_left_out_proposal_merged_stays_out_of_the_next_reports_since_last_time(conference):
    store, cid, private, other = conference
    notes.add_note(store, cid, 2, 1, "Samåkning till konferensen", kind="proposal", votes=1)
    merge(store, [private, other])
    _leave_out(store, cid, private)
    autumn = create_conference(store, parse_conference(_description("Höstkonferensen", "2026-10-08")))
    notes.add_note(store, autumn, 1, 1, "Mer kollektivtrafik", kind="proposal", votes=1)
    report = public_content(store, autumn, "sv", redact_undecided=False)
    assert report.since_last is not None and report.since_last.items  # the other proposals are told
    told = json.dumps([i.text for i in report.since_last.items], ensure_ascii=False)
    assert "Samåkning" in told and PRIVATE not in told
