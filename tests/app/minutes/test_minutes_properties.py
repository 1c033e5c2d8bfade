"""Generated notes print exactly as typed; every kind of document carries its metadata."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app import notes
from app.minutes.conference import build_conference_minutes
from app.minutes.public import build_public_report
from app.minutes.table import build_table_minutes
from app.minutes.themes import build_theme_report

from .conftest import body_text, normal, qpdf_check

ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖéüŁłßΨψΩЖжЯя0123456789<>&;:!?'\"()-–., "
note_texts = st.text(ALPHABET, min_size=1, max_size=120).filter(lambda t: t.strip())


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(note_texts, min_size=1, max_size=6))
def test_generated_notes_print_in_order_exactly_as_typed(world, header_right, tmp_path_factory, texts):
    store = world.workspace.store
    for old in notes.list_notes(store, world.conference_id, table_number=10):
        notes.delete_note(store, old.id)
    for text in texts:
        notes.add_note(store, world.conference_id, 10, 1, text)
    path = tmp_path_factory.mktemp("prop") / "bord-10.pdf"
    build_table_minutes(store, world.conference_id, 10, path, "sv")
    body = body_text(path, header_right)
    position = 0
    for number, text in enumerate(texts, 1):
        expected = f"{number}. {normal(text)}"
        found = body.find(expected, position)
        assert found >= 0, (expected, body[position : position + 300])
        position = found + len(expected)


@pytest.mark.parametrize("kind", ["table", "conference", "theme", "public"])
def test_every_document_has_metadata_language_a4_and_passes_qpdf(world, tmp_path, kind):
    store, cid = world.workspace.store, world.conference_id
    path = tmp_path / f"{kind}.pdf"
    if kind == "table":
        build_table_minutes(store, cid, 1, path, "en")
    elif kind == "conference":
        build_conference_minutes(store, cid, path, "en")
    elif kind == "theme":
        process_id = store.get("conference", cid)["process_id"]
        build_theme_report(store, process_id, path, "en")
    else:
        build_public_report(store, cid, path, "en", redact_undecided=True)
    qpdf_check(path)
    reader = PdfReader(str(path), strict=True)
    meta = reader.metadata
    assert meta.title and meta.subject and meta.author == "Region Exempellän"
    assert meta.creator.startswith("Rundabord")
    assert meta.creation_date is not None
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert all(round(float(p.mediabox.height)) == 842 for p in reader.pages)
    last = normal(reader.pages[-1].extract_text())
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last and "Created 20" in last
