"""A proposal of several paragraphs printed on one line in the minutes' table "Förslag rangordnade
efter röster": a table cell ran every word on. It keeps its paragraphs there now, a blank line between,
as "Vad som sades" and the appendix print it; with an emoji (a cell set as a Paragraph) and without."""

from __future__ import annotations

import pytest

from app import notes
from app.minutes.conference import build_conference_minutes
from tests.app.minutes.pdfcheck import paragraph_gaps

PLAIN = "Busskort för unga året om\n\n  med rabatt på helger"
SIGNS = "Cykelbibliotek i varje ort 🚲\n\nlånas med bibliotekskortet"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [(PLAIN, "Busskort för unga året om", "med rabatt på helger"), (SIGNS, "Cykelbibliotek", "lånas med")],
)
def test_a_proposal_keeps_its_paragraphs_in_the_ranked_table(demo_store, tmp_path, text, first, second):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 2, text, kind="proposal", votes=99)
    minutes = tmp_path / "minnesanteckningar.pdf"
    build_conference_minutes(store, conference_id, minutes, "sv")
    gaps = paragraph_gaps(minutes, first, second)
    # What was said, the ranked table and the appendix: each paragraph on its own line, a blank line
    # between (two lines down, not one; the table's cell ran both on one line before).
    assert len(gaps) == 3, gaps
    assert all(gap > 16 for gap in gaps), gaps
