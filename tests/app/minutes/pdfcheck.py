"""A tagged-PDF checker for the tests, independent of how app/minutes writes the PDF.

pikepdf (qpdf) reads the objects and content streams; pdfminer.six decodes the text inside each
marked-content sequence, so the text can be read back in the structure tree's order, as a screen
reader does. Each check returns a list of problems (empty: fine), so a failure says what and where.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pypdf import PdfReader

# Operators that paint: text showing, path painting, shadings, XObjects (images and forms).
PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"}


@dataclass
class Element:
    role: str
    obj: pikepdf.Dictionary
    kids: list[Element] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID), in order
    text: str = ""  # filled by reading_order()
    alt: str = ""
    scope: str = ""  # a TH's /Scope: Column, Row
    lang: str = ""

    def walk(self) -> Iterator[Element]:
        yield self
        for kid in self.kids:
            yield from kid.walk()


class TaggedPdf:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.pdf = pikepdf.open(self.path)
        self.root = self.pdf.Root
        self._page_index = {page.obj.objgen: i for i, page in enumerate(self.pdf.pages)}

    def close(self) -> None:
        self.pdf.close()

    # -- the structure tree ----------------------------------------------------------------------

    def tree(self) -> Element:
        tree_root = self.root.StructTreeRoot
        top = Element("StructTreeRoot", tree_root)
        self._kids(top, tree_root.get("/K"), None)
        return top

    def _kids(self, element: Element, kids, page) -> None:
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                element.content.append((self._page_index[page.objgen], int(kid)))
            elif kid.get("/Type") == "/MCR":
                element.content.append((self._page_index[kid.Pg.objgen], int(kid.MCID)))
            elif kid.get("/Type") == "/OBJR":
                continue
            else:
                attributes = kid.get("/A", {})
                child = Element(
                    str(kid.S)[1:],
                    kid,
                    alt=str(kid.get("/Alt", "")),
                    scope=str(attributes.get("/Scope", ""))[1:],
                    lang=str(kid.get("/Lang", "")),
                )
                element.kids.append(child)
                self._kids(child, kid.get("/K"), kid.get("/Pg"))

    # -- content streams ---------------------------------------------------------------------------

    def unmarked_painting(self) -> list[str]:
        """Painting outside any marked-content sequence (tagged or artifact), and sequences wrongly
        nested: tagged content inside other tagged content or an artifact, an artifact inside tagged
        content (Matterhorn 01-004/01-005)."""
        problems = []
        for index, page in enumerate(self.pdf.pages):
            stack: list[str] = []  # "tagged", "artifact" or "other" per open sequence
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    properties = operands[1] if op == "BDC" else None
                    if str(operands[0]) == "/Artifact":
                        kind = "artifact"
                    elif isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                        kind = "tagged"
                    else:
                        kind = "other"
                    if kind != "other" and {"tagged", "artifact"} & set(stack):
                        problems.append(f"page {index + 1}: {kind} content nested in {stack[-1]} content")
                    stack.append(kind)
                elif op == "EMC":
                    if not stack:
                        problems.append(f"page {index + 1}: EMC without BDC")
                        continue
                    stack.pop()
                elif op in PAINTING and not {"tagged", "artifact"} & set(stack):
                    problems.append(f"page {index + 1}: {op} {list(operands)[:1]} outside marked content")
            if stack:
                problems.append(f"page {index + 1}: {len(stack)} marked sequence(s) left open")
        return problems

    def page_mcids(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for index, page in enumerate(self.pdf.pages):
            for operands, operator in pikepdf.parse_content_stream(page):
                properties = operands[1] if str(operator) == "BDC" else None
                if isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                    found[index].append(int(properties.MCID))
        return found

    def unreachable_mcids(self) -> list[str]:
        """MCIDs in the pages that the ParentTree does not lead to an element owning them."""
        problems = []
        parent_tree = self._parent_tree()
        owners = {}
        for element in self.tree().walk():
            for place in element.content:
                owners[place] = element.obj.objgen
        for index, mcids in self.page_mcids().items():
            page = self.pdf.pages[index].obj
            if "/StructParents" not in page:
                problems.append(f"page {index + 1} has marked content but no /StructParents")
                continue
            array = parent_tree.get(int(page.StructParents))
            for mcid in mcids:
                if array is None or mcid >= len(array):
                    problems.append(f"page {index + 1} MCID {mcid}: not in the ParentTree")
                elif owners.get((index, mcid)) != array[mcid].objgen:
                    problems.append(f"page {index + 1} MCID {mcid}: the ParentTree names another element")
        return problems

    def _parent_tree(self) -> dict[int, object]:
        found: dict[int, object] = {}

        def walk(node) -> None:
            nums = node.get("/Nums")
            if nums is not None:
                for i in range(0, len(nums), 2):
                    found[int(nums[i])] = nums[i + 1]
            for kid in node.get("/Kids", []):
                walk(kid)

        walk(self.root.StructTreeRoot.ParentTree)
        return found

    # -- fonts ---------------------------------------------------------------------------------------

    def font_problems(self) -> list[str]:
        """Fonts without an embedded program, and any reference to a standard (unembedded) font."""
        problems = []
        seen = set()
        for obj in self.pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
                continue
            if obj.objgen in seen or obj.get("/Subtype") == "/Type0":
                continue
            seen.add(obj.objgen)
            name = str(obj.get("/BaseFont"))
            descriptor = obj.get("/FontDescriptor")
            if descriptor is None or not any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                problems.append(f"font {name} is not embedded")
            if "/ToUnicode" not in obj:  # subset fonts with their own encoding: text must map to Unicode
                problems.append(f"font {name} has no ToUnicode map")
        return problems

    def metadata(self) -> dict[str, str]:
        """The XMP properties this checker asks about, by their usual prefixes."""
        names = {
            "pdfaid:part": "{http://www.aiim.org/pdfa/ns/id/}part",
            "pdfaid:conformance": "{http://www.aiim.org/pdfa/ns/id/}conformance",
            "pdfuaid:part": "{http://www.aiim.org/pdfua/ns/id/}part",
            "dc:title": "{http://purl.org/dc/elements/1.1/}title",
            "dc:language": "{http://purl.org/dc/elements/1.1/}language",
            "xmp:CreateDate": "{http://ns.adobe.com/xap/1.0/}CreateDate",
        }
        with self.pdf.open_metadata() as meta:
            return {short: str(meta[full]) for short, full in names.items() if full in meta}


def reading_order(path: Path | str) -> list[Element]:
    """Every structure element, in the tree's order, with the text of its own marked content."""
    checked = TaggedPdf(path)
    try:
        texts = _marked_texts(path)
        elements = list(checked.tree().walk())
        for element in elements:
            element.text = " ".join(texts.get(place, "") for place in element.content).strip()
        return elements
    finally:
        checked.close()


