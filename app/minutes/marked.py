"""Flowables that mark what they draw with their structure role (see tagging.py).

Each class draws exactly as its reportlab parent does; it only adds marked-content operators around
(or, for a list item, inside) the parent's drawing, so tagging never changes how a page looks.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import paragraph as rl
from reportlab.rl_config import paraFontSizeHeightOffset

from app.minutes import rtl
from app.minutes.fonts import REGULAR
from app.minutes.tagging import Node, Tagger

_NO_TAGGER = Tagger(enabled=False)


def tagger_of(canv) -> Tagger:
    """The canvas's tagger; a canvas that is not ours (a test's, a preview's) tags nothing."""
    return getattr(canv, "tagger", _NO_TAGGER)


class SeenParagraph(Paragraph):
    """A paragraph whose right-to-left text (Arabic) is drawn line by line in the order it is seen
    (rtl.py): its lines are broken, split and measured as typed and reordered only while drawn. The
    drawn line of a tagged PDF then carries the text as typed as its ActualText."""

    # Whether its text holds a right-to-left letter, found once as it is made; None when not known (a
    # part split off is made of fragments; markup with character references): each line is looked at.
    _rtl: bool | None = None

    def __init__(self, text, style=None, *args, **kwargs) -> None:
        super().__init__(text, style, *args, **kwargs)
        if type(text) is str and "&#" not in text:
            self._rtl = rtl.has_rtl(text)

    def drawPara(self, debug=0):
        if self._rtl is False:  # nearly every paragraph: no line to reorder (rtl.lines_seen is None)
            return super().drawPara(debug)
        broken = self.blPara
        lines = getattr(broken, "lines", None)
        seen = rtl.lines_seen(lines, getattr(broken, "kind", 0)) if lines else None
        if seen is None:
            return super().drawPara(debug)
        canv = self.canv
        start = len(canv._code)
        style, bullet = self.style, self.bulletText
        right = seen[2] == "R" and style.alignment == TA_LEFT  # a right-to-left paragraph
        if right:
            self.style = ParagraphStyle("seen", style, alignment=TA_RIGHT)
        if right and isinstance(bullet, str):  # its bullet or number at the right, the indents mirrored
            self.style.leftIndent, self.style.rightIndent = style.rightIndent, style.leftIndent
            self.bulletText = None
        self.blPara = broken.clone(lines=seen[0])
        try:
            super().drawPara(debug)
        finally:
            self.blPara, self.style, self.bulletText = broken, style, bullet
        if right and isinstance(bullet, str):
            _bullet_at_right(self, start)
        tagger = tagger_of(canv)
        if tagger.enabled:  # the lines' text object (after any bullet's): the text as typed
            code = canv._code
            at = next((i for i in range(len(code) - 1, start - 1, -1) if code[i].startswith("BT")), None)
            if at is not None:
                code[at] = f"/Span /{tagger.actual_text(canv, seen[1])} BDC\n{code[at]}\nEMC"


def _bullet_at_right(para: Paragraph, start: int) -> None:
    """Draw a right-to-left paragraph's bullet where its text begins, at the right, `bulletIndent` from
    its right edge, as reportlab's first entry after the paragraph's graphics-state save: where it draws
    a bullet (ListItemParagraph tags it there).

    The label is seen as the line it heads is (rtl.visual, right to left): a number "1." is drawn
    ".1", read from the right as number then period, the period between the number and the text (as
    a browser draws an <ol dir="rtl">). A tagged PDF gives "1." as its ActualText."""
    canv, style, broken = para.canv, para.style, para.blPara
    first = broken if broken.kind == 0 else broken.lines[0]
    y = para.height - (
        first.fontSize if paraFontSizeHeightOffset else getattr(first, "ascent", first.fontSize)
    )
    y += getattr(style, "bulletOffsetY", 0)
    label = para.bulletText
    seen = rtl.visual(label, "R")
    width = stringWidth(seen, style.bulletFontName, style.bulletFontSize)
    text = canv.beginText(para.width - style.bulletIndent - width, y)
    text.setFont(style.bulletFontName, style.bulletFontSize)
    text.setFillColor(getattr(style, "bulletColor", style.textColor))
    tagger = tagger_of(canv)
    reordered = tagger.enabled and seen != label
    if reordered:  # inside the text object, where ListItemParagraph finds the label
        text._code.append(f"/Span {_actual_text(tagger, canv, rtl.unmarked(label))} BDC")
    text.textOut(seen)
    if reordered:
        text._code.append("EMC")
    canv.drawText(text)
    code = canv._code
    save = next((i for i in range(start, len(code)) if code[i] == "q"), None)
    if save is not None:
        code.insert(save + 1, code.pop())


