"""The WAL keeper's thread and its connection start right after the window's first frame, not with the
window: a note entered as soon as the window shows, before the keeper runs, is still put on the disk
(fsync of the log) once it runs, and "Sparat" comes only after that. A window closed at once after a note
still leaves it on the disk. (tests/ui/test_start_path.py checks the real start: no keeper thread at the
first frame.)"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from app.workspace import DB_NAME, Workspace

from .conftest import type_text
from .real_hands import in_swedish


def _shown_with_table(qtbot, workspace, conference_id: str):
    """The window as a restart shows it: the table open, shown, and no event handled yet (no frame)."""
    from ui.chair.window import ChairWindow

    chair = ChairWindow(workspace)
    chair.sync_status.automatic = False
    qtbot.addWidget(chair)
    chair.resize(1366, 768)
    chair.open_table(conference_id, 3)
    chair.show()
    return chair


def _enter(qtbot, chair, text: str) -> None:
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)


def test_a_note_entered_before_the_keeper_runs_is_on_the_disk_before_sparat(
    qtbot, qapp, monkeypatch, demo_workspace, demo_conference_id, demo_workspace_dir
):
    in_swedish(qapp)
    wal = str(demo_workspace_dir / DB_NAME) + "-wal"
    seen: list[str] = []
    fsync = os.fsync

    def watched(fd: int) -> None:
        fsync(fd)
        if os.path.exists(wal) and os.path.samestat(os.fstat(fd), os.stat(wal)):
            seen.append("log on the disk")

    monkeypatch.setattr(os, "fsync", watched)
    chair = _shown_with_table(qtbot, demo_workspace, demo_conference_id)
    keeper = chair.editing.wal
    chair.editing.saved.connect(lambda: seen.append("saved"))
    try:
        text = "Genast när fönstret syns, säger Örjan"
        _enter(qtbot, chair, text)
        assert keeper._thread is None  # committed, and no keeper yet: the first frame is still to come
        assert any(n.text == text for n in notes.list_notes(demo_workspace.store, demo_conference_id))
        assert seen == [] and chair.saved_indicator.state != "saved"
        qtbot.waitUntil(lambda: chair.saved_indicator.state == "saved")
        assert chair.saved_indicator.text().startswith("Sparat ")
        assert keeper._thread is not None and keeper._thread.is_alive()
        assert seen[:2] == ["log on the disk", "saved"]  # the disk first, then "Sparat"
    finally:
        chair.close()
    assert not keeper._thread.is_alive()


def test_a_window_closed_at_once_after_a_note_leaves_it_on_the_disk(
    qtbot, qapp, demo_workspace, demo_conference_id, demo_workspace_dir
):
    in_swedish(qapp)
    chair = _shown_with_table(qtbot, demo_workspace, demo_conference_id)
    keeper = chair.editing.wal
    text = "Sista ordet innan första bilden, från Åsa"
    _enter(qtbot, chair, text)
    assert keeper._thread is None
    chair.close()  # before any frame: the keeper starts for the close, puts the log on the disk, ends
    QApplication.processEvents()
    assert keeper.synced(keeper._requested)
    assert not keeper._thread.is_alive()
    demo_workspace.close()
    again = Workspace(demo_workspace_dir)
    try:
        assert any(n.text == text for n in notes.list_notes(again.store, demo_conference_id))
    finally:
        again.close()
