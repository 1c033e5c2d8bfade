"""A text as the PDFs can print it: what no font draws, what prints nothing, and the font for emoji.

DejaVu Sans (fonts.py) draws the letters of every language a note comes in; emoji and other signs it
does not draw are set in fonts.FALLBACK through Paragraph markup; a character neither draws prints as
MISSING. Before the fallback they printed as empty boxes, or were left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.minutes.fonts import FALLBACK, drawn_by_dejavu, drawn_by_fallback
from app.minutes.i18n import EN, SV, Strings
from app.minutes.rtl import MARKS, RIGHT_TO_LEFT, shaped, visual

# Control characters, and the parts an emoji is built with that print nothing of their own: the joiner,
# variation selectors, skin-tone modifiers (👍🏽 prints as 👍). The emoji themselves print (fonts.FALLBACK).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
# Text drawn as it is, without a Paragraph's line breaking (table cells, headers, contents), also leaves
# out the soft hyphen: a word processor's optional hyphen, pasted into a note, is only a place where the
# word may break, but DejaVu draws it as a hyphen ("mötes-platser" in the middle of a line).
DRAWN_PLAIN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\xad\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
# Where no font has a glyph: the replacement character, which DejaVu draws, rather than an empty box
# and a NUL in the text layer (copying, searching and screen readers got "behöver \x00 buss").
MISSING = "\ufffd"
_outside: list[re.Pattern[str]] = []
# The marker where personal data was removed: broken at its space, a line ended in "[personuppgift" and
# the next began with "borttagen]". Printed with no-break spaces it stays whole (only in the PDFs: the
# open data keeps the plain marker, which a search or a spreadsheet formula may look for).
WHOLE = {marker: marker.replace(" ", "\u00a0") for marker in (SV["name_removed"], EN["name_removed"])}


def markers_whole(text: str) -> str:
    """The text with each WHOLE marker in it unbreakable."""
    if "[" in text:
        for marker, whole in WHOLE.items():
            text = text.replace(marker, whole)
    return text


def not_in_dejavu() -> re.Pattern[str]:
    """Runs of characters DejaVu Sans does not draw (line breaks and tabs count as drawn)."""
    if not _outside:
        codes = sorted(drawn_by_dejavu() | {9, 10, 13})
        ranges, start = [], codes[0]
        for previous, code in zip(codes, [*codes[1:], -1], strict=True):
            if code != previous + 1:
                ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
                start = code
        _outside.append(re.compile(f"[^{''.join(ranges)}]+"))
    return _outside[0]


# Where most notes are written (Latin, with line breaks and tabs), less what any of the steps below
# changes or reads specially: nothing to leave out, shape, reorder or set in another font.
_USUAL = "\t\n\r\x20-\x7e\xa0-\u024f\u2010-\u2027\u2030-\u205e\u20ac"
_unusual: list[re.Pattern[str]] = []


def ordinary(text: str) -> bool:
    """Whether every sign of `text` is an ordinary one: drawn by DejaVu as it is, not left out
    (CONTROL, DRAWN_PLAIN), not right to left, not an isolate's mark. Such a text is what every step
    of printable(), markup() and printed() would give back unchanged: one scan of it tells (each
    step scanned it again, most of all for the signs DejaVu does not draw: hundreds of ranges)."""
    if not _unusual:
        drawn = drawn_by_dejavu()
        ordinary_signs = [
            code
            for first, last in re.findall("(.)(?:-(.))?", _USUAL, re.S)
            for code in range(ord(first), ord(last or first) + 1)
            if code in drawn or code in (9, 10, 13)
        ]
        special = [CONTROL, DRAWN_PLAIN, RIGHT_TO_LEFT, MARKS]
        kept = [code for code in ordinary_signs if not any(s.match(chr(code)) for s in special)]
        ranges, start = [], kept[0]
        for previous, code in zip(kept, [*kept[1:], -1], strict=True):
            if code != previous + 1:
                ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
                start = code
        _unusual.append(re.compile(f"[^{''.join(ranges)}]"))
    return _unusual[0].search(text) is None


def printable(text: str) -> str:
    """The text as one font draws it (headers, table cells drawn without markup()): without CONTROL,
    and MISSING for what DejaVu does not draw; Arabic shaped, still in the order typed (each line
    drawn is put in the order it is seen by `visual`)."""
    if ordinary(text):
        return text
    text = shaped(DRAWN_PLAIN.sub("", text))
    return not_in_dejavu().sub(lambda run: MISSING * len(run.group()), text)


def _in_fallback(run: re.Match[str]) -> str:
    """A run DejaVu does not draw, as Paragraph markup: FALLBACK's glyphs, MISSING where it has none."""
    drawn = drawn_by_fallback()
    out, held = [], ""
    for char in run.group():
        if ord(char) in drawn:
            held += char
            continue
        if held:
            out.append(f'<font name="{FALLBACK}">{held}</font>')
            held = ""
        out.append(MISSING)
    if held:
        out.append(f'<font name="{FALLBACK}">{held}</font>')
    return "".join(out)


