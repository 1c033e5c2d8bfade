"""The embedded Unicode fonts: DejaVu Sans from resources/fonts, registered once per process.

reportlab's built-in Helvetica covers Latin-1 only; DejaVu Sans prints å, ä, ö, Ł, ß, Greek and
Cyrillic, and reportlab embeds just the glyphs a document uses. DejaVu Sans Condensed (the same
letters, narrower) sets the long complete records, e.g. the conference minutes' appendix.
Both come from Debian's fonts-dejavu packages, unchanged, under their licence (LICENSE-DejaVu.txt).

What DejaVu does not draw (emoji, most of all: chairs type "👍" and "🚲") is set in Symbola, from Debian's
fonts-symbola (LICENSE-Symbola.txt), registered only when a document first needs it; `drawn_by_dejavu`
and `drawn_by_fallback` say which characters each draws. reportlab's map from glyphs back to Unicode
writes a character beyond U+FFFF as five hex digits, which readers reject (copying and searching then
found nothing): `_to_unicode_map` writes it as the UTF-16 pair the PDF format asks for.

The fonts remember what they measured, and encode quickly what they already encoded: reportlab asks the
width of every word each time it breaks a paragraph (in minutes of thousands of notes the same words
come back thousands of times), and splits every drawn string into subset codes character by character.
Either answer is the one reportlab gives, so every page stays exactly the same.
"""

from __future__ import annotations

