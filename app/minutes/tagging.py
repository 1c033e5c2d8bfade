"""Tagged PDF from reportlab: a structure tree built while the pages are drawn.

reportlab has no tagging API, but a tagged PDF is plain objects plus marked-content operators in the
page streams. Each flowable of the layout layer carries a structure `Node` (its role: P, H1, LI, TD...);
when it draws, the `Tagger` wraps what it paints in `/Role <</MCID n>> BDC ... EMC` and records which
node owns MCID n on that page. A node joins its parent the first time it marks content, so the tree's
order is the order things are drawn: the document order, whatever order the story was assembled in.
Running headers, footers, rules and shading are `/Artifact`s. At the end the tree is written as
StructElem objects with a ParentTree (page -> nodes by MCID) and a /StructParents key on every page.

The element objects are formatted by hand rather than as reportlab PDFDictionary objects: the
conference minutes hold tens of thousands of elements, and the generic formatter is several times slower.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFString,
)

_enabled = contextvars.ContextVar("tagging_enabled", default=True)


@contextlib.contextmanager
def untagged() -> Iterator[None]:
    """Documents built inside draw no structure at all: only for measuring what tagging costs."""
    token = _enabled.set(False)
    try:
        yield
    finally:
        _enabled.reset(token)


def tagging_enabled() -> bool:
    return _enabled.get()


class Node:
    """One structure element. `parent` None means the document itself."""

    __slots__ = ("alt", "kids", "lang", "number", "page", "parent", "placed", "role", "scope")

    def __init__(
        self,
        role: str,
        parent: Node | None = None,
        *,
        alt: str | None = None,
        lang: str | None = None,
        scope: str | None = None,
    ) -> None:
        self.role = role
        self.parent = parent
        self.alt = alt  # alternate description (Figure)
        self.lang = lang  # a passage in another language than the document's
        self.scope = scope  # TH: Column or Row
        self.kids: list = []  # Node, (page, mcid) or (page, annotation name)
        self.placed = False
        self.page = 0  # the page of the first marked content
        self.number = 0  # its PDF object number, once written

    def __repr__(self) -> str:
        return f"Node({self.role})"


class Tagger:
    """Marked content and the structure tree of one document being drawn on one canvas."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.root = Node("Document")
        self.root.placed = True
        self._placed = [self.root]  # every node in the tree, each after its parent
        self._page_nodes: dict[int, list[Node]] = {}  # page number -> node of each MCID
        self._keys: dict[int, int] = {}  # page number -> its /StructParents key
        self._annotation_keys: list[tuple[int, Node]] = []  # (key, Link node)
        self._next_key = 0
        self._actual_texts: dict[int, list[str]] = {}  # page number -> its ActualText property lists

    # -- while drawing -----------------------------------------------------------------------------

    def _place(self, node: Node) -> None:
        if node.parent is None:
            node.parent = self.root
        parent = node.parent
        if not parent.placed:
            self._place(parent)
        parent.kids.append(node)
        node.placed = True
        self._placed.append(node)

    def open(self, canv, node: Node | None) -> None:
        """Begin marked content owned by `node`; every open() needs a close()."""
        if not self.enabled:
            return
        if node is None:  # drawn by the layer but meaning nothing on its own
            canv._code.append("/Artifact BMC")
            return
        if not node.placed:
            self._place(node)
        page = canv._doc.pageCounter
        nodes = self._page_nodes.get(page)
        if nodes is None:
            nodes = self._page_nodes[page] = []
        mcid = len(nodes)
        nodes.append(node)
        if not node.page:
            node.page = page
        node.kids.append((page, mcid))
        canv._code.append(f"/{node.role} <</MCID {mcid}>> BDC")

    def close(self, canv) -> None:
        if self.enabled:
            canv._code.append("EMC")

    def open_artifact(self, canv, kind: str = "Layout") -> None:
        """Begin content that is not part of the document's reading (headers, rules, shading)."""
        if self.enabled:
            canv._code.append(f"/Artifact <</Type /{kind}>> BDC")

    def annotation_key(self, canv, link: Node, annotation_name: str) -> int | None:
        """The /StructParent of a link annotation made on this page, which joins `link` as an OBJR."""
        if not self.enabled:
            return None
        if not link.placed:
            self._place(link)
        key = self._next_key
        self._next_key += 1
        link.kids.append((canv._doc.pageCounter, annotation_name))
        self._annotation_keys.append((key, link))
        return key

    def actual_text(self, canv, text: str) -> str:
        """The name of a property list of this page that gives `text` as what the content marked with it
        reads (`/Span /name BDC … EMC`: Arabic drawn in the order it is seen, read as typed).

        Named in the page's /Properties rather than written inline, which is the same to a reader of
        the tags (ISO 32000-1, 14.6.2): poppler (pdftotext, Evince, Okular) takes ActualText only from
        an inline list, spreads it left to right over the drawn line and then reverses its Arabic as if
        it were drawn, reading it backwards; without it, it reorders the glyphs drawn, correctly."""
        texts = self._actual_texts.setdefault(canv._doc.pageCounter, [])
        texts.append(text)
        return f"RbText{len(texts)}"

    def finish_page(self, canv, page) -> None:
        """Called as reportlab makes the page object: its /StructParents and tab order."""
        if not self.enabled:
            return
        number = canv._doc.pageCounter
        texts = self._actual_texts.pop(number, None)
        if texts:
            _add_properties(page, texts)
        page.__NoDefault__ = [*type(page).__NoDefault__, "StructParents", "Tabs"]
        page.Tabs = PDFName("S")  # keyboard order of the links follows the structure
        if number in self._page_nodes:
            self._keys[number] = self._next_key
            page.StructParents = self._next_key
            self._next_key += 1

    # -- at the end --------------------------------------------------------------------------------

    def write(self, document) -> PDFDictionary | None:
        """Register the tree's objects with the reportlab document; returns the StructTreeRoot."""
        if not self.enabled:
            return None
        root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_number = _number(document, document.Reference(root))
        numbers = _Numbers(document, root_number)
        for node in self._placed:  # parents before children: every number exists before anything formats
            node.number = _number(document, document.Reference(_Element(node, numbers)))
        root["K"] = PDFArray([PDFObjectReference(self.root_name(document))])
        entries: list[tuple[int, Node | list[Node]]] = [
            (key, self._page_nodes[p]) for p, key in self._keys.items()
        ]
        entries += self._annotation_keys
        entries.sort(key=lambda entry: entry[0])
        root["ParentTree"] = document.Reference(_ParentTree(entries))
        root["ParentTreeNextKey"] = self._next_key
        return root

    def root_name(self, document) -> str:
        return document.numberToId[self.root.number]


