"""An emoji in a question or in the conference's title printed as "�" in the minutes' table of contents
and running header, which were drawn in DejaVu Sans alone; the notes and table cells already set such a
sign in the fallback font. The contents and the header now do the same."""

from __future__ import annotations

from pypdf import PdfReader

from app import conferences, prepare
from app.minutes.conference import build_conference_minutes


def test_contents_and_header_print_an_emoji(demo_store, tmp_path):
    store, conference_id = demo_store
    title = conferences.conference(store, conference_id).title
    prepare.edit_conference(store, conference_id, title=f"{title} 🌲")
    first = conferences.questions(store, conference_id)[0]
    prepare.edit_question(store, first.id, text=f"{first.text} 🚲")
    path = tmp_path / "minnesanteckningar.pdf"
    build_conference_minutes(store, conference_id, path, "sv")
    pages = [(page.extract_text() or "") for page in PdfReader(str(path)).pages]
    contents = next(text for text in pages if "Innehåll" in text)
    assert "🚲" in contents, contents
    assert "\ufffd" not in contents
    body = pages[-1]  # any page after the cover carries the running header
    assert "🌲" in body.splitlines()[0] + body.splitlines()[-1] or "🌲" in body, body[:300]
    assert "\ufffd" not in "".join(pages[1:])
