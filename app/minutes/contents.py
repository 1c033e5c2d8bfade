"""Finding one's way in long minutes: headings that are PDF bookmarks and link targets, and a
clickable table of contents whose page numbers are filled in after the last page (layout.Deferred).

Tagged: a heading is H1-H3; the contents are a TOC of TOCI entries, each a Link holding the entry's
text, its page number and the link annotation (dot leaders are artifacts).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.minutes.fonts import BOLD, REGULAR
from app.minutes.glyphs import draw_string, wrap
from app.minutes.layout import MUTED, Deferred, markup
from app.minutes.marked import MarkedParagraph, tagger_of
from app.minutes.rtl import unmarked
from app.minutes.tagging import Node


class Heading(MarkedParagraph):
    """A heading that marks its place: a PDF bookmark (outline entry), a link target, its page number."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        deferred: Deferred,
        key: str,
        level: int | None,
        role: str = "H1",
    ) -> None:
        super().__init__(markup(text), style)
        self.node = Node(role)
        self.plain = text
        self.deferred = deferred
        self.key = key
        self.level = level  # outline level; None: a link target only, not in the outline

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole, bookmark and all

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 4)
        if self.level is not None:
            canv.addOutlineEntry(
                unmarked(self.plain).replace("\n", " "), self.key, level=self.level, closed=self.level > 0
            )
        self.deferred.page_of[self.key] = canv.getPageNumber()
        super().draw()


@dataclass(frozen=True)
class TocEntry:
    text: str
    key: str
    level: int


class TableOfContents(Flowable):
    """Clickable contents with dot leaders; the page numbers arrive as deferred forms."""

    NUMBER_WIDTH = 12 * mm
    INDENT = 7 * mm

    def __init__(self, entries: Iterable[TocEntry], deferred: Deferred, style: ParagraphStyle) -> None:
        super().__init__()
        self.entries = list(entries)
        self.deferred = deferred
        self.style = style
        self._lines: list[tuple[TocEntry, str, bool]] | None = None
        self.node = Node("TOC")
        self._links: dict[str, Node] = {}  # entry key -> its Link, inside its TOCI

    def _link_of(self, entry: TocEntry) -> Node:
        link = self._links.get(entry.key)
        if link is None:
            link = self._links[entry.key] = Node("Link", Node("TOCI", self.node))
        return link

    def _layout(self, width: float) -> list[tuple[TocEntry, str, bool]]:
        lines = []
        for entry in self.entries:
            font = BOLD if entry.level == 0 else REGULAR
            room = width - entry.level * self.INDENT - self.NUMBER_WIDTH - 6 * mm
            parts = wrap(entry.text, font, self.style.fontSize, room) or [""]  # emoji in FALLBACK, not "�"
            for i, part in enumerate(parts):
                lines.append((entry, part, i == len(parts) - 1))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        if self._lines is None:
            self._lines = self._layout(availWidth)
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits <= 0 or fits >= len(self._lines):
            return [] if fits <= 0 else [self]
        head, tail = (TableOfContents([], self.deferred, self.style) for _ in range(2))
        head._lines, tail._lines = self._lines[:fits], self._lines[fits:]
        for part in (head, tail):  # one TOC, one TOCI per entry, whichever page shows it
            part.node, part._links = self.node, self._links
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        tagger = tagger_of(canv)
        size, leading = self.style.fontSize, self.style.leading
        right = self.width
        y = self.height
        top = y  # of the current entry's first line on this page: one link covers all its lines
        previous = None
        for index, (entry, text, last) in enumerate(self._lines):
            if entry is not previous:
                top, previous = y, entry
            y -= leading
            x = entry.level * self.INDENT
            font = BOLD if entry.level == 0 else REGULAR
            link = self._link_of(entry)
            tagger.open(canv, link)
            canv.setFillColor(colors.black)
            end_of_text = draw_string(canv, x, y + 4, text, font, size)
            tagger.close(canv)
            if last:
                start = end_of_text + 2 * mm
                end = right - self.NUMBER_WIDTH
                dot = stringWidth(" .", REGULAR, size)
                if end > start:
                    tagger.open_artifact(canv)
                    canv.setFont(REGULAR, size)
                    canv.setFillColor(MUTED)
                    canv.drawRightString(end, y + 4, " ." * int((end - start) / dot))
                    tagger.close(canv)
                key = entry.key
                tagger.open(canv, link)
                self.deferred.place(
                    canv,
                    f"toc_{key}",
                    lambda k=key: str(self.deferred.page_of.get(k, "–")),
                    right,
                    y + 4,
                    size,
                )
                tagger.close(canv)
            if last or index == len(self._lines) - 1:  # the entry ends here, or continues on the next page
                link_annotation(canv, link, entry.key, (x, y, right, top), entry.text)


def link_annotation(canv, link: Node, key: str, rect: tuple[float, float, float, float], text: str) -> None:
    """A borderless link to bookmark `key` over `rect` (current coordinates), tagged as part of `link`.

    Made by hand rather than with canvas.linkRect: PDF/UA wants the annotation's /StructParent and
    its /Contents, PDF/A its print flag (/F 4).
    """
    name = f"link{canv._annotationCount + 1}"
    annotation = PDFDictionary(
        {
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Link"),
            "Rect": PDFArray(canv._absRect(rect, 1)),
            "Border": PDFArray([0, 0, 0]),
            "F": 4,
            "Contents": PDFString(text),
            "Dest": canv._bookmarkReference(key),
        }
    )
    key_number = tagger_of(canv).annotation_key(canv, link, name)
    if key_number is not None:
        annotation["StructParent"] = key_number
    canv._addAnnotation(annotation, name)
