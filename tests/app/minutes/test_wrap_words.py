"""One wrapper breaks words into lines for the contents and for plain table cells (glyphs.wrap_words);
each passes its own measure of a text's width and says whether a word wider than a line is cut.

A table cell's lines are the lines reportlab's simpleSplit breaks (what the cells printed before), with
a word longer than a line cut where it must be; the contents' lines are as wide as draw_string prints
them, an emoji measured in the fallback font."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.minutes import glyphs
from app.minutes.fonts import BOLD, REGULAR, register_fonts
from app.minutes.grid import wrap_text

register_fonts()
SIZE = 9
WORDS = [
    "Fler",
    "mötesplatser",
    "för",
    "unga",
    "Språkcafé",
    "på",
    "biblioteket",
    "(3",
    "röster)",
    "—",
    "&",
    "Ψ",
]
URL = "https://www.exempel-region.se/verksamhet/regional-utveckling/ungdomsradet-och-dess-uppdrag-2026"


@given(st.lists(st.sampled_from(WORDS), max_size=40), st.integers(70, 400), st.sampled_from([REGULAR, BOLD]))
def test_a_cell_breaks_where_simplesplit_broke_it(words, room, font):
    """Words that fit a line (simpleSplit leaves a longer one whole; a cell cuts it, below)."""
    assert max(stringWidth(word, font, SIZE) for word in WORDS) <= room
    text = " ".join(words)
    assert wrap_text(text, font, SIZE, room) == simpleSplit(text, font, SIZE, room)


def test_a_cell_cuts_a_word_longer_than_its_line_and_goes_on_on_a_new_line():
    room = 120.0
    lines = wrap_text(f"Läs {URL} och kom", REGULAR, SIZE, room)
    assert lines[0] == "Läs" and lines[-1] == "och kom", lines
    pieces = lines[1:-1]
    assert "".join(pieces) == URL and len(pieces) >= 3
    assert all(stringWidth(piece, REGULAR, SIZE) <= room for piece in pieces)
    # each piece as long as fits: one character more would not
    assert all(
        stringWidth(piece + URL[len("".join(pieces[: i + 1]))], REGULAR, SIZE) > room
        for i, piece in enumerate(pieces[:-1])
    )
    assert wrap_text("Rad ett\nrad två", REGULAR, SIZE, 400) == ["Rad ett", "rad två"]


def test_the_contents_measure_an_emoji_in_the_fallback_font_and_keep_a_long_word_whole():
    text = "Cykelväg 🚲 mellan Åre och Järpen 🌲🌲 för alla som 👍🏽 cyklar till jobbet"
    room = 90.0
    lines = glyphs.wrap(text, REGULAR, SIZE, room)
    assert " ".join(lines) == text and len(lines) > 1  # every word kept, in order
    assert all(glyphs.width(line, REGULAR, SIZE) <= room for line in lines), lines
    for line, after in itertools.pairwise(lines):  # a line ends where the next word would not fit
        assert glyphs.width(f"{line} {after.split()[0]}", REGULAR, SIZE) > room
    # Six trees are narrower in the fallback font than six "�" in DejaVu: they share a line with "ja"
    trees = "🌲🌲🌲🌲🌲🌲 ja"
    assert stringWidth(glyphs.printable(trees), REGULAR, SIZE) > 45 >= glyphs.width(trees, REGULAR, SIZE)
    assert glyphs.wrap(trees, REGULAR, SIZE, 45) == [trees]
    assert glyphs.wrap(f"Se {URL} nu", REGULAR, SIZE, room) == ["Se", URL, "nu"]  # runs over, not cut
