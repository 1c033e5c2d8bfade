"""Every document is a tagged PDF (PDF/UA-1) and an archivable one (PDF/A-2): checked with pikepdf and
pdfminer (tests/app/minutes/pdfcheck.py), never with our own writer's idea of what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.units import mm

from app import conferences
from app.minutes.blocks import Blocks
from app.minutes.conference import build_conference_minutes, write_conference_minutes
from app.minutes.i18n import Strings
from app.minutes.layout import DocumentInfo, build_pdf
from app.minutes.public import build_public_report
from app.minutes.sample import create_sample_conference
from app.minutes.source import ConferenceData, load_conference
from app.minutes.table import build_table_minutes
from app.minutes.tagging import untagged
from app.minutes.themes import build_theme_report
from app.store import Store

from .conftest import (
    MinutesWorld,
    assert_in_order,
    body_text,
    normal,
    qpdf_check,
    review_as_secretariat,
)
from .pdfcheck import TaggedPdf, check_all, reading_order


@pytest.fixture(scope="module")
def documents(world: MinutesWorld, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tagged")
    store, cid = world.workspace.store, world.conference_id
    process_id = conferences.conference(store, cid).process_id
    paths = {name: folder / f"{name}.pdf" for name in ("table", "conference", "public", "themes")}
    build_table_minutes(store, cid, 1, paths["table"], "sv")
    build_conference_minutes(store, cid, paths["conference"], "sv")
    review_as_secretariat(world)  # the personal-data review comes before any public document
    build_public_report(store, cid, paths["public"], "en")
    build_theme_report(store, process_id, paths["themes"], "sv")
    return paths


@pytest.mark.parametrize("name", ["table", "conference", "public", "themes"])
def test_every_document_passes_the_tagged_pdf_checks(documents, name):
    assert check_all(documents[name]) == []
    qpdf_check(documents[name])  # and the file's syntax and cross-references, by qpdf itself


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
    assert any(e.text == "Alla anteckningar" and e.scope == "Row" for e in headers)


# -- reading order: the structure tree reads as the pages do ----------------------------------------


@pytest.fixture(scope="module")
def realistic(tmp_path_factory: pytest.TempPathFactory) -> tuple[ConferenceData, Path]:
    folder = tmp_path_factory.mktemp("realistic")
    store = Store(folder / "store.sqlite3")
    conference_id = create_sample_conference(store, tables=12, notes=300)
    data = load_conference(store, conference_id)
    store.close()
    path = folder / "minutes.pdf"
    write_conference_minutes(data, path, "sv")
    return data, path


@pytest.mark.slow
def test_structure_tree_reads_headings_and_notes_in_page_order(realistic):
    data, path = realistic
    elements = reading_order(path)
    read = [e for e in elements if e.role in ("H1", "H2", "H3", "P", "LBody") and e.text]
    assert len(read) > 200
    # What a screen reader reads, in its order, is what the pages show, in theirs.
    s = Strings("sv")
    header = f"{data.conference.title} · {s.long_date(data.conference.date)}"
    assert_in_order(body_text(path, header), [e.text for e in read])
    headings = [normal(e.text) for e in read if e.role.startswith("H")]
    questions = [normal(s("question_heading", number=q.position, text=q.text)) for q in data.questions]
    assert [h for h in headings if h in questions][: len(questions)] == questions
    bodies = {normal(e.text) for e in read if e.role == "LBody"}
    for note in data.notes:  # every note is read out, with its kind, votes and themes as printed
        assert any(normal(note.text) in body for body in bodies), note.text


@pytest.mark.slow
def test_realistic_minutes_pass_the_checks(realistic):
    assert check_all(realistic[1]) == []


def test_tagging_does_not_change_the_look(world, tmp_path):
    import pypdfium2

    store, cid = world.workspace.store, world.conference_id
    build_conference_minutes(store, cid, tmp_path / "tagged.pdf", "sv")
    with untagged():
        build_conference_minutes(store, cid, tmp_path / "untagged.pdf", "sv")
    assert check_all(tmp_path / "untagged.pdf") == ["no structure tree"]  # the checker tells them apart
    tagged, plain = (pypdfium2.PdfDocument(tmp_path / n) for n in ("tagged.pdf", "untagged.pdf"))
    assert len(tagged) == len(plain) > 5
    for index in range(len(tagged)):
        pictures = [doc[index].render(scale=0.6).to_pil().tobytes() for doc in (tagged, plain)]
        assert pictures[0] == pictures[1], f"page {index + 1} looks different when tagged"


# -- the layer's blocks, one by one ------------------------------------------------------------------


def _info(title: str = "Prov") -> DocumentInfo:
    return DocumentInfo(
        title=title, subject="prov", author="Region Exempellän", header_right="", strings=Strings("sv")
    )


def test_a_table_over_three_pages_keeps_its_rows_and_reads_its_header_once(tmp_path):
    b = Blocks()
    giant = " ".join(f"Mening {i} om ett mycket långt förslag." for i in range(260))  # taller than a page
    rows = [[i, f"Förslag {i}", i % 7] for i in range(1, 120)]
    rows.insert(60, [60.5, giant, 1])  # a row that must split inside itself
    story = [b.title("Tabell"), b.data_table(["Nr", "Förslag", "Röster"], rows, [20 * mm, 110 * mm, 20 * mm])]
    path = tmp_path / "table.pdf"
    pages = build_pdf(path, _info(), story, deferred=b.deferred)
    assert pages >= 3
    assert check_all(path) == []
    elements = reading_order(path)
    headers = [e.text for e in elements if e.role == "TH"]
    assert headers == ["Nr", "Förslag", "Röster"]  # repeated on later pages as artifacts, read once
    rows_read = [[normal(c.text) for c in e.kids] for e in elements if e.role == "TR"][1:]
    assert [r[0] for r in rows_read] == [str(r[0]) for r in rows]
    assert rows_read[60][1] == normal(giant)  # both halves of the split row belong to one cell


def test_lists_have_labels_and_bodies_and_details_inside_the_item(tmp_path):
    b = Blocks()
    notes = b.list()
    story = [
        b.title("Lista"),
        notes.item("Första anteckningen", "1."),
        notes.item("Andra", "2.", details=b.paragraph("Bord 3, 7", "origin"), lang="en-GB"),
        *b.bullet_list(["a", "b"]),
    ]
    path = tmp_path / "list.pdf"
    build_pdf(path, _info(), story, deferred=b.deferred)
    assert check_all(path) == []
    lists = [e for e in reading_order(path) if e.role == "L"]
    assert len(lists) == 2
    first = lists[0].kids
    assert [kid.role for kid in first] == ["LI", "LI"]
    assert [(k.role, k.text) for k in first[0].kids] == [("Lbl", "1."), ("LBody", "Första anteckningen")]
    assert [kid.lang for kid in first] == ["", "en-GB"]  # a passage in another language says so
    body = first[1].kids[1]
    assert body.text == "Andra" and [(k.role, k.text) for k in body.kids] == [("P", "Bord 3, 7")]


def test_the_checker_finds_content_drawn_without_the_layer(tmp_path):
    from reportlab.platypus import Paragraph  # a raw flowable, as a content module must not use

    b = Blocks()
    path = tmp_path / "raw.pdf"
    build_pdf(path, _info(), [b.title("Rå"), Paragraph("otaggad text", b.styles.body)], deferred=b.deferred)
    problems = check_all(path)
    assert problems and all("outside marked content" in p for p in problems)


def test_a_figure_needs_alternate_text():
    from reportlab.graphics.shapes import Drawing

    with pytest.raises(ValueError):
        Blocks().figure(Drawing(10, 10), " ")


# The layer's own modules; every other module of app/minutes is content and builds through blocks.py.
LAYER = {"archival", "blocks", "chart", "contents", "fonts", "glyphs", "grid", "layout", "marked", "tagging"}
ALLOWED_IN_CONTENT = {("reportlab.lib.units", "mm"), ("reportlab.platypus", "Flowable")}


def test_content_modules_make_no_raw_reportlab_flowables():
    import ast

    import app.minutes

    folder = Path(app.minutes.__file__).parent
    found = []
    for module in sorted(folder.glob("*.py")):
        if module.stem in LAYER:
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
                found += [
                    f"{module.name}: {node.module}.{a.name}"
                    for a in node.names
                    if (node.module, a.name) not in ALLOWED_IN_CONTENT
                ]
            elif isinstance(node, ast.Import):
                found += [f"{module.name}: {a.name}" for a in node.names if a.name.startswith("reportlab")]
    assert found == [], "content that reportlab draws untagged; add what it needs to blocks.py"
