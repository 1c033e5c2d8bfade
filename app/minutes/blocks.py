"""The layout layer's building blocks: every document's content is made of these, and only of these.

Each block is a reportlab flowable that knows its structure role, so whatever a content module
builds comes out as a tagged PDF (headings H1-H4, paragraphs P, lists L/LI with Lbl and LBody, tables
with TH and TD, the chart as a Figure with its alternate text, the contents as TOC/TOCI with links).
Content modules (conference.py, table.py, themes.py, public.py...) never make raw reportlab
flowables; what they need and is missing here belongs here.

    b = Blocks()                                  # styles, and the contents/page numbers of one document
    story = [b.title("Minnesanteckningar"), b.heading(1, "Översikt", key="overview", toc=True)]
    notes = b.list()                              # one L; its items may run over many pages
    story += [notes.item(text, "1."), notes.item(text2, "2.")]
    story.append(b.data_table(["Bord", "Anteckningar"], rows, widths, numeric=(1,)))
    story.insert(1, b.contents())                 # after the headings it lists were made
    build_pdf(path, info, story, deferred=b.deferred)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from app.minutes import grid
from app.minutes.contents import Heading, TableOfContents, TocEntry
from app.minutes.layout import Deferred, Styles, make_styles, markup, plain
from app.minutes.marked import Figure, KeepPair, ListItemParagraph, MarkedParagraph, Photo, Rule
from app.minutes.tagging import Node

HEADING_STYLES = {1: "h1", 2: "h2", 3: "h3", 4: "h3"}  # H4: a theme under a question (conference minutes)


class ListBuilder:
    """One list (L): its items are separate flowables, so a long list flows over pages item by item."""

    def __init__(self, styles: Styles, node: Node) -> None:
        self.styles = styles
        self.node = node

    def item(
        self,
        text: str,
        bullet: str = "•",
        *,
        style: str = "item",
        details: MarkedParagraph | None = None,
        lang: str | None = None,
        rich: bool = False,
    ) -> Flowable:
        """An item (LI): `bullet` ("•", "3.", "Bord 12") is its label, `text` plain text as typed
        (with `rich`, reportlab markup: escape what users typed with layout.markup()).
        `details` (a paragraph from Blocks.paragraph) is printed under it, kept with it, inside it.
        `lang` marks an item in another language than the document's (e.g. "sv-SE" in an English one)."""
        li = Node("LI", self.node, lang=lang)
        style_found = getattr(self.styles, style)
        if rich:
            paragraph = ListItemParagraph(text, style_found, bulletText=bullet)
        else:
            paragraph = plain(text, style_found, bullet, ListItemParagraph)
        paragraph.label = Node("Lbl", li)
        paragraph.node = body = Node("LBody", li)
        if details is None:
            return paragraph
        details.node.parent = body
        return KeepPair(paragraph, details)


