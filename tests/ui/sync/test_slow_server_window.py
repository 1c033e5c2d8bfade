"""A slow or broken WebDAV server seen from the window, in Swedish: the sync runs off the UI thread with
its progress shown, a server that never answers ends in the user's own timeout (set in Sync settings)
and a Swedish dialog, and the next sync completes once the server behaves.

The server (tests/app/sync/hostile_dav.py, on 127.0.0.1) holds its requests until the test lets them go:
nothing here races a clock."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QProgressDialog

from app.sync import errors, settings
from tests.app.sync.hostile_dav import PASSWORD, USER, HostileDav
from ui import i18n
from ui.sync_settings import SyncSettingsDialog
from ui.sync_status import SyncStatusWidget, attach_sync_status


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def _progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def _set_in_sync_settings(qtbot, status, workspace, seconds: str, server: HostileDav) -> None:
    status.settings_action.trigger()
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SyncSettingsDialog) and w.isVisible()
    ]
    qtbot.waitExposed(dialog)
    dialog.target_edit.setText(server.url)
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText(PASSWORD)
    dialog.timeout_spin.selectAll()
    dialog.timeout_spin.lineEdit().setFocus()
    qtbot.keyClicks(dialog.timeout_spin.lineEdit(), seconds)
    assert dialog.timeout_spin.value() == float(seconds)
    with qtbot.waitSignal(dialog.accepted):
        _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert settings.configured_timeout(workspace.store) == float(seconds)
    qtbot.waitUntil(lambda: not status.is_running, timeout=60_000)  # the sync new settings start
    dialog.close()


def test_a_slow_server_in_the_window(qtbot, qapp, demo_workspace, plain_bundle, boxes):
    i18n.install("sv", qapp)
    plain_bundle(demo_workspace.outbox_dir, conference="konf-1")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Arkiv")
    status = attach_sync_status(window, demo_workspace, menu, automatic=False)
    [face] = window.statusBar().findChildren(SyncStatusWidget)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    server = HostileDav().start()
    try:
        # The secretary sets the server, and the longest wait for it, in Sync settings.
        _set_in_sync_settings(qtbot, status, demo_workspace, "3600", server)
        boxes.warning.reset_mock()

        # A server that answers only when let go: the window stays alive, says it syncs, shows progress.
        server.misbehave("PROPFIND", "pause")
        server.held.clear()
        status.sync_now_action.trigger()
        qtbot.waitUntil(server.held.is_set, timeout=30_000)  # the UI thread ran on while the worker waited
        assert status.is_running and face.label.text() == "Synkar med 127.0.0.1…"
        assert not status.sync_now_action.isEnabled()
        qtbot.waitUntil(lambda: len(_progress_dialogs()) == 1, timeout=30_000)
        assert _progress_dialogs()[0].windowTitle() == "Synkar"
        with qtbot.waitSignal(status.synced, timeout=60_000):
            server.release()
        assert status.pending == 0 and not status.is_running

        # A server that never answers: the secretary's own timeout, shortened, ends it in a Swedish dialog.
        _set_in_sync_settings(qtbot, status, demo_workspace, "1", server)
        plain_bundle(demo_workspace.outbox_dir, conference="konf-1")
        server.behave()
        server.held.clear()
        server._release.clear()
        for method in ("PROPFIND", "GET", "PUT", "MKCOL", "MOVE"):
            server.misbehave(method, "hold")
        with qtbot.waitSignal(status.sync_failed, timeout=60_000) as failed:
            status.sync_now_action.trigger()
        assert server.held.is_set()  # it was held, never answered: the timeout ended the wait
        assert failed.args[0] == errors.TIMEOUT
        boxes.warning.assert_called_once()
        title, text = boxes.warning.call_args.args[1:3]
        assert title == "Synken misslyckades", title
        assert text.startswith("Servern svarade inte i tid. Rundabord försöker igen."), text
        assert "under Synkinställningar (Vänta på servern)" in text, text  # where to give it longer
        assert "did not answer in time" in boxes.warning.call_args.kwargs["details"]
        assert "synken misslyckades: inget svar" in face.label.text(), face.label.text()
        assert status.pending == 1

        # The server behaves again: the next sync delivers (with the longest patience again, so that a
        # busy machine's slow answers cannot pass for a silent server).
        server.behave()
        _set_in_sync_settings(qtbot, status, demo_workspace, "3600", server)
        with qtbot.waitSignal(status.synced, timeout=60_000):
            status.sync_now_action.trigger()
        assert status.pending == 0 and status.last_error_kind == ""
        assert sum(1 for name in server.files if not name.rpartition("/")[2].startswith(".")) == 2
    finally:
        server.release()
        status.stop()
        qtbot.waitUntil(lambda: not status.is_running, timeout=60_000)
        server.close()


def test_closing_the_window_ends_a_wait_for_a_silent_server(qtbot, qapp, demo_workspace, plain_bundle, boxes):
    """The chair closes her laptop's window while the server holds the sync's request (and her timeout is
    the longest there is): the window's Cancel ends the wait at once, and nothing is left running."""
    from tests.ui.chair.conftest import open_window
    from ui.operations import running_operations

    plain_bundle(demo_workspace.outbox_dir, conference="konf-1")
    server = HostileDav().start()
    try:
        settings.configure(demo_workspace.store, server.url, user=USER, password=PASSWORD)
        settings.set_timeout(demo_workspace.store, settings.LONGEST_TIMEOUT)
        server.misbehave("PROPFIND", "hold")
        chair = open_window(qtbot, demo_workspace)
        chair.sync_status.sync_now(manual=True)
        qtbot.waitUntil(server.held.is_set, timeout=30_000)
        assert chair.sync_status.is_running
        chair.close()  # its closeEvent cancels what runs and waits for it
        assert [op for op in running_operations() if op.is_running] == []  # ended, not waited out
        boxes.warning.assert_not_called()  # a cancel is not a failure
    finally:
        server.close()


