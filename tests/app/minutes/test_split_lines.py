"""A paragraph that runs over pages is broken into lines once: each part a page split off gets the
lines reportlab broke for the whole, and those are the lines reportlab would break for that part."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from app.minutes import marked
from app.minutes.layout import FRAME_WIDTH, make_styles, plain
from app.minutes.marked import ListItemParagraph, MarkedParagraph, break_plain

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
    reportlab_breaks, fast_breaks = Paragraph.breakLines, marked.break_plain
    monkeypatch.setattr(
        Paragraph, "breakLines", lambda self, width: breaks.append(1) or reportlab_breaks(self, width)
    )
    monkeypatch.setattr(
        marked, "break_plain", lambda para, width: breaks.append(1) or fast_breaks(para, width)
    )
    paragraph = plain(text, getattr(styles, style), bullet, kind)
    parts = _parts(paragraph, 120)
    assert len(parts) > 5
    broken = len(breaks)
    monkeypatch.setattr(Paragraph, "breakLines", reportlab_breaks)
    monkeypatch.setattr(marked, "break_plain", fast_breaks)
    printed = [part.blPara.lines for part in parts]
    assert printed == [_fresh_lines(part) for part in parts]
    assert " ".join(w for lines in printed for _extra, words in lines for w in words).split() == text.split()
    # Broken once, not again for every page's remainder: only a part whose words were cut is broken anew
    # (by reportlab, after the fast way declined).
    assert broken <= 1 + (2 * len(parts) if "https" in text else 0)


_WORD_POOL = [
    "Fler",
    "mötesplatser",
    "för",
    "unga",
    "Språkcafé",
    "(3",
    "röster)",
    "—",
    "·",
    "&",
    "<b>",
    "Łódź",
    "Ψηφιακή",
    "ungdomsråd",
    "a",
    "i",
    "Kompetensförsörjningsstrategi",
    "1\xa0000",
    "kr",
    "x" * 60,
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORD_POOL), min_size=1, max_size=120),
    style=st.sampled_from(["body", "body_item", "body_run", "record", "compact", "cell", "h3"]),
    bullet=st.sampled_from([None, "•", "Fråga 3", "Bord 12 och 13"]),
    width=st.floats(min_value=40, max_value=FRAME_WIDTH),
)
def test_plain_lines_are_reportlabs_lines(words, style, bullet, width) -> None:
    """The fast breaking of a plain paragraph gives reportlab's own lines, or leaves it to reportlab."""
    found = make_styles()
    text = " ".join(words)
    fast = plain(text, getattr(found, style), bullet, MarkedParagraph)
    slow = plain(text, getattr(found, style), bullet, Paragraph)
    fast_widths, slow_widths = [width - 9, width], [width - 9, width]
    lines = break_plain(fast, fast_widths)
    expected = slow.breakLines(slow_widths)
    if lines is None:  # left to reportlab: only where it cuts a word too wide for a line
        assert slow._splitLongWordCount > 0
        return
    assert lines.lines == expected.lines
    assert fast_widths == slow_widths  # narrowed for a wide bullet, as reportlab does
    assert (lines.kind, lines.ascent, lines.descent, lines.fontSize) == (
        expected.kind,
        expected.ascent,
        expected.descent,
        expected.fontSize,
    )
