"""The minutes' "Antal anteckningar per tema och bord" headed its first column "Tema" and left the
numbered columns beside it without a word: nothing on the table said the numbers are tables. Its
corner now reads "Bord →" over "Tema ↓" (English "Table →", "Theme ↓")."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app import notes
from app.minutes.conference import build_conference_minutes


@pytest.mark.parametrize(
    ("language", "heading", "header"),
    [
        ("sv", "Antal anteckningar per tema och bord", "Bord → Tema ↓ 3 7 12 Totalt"),
        ("en", "Notes per theme and table", "Table → Theme ↓ 3 7 12 Total"),
    ],
)
def test_the_count_table_says_its_columns_are_tables(demo_store, tmp_path, language, heading, header):
    store, conference_id = demo_store
    for table in (3, 7, 12):
        notes.add_note(store, conference_id, table, 1, f"Anteckning vid bord {table}")
    path = tmp_path / "minutes.pdf"
    build_conference_minutes(store, conference_id, path, language)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)
    assert heading in text
    after = text[text.index(heading) + len(heading) :]
    assert after.startswith(f" {header}"), after[:120]
