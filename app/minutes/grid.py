"""Tables of text in the documents: wrapped cells, a shaded header repeated on every page.

Tagged as Table > TR > TH/TD, header cells with their /Scope. Shading and rules are artifacts, and so
is the header row repeated on a following page (the header cells were read on the first).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from app.minutes.glyphs import run_on, wrap_words
from app.minutes.layout import RULE, SHADE, Styles, markup, printable
from app.minutes.marked import SeenParagraph as Paragraph  # Arabic drawn in the order it is seen
from app.minutes.marked import tagger_of
from app.minutes.rtl import has_rtl
from app.minutes.tagging import Node

MAX_PLAIN_LINES = 30  # about half a page of cell text


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines that fit `width` in one font; a word longer than a line (a web address) is cut where it must
    be. A line break in `text` ends a line."""
    measure = functools.partial(stringWidth, fontName=font, fontSize=size)
    return [line for part in text.split("\n") for line in wrap_words(part, width, measure, cut_long=True)]


def grid(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[str | int]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    bold_last_row: bool = False,
    row_headers: bool = False,
    dense: bool = False,
) -> Table:
    """A table of plain-text cells; `numeric` columns are right-aligned. Rows may split across pages.
    The first row is the column headers; with `row_headers` each row's first cell heads its row.

    Body cells are wrapped here into lines of plain text, which reportlab's Table lays out several
    times faster than Paragraph cells (a ranked list of a thousand proposals spans dozens of pages).
    Only a cell too tall for a page becomes a Paragraph, the one kind of cell a row can split in.
    """
    numeric_set = set(numeric)
    padding = 8  # left and right together
    # Every header cell in one size: a bigger left-aligned word beside small right-aligned ones looks
    # like a mistake.
    head_left = ParagraphStyle("cell_head_left", styles.cell_head, fontSize=8, leading=10)
    head_right = ParagraphStyle("cell_head_right", head_left, alignment=TA_RIGHT)

    tall: list[int] = []  # cells too tall for a page (by column)

    def cell(value: str | int, column: int, head: bool) -> Paragraph | str:
        if column in numeric_set:
            if head:  # a long theme name over a number column wraps rather than overflowing
                return Paragraph(markup(str(value)), head_right)
            text = printable(str(value))  # plain strings are cheap and align right by the table style
            width = widths[column] - padding
            if stringWidth(text, styles.cell.fontName, styles.cell.fontSize) <= width:
                return text
            # A list of numbers ("1, 2, 3, ...") wider than its column wraps: never over the next cell.
            return "\n".join(wrap_text(text, styles.cell.fontName, styles.cell.fontSize, width))
        if head:
            return Paragraph(markup(str(value)), head_left)
        value = str(value)
        # A proposal of several paragraphs keeps them, a blank line between, as the notes print it;
        # the rest of its words run on.
        raw = run_on(value) if "\n" in value or "\r" in value else " ".join(value.split())
        # A sign DejaVu lacks (an emoji) printed as "�" in a plain cell: such a cell is a Paragraph,
        # whose markup sets it in the fallback font, as the notes and the appendix print it.
        text = printable(raw)
        # (or a control character left out, or right-to-left text, Arabic shaped or Hebrew: a Paragraph
        # draws it in the order seen)
        signs = text != raw or has_rtl(text)
        room = widths[column] - padding
        font, size = styles.cell.fontName, styles.cell.fontSize
        if not signs and "\n" not in text and stringWidth(text, font, size) < room - 0.01:
            return text  # one line, as wrap_text would find word by word (a margin for rounding)
        lines: list[str] = []
        for part in text.split("\n\n"):
            lines += ([""] if lines else []) + wrap_text(part, font, size, room)
        if len(lines) > MAX_PLAIN_LINES:
            tall.append(column)
        if signs or len(lines) > MAX_PLAIN_LINES:
            return Paragraph(markup(raw), styles.cell)
        return "\n".join(lines)

    data = [[cell(v, i, True) for i, v in enumerate(header)]]
    data += [[cell(v, i, False) for i, v in enumerate(row)] for row in rows]
    # Rows split inside only when one is too tall for a page: reportlab then splits text rows mid-row
    # under a repeated header, which reads badly when nothing requires it.
    giant = bool(tall)
    table = TaggedTable(data, colWidths=list(widths), repeatRows=1, splitInRow=int(giant), hAlign="LEFT")
    table.tag(header_rows=1, row_headers=row_headers)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),  # one-line labels sit on the line of two-line ones
        ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize, styles.cell.leading),
        ("FONT", (0, 0), (-1, 0), styles.cell_head.fontName, styles.cell.fontSize, styles.cell.leading),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if dense else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if dense else 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
    ]
    for column in numeric_set:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if bold_last_row:
        commands += [
            ("FONT", (0, -1), (-1, -1), styles.cell_head.fontName, styles.cell.fontSize, styles.cell.leading),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
        ]
    table.setStyle(TableStyle(commands))
    return table


