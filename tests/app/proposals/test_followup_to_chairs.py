"""What of the decisions on her proposals a table's chair receives (app/proposals/to_chairs.py), through
real signed bundles imported into her laptop: never another table's words in a merged proposal, never
the secretariat's own texts that the review has not let through, and what she needs when it is clean.

The world is tests/app/proposals/test_followup_recipients.py's: table 1 comes from Anna Lindqvist's
laptop, table 2 was typed at the secretariat from its paper.
"""

from __future__ import annotations

import pytest

from app import notes, proposals
from app.privacy import review
from app.proposals.exchange import export_followup
from app.proposals.merging import draft_text
from tests.app.proposals.followup_world import _bundle, _take, _World

PHONE = "070-987 65 43"
PNR = "19650312-1234"
SIGNER = "Regionens kansli"  # the world's secretariat signs with this name


def _decide_everything(store, cid: str, action: str) -> None:
    for hit in review.undecided(review.review(store, cid)):
        review.decide(store, cid, hit, action)


def _to_table_1(world: _World, name: str = "bord1.rbz"):
    result = export_followup(world.kansli, world.conference_id, world.folder / name, table=1)
    return _bundle(result.path), result.path


def test_a_merge_across_tables_sends_none_of_the_other_tables_words(world: _World) -> None:
    """Table 2's proposal (typed from paper) names a person and a phone number the review decided to
    remove; it is merged with table 1's with the window's draft (every original's words)."""
    store, cid = world.kansli.store, world.conference_id
    theirs = notes.add_note(
        store, cid, 2, 2, f"Ring Bertil Åkesson på {PHONE}, han kör skolbussen", kind="proposal", votes=7
    )
    ours = notes.add_note(store, cid, 1, 2, "Skolbussen behöver fler turer", kind="proposal")
    group = proposals.merge(
        store, [ours, theirs], text=draft_text([notes.note(store, ours), notes.note(store, theirs)])
    )
    proposals.set_status(
        store, group, "selected", decision="Rådet driver frågan", owner="Region X", decided_by=""
    )
    _decide_everything(store, cid, "remove")
    assert any(h.source.source_id == group for h in review.review(store, cid))  # found in the merged text
    (_manifest, records, data), path = _to_table_1(world)
    assert (
        PHONE.encode() not in data
        and "Åkesson".encode() not in data
        and "kör skolbussen".encode() not in data
    )
    assert group not in {r["id"] for r in records}
    assert not [r for r in records if r["type"] == "proposal_link" and r["fields"]["group_id"] == group]
    _take(world.laptop, path)
    assert world.laptop.store.get("proposal_group", group) is None
    assert notes.note(world.laptop.store, ours).text == "Skolbussen behöver fler turer"


def test_a_plain_merge_with_another_table_sends_not_its_words(world: _World) -> None:
    store, cid = world.kansli.store, world.conference_id
    mine = notes.add_note(store, cid, 1, 3, "Cykelväg till skolan", kind="proposal")
    theirs = notes.add_note(
        store, cid, 2, 3, "Belysning på cykelvägen vid Tallbacken", kind="proposal", votes=9
    )
    proposals.merge(store, [mine, theirs])
    _decide_everything(store, cid, "keep")
    (_manifest, _records, data), _path = _to_table_1(world)
    assert b"Tallbacken" not in data


def test_a_merge_of_her_own_tables_proposals_arrives_with_its_clean_status(world: _World) -> None:
    """Every original on her table, nothing left out, the review's findings decided: the group, its
    links and its status come, and her table's minutes show it decided."""
    store, cid = world.kansli.store, world.conference_id
    first = notes.add_note(store, cid, 1, 2, "Kvällsbuss till byn", kind="proposal")
    second = notes.add_note(store, cid, 1, 2, "Kvällsbuss till Tallbacken", kind="proposal")
    group = proposals.merge(store, [first, second])
    proposals.set_status(
        store, group, "selected", decision="Rådet driver frågan", owner="Region X", decided_by=SIGNER
    )
    _decide_everything(store, cid, "remove")
    (_manifest, records, _data), path = _to_table_1(world)
    sent = {r["id"]: r["type"] for r in records}
    assert sent[group] == "proposal_group"
    assert [r["type"] for r in records if r["type"] == "proposal_status"] == ["proposal_status"]
    _take(world.laptop, path)
    shown = proposals.find_proposal(world.laptop.store, first)
    assert (shown.id, shown.status) == (group, "selected")
    assert proposals.status_of_notes(world.laptop.store, [second]) == {second: "selected"}


