"""A SeenParagraph finds once, as it is made, whether its text holds a right-to-left letter, and one
without any is drawn as reportlab draws it, its lines not looked at. What it cannot tell from its text
(a letter given as a character reference, the part of a split paragraph) is looked at line by line."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.minutes.fonts import REGULAR, register_fonts
from app.minutes.marked import MarkedParagraph, SeenParagraph

HEBREW = "אנחנו רוצים אוטובוס לילה ביום שישי ובמוצאי שבת, וגם תחנה ליד בית הספר"


def _style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=12)


def _drawn(paragraph: Paragraph, width: float = 120) -> list[str]:
    canvas = Canvas(io.BytesIO())
    paragraph.wrapOn(canvas, width, 800)
    paragraph.drawOn(canvas, 0, 0)
    return list(canvas._code)


def test_a_paragraph_without_right_to_left_letters_draws_as_reportlabs():
    text = "Fler bussar på kvällen <b>och</b> en mötesplats för unga &amp; gamla 2026."
    seen = SeenParagraph(text, _style())
    assert seen._rtl is False
    assert _drawn(seen) == _drawn(Paragraph(text, _style()))


def test_hebrew_is_drawn_in_the_order_it_is_seen_even_given_as_character_references():
    typed = SeenParagraph(HEBREW, _style())
    assert typed._rtl is True
    assert _drawn(typed) != _drawn(Paragraph(HEBREW, _style())), "drawn in the order typed"
    referenced = "".join(f"&#x{ord(char):x};" if char != " " else " " for char in HEBREW)
    seen = SeenParagraph(referenced, _style())
    assert seen._rtl is None  # not told by its text: its lines are looked at
    assert _drawn(seen) != _drawn(Paragraph(referenced, _style())), "drawn in the order typed"


def test_the_parts_of_a_split_right_to_left_paragraph_are_drawn_right_to_left():
    text = " ".join([HEBREW] * 4)
    marked, plain = MarkedParagraph(text, _style()), Paragraph(text, _style())
    for whole in (marked, plain):
        whole.wrap(120, 800)
    parts, as_typed = marked.split(120, 60), plain.split(120, 60)
    assert len(parts) == len(as_typed) == 2
    for part, typed in zip(parts, as_typed, strict=True):
        assert part._rtl is True
        assert _drawn(part) != _drawn(typed), "drawn in the order typed"
