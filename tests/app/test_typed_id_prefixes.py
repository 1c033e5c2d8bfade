"""The first characters of an id, typed as with git, find the same record on both backends, in any case:
PostgreSQL's `id LIKE` was case-sensitive where SQLite's is not, and both read `%` and `_` as patterns."""

from __future__ import annotations

import pytest

from app import conferences, notes, proposals
from app.cli import main
from app.demo import demo_description
from app.errors import NotFound


@pytest.fixture
def office(make_secretariat):
    workspace = make_secretariat("anna")
    store = workspace.store
    conference_id = conferences.create_conference(store, demo_description())
    proposal_id = notes.add_note(store, conference_id, 3, 1, "Busskort för unga", kind="proposal")
    return workspace, conference_id, proposal_id


def test_a_typed_prefix_in_capitals_finds_the_conference_and_the_proposal(office) -> None:
    workspace, conference_id, proposal_id = office
    store = workspace.store
    assert conferences.conference(store, conference_id[:8].upper()).id == conference_id
    assert conferences.conference(store, f"  {conference_id[:6].upper()} ").id == conference_id
    assert proposals.find_proposal(store, proposal_id[:8].upper()).id == proposal_id
    assert proposals.find_proposal(store, proposal_id.upper()).id == proposal_id  # the whole id too


def test_a_process_id_typed_in_capitals_is_found_by_the_command_line(office, capsys) -> None:
    workspace, conference_id, _ = office
    process_id = conferences.conference(workspace.store, conference_id).process_id
    code = main(
        ["--workspace", str(workspace.dir), "proposal", "accumulated", "--process", process_id[:8].upper()]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "") and out


@pytest.mark.parametrize("typed", ["____", "%%%%", "____%", "%"])
def test_pattern_characters_typed_are_plain_characters(office, typed) -> None:
    workspace, _, _ = office
    with pytest.raises(NotFound):
        conferences.conference(workspace.store, typed)
    with pytest.raises(NotFound):
        proposals.find_proposal(workspace.store, typed)


def test_a_prefix_of_another_record_finds_nothing(office) -> None:
    workspace, conference_id, proposal_id = office
    with pytest.raises(NotFound):
        conferences.conference(workspace.store, proposal_id[:8])
    longer = conference_id[:8] + ("0" if conference_id[8] != "0" else "1")
    with pytest.raises(NotFound):
        conferences.conference(workspace.store, longer)
