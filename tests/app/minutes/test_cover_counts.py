"""The minutes' cover read "3 anteckningar · 2 förslag" for three notes of which two are proposals: a
reader added them up to five. The proposals are notes too (the minutes' tables count them so), and the
cover now says "3 anteckningar, varav 2 förslag"; English likewise."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app import notes
from app.minutes.conference import build_conference_minutes


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", "3 anteckningar, varav 2 förslag"),
        ("en", "3 notes, of which 2 are proposals"),
    ],
)
def test_the_cover_says_the_proposals_are_among_the_notes(demo_store, tmp_path, language, expected):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 1, "Fler bussar på kvällarna")
    notes.add_note(store, conference_id, 4, 1, "Cykelväg till skolan", kind="proposal", votes=3)
    notes.add_note(store, conference_id, 5, 2, "Läxhjälp på biblioteket", kind="proposal", votes=2)
    path = tmp_path / "minutes.pdf"
    build_conference_minutes(store, conference_id, path, language)
    cover = " ".join((PdfReader(str(path)).pages[0].extract_text() or "").split())
    assert expected in cover, cover


def test_one_proposal_in_english(demo_store, tmp_path):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 1, "Cykelväg till skolan", kind="proposal")
    path = tmp_path / "minutes.pdf"
    build_conference_minutes(store, conference_id, path, "en")
    cover = " ".join((PdfReader(str(path)).pages[0].extract_text() or "").split())
    assert "1 note, of which 1 is a proposal" in cover, cover
