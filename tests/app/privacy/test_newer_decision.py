"""A decision a newer Rundabord made (an action this version does not know, arriving in a follow-up) is
taken as "remove" everywhere: the finding is removed from what is published, and a note that then says
nothing but the removed datum is held back, as after "remove", not published as a bare marker."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.privacy.emptied import EMPTIED
from app.privacy.publish import Publication
from app.privacy.review import review
from tests.app.privacy.read_back import decided_by_a_newer_version, one_table_conference


@pytest.fixture
def conference(tmp_path: Path):
    workspace, cid = one_table_conference(tmp_path)
    yield workspace.store, cid
    workspace.close()


def noted_and_decided_by_a_newer_version(store, cid: str, text: str) -> str:
    """A note holding Lena Wikström's name, and a decision on the name with an action from the future."""
    note_id = notes.add_note(store, cid, 1, 1, text)
    decided_by_a_newer_version(store, cid, note_id)
    return note_id


def test_a_note_of_nothing_but_a_name_with_a_newer_versions_decision_is_held_back(conference):
    store, cid = conference
    bare = noted_and_decided_by_a_newer_version(store, cid, "Lena Wikström")
    [emptied] = [h for h in review(store, cid) if h.source.source_id == bare and h.kind == EMPTIED]
    assert emptied.decision is None  # asked about, as after "remove"
    gate = Publication(store, cid, "[borttaget]", redact_undecided=True)
    assert gate.held_back(bare)


def test_a_note_that_says_more_is_published_with_the_name_removed(conference):
    store, cid = conference
    said = noted_and_decided_by_a_newer_version(store, cid, "Lena Wikström vill ha fler bussar")
    gate = Publication(store, cid, "[borttaget]")
    assert not gate.held_back(said)
    assert gate.clean(said, "text", "Lena Wikström vill ha fler bussar") == "[borttaget] vill ha fler bussar"