@pytest.mark.parametrize(
    ("details", "why"),
    [
        (
            {"decided_by": "root"},
            "decided_by is the computer's login, not the name the bundle is signed with",
        ),
        ({"owner": "Per Sköld", "owner_kind": "person"}, "a person as owner is never published"),
        ({"contact": PHONE}, "a contact is never published, nor reviewed"),
        ({"reason": f"Ring Per Sköld {PHONE}"}, "the review decided to remove the number"),
        ({"meeting": f"Per Sköld {PHONE}"}, "a finding in a text the review does not list is undecided"),
    ],
)
def test_a_status_that_is_not_clean_stays_at_the_secretariat(world: _World, details: dict, why: str) -> None:
    store, cid = world.kansli.store, world.conference_id
    mine = notes.add_note(store, cid, 1, 2, "Fler bänkar vid busshållplatsen", kind="proposal")
    given = {"reason": "Kommunen har redan svarat", "owner": "Region X", "decided_by": SIGNER, **details}
    proposals.set_status(store, mine, "not-pursued", **given)
    _decide_everything(store, cid, "remove")
    (_manifest, records, data), _path = _to_table_1(world)
    assert not [r for r in records if r["type"] == "proposal_status"], why
    assert PHONE.encode() not in data and "Sköld".encode() not in data, why
    # The same status, clean, does go: her own proposal's decision.
    proposals.set_status(store, mine, "selected", decision="Rådet driver frågan", decided_by="")
    (_manifest, records, _data), path = _to_table_1(world, "bord1-b.rbz")
    assert [r["fields"]["status"] for r in records if r["type"] == "proposal_status"] == ["selected"]
    _take(world.laptop, path)
    assert proposals.find_proposal(world.laptop.store, mine).status == "selected"


def test_a_summary_never_goes_to_a_chair(world: _World) -> None:
    """The review does not list summaries, so no one decided on this personnummer."""
    store, cid = world.kansli.store, world.conference_id
    mine = notes.add_note(store, cid, 1, 2, "Fler bänkar vid busshållplatsen", kind="proposal")
    proposals.set_summary(store, mine, f"Handläggare Kjell Öhman ({PNR}) tar frågan vidare")
    _decide_everything(store, cid, "keep")
    (_manifest, records, data), _path = _to_table_1(world)
    assert "proposal_summary" not in {r["type"] for r in records}
    assert PNR.encode() not in data and PNR.replace("-", "").encode() not in data


def test_an_undecided_finding_in_her_own_merged_proposal_keeps_it_at_the_secretariat(world: _World) -> None:
    store, cid = world.kansli.store, world.conference_id
    first = notes.add_note(store, cid, 1, 2, "Kvällsbuss", kind="proposal")
    second = notes.add_note(store, cid, 1, 2, "Kvällsbuss till byn", kind="proposal")
    group = proposals.merge(store, [first, second], text=f"Kvällsbussar; ring Per Sköld {PHONE}")
    assert any(h.source.source_id == group for h in review.undecided(review.review(store, cid)))
    (_manifest, records, data), _path = _to_table_1(world)
    assert group not in {r["id"] for r in records} and PHONE.encode() not in data
    for hit in review.review(store, cid):
        if hit.source.source_id == group:
            review.decide(store, cid, hit, "keep")
    (_manifest, records, _data), _path = _to_table_1(world, "bord1-b.rbz")
    assert group in {r["id"] for r in records}
