"""A known person's name as typed into a free field, with a role or punctuation beside it ("Rådberg,
ordf.", "ordförande Eva Ek"): the review looked for "Rådberg," with its comma, so a note naming
"Rådberg" went out unflagged, and took the role ("ordförande") for a name."""

from __future__ import annotations

from pathlib import Path

from app import notes, proposals
from app.privacy.detect import Detector
from app.privacy.review import review
from tests.app.privacy.read_back import one_table_conference

DETECTOR = Detector(["Rådberg, ordf.", "ordförande Eva Ek", "(Lena Wikström)"])


def _found(text: str) -> list[str]:
    return [f.text for f in DETECTOR.find(text)]


def test_a_known_name_is_found_without_the_punctuation_typed_beside_it() -> None:
    assert _found("Rådberg ringer om lokalen") == ["Rådberg"]
    assert _found("Vi frågar Wikström") == ["Wikström"]
    assert _found("Eva Ek sa ja") == ["Eva Ek"]


def test_the_role_beside_a_known_name_is_no_name() -> None:
    assert _found("Ordförande tycker att det räcker") == []
    assert _found("ordf. sa nej") == []


def test_a_decider_typed_with_her_role_is_looked_for_in_the_notes(tmp_path: Path) -> None:
    workspace, cid = one_table_conference(tmp_path)
    try:
        store = workspace.store
        mine = notes.add_note(store, cid, 1, 1, "Fler bänkar", kind="proposal")
        proposals.set_status(store, mine, "selected", decided_by="Rådberg, ordf.")
        note = notes.add_note(store, cid, 1, 1, "Rådberg ringer om lokalen")
        assert [h.found.text for h in review(store, cid) if h.source.source_id == note] == ["Rådberg"]
    finally:
        workspace.close()
