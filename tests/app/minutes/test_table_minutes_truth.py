"""Table minutes tell the truth, read back from the PDF: no signature claimed for notes
changed after the export, a place and date line and a justerare line, bands in words, and the kinds
named as the chair's window names them."""

from __future__ import annotations

import pytest

from app import conferences, notes
from app.bundles import export_table
from app.bundles.identity import create_identity
from app.demo import ensure_demo
from app.minutes.table import build_table_minutes
from app.workspace import Workspace

from .conftest import normal, page_texts


@pytest.fixture
def table(tmp_path):
    workspace = Workspace.create(tmp_path / "ws")
    conference_id = ensure_demo(workspace.store)
    conferences.set_table_facts(
        workspace.store, conference_id, 3, participants=9, bands={"age:-24": 2, "gender:woman": 4}
    )
    notes.add_note(workspace.store, conference_id, 3, 1, "Läxhjälp på biblioteket", kind="action")
    yield workspace, conference_id
    workspace.close()


def minutes_text(workspace, conference_id, path) -> str:
    build_table_minutes(workspace.store, conference_id, 3, path, "sv")
    return normal(" ".join(page_texts(path)))


def test_minutes_never_claim_a_signature_for_notes_changed_after_the_export(table, tmp_path):
    workspace, conference_id = table
    text = minutes_text(workspace, conference_id, tmp_path / "before.pdf")
    assert "ännu inte exporterade och signerade" in text
    create_identity(workspace, "Fatima Hassan")
    export_table(workspace, conference_id, 3, tmp_path / "bord-3.rbz")
    assert "Bordets export är signerad av Fatima Hassan" in minutes_text(
        workspace, conference_id, tmp_path / "a.pdf"
    )
    notes.add_note(workspace.store, conference_id, 3, 2, "Tillagd efter exporten")
    text = minutes_text(workspace, conference_id, tmp_path / "after.pdf")
    assert "Tillagd efter exporten" in text
    assert "är signerad av" not in text
    assert "har ändrats efter den senaste signerade exporten (Fatima Hassan" in text
    assert "Exportera bordet igen." in text


def test_place_date_justerare_bands_in_words_and_the_windows_kind_names(table, tmp_path):
    workspace, conference_id = table
    text = minutes_text(workspace, conference_id, tmp_path / "bord-3.pdf")
    assert "Ort och datum" in text
    assert "Justeras av en deltagare vid bordet (justerare)" in text and "Namnförtydligande" in text
    assert "under 25 år: 2" in text and "kvinnor: 4" in text
    assert "age:" not in text and "gender:" not in text
    assert "Att göra: Läxhjälp på biblioteket" in text  # the window's Swedish name for the kind
