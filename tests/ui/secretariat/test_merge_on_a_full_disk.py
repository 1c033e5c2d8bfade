"""The secretariat's disk fills while forty tables' bundles are merged (a real small filesystem, mounted
as root; skipped where that is not allowed). SQLite's "database or disk is full" reached the secretary
as "Något oväntat gick fel … berätta för sekretariatet vad du gjorde", said to the secretariat itself,
and the line under the bar said "Slår samman…" for ever. She now reads that the disk is full and what
to do, and that what was merged stays merged while the rest wait under Samla in: the report lists the
bundles merged before the disk filled (it said "Inget har slagits samman") and counts what waits."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from app.workspace import Workspace
from tests.small_disk import fill, mounted_tmpfs
from ui import msgbox

from .conftest import open_in_swedish


def test_a_full_disk_during_merge_is_said_as_such(qtbot, qapp, afternoon, tmp_path, sync_ops):
    with mounted_tmpfs(tmp_path / "disk", "size=2m") as disk:
        shutil.copytree(afternoon.secretariat_template, disk / "kansli")
        fill(disk, leave=400 * 1024)
        workspace = Workspace(disk / "kansli")
        try:
            window = open_in_swedish(qtbot, qapp, workspace, afternoon.conference_id)
            window.sync_status.automatic = False
            collect = window.collect_view
            collect.add_paths(
                [str(p) for p in sorted(afternoon.stick.glob("bord-*.rbz")) if "kopia" not in p.name]
            )
            qtbot.waitUntil(lambda: not collect.scanning and bool(collect.inbox.ready()), timeout=30000)
            merge = window.merge_view
            window.tabs.setCurrentWidget(merge)
            qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=60000)
            [box] = msgbox.open_boxes()
            said = box.text()
            assert said.startswith("Disken är full."), said
            assert "oväntat" not in said and "berätta för sekretariatet" not in said
            # The line under the bar still says why once the box is closed
            assert merge.result_label.text().startswith("Sammanslagningen avbröts: disken är full."), (
                merge.result_label.text()
            )
            box.close()
            qtbot.waitUntil(lambda: not collect.scanning, timeout=30000)
            # What was merged before the disk filled is listed, and how many wait is said
            merged = [merge.model.index(row, 2).data() for row in range(merge.model.rowCount())]
            assert merged and set(merged) == {"Sammanslaget"}, merge.result_label.text()
            waiting = len(collect.inbox.ready())
            assert waiting == merge.progress.maximum() - len(merged) > 0
            line = merge.result_label.text()
            assert "slogs samman innan dess förblir sammanslagna (listade nedan)" in line, line
            assert f"De andra {waiting} väntar under Samla in" in line, line
            window.close()
        finally:
            workspace.close()
