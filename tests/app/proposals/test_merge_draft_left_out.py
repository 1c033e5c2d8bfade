"""The merge's draft does not copy a proposal a person left out of what is published.

A merged proposal built from a left-out one is held back until a person keeps it in the personal-data
review, and she keeps the words she reads there: the left-out proposal's words copied into the draft
(or taken as the default wording, the most voted) would go out with hers. So the draft leaves them out
and says how many it left out; with none left out it is every chosen proposal's words, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.privacy.left_out import leave_out, take_back
from app.privacy.publish import Publication
from app.privacy.review import decide, review
from app.proposals.merging import Draft, draft_text, merge, merge_draft
from tests.app.privacy.read_back import cli, one_table_conference

PRIVATE = "Lena föreslår i förtroende att hon slutar som ordförande"


@pytest.fixture
def proposals(tmp_path: Path):
    workspace, cid = one_table_conference(tmp_path)
    store = workspace.store
    add = notes.add_note
    private = add(store, cid, 1, 1, PRIVATE, kind="proposal", votes=7)
    buses = add(store, cid, 1, 1, "Fler kvällsbussar till byarna", kind="proposal", votes=3)
    cafe = add(store, cid, 1, 1, "Språkcafé på biblioteket", kind="proposal", votes=1)
    yield workspace, cid, private, buses, cafe
    workspace.close()


def _notes(store, *ids: str) -> list:
    return [notes.note(store, i) for i in ids]


def test_the_draft_leaves_out_the_words_of_a_left_out_proposal_and_says_so(proposals) -> None:
    workspace, _cid, private, buses, cafe = proposals
    store = workspace.store
    chosen = _notes(store, private, buses, cafe)
    everything = "\n\n".join((PRIVATE, "Fler kvällsbussar till byarna", "Språkcafé på biblioteket"))
    assert merge_draft(store, chosen) == Draft(everything, 0)  # nothing left out: every chosen one's words
    leave_out(store, private)
    assert merge_draft(store, chosen) == Draft("Fler kvällsbussar till byarna\n\nSpråkcafé på biblioteket", 1)
    assert draft_text(chosen) == everything  # the words alone, for those who need no store
    take_back(store, private)
    assert merge_draft(store, chosen) == Draft(everything, 0)


def test_an_omit_decided_on_a_finding_in_it_leaves_its_words_out_of_the_draft_too(proposals) -> None:
    workspace, cid, private, buses, _cafe = proposals
    store = workspace.store
    [lena] = [h for h in review(store, cid) if h.source.source_id == private]
    decide(store, cid, lena, "omit")
    assert merge_draft(store, _notes(store, buses, private)) == Draft("Fler kvällsbussar till byarna", 1)


def test_every_chosen_proposal_left_out_gives_an_empty_draft(proposals) -> None:
    workspace, _cid, private, buses, _cafe = proposals
    store = workspace.store
    leave_out(store, private)
    leave_out(store, buses)
    assert merge_draft(store, _notes(store, private, buses)) == Draft("", 2)


def test_the_default_wording_is_the_most_voted_proposal_not_left_out(proposals, capsys) -> None:
    workspace, cid, private, buses, cafe = proposals
    store = workspace.store
    leave_out(store, private)
    group = merge(store, [private, buses, cafe])
    assert store.get("proposal_group", group)["text"] == "Fler kvällsbussar till byarna"
    assert Publication(store, cid, "[borttaget]").held_back(group)  # held anyway, until a person keeps it
    # The CLI's merge without --text, likewise
    other = notes.add_note(store, cid, 1, 1, "Fler kvällsbussar", kind="proposal", votes=2)
    more = notes.add_note(
        store, cid, 1, 1, "Hon slutar som ordförande, sa Lena privat", kind="proposal", votes=9
    )
    leave_out(store, more)
    code, out, err = cli(workspace, capsys, "proposal", "merge", more, other)
    assert code == 0, err
    assert store.get("proposal_group", out.strip().split()[-1])["text"] == "Fler kvällsbussar"


def test_with_every_proposal_left_out_the_default_wording_is_still_the_most_voted(proposals) -> None:
    workspace, cid, private, buses, _cafe = proposals
    store = workspace.store
    leave_out(store, private)
    leave_out(store, buses)
    group = merge(store, [buses, private])
    assert store.get("proposal_group", group)["text"] == PRIVATE
    assert Publication(store, cid, "[borttaget]").held_back(group)
