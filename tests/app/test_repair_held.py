"""Repair holds the store alone from its first look until the damaged file is moved aside, and repairs a
store the disk cannot read at all.

It checked "nobody has it open" once and let go: a window opened during the integrity checks that
follow (seconds on a large store) went on writing into the file moved aside. And a store whose first
page the disk could not read (a bad block under the header) was refused with no advice, while opening
the workspace said to run repair.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import notes, repair
from app.workspace import DB_NAME, Workspace
from tests import bad_block
from tests.app.older_backup import chair_with_an_older_backup, note_texts

WINDOW = """
import sys
from app import notes
from app.workspace import Workspace
try:
    w = Workspace(sys.argv[1], busy_timeout=0)
    notes.add_note(w.store, sys.argv[2], 3, 1, "Skrivet under repair")
    print("wrote")
except Exception as exc:
    print("refused:", exc)
"""


@pytest.fixture
def chair(tmp_path: Path) -> tuple[Path, str]:
    return chair_with_an_older_backup(tmp_path)


def _spoil_last_page(database: Path) -> None:
    data = bytearray(database.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[len(data) - page + 8 : len(data) - page + 40] = b"\xff" * 32
    database.write_bytes(bytes(data))


def test_a_window_opened_while_repair_checks_cannot_write_into_the_file_moved_aside(
    chair, monkeypatch
) -> None:
    folder, conference = chair
    _spoil_last_page(folder / DB_NAME)
    said: list[str] = []
    real = repair.integrity_problem

    def a_window_opens_now(path: Path):  # between repair's first look and its move: the backups' check
        if not said:
            run = subprocess.run(
                [sys.executable, "-c", WINDOW, str(folder), conference],
                cwd=Path(__file__).resolve().parents[2],
                capture_output=True,
                text=True,
                check=False,
            )
            said.append(run.stdout.strip() or run.stderr.strip())
        return real(path)

    monkeypatch.setattr(repair, "integrity_problem", a_window_opens_now)
    report = repair.repair(folder)
    assert report.restored_from is not None and report.moved_aside is not None
    assert said and said[0].startswith("refused:") and "lock" in said[0], said
    texts = note_texts(folder, conference)
    assert "Före säkerhetskopian" in texts and "Skrivet under repair" not in texts


def _unreadable_from_the_start(tmp_path: Path, folder: Path) -> dict[str, str]:
    return bad_block.environment(bad_block.build(tmp_path), folder / DB_NAME, offset=0)


def test_a_store_the_disk_cannot_read_is_restored_from_its_backup(chair, tmp_path) -> None:
    folder, conference = chair
    env = _unreadable_from_the_start(tmp_path, folder)
    listing = ["note", "list", "--conference", conference]
    code, said = bad_block.cli(folder, *listing, env=env)
    assert code == 2 and "the disk reported an error" in said and "rundabord repair" in said, said
    code, said = bad_block.cli(folder, "repair", env=env)
    assert code == 0 and "restored the backup" in said and "moved aside" in said, said
    code, said = bad_block.cli(folder, *listing, env=env)  # the restored file is a new one, read fine
    assert code == 0 and "Före säkerhetskopian" in said and "Efter säkerhetskopian" not in said, said
    assert [p for p in folder.iterdir() if p.name.startswith(f"{DB_NAME}.damaged-")]


def test_a_store_the_disk_cannot_read_is_left_while_another_program_has_it_open(chair, tmp_path) -> None:
    folder, conference = chair
    env = _unreadable_from_the_start(tmp_path, folder)
    window = Workspace(folder)  # opened before the block went bad (this process reads it fine)
    try:
        listing = sorted(p.name for p in folder.iterdir())
        code, said = bad_block.cli(folder, "repair", env=env)
        assert code == 2 and "open in another program" in said and "nothing was changed" in said, said
        assert sorted(p.name for p in folder.iterdir()) == listing
        notes.add_note(window.store, conference, 3, 1, "Fönstret skriver vidare")
    finally:
        window.close()
    assert "Fönstret skriver vidare" in note_texts(folder, conference)
