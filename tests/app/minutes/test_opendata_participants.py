"""Open data gives the participant count of each table and the conference's sum, as the minutes and the
public report do: a count in dispute (the secretariat typed 7 from the paper, the chair's laptop said 8)
is given with the other value, never as settled, and without who gave it; once settled, the one count.
Exported on the command line as a secretary does, in JSON (checked against the shipped schema) and CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema

from app import conflicts
from app.minutes.opendata import SCHEMA
from tests.app.minutes.test_disputed_facts import TABLE, _disputed
from tests.two_secretaries import run_cli

ROOT = Path(__file__).resolve().parents[3]


def _export(capsys, office, conference_id: str, fmt: str, path: Path) -> str:
    code, _out, err = run_cli(
        capsys, office, "export-data", "--conference", conference_id, "--format", fmt,
        "--language", "sv", "--redact-undecided", "-o", str(path),
    )  # fmt: skip
    assert code == 0, err
    return path.read_text(encoding="utf-8-sig")


def test_each_tables_count_and_the_sum_disputed_as_disputed_without_names(tmp_path: Path, capsys) -> None:
    office, laptop, conference_id, conflict = _disputed(tmp_path)
    try:
        text = _export(capsys, office, conference_id, "json", tmp_path / "data.json")
        assert "Karin" not in text and "Sjöström" not in text  # who gave the other count: no one named
        content = json.loads(text)
        schema = json.loads((ROOT / SCHEMA).read_text(encoding="utf-8"))
        jsonschema.validate(content, schema, cls=jsonschema.Draft202012Validator)
        [table] = [t for t in content["tables"] if t["number"] == TABLE]
        assert table == {
            "number": TABLE,
            "reported": True,
            "participants": conflict.ours,
            "participants_disputed": [conflict.theirs],
        }
        assert set(table) == {"number", "reported", "participants", "participants_disputed"}  # no name
        reported = [t for t in content["tables"] if t["reported"] and t["participants"]]
        assert content["conference"]["participants"] == sum(t["participants"] for t in reported)
        assert content["conference"]["tables_counted"] == len(reported) >= 1
        assert content["conference"]["participants_disputed"] is True

        rows = list(
            csv.reader(
                _export(capsys, office, conference_id, "csv", tmp_path / "data.csv").splitlines(),
                delimiter=";",
            )
        )
        header = rows[0]
        at_table = [
            dict(zip(header, row, strict=True)) for row in rows[1:] if row[header.index("bord")] == str(TABLE)
        ]
        assert at_table and all(
            (r["bordets_deltagare"], r["bordets_deltagare_omtvistat"])
            == (str(conflict.ours), str(conflict.theirs))
            for r in at_table
        )

        conflicts.resolve(office.store, conflict.id, "ours" if conflict.ours == 7 else "theirs")
        content = json.loads(_export(capsys, office, conference_id, "json", tmp_path / "settled.json"))
        [table] = [t for t in content["tables"] if t["number"] == TABLE]
        assert (table["participants"], table["participants_disputed"]) == (7, [])
        assert content["conference"]["participants_disputed"] is False
        rows = list(
            csv.reader(
                _export(capsys, office, conference_id, "csv", tmp_path / "settled.csv").splitlines(),
                delimiter=";",
            )
        )
        at_table = [
            dict(zip(rows[0], row, strict=True))
            for row in rows[1:]
            if row[rows[0].index("bord")] == str(TABLE)
        ]
        assert {(r["bordets_deltagare"], r["bordets_deltagare_omtvistat"]) for r in at_table} == {("7", "")}
    finally:
        laptop.close()
        office.close()
