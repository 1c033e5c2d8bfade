"""Errors a chair understands. A read-only or full workspace, and one held by another program,
are said in Swedish with the advice that fits; export failures say what failed; the window warns at
start when the workspace cannot be written. The failures are real SQLite refusals, not mocks."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.workspace import DB_NAME, Workspace

from .conftest import open_window, type_text
from .real_hands import in_swedish, open_table


def add_by_keyboard(qtbot, chair, text: str) -> None:
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)


def test_a_read_only_workspace_says_read_only_not_disk_full(
    qtbot, qapp, boxes, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    demo_workspace.store.conn.execute("PRAGMA query_only = 1")  # SQLite now refuses every write
    add_by_keyboard(qtbot, chair, "Den här sparas inte")
    text = boxes.error.call_args.args[2]
    assert "skrivskydd" in text and "full" not in text
    assert chair.saved_indicator.text() == "INTE sparat: disken är skrivskyddad"
    assert chair.entry.toPlainText() == "Den här sparas inte"  # nothing typed is lost
    chair.close()


def test_a_full_disk_says_full(qtbot, qapp, boxes, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    conn = demo_workspace.store.conn
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")
    chair.add_note("Lång anteckning " * 2000)
    text = boxes.error.call_args.args[2]
    assert "Disken är full" in text
    chair.close()


def test_the_window_warns_at_start_when_another_program_holds_the_workspace(
    qtbot, qapp, boxes, demo_workspace_dir
):
    in_swedish(qapp)
    holder = sqlite3.connect(demo_workspace_dir / DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    workspace = Workspace(demo_workspace_dir)
    try:
        chair = open_window(qtbot, workspace)
        qtbot.waitUntil(lambda: boxes.warning.called)
        title, text = boxes.warning.call_args.args[1:3]
        assert title == "Det går inte att skriva i arbetsytan"
        assert "Ett annat program" in text
        assert chair.saved_indicator.state == "failed"
        chair.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        workspace.close()


def test_an_export_that_cannot_write_says_what_failed(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    from app.bundles.identity import create_identity

    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair.add_note("Något att exportera")
    outbox = demo_workspace.dir / "outbox"
    outbox.mkdir(exist_ok=True)
    outbox.rmdir()
    outbox.write_text("a file where the outbox folder should be")  # the write fails for real
    chair.export_flow.run_export()
    QApplication.processEvents()
    text = boxes.error.call_args.args[2]
    assert "utkorgen" in text and "något oväntat" not in text.lower()
    chair.close()