def printed(text: str, s: Strings) -> str:
    """A note's text as a PDF prints it: a note of nothing but emoji (left out, see printable) says so,
    so that it does not vanish from a numbered list or leave a bare "(bord 1)" behind."""
    if ordinary(text):
        return text
    if DRAWN_PLAIN.search(text) is None and not_in_dejavu().search(text) is None:
        return text  # every sign drawn (Arabic, Hebrew, Greek): not shaped only to see it is not empty
    return text if printable(text).strip() or not text.strip() else s("unprintable")


def markup(text: str) -> str:
    """Plain text as Paragraph markup: `<`, `&` and `>` print as typed, line breaks are kept."""
    usual = ordinary(text)
    if not usual:
        text = shaped(CONTROL.sub("", text))
    text = markers_whole(escape(text.replace("\r\n", "\n").replace("\r", "\n")))
    outside = not_in_dejavu()
    if not usual and outside.search(text):  # rare: most notes are letters DejaVu draws
        text = outside.sub(_in_fallback, text)
    return text.replace("\n", "<br/>")


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """Text drawn straight on the canvas (contents, running headers) as runs of one font each: `font`
    where DejaVu draws it, FALLBACK for the signs that draws, MISSING in `font` for the rest. One
    line: right-to-left text in it is shaped and put in the order it is seen."""
    text = visual(shaped(DRAWN_PLAIN.sub("", text)))
    out: list[tuple[str, str]] = []

    def add(face: str, chunk: str) -> None:
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + chunk)
        elif chunk:
            out.append((face, chunk))

    last = 0
    for match in not_in_dejavu().finditer(text):  # rare: most titles are letters DejaVu draws
        add(font, text[last : match.start()])
        drawn = drawn_by_fallback()
        for char in match.group():
            add(*((FALLBACK, char) if ord(char) in drawn else (font, MISSING)))
        last = match.end()
    add(font, text[last:])
    return out


def width(text: str, font: str, size: float) -> float:
    """How wide `text` prints with draw_string."""
    return sum(stringWidth(chunk, face, size) for face, chunk in runs(text, font))


def draw_string(canv, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw `text` from x as canvas.drawString would, its emoji in FALLBACK; returns where it ends."""
    for face, chunk in runs(text, font):
        canv.setFont(face, size)
        canv.drawString(x, y, chunk)
        x += stringWidth(chunk, face, size)
    canv.setFont(font, size)
    return x


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """`text` broken at spaces into lines no wider than `room` as draw_string prints them."""
    return wrap_words(text, room, lambda chunk: width(chunk, font, size))


Measure = Callable[[str], float]  # how wide a text prints


def wrap_words(text: str, room: float, measure: Measure, *, cut_long: bool = False) -> list[str]:
    """`text` broken at its spaces into lines no wider than `room`, by `measure` of a text's width: each
    word measured once, a line being its words and one space between each two. A word wider than a line
    has a line of its own, wider than `room`; with `cut_long` (a web address in a table cell) it is cut
    where it must be instead, into pieces each as long as fits. The one wrapper of the contents (words
    measured as draw_string prints them) and of plain table cells (one font's widths)."""
    space = measure(" ")
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in text.split():
        wide = measure(word)
        if line and used + space + wide > room:
            lines.append(" ".join(line))
            line, used = [word], wide
        else:
            line.append(word)
            used = used + space + wide
    if line:
        lines.append(" ".join(line))
    if not cut_long:
        return lines
    pieces = []
    for whole in lines:
        while len(whole) > 1 and measure(whole) > room:
            cut = _longest_fitting_prefix(whole, room, measure)
            pieces.append(whole[:cut])
            whole = whole[cut:]
        pieces.append(whole)
    return pieces


def _longest_fitting_prefix(line: str, room: float, measure: Measure) -> int:
    """How many characters of `line` fit `room` (one at least), found by halving."""
    low, high = 1, len(line)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(line[:middle]) <= room:
            low = middle
        else:
            high = middle - 1
    return low


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def run_on(text: str) -> str:
    """A note's words run on in one line, as a paragraph of many notes prints them, except where the
    chair left a blank line: that paragraph break stays, as one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return "\n\n".join(" ".join(part.split()) for part in _BLANK_LINE.split(text))
