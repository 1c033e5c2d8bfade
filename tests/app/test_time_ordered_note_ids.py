"""A note's id begins with the time it was made, so one table's notes sit together in the id index and
an import touches few of its pages; the command line shows and takes eight digits of the id's random
end, since notes made in the same minute share their first eight."""

from __future__ import annotations

import itertools
import re

import pytest

from app import conferences, notes, proposals
from app.bundles.domain import is_id
from app.cli import main
from app.demo import demo_description
from app.errors import NotFound, UserError
from app.typed_ids import is_time_ordered, note_tail, short_id, time_ordered_id

UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\Z")


def test_a_new_note_id_is_a_version_7_uuid_whose_start_is_the_time() -> None:
    made = [time_ordered_id() for _ in range(500)]
    assert all(UUID7.match(i) and is_id(i) and is_time_ordered(i) for i in made)
    assert len(set(made)) == len(made)
    assert all(a[:13] <= b[:13] for a, b in itertools.pairwise(made))  # the milliseconds lead, in order
    assert len({i[:8] for i in made}) <= 2  # made within a minute: the first digits say nothing apart
    assert len({short_id(i) for i in made}) == len(made)  # the random end does


def test_the_store_makes_note_ids_in_time_order_and_other_ids_random(make_secretariat) -> None:
    store = make_secretariat().store
    conference_id = conferences.create_conference(store, demo_description())
    first = notes.add_note(store, conference_id, 1, 1, "Först")
    made = store.create_many(
        "note",
        [
            {"conference_id": conference_id, "table_number": 2, "text": f"nr {n}", "kind": "note"}
            for n in range(50)
        ],
    )
    assert is_time_ordered(first) and all(is_time_ordered(i) for i in made)
    assert [first, *made] == sorted([first, *made])  # in the order made: one table's notes lie together
    assert not is_time_ordered(conference_id)  # conferences are few and typed by their first characters
    assert short_id(conference_id) == conference_id[:8]


@pytest.fixture
def proposals_of_one_minute(make_secretariat):
    workspace = make_secretariat("anna")
    store = workspace.store
    conference_id = conferences.create_conference(store, demo_description())
    ids = [notes.add_note(store, conference_id, 3, 1, f"Förslag {n}", kind="proposal") for n in range(5)]
    return workspace, ids


def test_the_short_form_listed_is_typed_back_where_the_first_digits_are_ambiguous(
    proposals_of_one_minute, capsys
) -> None:
    workspace, ids = proposals_of_one_minute
    store = workspace.store
    assert len({i[:8] for i in ids}) < len(ids)  # within a minute they share their first eight digits
    with pytest.raises(UserError, match="matches"):
        proposals.find_proposal(store, ids[2][:8])
    assert main(["--workspace", str(workspace.dir), "proposal", "list"]) == 0
    listed = capsys.readouterr().out
    shown = short_id(ids[2])
    assert f"{shown}  new" in listed and ids[2][:8] not in listed
    assert proposals.find_proposal(store, shown).id == ids[2]
    assert proposals.find_proposal(store, f" {shown.upper()} ").id == ids[2]
    assert proposals.find_proposal(store, ids[2][24:]).id == ids[2]  # more of the end: still that one
    code = main(
        [
            "--workspace",
            str(workspace.dir),
            "proposal",
            "status",
            shown.upper(),
            "selected",
            "--expect-rev",
            "any",
        ]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    assert out.startswith(f"{shown} ")
    assert proposals.find_proposal(store, ids[2]).status == "selected"


def test_an_end_that_names_two_notes_is_refused_and_a_deleted_one_is_not_found(
    proposals_of_one_minute,
) -> None:
    workspace, ids = proposals_of_one_minute
    store = workspace.store
    store.delete("note", ids[4])
    with pytest.raises(NotFound):
        proposals.find_proposal(store, short_id(ids[4]))
    twin = ids[0][:24] + ids[1][24:]  # hand-made: another note whose id ends as ids[1] does
    store.conn.execute("UPDATE notes SET id = ? WHERE id = ?", (twin, ids[0]))
    with pytest.raises(UserError, match="matches 2 ids"):
        proposals.find_proposal(store, short_id(ids[1]))
    assert proposals.find_proposal(store, ids[1]).id == ids[1]


@pytest.mark.parametrize("typed", ["abc", "zzzzzzzz", "0123456789abc", "%%%%", "____"])
def test_what_cannot_be_an_end_is_not_looked_for(typed) -> None:
    assert note_tail(typed) is None
