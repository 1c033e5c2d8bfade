"""Open data that is safe in Excel and valid against its published JSON Schema."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest

from app import notes
from app.demo import ensure_demo
from app.minutes.opendata import EXCEL_CELL_LIMIT, FORMULA_STARTS, SCHEMA, export_data
from app.proposals.catalogue import set_status
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]
PAYLOADS = [
    '=HYPERLINK("http://evil.example/x","Klicka här")',
    "=cmd|' /C calc'!A0",
    "+1+1 blir två",
    "-2+3 i budgeten",
    "@SUMMA(A1:A9)",
    "\t=1+1 efter en tabb",
    "\r=1+1 efter vagnretur",
]
HUGE = "Lång text om kollektivtrafik. " * 1_500  # 45,000 characters


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory):
    workspace = Workspace.create(tmp_path_factory.mktemp("excel") / "ws")
    store = workspace.store
    cid = ensure_demo(store)
    for text in PAYLOADS:
        notes.add_note(store, cid, 1, 1, text, themes=["Unga", "Mångfald & integration"])
    notes.add_note(store, cid, 2, 2, HUGE)
    proposal = notes.add_note(store, cid, 3, 3, "=Gratis busskort för unga", kind="proposal", votes=4)
    set_status(store, proposal, "in-progress", decision="Regionen utreder", owner="Region Exempellän")
    yield workspace, cid
    workspace.close()


def _rows(path: Path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.mark.parametrize(("language", "delimiter"), [("sv", ";"), ("en", ",")])
def test_no_cell_starts_like_a_formula_and_the_text_reads_back(workspace, tmp_path, language, delimiter):
    ws, cid = workspace
    path = tmp_path / "data.csv"
    export_data(ws.store, cid, "csv", path, language)
    rows = _rows(path, delimiter)
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    texts = [row[9] for row in rows[1:]]
    for payload in PAYLOADS:
        assert "'" + payload in texts  # neutralised, the rest exactly as typed
    assert "'=Gratis busskort för unga" in texts


def test_json_keeps_the_original_text(workspace, tmp_path):
    ws, cid = workspace
    path = tmp_path / "data.json"
    export_data(ws.store, cid, "json", path, "sv")
    content = json.loads(path.read_text(encoding="utf-8"))
    texts = [n["text"] for n in content["notes"]]
    assert all(p in texts for p in PAYLOADS) and HUGE in texts
    assert content["proposals"][0]["text"] == "=Gratis busskort för unga"


def test_a_cell_longer_than_excel_holds_is_cut_with_a_marker(workspace, tmp_path):
    ws, cid = workspace
    path = tmp_path / "data.csv"
    export_data(ws.store, cid, "csv", path, "sv")
    [cut] = [row[9] for row in _rows(path, ";")[1:] if row[9].startswith("Lång text")]
    assert len(cut) == EXCEL_CELL_LIMIT
    assert cut.endswith("(avkortad: hela texten finns i JSON-filen)")
    assert HUGE.startswith(cut[: cut.index(" […]")])


def test_headers_and_words_in_the_language_asked_for_lists_not_split(workspace, tmp_path):
    ws, cid = workspace
    sv, en = tmp_path / "sv.csv", tmp_path / "en.csv"
    export_data(ws.store, cid, "csv", sv, "sv")
    export_data(ws.store, cid, "csv", en, "en")
    sv_rows, en_rows = _rows(sv, ";"), _rows(en, ",")
    assert sv_rows[0][:4] == ["anteckningens_id", "konferensens_id", "konferens", "datum"]
    assert sv_rows[0][8:] == [
        "typ", "text", "teman", "röster", "status", "bordets_deltagare", "bordets_deltagare_omtvistat"
    ]  # fmt: skip
    assert en_rows[0][8:] == [
        "kind", "text", "themes", "votes", "status", "table_participants", "table_participants_disputed"
    ]  # fmt: skip
    assert all(len(row) == 15 for row in sv_rows + en_rows)
    payload = next(row for row in sv_rows if row[9] == "'" + PAYLOADS[0])
    assert payload[8] == "Anteckning" and payload[10] == "Mångfald & integration | Unga"
    proposal_sv = next(row for row in sv_rows if "busskort" in row[9])
    proposal_en = next(row for row in en_rows if "busskort" in row[9])
    assert (proposal_sv[8], proposal_sv[12]) == ("Förslag", "Pågår")
    assert (proposal_en[8], proposal_en[12]) == ("Proposal", "In progress")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_export_is_valid_against_the_shipped_schema(workspace, tmp_path, language):
    ws, cid = workspace
    schema = json.loads((ROOT / SCHEMA).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    path = tmp_path / "data.json"
    export_data(ws.store, cid, "json", path, language)
    content = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(content, schema, cls=jsonschema.Draft202012Validator)
    content["notes"][0]["person_id"] = "x"  # the schema is strict: a stray field fails, so it can fail
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(content, schema, cls=jsonschema.Draft202012Validator)


def test_cli_language_overrides_the_workspace_language(workspace, tmp_path, capsys):
    from app.cli import main

    ws, cid = workspace
    args = ["--workspace", str(ws.dir), "export-data", "--conference", cid, "--format", "csv"]
    assert main([*args, "--language", "en", "-o", str(tmp_path / "en.csv")]) == 0
    assert main([*args, "--language", "sv", "-o", str(tmp_path / "sv.csv")]) == 0
    assert _rows(tmp_path / "en.csv", ",")[0][0] == "note_id"
    assert _rows(tmp_path / "sv.csv", ";")[0][0] == "anteckningens_id"
    capsys.readouterr()
