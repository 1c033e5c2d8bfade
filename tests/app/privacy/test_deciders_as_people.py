"""Who decided on a proposal is a known person only when it is a person's name (app/privacy/person_name.py):
"Tillväxtrådet" or "Sekretariatet" typed into the decision dialog is no name for the review to look for
in every note, while "Anna Lind" is. Real store, real review, the CLI a secretary runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import notes, proposals
from app.privacy.person_name import is_person
from app.privacy.review import known_people, review
from tests.app.privacy.read_back import cli, one_table_conference

BODIES = (
    "Tillväxtrådet",
    "Sekretariatet",
    "sekretariatet",
    "Regionstyrelsen",
    "Kommunstyrelsens arbetsutskott",
    "Barn- och utbildningsnämnden",
    "Tillväxtrådets presidium",
    "Region Skåne",
    "KS AU",
    "Region Exempellän",  # the process's organisation
)
PEOPLE = (
    "Anna Lind",
    "Anna",
    "Per Svensson",
    "Anna-Karin de Vries",
    "Ahmed Hassan",
    "Xiomara Pérez",  # a given name the list does not hold, with a surname
    "Anna Lind, Tillväxtrådet",
    "ordförande Anna Lind",
    "alind",  # a computer's login: the dialog's default
    "anna.lind",
)


@pytest.fixture
def conference(tmp_path: Path):
    workspace, cid = one_table_conference(tmp_path)
    yield workspace, cid
    workspace.close()


@pytest.mark.parametrize("body", BODIES)
def test_a_body_is_no_person(body: str) -> None:
    assert not is_person(body, ["Länets tillväxtprogram", "Region Exempellän"])


@pytest.mark.parametrize("name", PEOPLE)
def test_a_persons_name_is_one(name: str) -> None:
    assert is_person(name, ["Länets tillväxtprogram", "Region Exempellän"])


def test_a_council_deciding_is_no_finding_while_a_person_deciding_is(conference, capsys) -> None:
    workspace, cid = conference
    store = workspace.store
    first = notes.add_note(store, cid, 1, 1, "Fler bussar på kvällen", kind="proposal")
    second = notes.add_note(store, cid, 1, 1, "Cykelväg till skolan", kind="proposal")
    third = notes.add_note(store, cid, 1, 1, "Belysning vid torget", kind="proposal")
    proposals.set_status(store, first, "selected", decided_by="Tillväxtrådet")
    proposals.set_status(store, second, "in-progress", decided_by="Sekretariatet", contact="Sekretariatet")
    proposals.set_status(store, third, "selected", decided_by="Anna Lind")
    known = known_people(store)
    assert "Anna Lind" in known
    assert not {"Tillväxtrådet", "Sekretariatet"} & known
    council = notes.add_note(store, cid, 1, 1, "Tillväxtrådet beslutade att gå vidare; Sekretariatet svarar")
    person = notes.add_note(store, cid, 1, 1, "Anna Lind beslutade att gå vidare")
    hits = review(store, cid)
    assert not [h for h in hits if h.source.source_id == council]
    [hit] = [h for h in hits if h.source.source_id == person]
    assert (hit.found.text, hit.kind) == ("Anna Lind", "name")
    code, out, _err = cli(workspace, capsys, "privacy", "review", "--conference", cid, "--json")
    listed = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [row["text"] for row in listed if row["record_id"] in (council, person)] == [
        "Anna Lind"
    ]
