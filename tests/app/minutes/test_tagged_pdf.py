"""Every document is a tagged PDF (PDF/UA-1) and an archivable one (PDF/A-2): checked with pikepdf and
pdfminer (tests/app/minutes/pdfcheck.py), never with our own writer's idea of what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import conferences
from app.minutes.conference import build_conference_minutes
from app.minutes.public import build_public_report
from app.minutes.table import build_table_minutes
from app.minutes.themes import build_theme_report

from .conftest import MinutesWorld
from .pdfcheck import TaggedPdf, check_all, reading_order


@pytest.fixture(scope="module")
def documents(world: MinutesWorld, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tagged")
    store, cid = world.workspace.store, world.conference_id
    process_id = conferences.conference(store, cid).process_id
    paths = {name: folder / f"{name}.pdf" for name in ("table", "conference", "public", "themes")}
    build_table_minutes(store, cid, 1, paths["table"], "sv")
    build_conference_minutes(store, cid, paths["conference"], "sv")
    build_public_report(store, cid, paths["public"], "en")
    build_theme_report(store, process_id, paths["themes"], "sv")
    return paths


@pytest.mark.parametrize("name", ["table", "conference", "public", "themes"])
def test_every_document_passes_the_tagged_pdf_checks(documents, name):
    assert check_all(documents[name]) == []


@pytest.mark.parametrize("name", ["table", "conference", "public", "themes"])
def test_metadata_says_language_title_and_standards(documents, name):
    checked = TaggedPdf(documents[name])
    try:
        meta = checked.metadata()
        language = "en-GB" if name == "public" else "sv-SE"
        assert str(checked.root.Lang) == language
        assert meta["dc:language"] == str({language})
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "A"
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == str(checked.pdf.docinfo.Title)
        assert (
            meta["xmp:CreateDate"][:19].replace("-", "").replace("T", "").replace(":", "")
            == str(checked.pdf.docinfo.CreationDate)[2:16]
        )
    finally:
        checked.close()


def test_conference_chart_is_a_figure_with_its_numbers_in_words(documents):
    figures = [e for e in reading_order(documents["conference"]) if e.role == "Figure"]
    assert len(figures) == 1
    alt = figures[0].alt
    assert "Fråga 1: " in alt and "Unga 4" in alt, alt


def test_tables_have_column_and_row_headers(documents):
    elements = reading_order(documents["conference"])
    headers = [e for e in elements if e.role == "TH"]
    assert {e.scope for e in headers} == {"Column", "Row"}
    assert any(e.text == "Bord" and e.scope == "Column" for e in headers)
    assert any(e.text == "Bord 1" and e.scope == "Row" for e in headers)