class Blocks:
    """Makes the blocks of one document; headings made with `toc=True` are listed by `contents()`."""

    def __init__(self, styles: Styles | None = None, deferred: Deferred | None = None) -> None:
        self.styles = styles or make_styles()
        self.deferred = deferred or Deferred()
        self.toc_entries: list[TocEntry] = []
        self._keys = itertools.count(1)

    def _style(self, name: str) -> ParagraphStyle:
        return getattr(self.styles, name)

    # -- text ----------------------------------------------------------------------------------

    def paragraph(self, text: str, style: str = "body", *, lang: str | None = None) -> MarkedParagraph:
        """A paragraph (P) of plain text, printed as typed; `style` names one of layout.Styles.
        `lang` marks a passage in another language than the document's (e.g. "en-GB")."""
        paragraph = plain(text, self._style(style), None, MarkedParagraph)
        paragraph.node = Node("P", lang=lang)
        return paragraph

    def rich(self, markup_text: str, style: str = "body") -> MarkedParagraph:
        """A paragraph (P) of reportlab markup (<b>, <font color>, <br/>): escape what users typed
        with layout.markup()."""
        paragraph = MarkedParagraph(markup_text, self._style(style))
        paragraph.node = Node("P")
        return paragraph

    def title(self, text: str, *, bookmark: bool = False) -> Heading:
        """The document's title as printed on its first page: its first heading (H1). Bookmarked (at
        the top of the outline) only where the document's sections are H2s under it."""
        return self.heading(1, text, style="title", bookmark=bookmark)

    def subtitle(self, text: str) -> MarkedParagraph:
        return self.paragraph(text, "subtitle")

    def heading(
        self,
        level: int,
        text: str,
        *,
        key: str | None = None,
        toc: bool = False,
        bookmark: bool = True,
        outline_level: int | None = None,
        style: str | None = None,
    ) -> Heading:
        """A heading H1-H4 in the style of its level (or `style`). It is a PDF bookmark unless
        `bookmark` is False, at outline level `level` - 1 unless `outline_level` says otherwise (a
        document whose title is its only H1 has its H2 sections at the outline's top), a link target
        (its `key`), and listed by contents() when `toc`."""
        if level not in HEADING_STYLES:
            raise ValueError(f"heading level {level}: the documents use 1 to 4")
        key = key or f"_heading{next(self._keys)}"
        outline = (level - 1 if outline_level is None else outline_level) if bookmark else None
        if toc:
            self.toc_entries.append(TocEntry(text, key, level - 1 if outline is None else outline))
        return Heading(
            text, self._style(style or HEADING_STYLES[level]), self.deferred, key, outline, role=f"H{level}"
        )

    # -- lists ---------------------------------------------------------------------------------

    def list(self) -> ListBuilder:
        """A new list (L); add its items with .item() in the order they print."""
        return ListBuilder(self.styles, Node("L"))

    def bullet_list(
        self, texts: Iterable[str], *, numbered: bool = False, style: str = "item"
    ) -> list[Flowable]:
        """A whole list at once: "•" items, or "1.", "2."... when `numbered`."""
        found = self.list()
        return [
            found.item(text, f"{i}." if numbered else "•", style=style) for i, text in enumerate(texts, 1)
        ]

    # -- tables, figures, contents -------------------------------------------------------------

    def data_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | int]],
        widths: Sequence[float],
        *,
        numeric: Sequence[int] = (),
        bold_last_row: bool = False,
        row_headers: bool = False,
        dense: bool = False,
    ) -> Flowable:
        """A table: `header` is the row of column headers (TH, repeated on each page), `numeric`
        columns align right; with `row_headers` each row's first cell heads its row (TH). `dense`
        rows have less space above and below (long lists of numbers)."""
        return grid.grid(
            self.styles,
            header,
            rows,
            widths,
            numeric=numeric,
            bold_last_row=bold_last_row,
            row_headers=row_headers,
            dense=dense,
        )

    def facts(self, pairs: Sequence[tuple[str, str]], label_width: float, width: float) -> Flowable:
        """Label-value lines (conference, date, venue...): a two-column table, labels heading rows."""
        return grid.facts(self.styles, pairs, label_width, width)

    def figure(self, drawing: Drawing, alt: str) -> Flowable:
        """A drawing (a chart) as a Figure whose alternate text `alt` says what it shows."""
        if not alt.strip():
            raise ValueError("a figure needs an alternate text")
        return Figure(drawing, Node("Figure", alt=alt))

    def photo(self, data: bytes, alt: str, max_width: float, max_height: float) -> Flowable:
        """A photo (PNG or JPEG bytes) as a Figure with alternate text, scaled down to fit."""
        if not alt.strip():
            raise ValueError("a photo needs an alternate text")
        return Photo(data, Node("Figure", alt=alt), max_width, max_height)

    def contents(self) -> TableOfContents:
        """The table of contents of the headings made so far with toc=True; page numbers come later."""
        return TableOfContents(self.toc_entries, self.deferred, self.styles.toc)

    # -- space and pages (draw nothing, need no tags) ------------------------------------------

    @staticmethod
    def spacer(height: float) -> Flowable:
        return Spacer(1, height)

    @staticmethod
    def page_break() -> Flowable:
        return PageBreak()

    @staticmethod
    def cond_page_break(height: float) -> Flowable:
        """A new page unless `height` is left on this one."""
        return CondPageBreak(height)

    @staticmethod
    def next_page_template(name: str) -> Flowable:
        """The page template ("cover", "body") of the next page."""
        return NextPageTemplate(name)

    @staticmethod
    def keep_together(flowables: list[Flowable]) -> Flowable:
        return KeepTogether(flowables)

    @staticmethod
    def keep_pair(first: Flowable, second: Flowable) -> Flowable:
        """Two blocks that move to the next page together (the first may still split)."""
        return KeepPair(first, second)

    @staticmethod
    def signature_line(width: float) -> Flowable:
        """A line to sign on (an artifact: it is not read out)."""
        return Rule(width)


__all__ = ["Blocks", "ListBuilder", "markup"]
