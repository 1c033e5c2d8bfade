"""The embedded fonts encode text to subset codes as reportlab does, line after line of a document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.minutes.fonts import CONDENSED, REGULAR, register_fonts

# Latin, Swedish, a no-break space, Greek and Cyrillic: together more than one subset's 256 codes.
LETTERS = (
    "abc åäöÅÄÖ\xa0-·()" + "".join(map(chr, range(0x391, 0x3C9))) + "".join(map(chr, range(0x410, 0x44F)))
)


class _Document:
    """What reportlab keeps a font's codes per (weakly referenced)."""


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=LETTERS + "\u2603\U0001f600", max_size=80), max_size=60),
    name=st.sampled_from([REGULAR, CONDENSED]),
)
def test_every_line_gets_reportlabs_codes(texts, name) -> None:
    register_fonts()
    font = pdfmetrics.getFont(name)
    ours, theirs = _Document(), _Document()  # two documents being written
    for text in texts:
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs), text
    if texts:
        assert font.state[ours].assignments == font.state[theirs].assignments