def _actual_text(tagger: Tagger, canv, text: str) -> str:
    """A property list that reads `text`: inline when it has no right-to-left letter, so poppler
    (pdftotext, Evince) reads it too ("1."); named otherwise (Tagger.actual_text says why)."""
    if rtl.has_rtl(text):
        return "/" + tagger.actual_text(canv, text)
    return f"<</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>>"


class MarkedParagraph(SeenParagraph):
    """A paragraph whose every part (it may split across pages) belongs to one structure node."""

    node: Node | None = None
    # (line widths, reportlab's lines for them, whether every word in them is a plain str or None
    # when not known), see breakLines
    _broken: tuple | None = None

    def breakLines(self, width):
        """reportlab's lines, broken once per width. A paragraph that moves to the next page whole is
        wrapped again there, and each part of a split one is wrapped anew: a long paragraph's
        remainder was broken again on every page it ran over (pages squared, for the minutes' long
        runs of notes). Every answer is reportlab's own, so the pages are the same."""
        key = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        known = self._broken
        if known is not None and known[0] == key:
            return known[1]
        lines = break_plain(self, width) if isinstance(width, list) else None
        plain = lines is not None or None
        if lines is None:
            lines = super().breakLines(width)
        self._broken = (key, lines, plain)
        return lines

    def _plain_lines(self) -> bool:
        """Whether the lines last broken hold only plain words (none cut across lines, no soft
        hyphens, not bidirectional): the words of a part split off are then simply theirs."""
        known = self._broken
        broken = self.__dict__.get("blPara")
        if known is None or broken is not known[1] or broken.kind != 0 or type(broken.lines) is not list:
            return False
        if known[2] is None:
            plain = all(type(word) is str for _extra, words in broken.lines for word in words)
            self._broken = known = (known[0], known[1], plain)
        return known[2]

    def _get_split_blParaFunc(self):
        return _plain_words if self._plain_lines() else super()._get_split_blParaFunc()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.__dict__.update(self._tags())
            part._rtl = self._rtl
        if len(parts) == 2:
            _hand_on_lines(self, *parts)
        return parts

    def _tags(self) -> dict:
        return {"node": self.node}

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        tagger.open(self.canv, self.node)
        super().draw()
        tagger.close(self.canv)


def _plain_words(broken, start: int, stop: int) -> list:
    """The one fragment of lines `start` to `stop` of plain words, as reportlab's own split makes it
    (which walks every word through a generator that joins words cut across lines: there are none)."""
    frag = broken.clone()
    for name in ("lines", "kind", "text"):
        if hasattr(frag, name):
            delattr(frag, name)
    frag.words = [word for _extra, words in broken.lines[start:stop] for word in words]
    return [frag]


def _hand_on_lines(whole: MarkedParagraph, first: Paragraph, second: Paragraph) -> None:
    """Give the parts of a split paragraph the lines reportlab broke for the whole: the first part's
    are the whole's first lines at the same widths; the second's are the rest, at the width of the
    whole's later lines, which is its first line's too (no bullet, no first-line indent), and
    reportlab breaks each line greedily from its first word, so it would break them the same again.
    Only for plain words: a word cut across two lines (too long for one) is joined again in the
    second part, and broken anew there."""
    if not whole._plain_lines() or second.bulletText or second.style.firstLineIndent:
        return
    key, broken, _plain = whole._broken
    lines = broken.lines
    count = len(first.blPara.lines)
    later = key[-1]
    first._broken = (key, broken.clone(lines=lines[:count]), True)
    second._broken = ((later, later), broken.clone(lines=lines[count:]), True)