def _marked_texts(path: Path | str) -> dict[tuple[int, int], str]:
    from pdfminer.pdfdevice import PDFDevice
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    class MarkedText(PDFDevice):
        def __init__(self, manager) -> None:
            super().__init__(manager)
            self.page = 0
            self.properties: dict = {}
            self.stack: list[int | None] = []
            self.actual: list[bool] = []
            self.found: dict[tuple[int, int], list[str]] = defaultdict(list)

        def begin_tag(self, tag, props=None) -> None:
            if props is not None and not isinstance(props, dict):  # a property list named in the page's
                props = self.properties.get(getattr(props, "name", props))  # /Properties (14.6.2)
            mcid = props.get("MCID") if isinstance(props, dict) else None
            self.stack.append(mcid if mcid is not None else (self.stack[-1] if self.stack else None))
            # What a reader takes instead of the glyphs inside (Arabic drawn in the order it is seen)
            actual = props.get("ActualText") if isinstance(props, dict) else None
            self.actual.append(actual is not None)
            if actual is not None and self.stack[-1] is not None:
                self.found[(self.page, self.stack[-1])].append(decode_text(actual))

        def end_tag(self) -> None:
            if self.stack:
                self.stack.pop()
                self.actual.pop()

        def render_string(self, textstate, seq, ncs, graphicstate) -> None:
            mcid = self.stack[-1] if self.stack else None
            if mcid is None or any(self.actual):
                return
            font = textstate.font
            chars = []
            for item in seq:
                if isinstance(item, bytes):
                    for cid in font.decode(item):
                        try:
                            chars.append(font.to_unichr(cid))
                        except Exception:
                            chars.append("")
            self.found[(self.page, mcid)].append("".join(chars))

    manager = PDFResourceManager()
    device = MarkedText(manager)
    interpreter = PDFPageInterpreter(manager, device)
    with open(path, "rb") as handle:
        for index, page in enumerate(PDFPage.get_pages(handle)):
            device.page = index
            device.stack, device.actual = [], []
            named = resolve1((page.resources or {}).get("Properties")) or {}
            device.properties = {key: resolve1(value) for key, value in named.items()}
            interpreter.process_page(page)
    return {place: " ".join(parts) for place, parts in device.found.items()}


