"""Paper tables: the template round trip, every row problem at once, and imports that add nothing twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import conferences, demo, notes
from app.cli import main
from app.errors import UserError
from app.sheets.importing import paper_sheets, plan
from app.sheets.service import check_file, import_reviewed
from app.sheets.template import EXAMPLE_ROW, write_template
from app.workspace import Workspace
from tests.sheets import fill_sheet


@pytest.fixture
def kansli(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    conference_id = demo.ensure_demo(workspace.store)
    yield workspace, conference_id
    workspace.close()


def _live_notes(workspace: Workspace, conference_id: str, table: int) -> list:
    return [n for n in notes.list_notes(workspace.store, conference_id, table_number=table)]


def test_template_has_instructions_first_swedish_headers_dropdowns_and_a_hidden_sheet(
    kansli, tmp_path
) -> None:
    workspace, conference_id = kansli
    path = write_template(workspace.store, conference_id, tmp_path / "mall.xlsx", table=7)
    book = load_workbook(path)
    assert book.sheetnames[0] == "Instruktioner" and book.active.title == "Instruktioner"
    notes_sheet = book["Anteckningar"]
    assert [c.value for c in notes_sheet[1]] == ["Bord", "Fråga", "Typ", "Teman", "Röster", "Text"]
    assert notes_sheet.cell(row=EXAMPLE_ROW, column=6).value.startswith("Exempel:")
    hidden = book["Rundabord"]
    assert hidden.sheet_state == "hidden"
    meta = {row[0]: row[1] for row in hidden.iter_rows(max_col=2, values_only=True) if row[0]}
    assert meta["conference_id"] == conference_id and meta["template_version"] == 1 and meta["table"] == 7
    lists = {str(v.sqref)[0]: v for v in notes_sheet.data_validations.dataValidation}
    assert lists["B"].type == "list" and "Rundabord" in lists["B"].formula1  # question
    assert lists["C"].type == "list"  # kind
    assert lists["D"].type == "list" and lists["D"].errorStyle == "warning"  # themes: several may be typed
    assert lists["E"].type == "whole"  # votes
    questions = conferences.questions(workspace.store, conference_id)
    listed = [hidden.cell(row=2 + i, column=4).value for i in range(len(questions))]
    assert listed == [f"{q.position}. {q.text}" for q in questions]


def test_template_round_trip_write_fill_import_compare(kansli, tmp_path) -> None:
    workspace, conference_id = kansli
    template = write_template(workspace.store, conference_id, tmp_path / "mall.xlsx")
    rows = [
        (7, "1. whatever the label says", "Förslag", "Unga; Jämställdhet", 3.0, "Läxhjälp på biblioteket"),
        ("7", "2", "Ledord", None, None, "Tillit\u00a0mellan\u00a0kommunerna "),
        (12, "3", "Att göra", "unga", "   ", "Boka ett möte med skolan i maj"),
        (7, "1", "anteckning", None, 0, "Bussen går för sällan på kvällen"),
    ]
    filled = fill_sheet(template, tmp_path / "ifylld.xlsx", rows)
    review = check_file(workspace, filled)
    assert review.ok, [p.text for p in review.problems]
    result = import_reviewed(workspace, review, by="Eva i kansliet")
    assert (result.added, result.already, result.tables) == (4, 0, (7, 12))

    questions = {q.position: q.id for q in conferences.questions(workspace.store, conference_id)}
    process = conferences.conference(workspace.store, conference_id).process_id
    themes = {t.name: t.id for t in conferences.themes(workspace.store, process)}
    got = sorted(
        (n.table_number, n.question_id, n.kind, n.text, n.votes, n.themes)
        for table in (7, 12)
        for n in _live_notes(workspace, conference_id, table)
    )
    assert got == sorted(
        [
            (
                7,
                questions[1],
                "proposal",
                "Läxhjälp på biblioteket",
                3,
                (themes["Unga"], themes["Jämställdhet"]),
            ),
            (7, questions[2], "guiding-word", "Tillit mellan kommunerna", 0, ()),
            (12, questions[3], "action", "Boka ett möte med skolan i maj", 0, (themes["Unga"],)),
            (7, questions[1], "note", "Bussen går för sällan på kvällen", 0, ()),
        ]
    )
    [sheet7] = paper_sheets(workspace.store, conference_id, 7)
    assert sheet7["typed_by"] == "Eva i kansliet" and sheet7["typed_by_role"] == "secretariat"
    assert sheet7["file_name"] == "ifylld.xlsx" and len(sheet7["notes"]) == 3


def test_every_kind_of_row_error_is_listed_at_once_and_nothing_is_imported(kansli, tmp_path) -> None:
    workspace, conference_id = kansli
    template = write_template(workspace.store, conference_id, tmp_path / "mall.xlsx")
    rows = [
        (7, "1", "Förslag", "Unga", 2, "En bra rad"),
        (99, "1", "Förslag", None, None, "Bord som inte finns"),
        (7, "9. Finns inte", "Förslag", None, None, "Okänd fråga"),
        (7, "1", "Önskan", None, None, "Okänd typ"),
        (7, "1", "Förslag", "Miljö", None, "Tema utanför processen"),
        (7, "1", "Förslag", None, "tre", "Röster som inte är tal"),
        (7, "1", "Förslag", None, "2.5", "Halva röster"),
        (7, "1", "Förslag", None, None, "  \u00a0 "),
        (None, "1", "Förslag", None, None, "Bord saknas"),
    ]
    review = check_file(workspace, fill_sheet(template, tmp_path / "fel.xlsx", rows))
    found = [(p.sheet, p.row, p.column, p.code) for p in review.problems]
    assert found == [
        ("Anteckningar", 4, "Bord", "unknown-table"),
        ("Anteckningar", 5, "Fråga", "unknown-question"),
        ("Anteckningar", 6, "Typ", "unknown-kind"),
        ("Anteckningar", 7, "Teman", "unknown-theme"),
        ("Anteckningar", 8, "Röster", "votes-not-number"),
        ("Anteckningar", 9, "Röster", "votes-not-number"),
        ("Anteckningar", 10, "Text", "empty-text"),
        ("Anteckningar", 11, "Bord", "missing-table"),
    ]
    assert (
        review.problems[3].text
        == "Anteckningar, row 7, column Teman: theme 'Miljö' is not one of the process's themes"
    )
    assert [r.row for r in review.rows] == [3]
    before = workspace.store.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    with pytest.raises(UserError, match="nothing was imported"):
        import_reviewed(workspace, review)
    assert workspace.store.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == before
    result = import_reviewed(workspace, review, valid_only=True)
    assert (result.added, result.skipped_rows) == (1, 8)


def test_a_chair_may_not_write_another_table(kansli, tmp_path) -> None:
    workspace, conference_id = kansli
    workspace.role = "chair"
    template = write_template(workspace.store, conference_id, tmp_path / "mall.xlsx", table=3)
    filled = fill_sheet(
        template,
        tmp_path / "f.xlsx",
        [(None, "1", None, None, None, "Vårt bord"), (4, "1", None, None, None, "Grannbordet")],
    )
    with pytest.raises(UserError, match="own table"):
        check_file(workspace, filled)
    review = check_file(workspace, filled, table=3)
    assert [(p.row, p.code) for p in review.problems] == [(4, "table-not-allowed")]
    assert [(r.table, r.kind) for r in review.rows] == [
        (3, "note")
    ]  # empty table: the template's; kind: note


def test_importing_the_same_file_twice_or_a_resaved_copy_adds_nothing(kansli, tmp_path) -> None:
    workspace, conference_id = kansli
    template = write_template(workspace.store, conference_id, tmp_path / "mall.xlsx")
    rows = [(5, "1", "Förslag", None, 2, "Samma text"), (5, "1", "Förslag", None, 2, "Samma text")]
    filled = fill_sheet(template, tmp_path / "a.xlsx", rows)
    first = import_reviewed(workspace, check_file(workspace, filled))
    assert first.added == 2  # two identical rows are two notes (two people said it)
    count = workspace.store.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    again = import_reviewed(workspace, check_file(workspace, filled))
    assert again.added == 0 and again.already_imported_at is not None

    # The same rows saved again (other bytes, another name) as an open-data CSV: still nothing new.
    csv_path = tmp_path / "samma.csv"
    csv_path.write_text(
        "\ufefftable;question;kind;text;themes;votes\r\n"
        "5;1;proposal;Samma text;;2\r\n5;1;proposal;Samma text;;2.0\r\n",
        encoding="utf-8",
    )
    review = check_file(workspace, csv_path, conference_id=conference_id)
    assert all(p.already for p in plan(workspace.store, review))
    assert import_reviewed(workspace, review).added == 0
    assert workspace.store.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == count


@pytest.mark.parametrize("delimiter", [";", ","])
@pytest.mark.parametrize("bom", ["\ufeff", ""])
def test_open_data_csv_imports_with_either_delimiter_and_with_or_without_bom(
    kansli, tmp_path, delimiter, bom
) -> None:
    workspace, conference_id = kansli
    d = delimiter
    text = (
        f"{bom}note_id{d}conference_id{d}table{d}question{d}kind{d}text{d}themes{d}votes\r\n"
        f'x{d}{conference_id}{d}8{d}2{d}proposal{d}"Fler cykelbanor{d} tack"{d}"Unga; Jämställdhet"{d}3.0\r\n'
    )
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    review = check_file(workspace, path)  # the conference is named in the file
    assert review.ok, [p.text for p in review.problems]
    [row] = review.rows
    assert (row.table, row.question.position, row.kind, row.votes, row.text) == (
        8,
        2,
        "proposal",
        3,
        f"Fler cykelbanor{d} tack",
    )
    assert [t.name for t in row.themes] == ["Unga", "Jämställdhet"]


def test_a_csv_with_missing_columns_is_stopped_at_the_headers(kansli, tmp_path) -> None:
    workspace, conference_id = kansli
    path = tmp_path / "fel.csv"
    path.write_text("Bord;Fråga;Fråga;Kommentar\n1;1;1;x\n", encoding="utf-8")
    review = check_file(workspace, path, conference_id=conference_id)
    assert not review.headers_ok and review.rows == ()
    assert [(p.row, p.column, p.code) for p in review.problems] == [
        (1, "Fråga", "duplicate-column"),
        (1, "Text", "missing-column"),
    ]


def test_the_cli_writes_a_template_and_imports_it(kansli, tmp_path, capsys) -> None:
    workspace, conference_id = kansli
    ws = str(workspace.dir)
    template = tmp_path / "mall.xlsx"
    assert (
        main(
            [
                "--workspace",
                ws,
                "template",
                "--conference",
                conference_id,
                "--table",
                "2",
                "-o",
                str(template),
            ]
        )
        == 0
    )
    filled = fill_sheet(
        template,
        tmp_path / "f.xlsx",
        [(None, "1", "Förslag", None, 1, "Från papperet"), (2, "1", None, None, "x", "Fel")],
    )
    capsys.readouterr()
    assert main(["--workspace", ws, "import-sheet", str(filled)]) == 1
    out = capsys.readouterr()
    assert "Anteckningar, row 4, column Röster: votes 'x' is not a whole number" in out.err
    assert "nothing was imported" in out.err
    assert main(["--workspace", ws, "import-sheet", str(filled), "--valid-only", "--by", "Kansliet"]) == 0
    assert "added 1 note to 1 table (2)" in capsys.readouterr().out
    assert main(["--workspace", ws, "import-sheet", str(filled), "--valid-only"]) == 0
    assert "already imported" in capsys.readouterr().out
    assert main(["--workspace", ws, "import-sheet", str(tmp_path / "saknas.xlsx")]) == 2


def test_a_file_the_chair_imported_in_part_still_brings_the_other_tables_in_at_the_secretariat(
    kansli, tmp_path
) -> None:
    workspace, conference_id = kansli
    template = write_template(workspace.store, conference_id, tmp_path / "mall.xlsx")
    both = fill_sheet(
        template,
        tmp_path / "två-bord.xlsx",
        [(3, "1", None, None, None, "Bord tre"), (4, "1", None, None, None, "Bord fyra")],
    )
    workspace.role = "chair"
    partial = import_reviewed(workspace, check_file(workspace, both, table=3), valid_only=True)
    assert (partial.added, partial.skipped_rows) == (1, 1)
    workspace.role = "secretariat"
    rest = import_reviewed(workspace, check_file(workspace, both))
    assert (rest.added, rest.already, rest.already_imported_at) == (1, 1, None)
    assert [len(paper_sheets(workspace.store, conference_id, t)) for t in (3, 4)] == [1, 1]