import threading
from importlib import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
FAMILY = "DejaVuSans-Family"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
FALLBACK = "Symbola"
_FALLBACK_FILE = "Symbola.ttf"
_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Make REGULAR and BOLD known to reportlab (idempotent, safe from worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        folder = resources.files("resources").joinpath("fonts")
        font_class = _remembering_font_class()
        for name, filename in _FILES.items():
            # Read the bytes: works the same from a checkout, a wheel and a PyInstaller bundle.
            data = folder.joinpath(filename).read_bytes()
            font = font_class(name, _BytesFile(data))
            _marks_drawn_as_nothing(font.face)
            pdfmetrics.registerFont(font)
        # No italic face ships; <i> falls back to upright rather than failing.
        for regular, bold_face in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
            for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
                addMapping(regular, bold, italic, bold_face if bold else regular)
                addMapping(bold_face, bold, italic, bold_face)
        _remember_paragraph_widths()
        faces = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
        _coverage["dejavu"] = frozenset(set.intersection(*faces))  # bold draws a little less than regular
        _fix_unicode_map()
        _registered = True


def _marks_drawn_as_nothing(face) -> None:
    """The isolates' marks (LRI, RLI, FSI, PDI: rtl.isolated) as DejaVu's empty glyph of no width, the
    one it has for the left-to-right mark: DejaVu lacks them, and a mark left in a line printed a box."""
    empty = face.charToGlyph[0x200E]
    for code in range(0x2066, 0x206A):
        face.charToGlyph[code] = empty
        face.charWidths[code] = face.charWidths.get(0x200E, 0)


def drawn_by_dejavu() -> frozenset[int]:
    """The code points every one of the DejaVu faces draws."""
    register_fonts()
    return _coverage["dejavu"]


def drawn_by_fallback() -> frozenset[int]:
    """The code points FALLBACK draws; registers it with reportlab on first use."""
    register_fonts()
    with _lock:
        if "fallback" not in _coverage:
            from reportlab.pdfbase import pdfmetrics

            data = resources.files("resources").joinpath("fonts", _FALLBACK_FILE).read_bytes()
            font = _remembering_font_class()(FALLBACK, _BytesFile(data))
            pdfmetrics.registerFont(font)
            _coverage["fallback"] = frozenset(font.face.charToGlyph)
        return _coverage["fallback"]


def _fix_unicode_map() -> None:
    from reportlab.pdfbase import ttfonts

    if not getattr(ttfonts.makeToUnicodeCMap, "pairs", False):
        ttfonts.makeToUnicodeCMap = _to_unicode_map


def _to_unicode_map(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, in the same bytes for the Basic Multilingual Plane; a character beyond
    it maps to its UTF-16 surrogate pair (PDF 32000-1, 9.10.3)."""

    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


_to_unicode_map.pairs = True  # type: ignore[attr-defined]


def _remember_paragraph_widths() -> None:
    """reportlab's paragraphs ask `stringWidth(word, font name, size)` for every word of every line
    they break: half a million times in the minutes of 4,000 notes, each time finding the font by name
    first. Remember the answers (the font's own, so every line breaks as before)."""
    from reportlab.platypus import paragraph

    measure = paragraph.stringWidth
    if getattr(measure, "remembers", False):
        return
    widths: dict[tuple[str, str, float, str], float] = {}

    def remembered(text, fontName, fontSize, encoding="utf8"):
        key = (text, fontName, fontSize, encoding)
        width = widths.get(key)
        if width is None:
            if len(widths) >= _WIDTHS_KEPT:
                widths.clear()
            width = widths[key] = measure(text, fontName, fontSize, encoding)
        return width

    remembered.remembers = True  # type: ignore[attr-defined]
    paragraph.stringWidth = remembered


_WIDTHS_KEPT = 200_000  # (text, size) pairs per font: a few MB at most


def _remembering_font_class():
    """A TTFont that remembers widths (per text and size) and splits known characters into subset codes
    without reportlab's per-character Python loop."""
    from reportlab.pdfbase.ttfonts import TTFont

    class RememberingTTFont(TTFont):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._widths: dict[tuple[str, float], float] = {}

        def stringWidth(self, text, size, encoding="utf8"):
            key = (text, size)
            width = self._widths.get(key)
            if width is None:
                if len(self._widths) >= _WIDTHS_KEPT:
                    self._widths.clear()
                width = self._widths[key] = super().stringWidth(text, size, encoding)
            return width

        def splitString(self, text, doc, encoding="utf-8"):
            """reportlab's answer, found at C speed when every character already has its code in the
            first subset (nearly every line after a document's first pages); otherwise reportlab's own
            character-by-character walk, which assigns new codes."""
            state = self.state.get(doc)
            if state is not None and isinstance(text, str):
                codes = state.__dict__.get("first_codes")
                if codes is None or codes[0] != len(state.assignments):
                    codes = state.first_codes = _first_subset(state.assignments)
                if codes[2].issuperset(text):
                    return [(0, text.translate(codes[1]).encode("latin-1"))] if text else []
            return super().splitString(text, doc, encoding)

    return RememberingTTFont


_drawing: tuple = ()


def _reportlab_drawing() -> tuple:
    """What one_line uses of reportlab, imported once (not at start-up: see the module's users)."""
    global _drawing
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen import textobject

    _drawing = (fp_str, getFont, textobject)
    return _drawing


def one_line(canv, x: float, y: float, text: str) -> str | None:
    """What reportlab's canvas.drawString(x, y, text) adds to the page, made without its text object
    (the minutes draw thousands of table cells, headers and footers this way), in the same bytes;
    None where reportlab itself must draw: a font other than these, text it would reorder or shape."""
    fp_str, getFont, textobject = _drawing or _reportlab_drawing()
    font = getFont(canv._fontname)
    if type(text) is not str or not getattr(font, "_dynamicFont", False) or textobject.rtlSupport:
        return None
    if not canv.bottomup:
        return None
    doc = canv._doc
    setting = f"{fp_str(canv._fontsize)} Tf {fp_str(canv._leading)} TL"
    parts = []
    current = -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {setting}")
            current = subset
        parts.append(f"({canv._escape(chunk)}) Tj")
    return f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(parts)} T* ET"


def _first_subset(assigned: dict[int, int]) -> tuple[int, dict[int, int], frozenset[str]]:
    """For a document's codes so far (character -> code): how many there are, the characters with a
    code in the first subset (under 256) mapped to it, and those characters. A no-break space prints
    as a space (as reportlab prints it), when the space has a code there."""
    table = {char: code for char, code in assigned.items() if code < 256}
    if 32 in table:
        table[0xA0] = table[32]
    return len(assigned), table, frozenset(map(chr, table))


class _BytesFile:
    """TTFont accepts a file-like object with read(); give it one over bytes already in memory."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self) -> bytes:
        return self._data
