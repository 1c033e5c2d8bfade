"""A chair back next year: table 1's chair, trusted for this conference, opens the pack of
"Rundabordssamtal 2027" on the same laptop and sends table 1's notes of it to the shared folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import conferences, notes
from app.bundles import export_pack, export_table, import_files
from app.workspace import Workspace

from .conftest import Afternoon

NEXT_YEAR = "Rundabordssamtal 2027"


def returning_chair_bundle(secretariat: Workspace, afternoon: Afternoon, tmp_path: Path, share: Path) -> str:
    """Next year's conference made in the secretariat and table 1's export of it on `share`; its id."""
    description = conferences.read_conference_file(Path("resources/demo/konferens.toml"))
    description.conference["title"] = NEXT_YEAR
    description.conference["date"] = "2027-03-11"
    next_year = conferences.create_conference(secretariat.store, description)
    pack = export_pack(secretariat, next_year, tmp_path / "pack-2027.rbz").path
    laptop_dir = tmp_path / "laptop-1"
    laptops = afternoon.secretariat_template.parent / "laptops"
    shutil.copytree(laptops / "t1", laptop_dir, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    laptop = Workspace(laptop_dir)
    assert import_files(laptop, [pack])[0].status == "imported"
    notes.add_note(
        laptop.store, next_year, 1, 1, "Vi är tillbaka: samma bord, nya frågor om kollektivtrafiken"
    )
    folder = share / next_year
    folder.mkdir(parents=True, exist_ok=True)
    export_table(laptop, next_year, 1, folder / "bord-1-2027.rbz")
    laptop.close()
    return next_year
