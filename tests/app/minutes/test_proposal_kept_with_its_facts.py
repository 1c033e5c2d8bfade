"""A proposal in the public report is its text with a grey line under it (votes, table, themes). When the
text just fitted at a page's foot, that line went alone to the top of the next page, where it reads as
belonging to nothing. The text now splits where its line still fits under it, or moves on with it."""

from __future__ import annotations

import random
import re

from pypdf import PdfReader

from app import notes
from app.minutes.public import build_public_report

WORDS = "busskort läxhjälp mötesplatser cykelväg bredband äldreomsorg språkcafé ungdomsråd trygghet".split()
FACTS = re.compile(r"^\d+ röst(er)? · Från bord \d+")


def test_no_page_begins_with_a_proposals_facts_line(demo_store, tmp_path):
    store, conference_id = demo_store
    rng = random.Random(2)
    for n in range(90):  # texts of one to five lines: page breaks fall at every place in an item
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 60)))
        notes.add_note(
            store, conference_id, 1 + n % 12, 1 + n % 3, f"Förslag {n}: {text}", kind="proposal", votes=n % 6
        )
    path = tmp_path / "återkoppling.pdf"
    build_public_report(store, conference_id, path, "sv")
    pages = [page.extract_text().splitlines() for page in PdfReader(str(path)).pages]
    seen = 0
    for number, lines in enumerate(pages[1:], 2):
        body = [line.strip() for line in lines[4:] if line.strip()]  # after the header and footer lines
        seen += sum(1 for line in body if FACTS.match(line))
        assert body and not FACTS.match(body[0]), f"page {number} begins with a proposal's facts: {body[:3]}"
    assert seen >= 80, seen  # the proposals were printed with their facts