class ListItemParagraph(MarkedParagraph):
    """A list item's paragraph: its bullet or number is the item's Lbl, its text the LBody.

    reportlab draws the bullet as a text object of its own just before the paragraph's text, so the
    Lbl's marked content is put around that one entry of the page's content.
    """

    label: Node | None = None

    def _tags(self) -> dict:
        return {"node": self.node, "label": self.label}

    def draw(self) -> None:
        canv = self.canv
        tagger = tagger_of(canv)
        code = canv._code
        start = len(code)
        Paragraph.draw(self)
        if not tagger.enabled:
            return
        drawn = code[start:]
        del code[start:]
        bullet = None
        if self.bulletText and self.label is not None:
            bullet = next((i for i, op in enumerate(drawn) if op.startswith("BT")), None)
        if bullet is not None:
            before = drawn[:bullet]  # the graphics-state save of the text, after any background
            if len(before) > 1:  # a paragraph background or border: decoration
                tagger.open_artifact(canv)
                code.extend(before[:-1])
                tagger.close(canv)
            code.extend(before[-1:])
            tagger.open(canv, self.label)
            code.append(drawn[bullet])
            tagger.close(canv)
            drawn = drawn[bullet + 1 :]
        # The marked sequence ends before the paragraph's closing restore, so it nests inside q/Q.
        end = [drawn.pop()] if bullet is not None and drawn and drawn[-1] == "Q" else []
        tagger.open(canv, self.node)
        code.extend(drawn)
        tagger.close(canv)
        code.extend(end)


# -- line breaking of a plain paragraph (one font, words as typed), as reportlab does it, faster ----
#
# reportlab's Paragraph.breakLines handles markup, hyphenation, soft hyphens, bidirectional text and
# words too long for a line, and pays for that on every word (a list pop from the front, type checks,
# a width lookup through a function call). The minutes break 200,000 words of plain text. For such a
# paragraph break_plain makes the same greedy choice in the same floating-point arithmetic: a word
# joins the line while the line's width with it stays within the line's width plus the shrinkage the
# style allows its spaces, else it starts the next line. Whatever is not that simple case (a word wider
# than a line, a soft hyphen, hyphenation or bidirectional text asked for) is left to reportlab: `None`.

_widths: dict[tuple[str, float], dict[str, float]] = {}  # (font, size) -> word -> width
_WORDS_KEPT = 100_000  # per font and size


def break_plain(para: rl.Paragraph, widths: list[float]):
    """reportlab's lines for `para` at `widths` (first line, later lines), or None: ask reportlab.
    As reportlab does, `widths[0]` is narrowed for a bullet wider than the indent (when not None)."""
    style = para.style
    frags = para.frags
    if len(frags) != 1 or not _plain_style(style):
        return None
    frag = frags[0]
    if hasattr(frag, "cbDefn") or hasattr(frag, "backColor") or rl._processed_frags(frags):
        return None
    if getattr(style, "shaping", False) and getFont(style.fontName).shapable:
        return None
    if hasattr(frag, "text"):
        text = rl.strip(frag.text)
        if not text or "\xad" in text:  # an empty one is reportlab's special case, a soft hyphen too
            return None
        words = rl.split(text)
    else:
        words = frag.words
        if not all(type(word) is str and "\xad" not in word for word in words):
            return None
        if not any(rl.strip(word) for word in words):
            return None
    room = list(widths)
    rl._handleBulletWidth(para.bulletText, style, room)
    found = _greedy(words, frag.fontName, frag.fontSize, para.encoding, style, room)
    if found is None:
        return None
    lines, widest = found
    widths[0] = room[0]
    para._width_max = widest
    para.height = 0
    para._splitLongWordCount = para._hyphenations = 0
    ascent, descent = getAscentDescent(frag.fontName, frag.fontSize)
    return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=frag.fontSize)


def _plain_style(style) -> bool:
    wrap = style.wordWrap
    return not (
        style.endDots
        or getattr(style, "hyphenationLang", "")
        or style.uriWasteReduce
        or style.embeddedHyphenation
        or (wrap and wrap.upper() in ("RTL", "LTR", "CJK"))
    )


