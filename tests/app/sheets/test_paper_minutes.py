"""The table minutes say which notes were typed from paper, and print the table's photos on request."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from app import attachments, demo
from app.cli import main
from app.workspace import Workspace


def test_table_minutes_name_the_typist_and_print_the_photos_as_an_appendix(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    conference_id = demo.ensure_demo(workspace.store)
    ws = str(workspace.dir)
    sheet = tmp_path / "bord7.csv"
    sheet.write_text(
        "table;question;kind;text\n7;1;proposal;Cykelbana till skolan\n7;2;note;Fler mötesplatser\n",
        encoding="utf-8",
    )
    assert (
        main(["--workspace", ws, "import-sheet", str(sheet), "--conference", conference_id, "--by", "Eva Ek"])
        == 0
    )
    photo = tmp_path / "duken.png"
    Image.new("RGB", (400, 300), "ivory").save(photo)
    attachments.attach(workspace, conference_id, 7, photo, caption="Bordsduken", by="Eva Ek")

    plain, with_photos = tmp_path / "utan.pdf", tmp_path / "med.pdf"
    assert (
        main(["--workspace", ws, "minutes", "--conference", conference_id, "--table", "7", "-o", str(plain)])
        == 0
    )
    args = ["--workspace", ws, "minutes", "--conference", conference_id, "--table", "7", "--photos"]
    assert main([*args, "-o", str(with_photos)]) == 0

    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(plain).pages)
    assert "2 anteckningar skrevs in från bordets pappersanteckningar av sekretariatet (Eva Ek)" in text
    assert "Bilaga" not in text  # photos only when asked for: they may show handwriting or names

    reader = PdfReader(with_photos)
    last = reader.pages[-1]
    assert "Bilaga: foton av bordets papper" in last.extract_text()
    assert "Foto 1: Bordsduken (duken.png" in " ".join(last.extract_text().split())
    images = list(last.images)
    assert len(images) == 1 and Image.open(io.BytesIO(images[0].data)).size == (400, 300)
    assert (
        main(["--workspace", ws, "minutes", "--conference", conference_id, "--photos", "-o", str(plain)]) == 2
    )
