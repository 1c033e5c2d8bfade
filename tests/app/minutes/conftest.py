"""A workspace with the demo conference and notes chosen to break minutes: exotic scripts, markup
characters, a note long enough to cross pages; and helpers to read PDFs back as a reader would."""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import conferences, notes
from app.demo import ensure_demo
from app.proposals.catalogue import set_status
from app.workspace import Workspace

EXOTIC = [
    "Åsa, Ängelholm och Östra Göinge: vi vill ha fler mötesplatser för unga.",
    "Łukasz från Łódź föreslår språkcaféer – på polska och svenska.",
    "Straße und Fußgängerzone: trygga gångstråk i centrum.",
    "Ψηφιακή ένταξη (ΨΦΧ) för äldre: digital delaktighet.",
    "Привет! Русскоязычные семьи vill ha information på ryska.",
    "Budget < 10 000 kr & snabbt beslut > långa utredningar.",
    "Markup som text: <b>fet</b> och &amp; ska stå som det skrevs.",
]
LONG_NOTE = "Lång anteckning som börjar här. " + " ".join(
    f"Mening nummer {i} om samverkan mellan kommun, region och föreningsliv i hela länet."
    for i in range(1, 90)
)
PERSON = "Greta Personsdotter"


@dataclass
class MinutesWorld:
    workspace: Workspace
    conference_id: str
    table1: list[str]  # texts of table 1's notes per question 1, in order
    table1_all: list[str]  # all of table 1's notes, in question order
    proposals: list[tuple[str, int, int]]  # (text, votes, table)
    mentions_chair: str  # a note text that names a chair


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> MinutesWorld:
    workspace = Workspace.create(tmp_path_factory.mktemp("minutes") / "ws")
    store = workspace.store
    cid = ensure_demo(store)
    store.write("person", None, {"name": PERSON, "organisation": "Föreningen Exempel"})
    table1 = []
    for i, text in enumerate(EXOTIC):
        themes = ["Unga"] if i % 2 == 0 else ["Mångfald & integration", "Jämställdhet"]
        notes.add_note(store, cid, 1, 1, text, themes=themes)
        table1.append(text)
    notes.add_note(store, cid, 1, 2, LONG_NOTE, themes=["Självbild & stolthet"])
    notes.add_note(store, cid, 1, 2, "Rad ett\nrad två på egen rad", kind="guiding-word", themes=["Unga"])
    notes.add_note(store, cid, 1, 3, "Kartlägg lediga lokaler", kind="action", themes=["Unga"])
    proposals = [
        ("Öppna fritidsgårdar även på söndagar", 12, 1),
        ("Gratis busskort för alla under 20 år", 7, 2),
        ("Språkvänner i varje kommun", 9, 3),
    ]
    proposal_ids = [
        notes.add_note(store, cid, table, 3, text, kind="proposal", votes=votes, themes=["Unga"])
        for text, votes, table in proposals
    ]
    # The council picked the first one; its decision names people, who must not reach the public.
    set_status(
        store,
        proposal_ids[0],
        "selected",
        decision=f"Tillväxtrådet driver förslaget vidare; {PERSON} samordnar.",
        owner="Region Exempellän",
        contact="greta@example.se",
        review_date="2026-09-01",
        decided_by="Erik Berg",
    )
    mentions = f"Anna Lindqvist och {PERSON} berättade om läxhjälp i biblioteket."
    notes.add_note(store, cid, 2, 1, mentions)
    notes.add_note(store, cid, 2, 1, "Inget tema på den här anteckningen.")
    deleted = notes.add_note(store, cid, 2, 1, "Borttagen anteckning som inte ska synas.")
    notes.delete_note(store, deleted)
    table1_all = [
        *table1,
        LONG_NOTE,
        "Rad ett rad två på egen rad",
        "Kartlägg lediga lokaler",
        proposals[0][0],
    ]
    yield MinutesWorld(workspace, cid, table1, table1_all, proposals, mentions)
    workspace.close()


# The secretariat's personal-data review of the world: Åsa is the place here, Łukasz a participant
# quoted by first name (rewritten), every other finding removed.
PUBLISHED_EXOTIC = [text.replace("Łukasz", "En deltagare") for text in EXOTIC]


def review_as_secretariat(world: MinutesWorld) -> None:
    from app.privacy.review import decide, review

    store = world.workspace.store
    for hit in review(store, world.conference_id):
        if hit.found.text == "Åsa":
            decide(store, world.conference_id, hit, "keep")
        elif hit.found.text == "Łukasz":
            decide(store, world.conference_id, hit, "rewrite", "En deltagare")
        else:
            decide(store, world.conference_id, hit, "remove")


# -- reading PDFs back ------------------------------------------------------------------------------

_FOOTER = re.compile(r"^(Skapad|Created) \d{4}-\d\d-\d\d \d\d:\d\d|^(Sida|Page) \d+ (av|of) \d+$")


def normal(text: str) -> str:
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    return list(_page_texts(Path(path).read_bytes()))


@functools.lru_cache(maxsize=16)
def _page_texts(content: bytes) -> tuple[str, ...]:
    """Text extraction is the slow part of these tests: once per file content. Keyed by the content, not
    the file's time and size: a PDF written again within one tick of a coarse file clock, at the same
    size (the minutes after a note's same-length correction), would be read back as the old one."""
    from pypdf import PdfReader

    return tuple(page.extract_text() or "" for page in PdfReader(io.BytesIO(content), strict=True).pages)


def body_lines(page_text: str, header_right: str) -> list[str]:
    """A page's lines without the running header (its first line(s): title, then conference) and footer."""
    lines = page_text.splitlines()
    if header_right:  # the header's left part (the document title) comes just before its right part
        for i, line in enumerate(lines[:3]):
            if header_right in line:
                lines = lines[i + 1 :]
                break
    kept = []
    for line in lines:
        bare = line.strip()
        if _FOOTER.search(bare):
            continue
        bare = _FOOTER.sub("", bare).strip()
        if bare:
            kept.append(bare)
    return kept


def body_text(path: Path, header_right: str, *, skip: int = 0) -> str:
    """All pages' text but the running header and footer, as one line; `skip` leaves out first pages."""
    return normal(" ".join(" ".join(body_lines(t, header_right)) for t in page_texts(path)[skip:]))


def assert_in_order(body: str, texts: list[str]) -> None:
    position = 0
    for text in texts:
        found = body.find(normal(text), position)
        assert found >= 0, f"not found (in order) after {position}: {text[:60]!r}"
        position = found + len(normal(text))


def qpdf_check(path: Path) -> None:
    if shutil.which("qpdf") is None:  # `make system-deps` installs it; pypdf's strict reader still ran
        pytest.skip("qpdf not installed (make system-deps)")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def header_right(world: MinutesWorld) -> str:
    c = conferences.conference(world.workspace.store, world.conference_id)
    return f"{c.title} · 12 mars 2026"