def facts(styles: Styles, pairs: Sequence[tuple[str, str]], label_width: float, width: float) -> Table:
    """Label-value lines (conference, date, venue...) aligned as a small two-column table."""
    data = [
        [Paragraph(markup(label), styles.cell_head), Paragraph(markup(value), styles.cell)]
        for label, value in pairs
    ]
    table = TaggedTable(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.tag(header_rows=0, row_headers=True)
    table.setStyle(
        TableStyle(
            [
                # The cells are paragraphs, but reportlab sets the cell style's font anyway: not Helvetica.
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


class RowTags:
    """The structure of one drawn row: its TR and its cells' TH/TD; a repeated header is an artifact."""

    __slots__ = ("cells", "repeated", "row")

    def __init__(self, row: Node, cells: list[Node], repeated: bool = False) -> None:
        self.row, self.cells, self.repeated = row, cells, repeated

    def repeat(self) -> RowTags:
        return RowTags(self.row, self.cells, repeated=True)


class TaggedTable(Table):
    """A reportlab Table whose cells draw inside their TH/TD marked content (through its render
    callback) and whose parts, when it splits across pages, keep the rows' structure."""

    node: Node | None = None
    row_tags: list[RowTags] | None = None

    def __init__(self, data, *args, **kwargs) -> None:
        kwargs.setdefault("renderCB", _mark_table_event)
        super().__init__(data, *args, **kwargs)

    def tag(self, *, header_rows: int, row_headers: bool) -> None:
        self.node = table = Node("Table")
        self.row_tags = []
        for index, row in enumerate(self._cellvalues):
            tr = Node("TR", table)
            if index < header_rows:
                cells = [Node("TH", tr, scope="Column") for _ in row]
            else:
                cells = [
                    Node("TH", tr, scope="Row") if row_headers and column == 0 else Node("TD", tr)
                    for column in range(len(row))
                ]
            self.row_tags.append(RowTags(tr, cells))

    def split(self, availWidth: float, availHeight: float) -> list:
        parts = super().split(availWidth, availHeight)
        tags = self.row_tags
        if tags is None or len(parts) != 2:
            return parts
        first, second = parts
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        # Rows of the first part, then the header again, then the rest; a row split inside shows in both.
        inside = first._nrows + second._nrows - repeat - len(tags)
        rest = len(tags) - (first._nrows - inside)
        first.node, second.node = self.node, self.node
        first.row_tags = tags[: first._nrows]
        second.row_tags = [t.repeat() for t in tags[:repeat]] + tags[len(tags) - rest :]
        return parts


def _mark_table_event(table: TaggedTable, event: str, *args) -> None:
    canv = table.canv
    tagger = tagger_of(canv)
    if event == "startCell":
        row, column = args[0], args[1]
        tags = table.row_tags
        if tags is None or len(tags) != table._nrows:  # a part reportlab made that we could not follow
            tags = table.row_tags = [
                RowTags(tr := Node("TR", table.node), [Node("TD", tr) for _ in cells])
                for cells in table._cellvalues
            ]
        found = tags[row]
        if found.repeated:
            tagger.open_artifact(canv, "Pagination")
        else:
            tagger.open(canv, found.cells[column])
    elif event in ("endCell", "endBG", "endLines"):
        tagger.close(canv)
    elif event in ("startBG", "startLines"):
        tagger.open_artifact(canv)
