"""The table minutes' photo appendix is tagged like the rest: each photo a Figure with alternate text."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app import attachments, demo
from app.minutes.table import build_table_minutes, photo_pages
from app.workspace import Workspace

from .pdfcheck import TaggedPdf, check_all


def test_photos_print_as_tagged_figures_with_their_caption_as_alternate_text(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    conference_id = demo.ensure_demo(workspace.store)
    for name, colour in (("ark.png", "white"), ("duk.jpg", "wheat")):
        Image.new("RGB", (900, 1200), colour).save(tmp_path / name)
        attachments.attach(workspace, conference_id, 5, tmp_path / name, caption=f"Foto av {name}")
    pdf = tmp_path / "bord5.pdf"
    build_table_minutes(
        workspace.store,
        conference_id,
        5,
        pdf,
        "sv",
        photos=photo_pages(workspace, conference_id, 5),
    )
    assert check_all(pdf) == []
    checked = TaggedPdf(pdf)
    try:
        alts = [e.alt for e in checked.tree().walk() if e.role == "Figure"]
    finally:
        checked.close()
    assert alts == ["Foto 1 av bordets papper: Foto av ark.png", "Foto 2 av bordets papper: Foto av duk.jpg"]
    workspace.close()