def _number(document, reference: PDFObjectReference) -> int:
    return document.idToObjectNumberAndVersion[reference.name][0]


class _Numbers:
    """Object numbers of the pages and annotations, looked up once (reportlab names them)."""

    def __init__(self, document, root: int) -> None:
        self.document = document
        self.root = root
        self._pages: dict[int, str] = {}

    def page(self, page: int) -> str:
        found = self._pages.get(page)
        if found is None:
            found = self._pages[page] = f"{self.document.idToObjectNumberAndVersion[f'Page{page}'][0]} 0 R"
        return found

    def annotation(self, name: str) -> str:
        number = self.document.idToObjectNumberAndVersion[self.document.annotationName(name)][0]
        return f"{number} 0 R"


class _Element(PDFObject):
    """A StructElem, formatted straight to bytes (see the module's docstring)."""

    __RefOnly__ = 1

    def __init__(self, node: Node, numbers: _Numbers) -> None:
        self.node = node
        self.numbers = numbers

    def format(self, document) -> bytes:
        node, numbers = self.node, self.numbers
        parent = numbers.root if node.parent is None else node.parent.number  # None: the Document
        page = node.page
        kids = []
        for kid in node.kids:
            if type(kid) is Node:
                kids.append(f"{kid.number} 0 R")
            elif kid[0] == page and type(kid[1]) is int:
                kids.append(str(kid[1]))
            elif type(kid[1]) is str:
                kids.append(f"<< /Type /OBJR /Pg {numbers.page(kid[0])} /Obj {numbers.annotation(kid[1])} >>")
            else:
                kids.append(f"<< /Type /MCR /Pg {numbers.page(kid[0])} /MCID {kid[1]} >>")
        # /Type /StructElem is optional, and left out: the minutes hold tens of thousands of these
        pg = f" /Pg {numbers.page(page)}" if page else ""
        text = f"<< /S /{node.role} /P {parent} 0 R{pg} /K [{' '.join(kids)}]".encode("latin-1")
        if node.alt is not None:
            text += b" /Alt " + PDFString(node.alt).format(document)
        if node.lang is not None:
            text += b" /Lang " + PDFString(node.lang).format(document)
        if node.scope is not None:
            text += f" /A << /O /Table /Scope /{node.scope} >>".encode("latin-1")
        return text + b" >>"


class _ParentTree(PDFObject):
    """The number tree from /StructParents keys to a page's elements by MCID (or a link's element)."""

    __RefOnly__ = 1

    def __init__(self, entries: list[tuple[int, Node | list[Node]]]) -> None:
        self.entries = entries

    def format(self, document) -> bytes:
        parts = []
        for key, target in self.entries:
            if type(target) is Node:
                parts.append(f"{key} {target.number} 0 R")
            else:
                parts.append(f"{key} [{' '.join([f'{node.number} 0 R' for node in target])}]")
        return f"<< /Nums [{' '.join(parts)}] >>".encode("latin-1")


def _add_properties(page, texts: list[str]) -> None:
    """Give `page` the ActualText property lists RbText1… (reportlab makes its resources only when
    the page is written: they are added just after)."""
    make_resources = page.check_format

    def check_format(document) -> None:
        make_resources(document)
        page.Resources.Properties.update(
            {f"RbText{i}": PDFDictionary({"ActualText": PDFString(text)}) for i, text in enumerate(texts, 1)}
        )

    page.check_format = check_format
