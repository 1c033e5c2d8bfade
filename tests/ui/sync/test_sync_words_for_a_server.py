"""What a newcomer reads about a WebDAV server in Swedish: the "Vänta på servern" field says what it is
for, and an address that answers with a web page (a login page, a wrong path) is called a wrong address,
not a missing USB stick. The server (tests/app/sync/hostile_dav.py, on 127.0.0.1) answers at once: no
clock is raced."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow

from app.sync import errors, settings
from tests.app.sync.hostile_dav import PASSWORD, USER, HostileDav
from ui import i18n
from ui.sync_settings import SyncSettingsDialog
from ui.sync_status import SyncStatusWidget, attach_sync_status


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def _open_window(qtbot, qapp, workspace):
    i18n.install("sv", qapp)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Arkiv")
    status = attach_sync_status(window, workspace, menu, automatic=False)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, status


def _sync_settings(qtbot, status) -> SyncSettingsDialog:
    status.settings_action.trigger()
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SyncSettingsDialog) and w.isVisible()
    ]
    qtbot.waitExposed(dialog)
    return dialog


def test_the_wait_field_says_what_it_is_for(qtbot, qapp, demo_workspace, boxes):
    window, status = _open_window(qtbot, qapp, demo_workspace)
    dialog = _sync_settings(qtbot, status)
    _click(qtbot, dialog.target_edit)
    qtbot.keyClicks(dialog.target_edit, "https://moln.example.se/remote.php/dav/files/anna/rundabord/")
    assert dialog.timeout_spin.isEnabled()
    tip = dialog.timeout_spin.toolTip()
    assert tip.startswith("Hur länge Rundabord väntar på att servern ska svara"), tip
    assert "Öka tiden bara om en långsam server" in tip, tip
    dialog.reject()
    window.close()


def test_a_web_page_at_the_address_is_a_wrong_address_not_a_usb_stick(
    qtbot, qapp, demo_workspace, plain_bundle, boxes
):
    plain_bundle(demo_workspace.outbox_dir, conference="konf-1")
    window, status = _open_window(qtbot, qapp, demo_workspace)
    server = HostileDav().start()
    try:
        dialog = _sync_settings(qtbot, status)
        dialog.target_edit.setText(server.url)
        dialog.user_edit.setText(USER)
        dialog.password_edit.setText(PASSWORD)
        server.misbehave("PROPFIND", "html")  # a login page or a captive portal where the folder should be
        with qtbot.waitSignal(dialog.accepted):
            _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        assert settings.configured_target(demo_workspace.store) == server.url
        qtbot.waitUntil(lambda: not status.is_running, timeout=60_000)  # the sync new settings start
        boxes.warning.reset_mock()
        with qtbot.waitSignal(status.sync_failed, timeout=60_000) as failed:
            status.sync_now_action.trigger()  # "Synka nu"
        assert failed.args[0] == errors.MISSING
        boxes.warning.assert_called_once()
        title, text = boxes.warning.call_args.args[1:3]
        assert title == "Synken misslyckades", title
        assert text.startswith("Servern har ingen synkmapp på den här adressen."), text
        assert "Synkinställningar" in text and "/remote.php/dav/files/" in text, text
        assert "USB" not in text, text
        assert "web page" in boxes.warning.call_args.kwargs["details"]
        [face] = window.statusBar().findChildren(SyncStatusWidget)
        assert "Servern har ingen synkmapp" in face.toolTip(), face.toolTip()
    finally:
        server.release()
        status.stop()
        qtbot.waitUntil(lambda: not status.is_running, timeout=60_000)
        window.close()
        server.close()


def test_a_missing_folder_target_still_asks_for_the_stick(qtbot, qapp, demo_workspace, tmp_path):
    window, status = _open_window(qtbot, qapp, demo_workspace)
    status.target = str(tmp_path / "USB" / "rundabord")  # a folder target, as `refresh` reads it
    assert status.explain(errors.MISSING).startswith("Synkmappen"), status.explain(errors.MISSING)
    assert "USB" in status.explain(errors.MISSING)
    window.close()
