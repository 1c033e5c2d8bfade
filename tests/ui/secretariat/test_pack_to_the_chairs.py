"""The secretariat corrects the conference after the chairs opened its pack, and exports the pack again
from the window (Arkiv › Exportera konferenspaket…, by mouse, in Swedish). With a sync target, the chairs'
laptops get it on their next sync; before, the window only saved a file nobody fetched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app import conferences
from app.bundles import export_pack, import_files
from app.bundles.identity import create_identity
from app.cli import main as cli
from app.sync import settings
from app.workspace import Workspace
from ui import msgbox

from .conftest import open_in_swedish


def _click_menu_entry(qtbot, window, menu, action) -> None:
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_a_pack_exported_again_from_the_window_reaches_the_chairs_by_sync(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, tmp_path, monkeypatch
):
    office = demo_workspace
    create_identity(office, "Region Exempellän, kansliet")
    shared = tmp_path / "delad"
    shared.mkdir()
    settings.configure(office.store, str(shared))
    chair = Workspace.create(tmp_path / "karin", "chair")  # opened the first pack last week
    [receipt] = import_files(chair, [export_pack(office, demo_conference_id, tmp_path / "v1.rbz").path])
    assert receipt.status == "imported"
    assert cli(["--workspace", str(chair.dir), "sync", "configure", "--target", str(shared)]) == 0

    window = open_in_swedish(qtbot, qapp, office, demo_conference_id)
    window.sync_status.automatic = False
    window.prepare_view.title_edit.setText("Rundabordssamtal våren 2026 – ny lokal")
    window.prepare_view.title_edit.editingFinished.emit()
    saved = tmp_path / "Konferenspaket.rbz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Arkiv"]
    [export] = [a for a in file_menu.actions() if a.text() == "&Exportera konferenspaket…"]
    _click_menu_entry(qtbot, window, file_menu, export)
    qtbot.waitUntil(lambda: any("utkorgen" in b.text() for b in msgbox.open_boxes()), timeout=10000)
    assert saved.exists()  # the file to mail or hand over, as before
    for box in msgbox.open_boxes():
        box.close()
    sync = window.sync_status.sync_now(manual=True)  # "Synka nu"
    qtbot.waitUntil(lambda: not sync.is_running, timeout=10000)
    for box in msgbox.open_boxes():
        box.close()
    QApplication.processEvents()
    window.close()

    assert cli(["--workspace", str(chair.dir), "sync"]) == 0  # Karin's laptop syncs
    title = conferences.conference(chair.store, demo_conference_id).title
    assert title == "Rundabordssamtal våren 2026 – ny lokal"
    chair.close()
