"""A proposal with an emoji printed it in the notes and the appendix, but in the ranked proposals' table
the emoji came out as "�": table cells were drawn as plain text in DejaVu Sans alone, without the
fallback font. A cell holding a sign DejaVu lacks is now set with the fallback, as paragraphs are."""

from __future__ import annotations

from pypdf import PdfReader

from app import notes
from app.minutes.conference import build_conference_minutes


def test_the_ranked_proposals_print_their_emoji(demo_store, tmp_path):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 2, "Cykelväg 🚲 till skolan, säger Åsa", kind="proposal", votes=9)
    notes.add_note(store, conference_id, 5, 1, "Läxhjälp på biblioteket", kind="proposal", votes=8)
    path = tmp_path / "minnesanteckningar.pdf"
    build_conference_minutes(store, conference_id, path, "sv")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]
    ranked = next(text for text in pages if "Förslag rangordnade efter röster Plats" in text)
    ranked = ranked[ranked.index("Förslag rangordnade efter röster Plats") :]
    assert "Cykelväg 🚲 till skolan, säger Åsa" in ranked, ranked[:400]
    assert "\ufffd" not in ranked
    assert "Läxhjälp på biblioteket" in ranked  # a plain cell prints as before
