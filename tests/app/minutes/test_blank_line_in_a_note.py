"""A note pasted with a blank line in it ("Första raden", blank, "Tredje raden") ran on as one line in
the minutes: in "Vad som sades", where notes said at one table run on in one paragraph, and in the
appendix. The chair's paragraph break is kept there now, as one blank line; the public report and its
HTML twin kept it already (tested here so that they keep doing so)."""

from __future__ import annotations

from app import notes
from app.minutes.conference import build_conference_minutes
from app.minutes.public import build_public_report
from tests.app.minutes.pdfcheck import paragraph_gaps

FIRST, THIRD = "Första raden om bussen", "Tredje raden efter en tom"

NOTE = "Första raden om bussen\n\n  Tredje raden efter en tom"


def test_a_blank_line_in_a_note_is_kept(demo_store, tmp_path):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 2, NOTE)
    minutes = tmp_path / "minnesanteckningar.pdf"
    build_conference_minutes(store, conference_id, minutes, "sv")
    gaps = paragraph_gaps(minutes, FIRST, THIRD)
    assert len(gaps) == 2, gaps  # what was said, and the appendix
    # A blank line between them: two lines down (the appendix leads 9.6 pt, the body 11), not one.
    assert all(gap > 18 for gap in gaps), gaps

    public, html = tmp_path / "rapport.pdf", tmp_path / "rapport.html"
    build_public_report(store, conference_id, public, "sv", html)
    assert [gap > 18 for gap in paragraph_gaps(public, FIRST, THIRD)] == [True]
    assert "Första raden om bussen<br><br>" in html.read_text(encoding="utf-8")