def test_two_windows_on_one_workspace_sync_one_at_a_time(qtbot, qapp, demo_workspace, plain_bundle, boxes):
    """Two windows open on one workspace folder: while the first one's sync waits on the server, Sync
    now in the second says in Swedish that another sync runs; the second then syncs once the first ended."""
    from app.workspace import Workspace
    from ui.sync_status import SyncStatus

    i18n.install("sv", qapp)
    plain_bundle(demo_workspace.outbox_dir, conference="konf-1")
    server = HostileDav().start()
    other = Workspace(demo_workspace.dir)  # the second window's own connection
    first = second = None
    try:
        settings.configure(demo_workspace.store, server.url, user=USER, password=PASSWORD)
        windows = []
        for _ in range(2):
            window = QMainWindow()
            qtbot.addWidget(window)
            windows.append(window)
        first = SyncStatus(demo_workspace, windows[0], automatic=False)
        second = SyncStatus(other, windows[1], automatic=False)
        server.misbehave("PROPFIND", "pause")
        first.sync_now(manual=True)
        qtbot.waitUntil(server.held.is_set, timeout=30_000)
        with qtbot.waitSignal(second.sync_failed, timeout=60_000) as failed:
            second.sync_now_action.trigger()
        assert failed.args[0] == errors.BUSY
        boxes.warning.assert_called_once()
        assert boxes.warning.call_args.args[1:3] == (
            "Synken misslyckades",
            "Ett annat fönster eller kommando synkar den här arbetsytan just nu. Rundabord försöker igen "
            "när det är klart.",
        )
        with qtbot.waitSignal(first.synced, timeout=60_000):
            server.release()
        with qtbot.waitSignal(second.synced, timeout=60_000):
            second.sync_now_action.trigger()
        assert first.pending == 0 and second.last_error_kind == ""
    finally:
        server.release()
        for status in (first, second):
            if status is not None:
                status.stop()
                qtbot.waitUntil(lambda s=status: not s.is_running, timeout=60_000)
        server.close()
        other.close()