def check_all(path: Path | str) -> list[str]:
    """Every PDF/UA and PDF/A-2 check that holds for any of our documents (tags, fonts, metadata)."""
    checked = TaggedPdf(path)
    try:
        root = checked.root
        problems = []
        if "/StructTreeRoot" not in root:
            return ["no structure tree"]
        if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
            problems.append("MarkInfo /Marked is not true")
        if not str(root.get("/Lang", "")):
            problems.append("no /Lang")
        if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            problems.append("the title is not displayed (DisplayDocTitle)")
        if "/Encrypt" in checked.pdf.trailer:
            problems.append("encrypted")
        problems += checked.unmarked_painting()
        problems += checked.unreachable_mcids()
        problems += checked.font_problems()
        meta = checked.metadata()
        if meta.get("pdfuaid:part") != "1":
            problems.append(f"XMP pdfuaid:part is {meta.get('pdfuaid:part')!r}")
        if meta.get("pdfaid:part") != "2":
            problems.append(f"XMP pdfaid:part is {meta.get('pdfaid:part')!r}")
        if not meta.get("dc:title"):
            problems.append("XMP has no dc:title")
        if "/Filter" in root.Metadata:
            problems.append("the XMP metadata stream is filtered")
        intents = root.get("/OutputIntents", [])
        if not any(i.get("/S") == "/GTS_PDFA1" and "/DestOutputProfile" in i for i in intents):
            problems.append("no PDF/A output intent with an ICC profile")
        for element in checked.tree().walk():
            if element.role == "Figure" and not element.alt.strip():
                problems.append("a Figure without /Alt")
            if element.role == "Table" and not any(e.role == "TH" for e in element.walk()):
                problems.append("a Table without TH")
            if element.role == "TH" and element.scope not in ("Column", "Row", "Both"):
                problems.append("a TH without /Scope")
        return problems
    finally:
        checked.close()


def paragraph_gaps(path, first: str, second: str) -> list[float]:
    """For each place `first` is printed: how far below it the `second` paragraph starts, in points
    (0 where both are on one line)."""
    gaps: list[float] = []
    for page in PdfReader(str(path)).pages:
        seen: list[tuple[str, float]] = []

        def visit(text, cm, tm, _font, _size, seen=seen):
            if text.strip():
                seen.append((text, tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
        firsts = [y for text, y in seen if first in text]
        seconds = [y for text, y in seen if second in text]
        gaps += [a - b for a, b in zip(firsts, seconds, strict=True)]
    return gaps
