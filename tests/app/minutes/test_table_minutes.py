"""Table minutes read back with pypdf: every note in order, as typed, in any script; justering; metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import UserError
from app.minutes.table import build_table_minutes

from .conftest import LONG_NOTE, MinutesWorld, assert_in_order, body_text, normal, page_texts, qpdf_check


@pytest.fixture(scope="module")
def table1_pdf(world: MinutesWorld, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("table") / "bord-1.pdf"
    build_table_minutes(world.workspace.store, world.conference_id, 1, path, "sv")
    return path


def test_every_note_of_the_table_in_order_with_exotic_characters(world, table1_pdf, header_right):
    body = body_text(table1_pdf, header_right)
    assert_in_order(body, world.table1_all)
    for fragment in ("Łódź", "Straße", "Ψηφιακή", "Привет", "Ängelholm", "ΨΦΧ", "Русскоязычные"):
        assert fragment in body


def test_markup_characters_print_as_typed(table1_pdf, header_right):
    body = body_text(table1_pdf, header_right)
    assert "Budget < 10 000 kr & snabbt beslut > långa utredningar." in body
    assert "<b>fet</b> och &amp; ska stå som det skrevs." in body


def test_long_note_splits_across_pages(table1_pdf, header_right):
    pages = page_texts(table1_pdf)
    first = next(i for i, t in enumerate(pages) if "Lång anteckning som börjar här." in t)
    last = next(i for i, t in enumerate(pages) if "Mening nummer 89 om" in t)
    assert last > first, "the long note should continue on a later page"
    assert normal(LONG_NOTE) in body_text(table1_pdf, header_right)


def test_facts_proposals_and_themes(table1_pdf, header_right):
    body = body_text(table1_pdf, header_right)
    for expected in (
        "Minnesanteckningar från bord 1",
        "Rundabordssamtal våren 2026",
        "12 mars 2026",
        "Folkets hus, Exempelstad",
        "Anna Lindqvist",
        "Antal deltagare 8",
        "Fråga 1. Vad kan du och din verksamhet göra",
        "Öppna fritidsgårdar även på söndagar",
        "12 röster",
        "Ledord:",
        "Att göra:",
    ):
        assert expected in body, expected
    assert "Borttagen anteckning" not in body
    proposals = normal(body[body.rindex("Förslag") :])
    assert "Status" in proposals and "Valt av tillväxtrådet" in proposals  # its follow-up, not just votes


def test_unsigned_table_says_so(table1_pdf, header_right):
    assert "Bordets anteckningar är ännu inte exporterade och signerade" in body_text(
        table1_pdf, header_right
    )


def test_pdf_is_valid_a4_with_metadata_language_and_page_numbers(table1_pdf):
    qpdf_check(table1_pdf)
    reader = PdfReader(str(table1_pdf), strict=True)
    meta = reader.metadata
    assert meta.title == "Minnesanteckningar från bord 1"
    assert meta.author == "Region Exempellän"
    assert "bord 1" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    total = len(reader.pages)
    assert total >= 2
    for number, text in enumerate(page_texts(table1_pdf), 1):
        assert f"Sida {number} av {total}" in text
        assert "Skapad 20" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)


def test_english_workspace_gets_english_minutes(world, tmp_path):
    path = tmp_path / "table-1.pdf"
    build_table_minutes(world.workspace.store, world.conference_id, 1, path, "en")
    text = normal(" ".join(page_texts(path)))
    assert "Minutes of table 1" in text and "Question 1." in text and "12 March 2026" in text
    assert PdfReader(str(path)).trailer["/Root"]["/Lang"] == "en-GB"


def test_unknown_table_and_bad_path_are_user_errors_and_leave_nothing(world, tmp_path):
    with pytest.raises(UserError, match="no table 99"):
        build_table_minutes(world.workspace.store, world.conference_id, 99, tmp_path / "x.pdf", "sv")
    with pytest.raises(UserError, match="no such folder"):
        build_table_minutes(world.workspace.store, world.conference_id, 1, tmp_path / "nope" / "x.pdf", "sv")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_whole(world, tmp_path):
    path = tmp_path / "bord.pdf"
    path.write_bytes(b"old")
    build_table_minutes(world.workspace.store, world.conference_id, 2, path, "sv")
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["bord.pdf"]  # no temp file left behind


def test_signed_export_fills_the_justering_line(world, tmp_path):
    from app.bundles import export_table
    from app.bundles.identity import create_identity

    identity = create_identity(world.workspace, "Anna Lindqvist")
    export_table(world.workspace, world.conference_id, 3, tmp_path / "bord-3.rbz")
    path = tmp_path / "bord-3.pdf"
    build_table_minutes(world.workspace.store, world.conference_id, 3, path, "sv")
    body = normal(" ".join(page_texts(path)))
    assert f"Bordets export är signerad av Anna Lindqvist (nyckel-id {identity.key_id})" in body
    assert "inte signerad" not in body
