"""A decision a newer Rundabord made (an action this version does not know, arriving in a follow-up) is
taken as "remove" everywhere: the finding is removed from what is published, and a note that then says
nothing but the removed datum is held back, as after "remove", not published as a bare marker."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.conferences import create_conference, parse_conference
from app.privacy.emptied import EMPTIED
from app.privacy.publish import Publication
from app.privacy.review import review
from app.workspace import Workspace


@pytest.fixture
def conference(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    description = parse_conference(
        {
            "process": {"name": "Länets tillväxtprogram", "organisation": "Region Exempellän"},
            "conference": {"title": "Vårkonferensen", "date": "2026-03-12", "venue": "Folkets hus"},
            "questions": [{"text": "Vad behöver länet?"}],
            "tables": [{"number": 1, "chair": "Lena Wikström", "participants": 8}],
        }
    )
    yield workspace.store, create_conference(workspace.store, description)
    workspace.close()


def decided_by_a_newer_version(store, cid: str, text: str) -> str:
    """A note holding Lena Wikström's name, and a decision on the name with an action from the future."""
    note_id = notes.add_note(store, cid, 1, 1, text)
    [named] = [h for h in review(store, cid) if h.source.source_id == note_id and h.kind == "name"]
    store.write(
        "privacy_decision",
        None,
        {
            "conference_id": cid,
            "source_id": note_id,
            "field": "text",
            "kind": "name",
            "match": named.found.key,
            "action": "summarise",
            "replacement": "",
            "decided_at": "2026-03-13T10:00:00+01:00",
        },
    )
    return note_id


def test_a_note_of_nothing_but_a_name_with_a_newer_versions_decision_is_held_back(conference):
    store, cid = conference
    bare = decided_by_a_newer_version(store, cid, "Lena Wikström")
    [emptied] = [h for h in review(store, cid) if h.source.source_id == bare and h.kind == EMPTIED]
    assert emptied.decision is None  # asked about, as after "remove"
    gate = Publication(store, cid, "[borttaget]", redact_undecided=True)
    assert gate.held_back(bare)


def test_a_note_that_says_more_is_published_with_the_name_removed(conference):
    store, cid = conference
    said = decided_by_a_newer_version(store, cid, "Lena Wikström vill ha fler bussar")
    gate = Publication(store, cid, "[borttaget]")
    assert not gate.held_back(said)
    assert gate.clean(said, "text", "Lena Wikström vill ha fler bussar") == "[borttaget] vill ha fler bussar"
