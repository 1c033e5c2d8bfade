"""The page template every document shares: A4, running header, "page N of M", metadata, language.

Everything is laid out in ONE pass. What is only known at the end (the page count in the footer, the
page numbers in the table of contents) is drawn as PDF form XObjects that the pages reference by name
and that are defined after the last page: a PDF may refer to an object defined later. The usual
reportlab way (multiBuild) lays out the whole document two or three times.

Every document is a tagged PDF/UA-1 and PDF/A-2 file: the canvas carries a tagging.Tagger that the
flowables of the layer (blocks.py) mark their drawing with, the page decoration is drawn as artifacts,
and archival.py adds the metadata, output intent and structure tree to the catalog at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFPage
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from app import __version__
from app.minutes.archival import make_archival
from app.minutes.files import write_atomically
from app.minutes.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, one_line, register_fonts
from app.minutes.glyphs import (  # noqa: F401 (theirs too)
    CONTROL,
    draw_string,
    markers_whole,
    markup,
    not_in_dejavu,
    ordinary,
    printable,
    printed,
)
from app.minutes.glyphs import width as drawn_width
from app.minutes.i18n import Strings
from app.minutes.rtl import shaped
from app.minutes.tagging import Tagger, tagging_enabled

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
ACCENT = colors.HexColor("#1d3f5e")
MUTED = colors.HexColor("#595959")  # 7:1 on white: legible in print and on screen
RULE = colors.HexColor("#b8c4cf")
SHADE = colors.HexColor("#e9eef3")

ProgressCallback = Callable[[int, int], None]
_frag_templates: dict[tuple, object] = {}


def plain(
    text: str, style: ParagraphStyle, bullet: str | None = None, kind: type[Paragraph] = Paragraph
) -> Paragraph:
    """A paragraph of plain text in one font, made without reportlab's markup parser.

    Minutes hold thousands of notes: skipping the parser, and handing reportlab one text fragment
    (even `&` would otherwise split a note into several and leave the fast line-breaking path), makes
    their layout several times quicker. The text prints exactly as typed; no character is markup.
    `kind` is the Paragraph class to make (the layer's tagged ones, see blocks.py).
    """
    usual = ordinary(text)
    text = markers_whole(text if usual else shaped(CONTROL.sub("", text)))
    # Kept line breaks need the parser's <br/>, an emoji its <font>
    if "\n" in text or "\r" in text or (not usual and not_in_dejavu().search(text)):
        return kind(markup(text), style, bulletText=bullet)
    key = (style.name, style.fontName, style.fontSize, str(style.textColor))
    template = _frag_templates.get(key)
    if template is None:
        template = _frag_templates[key] = Paragraph("x", style).frags[0]
    return kind(text, style, bulletText=bullet, frags=[template.clone(text=text)])


@dataclass
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    item: ParagraphStyle
    table_item: ParagraphStyle
    body_item: ParagraphStyle  # an item of a long list people read (the minutes' main body): 9 pt
    compact: ParagraphStyle  # a long complete record: small, close, hanging
    body_label: ParagraphStyle  # "Said at one table", over the paragraph of such notes
    body_run: ParagraphStyle  # the main body's notes said at one table, run on in one paragraph
    record_head: ParagraphStyle  # a table's heading in that appendix: close to its record
    record: ParagraphStyle  # the conference minutes' appendix: 8 pt, the question a bold label
    origin: ParagraphStyle
    detail: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    toc: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # reportlab's default is Helvetica, which PDF/A cannot have unembedded
        fontSize=10,
        leading=13.5,
        spaceAfter=5,
        alignment=TA_LEFT,
    )
    heading = {"fontName": BOLD, "textColor": ACCENT, "keepWithNext": 1}
    return Styles(
        body=body,
        small=ParagraphStyle("small", body, fontSize=8.5, leading=11, textColor=MUTED),
        title=ParagraphStyle(
            "title", body, fontName=BOLD, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=8
        ),
        subtitle=ParagraphStyle("subtitle", body, fontSize=13, leading=17, spaceAfter=4),
        h1=ParagraphStyle("h1", body, fontSize=16, leading=20, spaceBefore=6, spaceAfter=8, **heading),
        h2=ParagraphStyle("h2", body, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5, **heading),
        h3=ParagraphStyle("h3", body, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3, **heading),
        item=ParagraphStyle(
            "item", body, leftIndent=7 * mm, bulletIndent=0, spaceAfter=3.5, bulletFontName=REGULAR
        ),
        table_item=ParagraphStyle(
            "table_item", body, leftIndent=19 * mm, bulletIndent=0, spaceAfter=3.5, bulletFontName=BOLD
        ),
        body_item=ParagraphStyle(
            "body_item",
            body,
            fontSize=9,
            leading=11,
            leftIndent=5 * mm,
            bulletIndent=1 * mm,
            spaceAfter=1.5,
            bulletFontName=REGULAR,
        ),
        compact=ParagraphStyle(
            "compact",
            body,
            fontSize=8.5,
            leading=10.5,
            leftIndent=7 * mm,
            firstLineIndent=-7 * mm,  # hanging: the paragraph's label stands out on the left
            spaceAfter=2.5,
        ),
        body_label=ParagraphStyle(
            "body_label",
            body,
            fontName=BOLD,
            fontSize=9,
            leading=11,
            leftIndent=5 * mm,
            spaceAfter=0,
        ),
        body_run=ParagraphStyle(
            "body_run", body, fontSize=9, leading=11, leftIndent=5 * mm, spaceAfter=3, allowWidows=0
        ),
        record_head=ParagraphStyle(
            "record_head", body, fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=1.5, **heading
        ),
        # The conference minutes' appendix: every note of every table, its question the bold label.
        record=ParagraphStyle(
            "record",
            body,
            fontName=CONDENSED,
            fontSize=8,
            leading=9.6,
            leftIndent=13 * mm,
            bulletIndent=0,
            bulletFontName=CONDENSED_BOLD,
            allowWidows=0,  # never one line of a table's record alone at the top of a page
            bulletFontSize=8,
            spaceAfter=2,
        ),
        origin=ParagraphStyle(
            "origin",
            body,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            leftIndent=7 * mm,
            spaceBefore=0,
            spaceAfter=4,
        ),
        detail=ParagraphStyle("detail", body, fontSize=9, leading=12, leftIndent=7 * mm, spaceAfter=6),
        cell=ParagraphStyle("cell", body, fontSize=9, leading=11.5, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", body, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        toc=ParagraphStyle("toc", body, fontSize=10.5, leading=16),
    )


@dataclass
class DocumentInfo:
    """What the running header, the footer and the PDF's metadata say."""

    title: str  # the document's title, also the PDF title
    subject: str
    author: str  # the organisation behind the process; never a person
    header_right: str  # e.g. the conference and its date
    strings: Strings
    created: datetime = field(default_factory=lambda: datetime.now().astimezone())
    keywords: tuple[str, ...] = ()
    header_left: str = ""  # the running header's title where the full title repeats header_right


class Deferred:
    """Text known only after the last page, drawn at the end into named form XObjects."""

    def __init__(self) -> None:
        self.page_of: dict[str, int] = {}  # heading key -> page number
        self._forms: dict[str, tuple[Callable[[], str], colors.Color]] = {}

    def place(
        self, canv, name: str, text: Callable[[], str], x: float, y: float, size: float, color=colors.black
    ) -> None:
        """Reference form `name` with its text's right edge at (x, y) in the current coordinates."""
        self._forms[name] = (text, color)
        canv.saveState()
        canv.translate(x, y)
        canv.scale(size / 10, size / 10)  # forms are drawn at 10 pt; scaling keeps one definition per name
        canv.doForm(name)
        canv.restoreState()

    def define_all(self, canv) -> None:
        for name, (text, color) in self._forms.items():
            value = text()
            width = stringWidth(value, REGULAR, 10)
            canv.beginForm(name, lowerx=-width - 2, lowery=-4, upperx=2, uppery=12)
            canv.setFont(REGULAR, 10)
            canv.setFillColor(color)
            canv.drawRightString(0, 0, value)
            canv.endForm()


class TaggedCanvas(Canvas):
    """A canvas that starts every page in the embedded font (reportlab's default start is a Helvetica
    reference) and tells its tagger when a page is made."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self.tagger = Tagger(enabled=tagging_enabled())

    def drawString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False):
        code = one_line(self, x, y, text) if _plain(mode, charSpace, direction, wordSpace, shaping) else None
        if code is None:
            return super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)
        self._code.append(code)

    def drawRightString(
        self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False
    ):
        code = None
        if _plain(mode, charSpace, direction, wordSpace, shaping):
            code = one_line(self, x - stringWidth(text, self._fontname, self._fontsize), y, text)
        if code is None:
            return super().drawRightString(x, y, text, mode, charSpace, direction, wordSpace, shaping)
        self._code.append(code)

    def _setAnnotations(self, page) -> None:  # the one hook reportlab calls with each new page object
        super()._setAnnotations(page)
        if isinstance(page, PDFPage):  # (and with each form XObject)
            self.tagger.finish_page(self, page)


def _plain(mode, char_space, direction, word_space, shaping) -> bool:
    """A string drawn as it is (fonts.one_line), with no option that changes how."""
    return mode is None and not char_space and direction is None and not word_space and not shaping


class MinutesDocument(BaseDocTemplate):
    """An A4 document in one pass; call `write(flowables)` (see `build_pdf`)."""

    def __init__(
        self,
        path: str | BinaryIO,
        info: DocumentInfo,
        *,
        cover: bool = False,
        deferred: Deferred | None = None,
    ) -> None:
        self.info = info
        self.deferred = deferred or Deferred()
        self.progress: ProgressCallback | None = None
        self._pages = 0
        self._created: str | None = None
        self._header: tuple[str, str] | None = None
        s = info.strings
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author or "Rundabord",
            subject=info.subject,
            creator=f"Rundabord {__version__}",
            keywords=list(info.keywords),
            lang="sv-SE" if s.language == "sv" else "en-GB",
            producer=f"Rundabord {__version__} (reportlab)",
            displayDocTitle=1,
        )
        frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body"
        )
        templates = [PageTemplate("body", [frame], onPage=self._decorate_body)]
        if cover:
            templates.insert(0, PageTemplate("cover", [frame], onPage=self._decorate_cover))
        self.addPageTemplates(templates)
        self._doSave = 0  # we save after the deferred forms are defined
        self.language = "sv-SE" if s.language == "sv" else "en-GB"

    @property
    def page_count(self) -> int:
        return self._pages

    def _footer(self, canv, numbered: bool) -> None:
        self._pages += 1
        s = self.info.strings
        canv.tagger.open_artifact(canv, "Pagination")
        canv.saveState()
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        y = MARGIN_BOTTOM - 11 * mm
        if self._created is None:  # the same line on every page
            self._created = s("created", stamp=s.stamp(self.info.created))
        canv.drawString(MARGIN_X, y, self._created)
        if numbered:
            page = self._pages
            self.deferred.place(
                canv,
                f"page{page}",
                lambda: s("page", page=page, pages=self._pages),
                PAGE_WIDTH - MARGIN_X,
                y,
                8,
                MUTED,
            )
        canv.restoreState()
        canv.tagger.close(canv)

    def _decorate_body(self, canv, doc) -> None:
        canv.tagger.open_artifact(canv, "Pagination")
        canv.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 9 * mm
        canv.setFont(BOLD, 8)
        canv.setFillColor(ACCENT)
        if self._header is None:  # the same on every page
            self._header = _header_parts(
                CONTROL.sub("", self.info.header_left or self.info.title),
                CONTROL.sub("", self.info.header_right),
            )
        left, right = self._header
        draw_string(canv, MARGIN_X, y, left, BOLD, 8)  # an emoji in a title in the fallback font, not "�"
        canv.setFillColor(MUTED)
        draw_string(canv, PAGE_WIDTH - MARGIN_X - drawn_width(right, REGULAR, 8), y, right, REGULAR, 8)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)
        canv.restoreState()
        canv.tagger.close(canv)
        self._footer(canv, numbered=True)

    def _decorate_cover(self, canv, doc) -> None:
        canv.tagger.open_artifact(canv)
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
        canv.restoreState()
        canv.tagger.close(canv)
        self._footer(canv, numbered=False)

    def afterFlowable(self, flowable: Flowable) -> None:
        # The one place reportlab calls back during a build: report progress, and let a cancel
        # (the callback raises) stop the build; build_pdf then removes the half-written file.
        self._done += 1
        if self.progress is not None and self._done % 50 == 0:
            self.progress(min(self._done, self._total), self._total)

    def write(self, flowables: list[Flowable]) -> None:
        self._done, self._total = 0, len(flowables)
        self.build(flowables, canvasmaker=TaggedCanvas)
        canv = self.canv
        self.deferred.define_all(canv)
        tree = canv.tagger.write(canv._doc)
        make_archival(canv, language=self.language, created=self.info.created, struct_tree_root=tree)
        canv.save()


HEADER_GAP = 8 * mm


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """How wide `text` prints in the documents' face: what a column must give it."""
    return stringWidth(text, BOLD if bold else REGULAR, size)


def _header_parts(left: str, right: str) -> tuple[str, str]:
    """The running header's two halves, each shortened only as far as both fit one line. The document's
    title keeps at least half the line (a long conference title cut it to "Min…"), and the conference
    side keeps its date after " · " and shortens its title instead (it ran off the page's left edge).
    Measured as draw_string prints them (an emoji in the fallback font)."""
    room = FRAME_WIDTH - HEADER_GAP
    left_width, right_width = drawn_width(left, BOLD, 8), drawn_width(right, REGULAR, 8)
    if left_width + right_width <= room:
        return left, right
    left = _fit(left, BOLD, 8, max(room - right_width, room / 2))
    return left, _fit_keeping_tail(right, REGULAR, 8, room - drawn_width(left, BOLD, 8))


def _fit_keeping_tail(text: str, font: str, size: float, width: float, sep: str = " · ") -> str:
    """`text` shortened to `width`, its part after the last `sep` (a date) kept whole when it can be;
    without one, a last word holding digits (a process's "2027–2035") is kept the same way."""
    if drawn_width(text, font, size) <= width:
        return text
    if sep not in text:
        last = text.rsplit(" ", 1)[-1]
        if " " not in text or not any(c.isdigit() for c in last):
            return _fit(text, font, size, width)
        sep = " "
    head, tail = text.rsplit(sep, 1)
    head_room = width - drawn_width(sep + tail, font, size)
    if head_room < drawn_width("Mmmm…", font, size):
        return _fit(text, font, size, width)
    return _fit(head, font, size, head_room) + sep + tail


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so it fits `width` (running headers are one line)."""
    if drawn_width(text, font, size) <= width:
        return text
    while text and drawn_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(
    path: Path | str,
    info: DocumentInfo,
    flowables: list[Flowable],
    *,
    cover: bool = False,
    deferred: Deferred | None = None,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the PDF atomically (a temp file beside the target, then rename); returns the page count.

    A failed or cancelled build leaves any earlier file of that name as it was. Headings and contents
    made for this document must share its `deferred`. `progress(done, total)` is called now and then
    during layout; an exception it raises (a cancel) stops the build.
    """
    built: list[MinutesDocument] = []

    def write(temp: str) -> None:
        # The file is ours to close: given a name, reportlab leaves its file open when the disk fills
        with open(temp, "wb") as handle:
            doc = MinutesDocument(handle, info, cover=cover, deferred=deferred)
            doc.progress = progress
            doc.write(flowables)
        built.append(doc)

    write_atomically(path, write)
    return built[0].page_count