def _greedy(
    words: list[str],
    font: str,
    size: float,
    encoding: str,
    style,
    widths: list[float],
) -> tuple[list[tuple[float, list[str]]], float] | None:
    known = _widths.get((font, size))
    if known is None or len(known) >= _WORDS_KEPT:
        known = _widths[font, size] = {}
    measured = list(map(known.get, words))
    if None in measured:
        for i, width in enumerate(measured):
            if width is None:
                measured[i] = known[words[i]] = rl.stringWidth(words[i], font, size, encoding)
    space = rl.stringWidth(" ", font, size, encoding)
    shrink = style.spaceShrinkage * space
    cut_long = style.splitLongWords
    last = len(widths) - 1
    lineno = 0
    room = widths[0]
    lines = []
    start = 0  # the line's first word: a line is a slice of the words, not a list grown word by word
    current = -space
    widest = 0
    i = 0
    for width in measured:
        new = current + space + width
        if new > room + shrink * (i - start):
            if cut_long and width > widths[min(lineno, last)]:
                return None  # reportlab cuts such a word: its own loop does that
            if i > start:
                if current > widest:
                    widest = current
                lines.append((room - current, words[start:i]))
                start = i
                current = width
                lineno += 1
                room = widths[min(last, lineno)]
                i += 1
                continue
        current = new
        i += 1
    if start < len(words):
        if current > widest:
            widest = current
        lines.append((room - current, words[start:]))
    return lines, widest


class Figure(Flowable):
    """A drawing (the chart) as one Figure with its alternate text."""

    def __init__(self, drawing: Drawing, node: Node) -> None:
        super().__init__()
        # reportlab's renderer starts a drawing in Helvetica, which PDF/A cannot have unembedded
        drawing.initialFontName = REGULAR
        self.drawing = drawing
        self.node = node

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.drawing.wrap(availWidth, availHeight)

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        tagger.open(self.canv, self.node)
        self.drawing.drawOn(self.canv, 0, 0)
        tagger.close(self.canv)


class Photo(Flowable):
    """A photo (of a table's paper) as one Figure with its alternate text, scaled to fit the box."""

    def __init__(self, data: bytes, node: Node, max_width: float, max_height: float) -> None:
        super().__init__()
        from io import BytesIO

        from reportlab.lib.utils import ImageReader

        self.image = ImageReader(BytesIO(data))
        width, height = self.image.getSize()
        scale = min(max_width / width, max_height / height, 1.0)
        self.photo_width, self.photo_height = width * scale, height * scale
        self.node = node

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.photo_width, self.photo_height

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        tagger.open(self.canv, self.node)
        self.canv.drawImage(self.image, 0, 0, self.photo_width, self.photo_height)
        tagger.close(self.canv)


class Rule(Flowable):
    """A line for a pen (the justering's signature): layout, not content."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.line_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.line_width, 2

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        tagger.open_artifact(self.canv)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1, self.line_width, 1)
        tagger.close(self.canv)


class KeepPair(Flowable):
    """Two flowables that move to the next page together, like KeepTogether but without its
    bookkeeping; the first may still split when the pair is taller than what is left of a page."""

    def __init__(self, first: Flowable, second: Flowable) -> None:
        super().__init__()
        self.first, self.second = first, second
        self._moved = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _w, h1 = self.first.wrap(availWidth, availHeight)
        _w, h2 = self.second.wrap(availWidth, availHeight)
        self._gap = self.second.getSpaceBefore()  # the second belongs to the first: no paragraph gap
        self.width, self.height = availWidth, h1 + self._gap + h2
        self._h1, self._h2 = h1, h2
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # The first splits where the second still fits under its head, the tail then kept with the
        # second; splitting at the whole height left the second (a proposal's votes and table) alone at
        # the top of the next page whenever the first just fitted.
        room = availHeight - self._gap - self._h2
        parts = self.first.split(availWidth, room) if room > 0 else []
        if len(parts) == 2:
            return [parts[0], KeepPair(parts[1], self.second)]
        if not self._moved:
            self._moved = True
            return []  # the pair together on the next page
        # Taller than a whole page even there: split as it comes rather than move it on for ever
        parts = self.first.split(availWidth, availHeight)
        return [*parts, self.second] if parts else []

    def getSpaceBefore(self) -> float:
        return self.first.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.second.getSpaceAfter()

    def draw(self) -> None:
        self.first.drawOn(self.canv, 0, self._h2 + self._gap)
        self.second.drawOn(self.canv, 0, 0)
