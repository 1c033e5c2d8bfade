"""Who decided, in a chair's follow-up (app/proposals/to_chairs.py): a council's or the secretariat's
decision reaches her table; one a person's name is on stays at the secretariat until the review keeps
that name, and the export says what it held back and why. Real stores, real signed bundles imported
into her laptop, the CLI as a secretary runs it.

The world is tests/app/proposals/test_followup_recipients.py's (the process's organisation is
"Region Exempellän"; the secretariat signs as "Regionens kansli").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes, proposals
from app.cli import main
from app.privacy import review
from app.proposals.exchange import export_followup, held_back
from app.proposals.to_chairs import DECIDED_BY, FINDING
from app.workspace import Workspace
from tests.app.proposals.followup_world import _bundle, _take, _World

BODIES = (
    "Tillväxtrådet",
    "Sekretariatet",
    "Regionstyrelsen",
    "Kommunstyrelsens arbetsutskott",
    "Region Exempellän",  # the process's organisation
)


def _statuses(records: list[dict]) -> list[dict]:
    return [r for r in records if r["type"] == "proposal_status"]


def _to_table_1(world: _World, name: str):
    result = export_followup(world.kansli, world.conference_id, world.folder / name, table=1)
    return result, _bundle(result.path)


@pytest.mark.parametrize("body", BODIES)
def test_a_bodys_decision_reaches_the_chair(world: _World, body: str) -> None:
    store, cid = world.kansli.store, world.conference_id
    mine = notes.add_note(store, cid, 1, 2, "Fler bänkar vid busshållplatsen", kind="proposal")
    proposals.set_status(store, mine, "selected", decision="Bänkar sätts upp i vår", decided_by=body)
    result, (_manifest, records, _data) = _to_table_1(world, "bord1.rbz")
    [sent] = [r for r in _statuses(records) if r["fields"]["proposal_id"] == mine]
    assert sent["fields"]["decided_by"] == body
    assert mine not in result.held
    _take(world.laptop, result.path)
    assert proposals.find_proposal(world.laptop.store, mine).status == "selected"


def test_a_persons_decision_waits_for_the_reviews_keep(world: _World) -> None:
    store, cid = world.kansli.store, world.conference_id
    mine = notes.add_note(store, cid, 1, 2, "Fler bänkar vid busshållplatsen", kind="proposal")
    proposals.set_status(
        store, mine, "selected", decision="Bänkar sätts upp i vår", decided_by="Karin Öhrvall"
    )
    result, (_manifest, records, data) = _to_table_1(world, "bord1.rbz")
    assert not [r for r in _statuses(records) if r["fields"]["proposal_id"] == mine]
    assert "Öhrvall".encode() not in data
    assert result.held[mine] == {DECIDED_BY}
    assert held_back([result]) == (1, [DECIDED_BY])
    # A note names her; the review removes the name there: still held back.
    said = notes.add_note(store, cid, 1, 1, "Karin Öhrvall lovade svar före jul")
    [hit] = [h for h in review.review(store, cid) if h.source.source_id == said]
    assert hit.found.key == "karin öhrvall"  # a known person now: she decided
    review.decide(store, cid, hit, "remove")
    result, (_manifest, records, _data) = _to_table_1(world, "bord1-b.rbz")
    assert mine in result.held and not [r for r in _statuses(records) if r["fields"]["proposal_id"] == mine]
    # The review keeps her name: the decision goes, with her name, and shows on the chair's laptop.
    review.decide(store, cid, hit, "keep")
    result, (_manifest, records, _data) = _to_table_1(world, "bord1-c.rbz")
    [sent] = [r for r in _statuses(records) if r["fields"]["proposal_id"] == mine]
    assert sent["fields"]["decided_by"] == "Karin Öhrvall" and mine not in result.held
    _take(world.laptop, result.path)
    assert proposals.find_proposal(world.laptop.store, mine).status == "selected"


def test_the_signer_and_no_decider_still_go(world: _World) -> None:
    store, cid = world.kansli.store, world.conference_id
    first = notes.add_note(store, cid, 1, 2, "Fler bänkar", kind="proposal")
    second = notes.add_note(store, cid, 1, 2, "Fler papperskorgar", kind="proposal")
    proposals.set_status(store, first, "selected", decided_by="Regionens  kansli")
    proposals.set_status(store, second, "selected", decided_by="")
    result, (_manifest, records, _data) = _to_table_1(world, "bord1.rbz")
    assert {first, second} <= {r["fields"]["proposal_id"] for r in _statuses(records)}
    assert not {first, second} & set(result.held)


def test_the_cli_says_how_many_decisions_stayed_and_why(world: _World, tmp_path: Path, capsys) -> None:
    """Table 1 holds the world's merge across tables (its status is not the table's to get) and three
    proposals of its own: a person decided one, a person owns one, the council decided one."""
    store, cid = world.kansli.store, world.conference_id
    by_person = notes.add_note(store, cid, 1, 2, "Fler bänkar", kind="proposal")
    owned = notes.add_note(store, cid, 1, 2, "Fler papperskorgar", kind="proposal")
    council = notes.add_note(store, cid, 1, 2, "Fler lampor", kind="proposal")
    proposals.set_status(store, by_person, "selected", decided_by="Karin Öhrvall")
    proposals.set_status(
        store, owned, "selected", decided_by="Tillväxtrådet", owner="Per Sköld", owner_kind="person"
    )
    proposals.set_status(store, council, "selected", decided_by="Tillväxtrådet")
    base = ["--workspace", str(world.folder / "kansli"), "proposal", "export", "--conference", cid]
    world.kansli.close()
    try:
        assert main([*base, "--table", "1", "-o", str(tmp_path / "bord1.rbz")]) == 0
        first = capsys.readouterr().out
        assert main([*base, "--table", "2", "-o", str(tmp_path / "bord2.rbz")]) == 0
        second = capsys.readouterr().out
    finally:
        world.kansli = Workspace(world.folder / "kansli")
    said = (
        "  held back 2 decisions at the secretariat: they name a person (decided by, owner)"
        " — see `rundabord privacy review`"
    )
    assert said in first.splitlines(), first
    assert "held back" not in second  # table 2's own proposal is in the merge: no status of its own
    _manifest, records, _data = _bundle(tmp_path / "bord1.rbz")
    assert {r["fields"]["proposal_id"] for r in _statuses(records)} == {council}


def test_a_finding_in_a_decisions_text_is_said_as_such(world: _World, capsys) -> None:
    store, cid = world.kansli.store, world.conference_id
    mine = notes.add_note(store, cid, 1, 2, "Fler bänkar", kind="proposal")
    proposals.set_status(store, mine, "not-pursued", reason="Ring Per Sköld 070-987 65 43", decided_by="")
    result, _bundled = _to_table_1(world, "bord1.rbz")
    assert result.held == {mine: {FINDING}}
    from app.cli.followup_export import held_lines

    assert held_lines([result]) == [
        "  held back 1 decision at the secretariat: the review has not let a finding in the texts"
        " through — see `rundabord privacy review`"
    ]
