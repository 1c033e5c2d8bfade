"""The conference minutes of a realistic 40-table conference (about 1,000 messy notes): at most a third
of the pages they took before (77), with nothing lost, and table cells that never run over each other,
measured on the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from app.minutes.conference import build_conference_minutes
from app.minutes.messy import create_messy_conference
from app.minutes.source import load_conference
from app.workspace import Workspace

from .conftest import body_lines, page_texts
from .overlap import overlapping_characters

# The minutes as they were before this layout (every note per question, per theme and ranked), built
# from this same generated conference: app/minutes/conference.py of commit d155395 made 77 pages.
PAGES_BEFORE = 77


@pytest.fixture(scope="module")
def realistic(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("realistic")
    workspace = Workspace.create(folder / "ws")
    cid = create_messy_conference(workspace.store, tables=40, notes=1000)
    path = folder / "minutes.pdf"
    pages = build_conference_minutes(workspace.store, cid, path, "sv")
    yield workspace, cid, path, pages
    workspace.close()


@pytest.mark.slow
def test_a_third_of_the_pages_and_every_note_in_the_appendix(realistic):
    workspace, cid, path, pages = realistic
    assert pages <= PAGES_BEFORE // 3, pages
    texts = page_texts(path)
    start = next(i for i, t in enumerate(texts) if "Bilaga: varje bords anteckningar" in t and i > 1)
    header = "Rundabordssamtal våren 2026 · 12 mars 2026"
    appendix = re.sub(r"\s+", "", " ".join(" ".join(body_lines(t, header)) for t in texts[start:]))
    data = load_conference(workspace.store, cid)
    assert len(data.notes) == 1000
    missing = [n.text for n in data.notes if re.sub(r"\s+", "", n.text) not in appendix]
    assert missing == []


@pytest.mark.slow
def test_no_two_table_cells_overlap_in_the_ranked_proposals(realistic, tmp_path):
    """A merged proposal from every table (a long list of tables), long texts, a status column."""
    from app import notes
    from app.proposals.catalogue import set_status
    from app.proposals.merging import merge

    workspace, cid, _path, _pages = realistic
    store = workspace.store
    text = "Ett regionalt ungdomsråd med egen budget, " * 4
    ids = [
        notes.add_note(store, cid, t, 3, text + f"bord {t}", kind="proposal", votes=t % 7)
        for t in range(1, 41)
    ]
    group = merge(store, ids)
    set_status(store, group, "in-progress", decision="Regionen utreder", owner="Region Exempellän")
    path = tmp_path / "minutes.pdf"
    build_conference_minutes(store, cid, path, "sv")
    texts = page_texts(path)
    first = next(i for i, t in enumerate(texts) if "Förslag rangordnade efter röster" in t and i > 1)
    last = next(i for i, t in enumerate(texts) if "Bilaga: varje bords anteckningar" in t and i > 1)
    assert "1, 2, 3, 4, 5" in re.sub(r"\s+", " ", " ".join(texts[first : last + 1]))
    assert overlapping_characters(path, list(range(first, last + 1))) == []


def test_the_overlap_check_sees_text_drawn_over_text(tmp_path: Path):
    path = tmp_path / "overlap.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(100, 700, "1, 2, 3, 4, 5, 6, 7, 8")
    page.drawString(120, 700, "Förslag")  # a cell running over its neighbour
    page.drawString(100, 600, "Apart")
    page.save()
    assert overlapping_characters(path)
    assert all(number == 1 for number, _a, _b in overlapping_characters(path))
