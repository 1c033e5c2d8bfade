"""A note pasted with a blank line in it ("Första raden", blank, "Tredje raden") ran on as one line in
the minutes: in "Vad som sades", where notes said at one table run on in one paragraph, and in the
appendix. The chair's paragraph break is kept there now, as one blank line; the public report and its
HTML twin kept it already (tested here so that they keep doing so)."""

from __future__ import annotations

from pypdf import PdfReader

from app import notes
from app.minutes.conference import build_conference_minutes
from app.minutes.public import build_public_report

NOTE = "Första raden om bussen\n\n  Tredje raden efter en tom"


def _gaps(path) -> list[float]:
    """For each place "Första raden" is printed: how far below it "Tredje raden" is, in points."""
    gaps = []
    for page in PdfReader(str(path)).pages:
        seen: list[tuple[str, float]] = []

        def visit(text, cm, tm, _font, _size, seen=seen):
            if text.strip():
                seen.append((text, tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
        firsts = [y for text, y in seen if "Första raden om bussen" in text]
        thirds = [y for text, y in seen if "Tredje raden efter en tom" in text]
        gaps += [first - third for first, third in zip(firsts, thirds, strict=True)]
    return gaps


def test_a_blank_line_in_a_note_is_kept(demo_store, tmp_path):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 2, NOTE)
    minutes = tmp_path / "minnesanteckningar.pdf"
    build_conference_minutes(store, conference_id, minutes, "sv")
    gaps = _gaps(minutes)
    assert len(gaps) == 2, gaps  # what was said, and the appendix
    # A blank line between them: two lines down (the appendix leads 9.6 pt, the body 11), not one.
    assert all(gap > 18 for gap in gaps), gaps

    public, html = tmp_path / "rapport.pdf", tmp_path / "rapport.html"
    build_public_report(store, conference_id, public, "sv", html)
    assert [gap > 18 for gap in _gaps(public)] == [True]
    assert "Första raden om bussen<br><br>" in html.read_text(encoding="utf-8")
