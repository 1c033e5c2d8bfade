"""`rundabord status`, the secretariat's overview and the documents (conference minutes, open data)
give one answer: all read app/roster.py.

Played on real signed bundles: an empty export (the chair exported before typing), two laptops at one
table, a table whose export arrives late, after the secretary first looked, and a table without a
laptop whose paper sheet the secretariat types in.
"""

from __future__ import annotations

import json

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.bundles import export_table, import_files, trust
from app.bundles.identity import require_identity
from app.cli import main
from app.minutes.conference import build_conference_minutes
from app.minutes.opendata import open_data
from app.minutes.source import load_conference
from ui.secretariat.window import SecretariatWindow

from .conftest import TWO_LAPTOPS_TABLE, _chair

EMPTY_TABLE = 20
LATE_TABLE = 2
PAPER_TABLE = 30


def _cli_status(capsys, workspace_dir, conference_id) -> dict[int, tuple[bool, int, int, int]]:
    capsys.readouterr()
    assert main(["--workspace", str(workspace_dir), "status", "--conference", conference_id, "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return {
        t["table"]: (t["reported"], t["notes"], t["proposals"], sum(t["questions"].values())) for t in lines
    }


def _documents_reported(store, conference_id) -> list[int]:
    """The tables the minutes and the open data count as reported."""
    data = load_conference(store, conference_id)
    reported = [t.number for t in data.tables if data.has_reported(t.number)]
    opened = open_data(store, conference_id, "en", redact_undecided=True)
    assert opened["conference"]["tables_reported"] == len(reported)
    return reported


def _reported(cli: dict[int, tuple[bool, int, int, int]]) -> list[int]:
    return sorted(number for number, (reported, *_counts) in cli.items() if reported)


def _window_status(window) -> dict[int, tuple[bool, int, int, int]]:
    """What the overview shows of each table: its Reported, Other notes and Proposals cells as drawn."""
    view = window.overview_view
    view.reported_count()  # counts again if stale
    rows = view.model.rows()
    columns = {
        view.model.headerData(c, Qt.Orientation.Horizontal): c for c in range(view.model.columnCount())
    }

    def cell(i: int, header: str) -> str:
        return view.model.index(i, columns[header]).data()

    return {
        r.number: (
            cell(i, "Reported") == "Yes",
            int(cell(i, "Other notes")),
            int(cell(i, "Proposals")),
            sum(r.by_question.values()),
        )
        for i, r in enumerate(rows)
    }


def test_status_and_the_overview_agree(qtbot, capsys, tmp_path, afternoon, secretariat, secretariat_dir):
    conference_id = afternoon.conference_id
    # Table 20's chair signs an export with no notes in it.
    empty_chair = _chair(tmp_path / "empty-chair", afternoon.stick.parent / "pack.rbz", "Tom Tomsson")
    empty_bundle = export_table(empty_chair, conference_id, EMPTY_TABLE, tmp_path / "tom.rbz").path
    key = require_identity(empty_chair).public_key
    trust.add(secretariat.store, key, "Tom Tomsson", "chair", conference_id, EMPTY_TABLE)
    empty_chair.close()
    first = [
        afternoon.stick / f"bord-{TWO_LAPTOPS_TABLE}.rbz",
        afternoon.laptop_b,
        afternoon.stick / "bord-1.rbz",
        empty_bundle,
    ]
    assert [r.status for r in import_files(secretariat, first)] == ["imported"] * 4

    window = SecretariatWindow(secretariat)
    qtbot.addWidget(window)
    window.show()
    window.choose_conference(conference_id)
    window.tabs.setCurrentWidget(window.overview_view)

    cli = _cli_status(capsys, secretariat_dir, conference_id)
    assert _window_status(window) == cli
    assert cli[EMPTY_TABLE] == (False, 0, 0, 0)  # an empty export is not a report
    assert cli[TWO_LAPTOPS_TABLE] == (True, 3, 1, 4)  # both laptops, one table: its notes once each
    assert cli[LATE_TABLE] == (False, 0, 0, 0)
    assert window.overview_view.reported_count() == (2, 40)
    empty_row = next(r for r in window.overview_view.model.rows() if r.number == EMPTY_TABLE)
    assert empty_row.empty_export and empty_row.signers == ("Tom Tomsson",)
    seven = next(r for r in window.overview_view.model.rows() if r.number == TWO_LAPTOPS_TABLE)
    assert len(seven.signers) == 2

    # The late table arrives; both answers move together.
    (receipt,) = import_files(secretariat, [afternoon.stick / f"bord-{LATE_TABLE}.rbz"])
    assert receipt.status == "imported"
    window.context.data_changed.emit()
    cli = _cli_status(capsys, secretariat_dir, conference_id)
    assert _window_status(window) == cli
    assert cli[LATE_TABLE] == (True, 2, 1, 3)
    assert window.overview_view.reported_count() == (3, 40)
    assert _documents_reported(secretariat.store, conference_id) == _reported(cli) == [1, 2, 7]

    # A table without a laptop: its paper sheet typed in at the secretariat is its report.
    sheet = tmp_path / f"bord{PAPER_TABLE}.csv"
    sheet.write_text(f"table;question;kind;text\n{PAPER_TABLE};1;note;Fler mötesplatser\n", encoding="utf-8")
    args = ["--workspace", str(secretariat_dir), "import-sheet", str(sheet), "--conference", conference_id]
    assert main([*args, "--by", "Kansliet"]) == 0
    window.context.data_changed.emit()
    cli = _cli_status(capsys, secretariat_dir, conference_id)
    assert _window_status(window) == cli
    assert cli[PAPER_TABLE] == (True, 1, 0, 1)
    assert _documents_reported(secretariat.store, conference_id) == _reported(cli) == [1, 2, 7, PAPER_TABLE]
    minutes = tmp_path / "minutes.pdf"
    build_conference_minutes(secretariat.store, conference_id, minutes, "en")
    text = " ".join(page.extract_text() for page in PdfReader(minutes).pages[:1])
    assert "4 of 40 tables have reported" in " ".join(text.split())
