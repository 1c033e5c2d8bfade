"""A region's own long names and a chair's messy notes, printed and read back as the region reads them.

A conference title of eighty characters, a theme named with a long compound word, a note of nothing but
emoji ("👍" for agreement), a list typed on several lines: each once broke a page in its own way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer

from app import conferences, notes
from app.minutes.conference import build_conference_minutes
from app.minutes.layout import MARGIN_TOP, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH
from app.minutes.public import build_public_report
from app.minutes.table import build_table_minutes
from app.minutes.themes import build_theme_report
from app.privacy.review import decide, review
from app.workspace import Workspace

from .conftest import page_texts

TITLE = "Rundabordssamtal om framtidens välfärdsförsörjning i glesbygdskommunerna – vår 2027"
THEME = "Kompetensförsörjning & livslångt lärande"
PROCESS = "Regional utvecklingsstrategi för Västra Götalands landsbygds- och skärgårdskommuner 2027–2035"
LIST_NOTE = (
    "Kollektivtrafiken är för dålig:\n- sista bussen 21.40\n- inga turer på söndagar\n\n"
    "Vi vill ha anropsstyrd trafik! 🚌"
)
GREEN_JOBS = "Ett regionalt kompetenscentrum för gröna jobb med utbildningar på yrkeshögskolenivå"
DESCRIPTION = {
    "process": {
        "name": PROCESS,
        "organisation": "Region Västlän",
        "themes": [THEME, "Unga"],
    },
    "conference": {"title": TITLE, "date": "2027-04-20", "venue": "Kulturhuset, Angered"},
    "questions": [{"text": "Vad krävs för att unga ska bo kvar?"}, {"text": "Vad är nästa steg?"}],
    "tables": [{"number": 1, "chair": "Anna-Karin Öhrström"}, {"number": 2, "chair": "Ali Johansson"}],
}


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("region")
    workspace = Workspace.create(folder / "ws", "secretariat")
    store = workspace.store
    cid = conferences.create_conference(store, conferences.parse_conference(DESCRIPTION))
    notes.add_note(store, cid, 1, 1, "Bostäder som unga har råd med", kind="proposal", themes=[THEME])
    notes.add_note(store, cid, 1, 1, "👍👍")
    notes.add_note(store, cid, 1, 1, "Fler lärlingsplatser hos företagen")
    notes.add_note(store, cid, 1, 2, GREEN_JOBS, kind="proposal")
    notes.add_note(store, cid, 2, 1, LIST_NOTE)
    notes.add_note(store, cid, 2, 2, "Ring 070-123 45 67")
    for hit in review(store, cid):
        decide(store, cid, hit, "remove")
    yield workspace, cid, folder
    workspace.close()


@pytest.fixture(scope="module")
def table_pdf(region) -> Path:
    workspace, cid, folder = region
    build_table_minutes(workspace.store, cid, 1, folder / "bord-1.pdf", "sv")
    return folder / "bord-1.pdf"


@pytest.fixture(scope="module")
def conference_pdf(region) -> Path:
    workspace, cid, folder = region
    build_conference_minutes(workspace.store, cid, folder / "minnesanteckningar.pdf", "sv")
    return folder / "minnesanteckningar.pdf"


@pytest.fixture(scope="module")
def theme_pdf(region) -> Path:
    workspace, cid, folder = region
    process_id = conferences.conference(workspace.store, cid).process_id
    build_theme_report(workspace.store, process_id, folder / "temarapport.pdf", "sv")
    return folder / "temarapport.pdf"


@pytest.fixture(scope="module")
def public_pdf(region) -> Path:
    workspace, cid, folder = region
    pdf = folder / "aterkoppling.pdf"
    build_public_report(workspace.store, cid, pdf, "sv", html_path=pdf.with_suffix(".html"))
    return pdf


def _header_lines(path: Path) -> list[tuple[str, float, float]]:
    """Each text line drawn above the body on page 2 (page 1 may be a cover): (text, x0, x1)."""
    page = list(extract_pages(str(path)))[1 if len(page_texts(path)) > 1 else 0]
    top = PAGE_HEIGHT - MARGIN_TOP
    lines = []
    for box in page:
        if isinstance(box, LTTextContainer) and box.y0 > top:
            for line in box:
                chars = [c for c in line if isinstance(c, LTChar)]
                lines.append((line.get_text().strip(), chars[0].x0, chars[-1].x1))
    return sorted(lines, key=lambda line: line[1])


@pytest.mark.parametrize("document", ["table_pdf", "conference_pdf"])
def test_the_running_header_keeps_the_documents_title_and_the_date_within_the_page(document, request):
    path = request.getfixturevalue(document)
    lines = _header_lines(path)
    title = "Minnesanteckningar från bord 1" if document == "table_pdf" else "Minnesanteckningar"
    assert lines[0][0] == title, lines
    assert lines[-1][0].endswith("· 20 april 2027"), lines
    assert lines[0][1] >= MARGIN_X - 1 and lines[-1][2] <= PAGE_WIDTH - MARGIN_X + 1, lines
    assert lines[0][2] < lines[-1][1], f"the two halves overlap: {lines}"


def test_a_long_process_name_in_the_theme_reports_header_keeps_its_years(theme_pdf):
    lines = _header_lines(theme_pdf)
    assert lines[0][0] == "Temarapport", lines
    assert lines[-1][0].startswith("Regional utvecklingsstrategi") and lines[-1][0].endswith(" 2027–2035"), (
        lines
    )
    assert lines[0][2] < lines[-1][1] and lines[-1][2] <= PAGE_WIDTH - MARGIN_X + 1, lines


def test_a_note_of_only_emoji_is_still_listed_in_the_table_minutes(table_pdf):
    body = " ".join(page_texts(table_pdf)[0].split())
    assert "1. Förslag: Bostäder som unga har råd med" in body
    assert "2. 👍👍" in body  # in the fallback font, as typed
    assert "3. Fler lärlingsplatser hos företagen" in body


def test_a_note_of_only_emoji_leaves_no_empty_line_in_the_conference_minutes(conference_pdf):
    text = "\n".join(page_texts(conference_pdf))
    lines = [line.strip() for line in text.splitlines()]
    assert "(bord 1)" not in lines, "a line of nothing but where it was said"
    flowing = " ".join(text.split())
    assert "👍👍 (bord 1)" in flowing
    # The appendix: no separator before nothing ("Utan tema: · Fler…").
    assert "Utan tema: 👍👍 · Fler lärlingsplatser hos företagen" in flowing


def test_a_long_theme_name_is_not_broken_inside_a_word(conference_pdf):
    words = {word for page in page_texts(conference_pdf) for word in page.split()}
    assert "Kompetensförsörjning" in words
    assert not any(w.startswith("Kompetensförsörjnin") and w != "Kompetensförsörjning" for w in words)


def test_a_note_typed_as_a_list_keeps_its_lines_in_the_public_report(public_pdf):
    lines = [line.strip() for page in page_texts(public_pdf) for line in page.splitlines()]
    assert "- sista bussen 21.40" in lines
    assert "- inga turer på söndagar" in lines
    html = public_pdf.with_suffix(".html").read_text(encoding="utf-8")
    assert "- sista bussen 21.40<br>- inga turer på söndagar" in html


def test_the_ranked_proposals_give_the_proposal_the_room_a_table_number_does_not_need(conference_pdf):
    page = [p for p in page_texts(conference_pdf) if "Förslag rangordnade efter röster" in p][-1]
    ranked = page[page.index("Förslag rangordnade efter röster") :]
    lines = [" ".join(line.split()) for line in ranked.splitlines()]
    # Two lines, not five: the columns for the table and the themes are as wide as what they hold.
    assert "Ett regionalt kompetenscentrum för gröna" in lines, lines


def test_one_table_saying_a_proposal_many_times_is_counted_not_hidden(tmp_path):
    """A chair typed one proposal over and over (numbered, a word changed): folded to one line, the
    minutes still say how many notes stand behind it, not only "(bord 2)"."""
    workspace = Workspace.create(tmp_path / "ws", "secretariat")
    store = workspace.store
    cid = conferences.create_conference(store, conferences.parse_conference(DESCRIPTION))
    for n in range(25):
        notes.add_note(store, cid, 2, 1, f"{n + 1}. Fler bussar på kvällarna", kind="proposal")
    notes.add_note(store, cid, 1, 1, "Fler lärlingsplatser hos företagen")
    target = tmp_path / "minnesanteckningar.pdf"
    build_conference_minutes(store, cid, target, "sv")
    workspace.close()
    text = " ".join(" ".join(page.split()) for page in page_texts(target))
    assert "Fler bussar på kvällarna (bord 2 · 25 anteckningar · 0 röster)" in text
    assert "Fler lärlingsplatser hos företagen (bord 1)" in text  # one note at one table: no count
