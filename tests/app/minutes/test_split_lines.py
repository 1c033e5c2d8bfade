"""A paragraph that runs over pages is broken into lines once: each part a page split off gets the
lines reportlab broke for the whole, and those are the lines reportlab would break for that part."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from app.minutes.layout import FRAME_WIDTH, make_styles, plain
from app.minutes.marked import ListItemParagraph, MarkedParagraph

WORDS = (
    "Fler mötesplatser för unga i hela länet · Språkcafé på biblioteket (3 röster) — "
    "https://example.org/en-mycket-lang-adress-som-inte-ryms-pa-en-rad-utan-maste-delas-upp-i-bitar "
    "Trygga gångstråk & belysning · Läxhjälp efter skolan "
)


def _parts(paragraph: Paragraph, height: float) -> list[Paragraph]:
    """The parts a frame `height` tall would print on one page after another."""
    parts = []
    while True:
        paragraph.wrap(FRAME_WIDTH, height)
        if paragraph.height <= height:
            return [*parts, paragraph]
        first, rest = paragraph.split(FRAME_WIDTH, height)
        parts.append(first)
        paragraph = rest


def _fresh_lines(part: Paragraph) -> list:
    """The lines reportlab itself breaks for a part, in a plain Paragraph of the same words."""
    copy = Paragraph(None, part.style, bulletText=part.bulletText, frags=part.frags)
    copy.wrap(FRAME_WIDTH, 10_000)
    return copy.blPara.lines


@pytest.mark.parametrize(
    ("style", "kind", "bullet", "text"),
    [
        ("body_run", MarkedParagraph, None, WORDS.replace("https", "http") * 40),
        ("record", ListItemParagraph, "Fråga 12", WORDS * 40),  # a long word cut across lines
        ("compact", MarkedParagraph, None, WORDS * 40),  # a hanging first line
    ],
)
def test_the_parts_of_a_long_paragraph_print_reportlabs_lines(monkeypatch, style, kind, bullet, text) -> None:
    styles = make_styles()
    breaks = []
    reportlab_breaks = Paragraph.breakLines
    monkeypatch.setattr(
        Paragraph, "breakLines", lambda self, width: breaks.append(1) or reportlab_breaks(self, width)
    )
    paragraph = plain(text, getattr(styles, style), bullet, kind)
    parts = _parts(paragraph, 120)
    assert len(parts) > 5
    broken = len(breaks)
    monkeypatch.setattr(Paragraph, "breakLines", reportlab_breaks)
    printed = [part.blPara.lines for part in parts]
    assert printed == [_fresh_lines(part) for part in parts]
    assert " ".join(w for lines in printed for _extra, words in lines for w in words).split() == text.split()
    # Broken once, not again for every page's remainder: only a part whose words were cut is broken anew.
    assert broken <= 1 + (len(parts) if "https" in text else 0)
