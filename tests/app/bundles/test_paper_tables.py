"""A chair's laptop types a table's paper sheet in; the notes travel signed and merge at the secretariat."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PIL import Image

from app import attachments, notes
from app.bundles import export_table, import_files
from app.bundles.importer import IMPORTED
from app.cli import main
from app.errors import UserError
from app.sheets.importing import paper_sheets
from app.sheets.service import check_file, import_reviewed
from app.sheets.template import FIRST_ROW, write_template


def test_a_chair_side_sheet_import_is_exported_signed_and_merged_at_the_secretariat(
    world, chair, secretariat, tmp_path
) -> None:
    template = write_template(chair.store, world.conference_id, tmp_path / "mall.xlsx", table=world.table)
    book = load_workbook(template)
    sheet = book["Anteckningar"]
    for offset, (question, kind, text) in enumerate(
        [("1", "Förslag", "Pendelbuss till industriområdet"), ("2", "Ledord", "Mod")]
    ):
        for column, value in ((2, question), (3, kind), (6, text)):
            sheet.cell(row=FIRST_ROW + offset, column=column, value=value)
    book.save(tmp_path / "ifylld.xlsx")

    review = check_file(chair, tmp_path / "ifylld.xlsx", table=world.table)
    assert review.ok
    assert import_reviewed(chair, review).added == 2  # typed by the chair's identity, Anna Berg
    result = export_table(chair, world.conference_id, world.table, tmp_path / "bord3.rbz")
    assert result.counts["paper_sheet"] == 1

    [receipt] = import_files(secretariat, [result.path])
    assert receipt.status == IMPORTED, receipt.reason
    texts = {
        n.text for n in notes.list_notes(secretariat.store, world.conference_id, table_number=world.table)
    }
    assert {"Pendelbuss till industriområdet", "Mod"} <= texts
    [typed] = paper_sheets(secretariat.store, world.conference_id, world.table)
    assert (typed["typed_by"], typed["typed_by_role"], len(typed["notes"])) == ("Anna Berg", "chair", 2)

    # The secretariat got the same paper sheet by e-mail too: importing it adds nothing.
    again = import_reviewed(secretariat, check_file(secretariat, tmp_path / "ifylld.xlsx"))
    assert again.added == 0


def test_attach_and_list_from_the_cli(world, chair, tmp_path, capsys) -> None:
    photo = tmp_path / "blädderblock.png"
    Image.new("RGB", (30, 20), "white").save(photo)
    ws = str(chair.dir)
    args = [
        "--workspace",
        ws,
        "attach",
        "--conference",
        world.conference_id,
        "--table",
        "3",
        "--caption",
        "Blädderblock",
    ]
    assert main([*args, str(photo)]) == 0
    assert "attached blädderblock.png to table 3 (30×20 pixels" in capsys.readouterr().out
    assert main(["--workspace", ws, "attachments", "--conference", world.conference_id]) == 0
    assert "Blädderblock" in capsys.readouterr().out
    (tmp_path / "fel.png").write_text("hej")
    assert main([*args, str(tmp_path / "fel.png")]) == 2
    assert "not a PNG or JPEG" in capsys.readouterr().err


def test_a_table_takes_no_more_photos_than_one_bundle_carries(world, chair, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENTS", 2)
    for colour in ("red", "green"):
        Image.new("RGB", (10, 10), colour).save(tmp_path / f"{colour}.png")
        attachments.attach(chair, world.conference_id, world.table, tmp_path / f"{colour}.png")
    Image.new("RGB", (10, 10), "blue").save(tmp_path / "blue.png")
    with pytest.raises(UserError, match="already has 2 photos"):
        attachments.attach(chair, world.conference_id, world.table, tmp_path / "blue.png")
    assert attachments.attach(chair, world.conference_id, world.table, tmp_path / "red.png")  # the same: fine
