"""A person decider as a secretary types one into the status dialog: a surname alone, a name with an
initial, a given name the list lacks, in lower case or capitals, a surname with "råd", "styrelse" or
"stad" in it, beside a role or a body ("ordf. Rådberg", "Tillväxtrådet/Rådberg"). Each was judged a
body, so the decision and the name went to the chair's laptop unreviewed. Bodies typed the same ways
still go."""

from __future__ import annotations

import pytest

from app import notes, proposals
from app.privacy.person_name import is_person
from app.proposals.exchange import export_followup
from app.proposals.to_chairs import DECIDED_BY
from tests.app.proposals.followup_world import _bundle, _World

PLACES = ["Länets tillväxtprogram", "Region Exempellän", "Folkets hus, Exempelstad"]
PEOPLE = (
    "Öhrvall",
    "Rådberg",
    "Styrbjörn",
    "Styrelseberg",
    "K. Öhrvall",
    "M. Rådberg",
    "Xiomara Lindstad",
    "Per Rådman",
    "anna lind",
    "ANNA LIND",
    "ANNA",
    "Rådberg, ordf.",
    "ordf. Rådberg",
    "Tillväxtrådet/Rådberg",
)
BODIES = (
    "SKR",
    "Försäkringskassan",
    "Socialtjänsten",
    "Ordföranden",
    "Årsmötet",
    "Göteborgs Stad",
    "Exempelstad",
    "TILLVÄXTRÅDET",
    "kommunstyrelsens arbetsutskott",
    "Kommunstyrelsens arbetsutskott (KSAU)",
    "Tillväxtrådet, Region Exempellän",
    "KS/AU",
    "vice ordf.",
)


@pytest.mark.parametrize("name", PEOPLE)
def test_a_persons_name_as_typed_is_one(name: str) -> None:
    assert is_person(name, PLACES)


@pytest.mark.parametrize("body", BODIES)
def test_a_body_as_typed_is_none(body: str) -> None:
    assert not is_person(body, PLACES)


@pytest.mark.parametrize("decider", ["Rådberg", "Styrbjörn Lindstad", "anna lind", "Tillväxtrådet/Rådberg"])
def test_a_person_decider_as_typed_stays_at_the_secretariat(world: _World, decider: str) -> None:
    store, cid = world.kansli.store, world.conference_id
    mine = notes.add_note(store, cid, 1, 2, "Fler bänkar vid busshållplatsen", kind="proposal")
    proposals.set_status(store, mine, "selected", decision="Bänkar sätts upp i vår", decided_by=decider)
    result = export_followup(world.kansli, cid, world.folder / "bord1.rbz", table=1)
    _manifest, records, data = _bundle(result.path)
    assert not [r for r in records if r["type"] == "proposal_status" and r["fields"]["proposal_id"] == mine]
    assert decider.split()[-1].split("/")[-1].encode() not in data
    assert DECIDED_BY in result.held[mine]
