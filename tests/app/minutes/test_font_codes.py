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


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=LETTERS + "()\\\u2603", max_size=40), min_size=1, max_size=20),
    size=st.sampled_from([8, 9.5, 22]),
)
def test_a_string_drawn_is_the_bytes_reportlab_draws(tmp_path_factory, texts, size) -> None:
    """The minutes' canvas draws a plain string (table cells, headers, footers) without reportlab's
    text object, in the same page content; right-aligned ones too."""
    from reportlab.pdfgen.canvas import Canvas

    from app.minutes.layout import TaggedCanvas

    register_fonts()
    folder = tmp_path_factory.mktemp("strings")
    ours = TaggedCanvas(str(folder / "ours.pdf"))
    theirs = Canvas(str(folder / "theirs.pdf"), initialFontName=REGULAR)
    for canvas in (ours, theirs):
        canvas.setFont(REGULAR, size, size * 1.2)
        for i, text in enumerate(texts):
            canvas.drawString(20, 700 - i * 12, text)
            canvas.drawRightString(500, 700 - i * 12, text)
    theirs_code = [op for op in theirs._code if op.startswith("BT")]
    assert [op for op in ours._code if op.startswith("BT")] == theirs_code
    assert len(theirs_code) == 2 * len(texts)
