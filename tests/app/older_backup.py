"""A chair's workspace whose newest backup is older than its last note, for the tests of repair and of
a store in use (tests/app/test_repair_held.py, tests/app/test_store_in_use_or_unwritable.py)."""

from __future__ import annotations

from pathlib import Path

from app import backup, notes
from app.demo import ensure_demo
from app.workspace import Workspace


def chair_with_an_older_backup(tmp_path: Path) -> tuple[Path, str]:
    """(folder, conference id) of a chair's workspace whose newest backup is older than its last note."""
    folder = tmp_path / "bord 7 åäö"
    workspace = Workspace.create(folder, "chair")
    try:
        if workspace.daily_check is not None:  # its own backup first, not one taken after the notes
            workspace.daily_check.wait()
        conference = ensure_demo(workspace.store)
        notes.add_note(workspace.store, conference, 3, 1, "Före säkerhetskopian")
        backup.take(workspace.store, folder, backup.DAILY)
        notes.add_note(workspace.store, conference, 3, 1, "Efter säkerhetskopian")
    finally:
        workspace.close()
    return folder, conference


def note_texts(folder: Path, conference: str) -> set[str]:
    """The texts of the conference's notes in the workspace at `folder`, opened and closed here."""
    workspace = Workspace(folder)
    try:
        return {n.text for n in notes.list_notes(workspace.store, conference)}
    finally:
        workspace.close()
