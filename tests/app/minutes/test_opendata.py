"""Open data: CSV with a BOM that Excel reads as UTF-8, JSON; notes and proposals, no personal data."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.errors import UserError
from app.minutes.opendata import CSV_COLUMNS, export_data
from app.privacy.review import known_people

from .conftest import LONG_NOTE, review_as_secretariat
from .conftest import PUBLISHED_EXOTIC as EXOTIC


@pytest.fixture(scope="module", autouse=True)
def reviewed(world):
    review_as_secretariat(world)


def test_csv_has_bom_every_live_note_and_exact_text(world, tmp_path):
    path = tmp_path / "data.csv"
    count = export_data(world.workspace.store, world.conference_id, "csv", path, "en")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("note_id,conference_id,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert count == len(rows) == 15
    assert tuple(rows[0]) == CSV_COLUMNS
    texts = [r["text"] for r in rows]
    for note in [*EXOTIC, LONG_NOTE, "Rad ett\nrad två på egen rad"]:
        assert note in texts  # commas, quotes, < & and line breaks survive the round trip
    first = rows[texts.index(EXOTIC[0])]
    assert (first["table"], first["question"], first["kind"], first["themes"]) == ("1", "1", "Note", "Unga")
    statuses = {r["text"]: r["status"] for r in rows if r["kind"] == "Proposal"}
    assert statuses == {
        "Öppna fritidsgårdar även på söndagar": "Selected by the council",
        "Gratis busskort för alla under 20 år": "New",
        "Språkvänner i varje kommun": "New",
    }
    assert "Borttagen anteckning som inte ska synas." not in texts


def test_json_notes_proposals_and_no_names(world, tmp_path):
    path = tmp_path / "data.json"
    export_data(world.workspace.store, world.conference_id, "json", path, "en")
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["format"] == "rundabord-open-data" and content["version"] == 1
    assert content["conference"]["title"] == "Rundabordssamtal våren 2026"
    assert [q["number"] for q in content["questions"]] == [1, 2, 3]
    assert len(content["notes"]) == 15
    top = content["proposals"][0]
    assert top["text"] == "Öppna fritidsgårdar även på söndagar" and top["status"] == "selected"
    assert top["decision"] == "Tillväxtrådet driver förslaget vidare; [personal data removed] samordnar."
    text = path.read_text(encoding="utf-8")
    for name in known_people(world.workspace.store):
        assert name not in text
    assert "greta@example.se" not in text and "Erik Berg" not in text


def test_unknown_format_is_refused(world, tmp_path):
    with pytest.raises(UserError, match="unknown format 'xlsx'"):
        export_data(world.workspace.store, world.conference_id, "xlsx", tmp_path / "x", "sv")
    assert not (tmp_path / "x").exists()


def test_documents_are_readable_by_others_like_any_saved_file(world, tmp_path):
    """A temp file is owner-only; minutes and open data are made to be shared, so they must not be."""
    import stat

    from app.minutes.opendata import export_data
    from app.minutes.table import build_table_minutes

    pdf, csv = tmp_path / "bord-1.pdf", tmp_path / "data.csv"
    build_table_minutes(world.workspace.store, world.conference_id, 1, pdf, "sv")
    export_data(world.workspace.store, world.conference_id, "csv", csv, "sv")
    for path in (pdf, csv):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    csv.chmod(0o600)  # a file the secretary has locked down stays so when written again
    export_data(world.workspace.store, world.conference_id, "csv", csv, "sv")
    assert stat.S_IMODE(csv.stat().st_mode) == 0o600


def test_english_csv_is_comma_separated(world, tmp_path):
    path = tmp_path / "data-en.csv"
    export_data(world.workspace.store, world.conference_id, "csv", path, "en")
    text = path.read_bytes().decode("utf-8-sig")
    assert text.startswith("note_id,conference_id,")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 15 and EXOTIC[0] in [r["text"] for r in rows]
