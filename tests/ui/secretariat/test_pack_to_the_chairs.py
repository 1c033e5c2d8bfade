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
from ui.collector import top_level_widgets

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


def test_exporting_the_pack_before_the_key_exists_says_so_in_swedish_and_opens_the_key_dialog(
    qtbot, qapp, tmp_path, sync_ops, monkeypatch
):
    from ui.secretariat.key_panel import CreateKeyDialog
    from ui.secretariat.new_conference import NewConferenceDialog

    from ..chair.conftest import type_text

    office = Workspace.create(tmp_path / "kansli", "secretariat")  # a first start: no demo, no key
    window = open_in_swedish(qtbot, qapp, office)
    window.sync_status.automatic = False
    prepare = window.prepare_view
    qtbot.mouseClick(prepare.new_button, Qt.MouseButton.LeftButton)  # "Ny konferens…"
    [dialog] = [w for w in top_level_widgets() if isinstance(w, NewConferenceDialog)]
    type_text(qtbot, dialog.process_combo.lineEdit(), "Länets tillväxtprogram")
    type_text(qtbot, dialog.title_edit, "Rundabordssamtal hösten 2026 i Åre")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.conference() is not None, timeout=3000)
    asked: list[str] = []
    saved = tmp_path / "Konferenspaket.rbz"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("path") or str(saved), "")
    )

    qtbot.mouseClick(prepare.export_button, Qt.MouseButton.LeftButton)  # "Exportera konferenspaket…"
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=3000)
    [box] = msgbox.open_boxes()
    assert box.text().startswith("Konferenspaketet signeras med sekretariatets nyckel")
    assert "rundabord" not in box.text() and "identity" not in box.text()
    assert not asked, "no file name is asked for a pack that cannot be signed"
    qtbot.mouseClick(box.button(msgbox.Button.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, CreateKeyDialog) for w in top_level_widgets()))
    [create] = [w for w in top_level_widgets() if isinstance(w, CreateKeyDialog)]
    type_text(qtbot, create.name_edit, "Region Jämtland Härjedalen, kansliet")
    qtbot.keyClick(create.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: prepare.key_panel.identity() is not None, timeout=3000)

    qtbot.mouseClick(prepare.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(saved.exists, timeout=10000)
    for box in msgbox.open_boxes():
        box.close()
    window.close()
    office.close()
