"""A proposal pasted from a word processor carries its optional hyphens (U+00AD, a place where a word may
break). The notes' paragraphs printed them only where a line broke, but the ranked proposals' table, the
table of contents and the running header drew the text as it is, and DejaVu draws the soft hyphen as a
hyphen: "Ungdoms-råd i varje kommun" in the middle of a line. They are now left out there."""

from __future__ import annotations

from pypdf import PdfReader

from app import conferences, notes, prepare
from app.minutes.conference import build_conference_minutes

PASTED = "Ungdoms\xadråd i varje kommun"


def test_a_pasted_soft_hyphen_prints_nothing_in_cells_contents_or_header(demo_store, tmp_path):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 2, PASTED, kind="proposal", votes=9)
    title = conferences.conference(store, conference_id).title
    prepare.edit_conference(store, conference_id, title=f"{title} i Väster\xadby")
    first = conferences.questions(store, conference_id)[0]
    prepare.edit_question(store, first.id, text=f"Vad kan ni göra för sam\xadverkan? {first.text}")
    path = tmp_path / "minnesanteckningar.pdf"
    build_conference_minutes(store, conference_id, path, "sv")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]
    ranked = next(text for text in pages if "Förslag rangordnade efter röster Plats" in text)
    ranked = ranked[ranked.index("Förslag rangordnade efter röster Plats") :]
    assert "Ungdomsråd i varje kommun" in ranked, ranked[:300]
    contents = next(text for text in pages if "Innehåll" in text)
    assert "Vad kan ni göra för samverkan?" in contents, contents
    assert all("Västerby" in text for text in pages[1:]), pages[1][:200]  # the running header
    printed = "".join(pages)
    assert "\xad" not in printed
    assert "Ungdoms-råd" not in printed and "Väster-by" not in printed and "sam-verkan" not in printed
