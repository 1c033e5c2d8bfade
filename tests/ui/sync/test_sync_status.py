"""The sync status in the windows: always visible, Sync now, retries with backoff, clear messages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6 import QtCore
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMainWindow, QWidget

from app.sync import engine, errors, settings
from ui.sync_status import SyncStatus, SyncStatusWidget, attach_sync_status


def _make(qtbot, workspace, **options) -> SyncStatus:
    """A SyncStatus owned by a widget that qtbot deletes after the test (no Qt object outlives it)."""
    options.setdefault("automatic", False)
    holder = QWidget()
    qtbot.addWidget(holder)
    return SyncStatus(workspace, holder, **options)


def _label(qtbot, status: SyncStatus) -> str:
    widget = SyncStatusWidget(status)
    qtbot.addWidget(widget)
    return widget.label.text()


def _grab(widget, name: str, folder: Path) -> None:
    """A screenshot to look at: into $RUNDABORD_SHOTS when set, else the test's tmp folder."""
    folder = Path(os.environ.get("RUNDABORD_SHOTS") or folder)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"sync-{name}.png"))


class _Noon(QDateTime):
    """The label's "now": a fixed local noon, so no sync finishes on the eve of the day it is shown."""

    @staticmethod
    def currentDateTime() -> QDateTime:
        return QDateTime(QDate(2026, 12, 5), QTime(12, 0))


def test_status_shows_pending_target_and_last_sync(
    qtbot, demo_workspace, share, plain_bundle, sync_ops, boxes, monkeypatch
):
    # A fixed clock for both the sync's record and the label: a sync at 23:59:59 read at 00:00 would
    # rightly be shown with its date.
    finished = QDateTime(QDate(2026, 12, 5), QTime(8, 35, 20))  # local time, that morning
    monkeypatch.setattr(engine, "now_utc", lambda: finished.toUTC().toString(Qt.DateFormat.ISODate))
    monkeypatch.setattr(QtCore, "QDateTime", _Noon)
    status = _make(qtbot, demo_workspace)
    widget = SyncStatusWidget(status)
    qtbot.addWidget(widget)
    assert widget.label.text() == "No sync target"
    assert not status.sync_now_action.isEnabled()

    settings.configure(demo_workspace.store, str(share))
    plain_bundle(demo_workspace.outbox_dir)
    plain_bundle(demo_workspace.outbox_dir)
    status.refresh()
    assert widget.label.text() == "2 to send · never synced · share"
    assert str(share) in widget.toolTip()
    assert status.sync_now_action.isEnabled()

    with qtbot.waitSignal(status.synced) as done:
        status.sync_now_action.trigger()
    assert len(done.args[0].pushed) == 2
    assert status.pending == 0
    assert widget.label.text() == "nothing to send · synced 08:35 · share"
    assert len(list(share.rglob("*.rbz"))) == 2
    boxes.warning.assert_not_called()
    widget.resize(widget.sizeHint())
    _grab(widget, "status-synced", share.parent)


def test_wrong_credentials_are_said_once_and_not_retried(
    qtbot, demo_workspace, dav, plain_bundle, sync_ops, boxes
):
    settings.configure(demo_workspace.store, dav.url, user=dav.user, password="fel lösen")
    plain_bundle(demo_workspace.outbox_dir)
    status = _make(qtbot, demo_workspace, automatic=True, soon_seconds=3600, backoff_seconds=(3600,))
    with qtbot.waitSignal(status.sync_failed) as failed:
        status.sync_now()
    assert failed.args[0] == errors.AUTH
    boxes.warning.assert_called_once()
    assert "user name or password" in boxes.warning.call_args.args[2]
    assert "401" in boxes.warning.call_args.kwargs["details"]
    assert not status.timer.isActive()  # guessing again could lock the account
    assert status.pending == 1 and "wrong user name or password" in _label(qtbot, status)
    status.sync_now()  # an automatic attempt: the same message is not shown again
    boxes.warning.assert_called_once()


def test_a_full_server_is_said_and_retried_with_growing_pauses(
    qtbot, demo_workspace, dav, plain_bundle, sync_ops, boxes
):
    settings.configure(demo_workspace.store, dav.url, user=dav.user, password=dav.password)
    bundle = plain_bundle(demo_workspace.outbox_dir)
    dav.faults.status, dav.faults.methods = 507, ("PUT",)
    status = _make(
        qtbot, demo_workspace, automatic=True, soon_seconds=3600, backoff_seconds=(1000, 2000, 4000)
    )
    status.sync_now()
    assert status.last_error_kind == errors.FULL
    boxes.warning.assert_called_once()
    assert "full" in boxes.warning.call_args.args[2]
    assert status.timer.isActive() and status.timer.interval() == 1000 * 1000
    status.sync_now()
    status.sync_now()
    assert status.timer.interval() == 4000 * 1000 and status.failures == 3
    status.sync_now()
    assert status.timer.interval() == 4000 * 1000  # the pause stops growing at the last step
    boxes.warning.assert_called_once()
    assert bundle.exists() and status.pending == 1
    dav.faults.status = None
    status.sync_now()
    assert status.pending == 0 and status.failures == 0 and status.last_error_kind == ""
    assert status.timer.interval() == status.idle_seconds * 1000


def test_automatic_retry_delivers_once_the_server_is_back(
    qtbot, demo_workspace, tmp_path, plain_bundle, boxes, loopback_module
):
    """Real worker threads: the retry timer fires, the sync runs off the UI thread, the outbox empties."""
    server = loopback_module.LoopbackWebDav(
        tmp_path / "dav"
    )  # its own server, its port held until closed (threads joined) below
    settings.configure(demo_workspace.store, server.url, user=server.user, password=server.password)
    plain_bundle(demo_workspace.outbox_dir)
    status = _make(
        qtbot,
        demo_workspace,
        automatic=True,
        soon_seconds=0.01,
        backoff_seconds=(0.2, 0.4),
        idle_seconds=3600,
    )
    try:
        qtbot.waitUntil(lambda: status.last_error_kind == errors.UNREACHABLE, timeout=15_000)
        assert status.timer.isActive()
        assert "not reachable" in _label(qtbot, status)
        server.start()
        qtbot.waitUntil(lambda: status.pending == 0 and not status.is_running, timeout=15_000)
        assert status.last_error_kind == "" and len(list(server.root.rglob("*.rbz"))) == 1
        boxes.warning.assert_not_called()  # no dialogs for an automatic attempt without network
    finally:
        status.stop()
        qtbot.waitUntil(lambda: not status.is_running, timeout=15_000)
        server.close()


def test_a_new_bundle_in_the_outbox_goes_out_soon(
    qtbot, demo_workspace, share, plain_bundle, sync_ops, boxes
):
    settings.configure(demo_workspace.store, str(share))
    status = _make(qtbot, demo_workspace, automatic=True, soon_seconds=0.05, idle_seconds=3600)
    qtbot.waitUntil(lambda: status.last_success != "", timeout=5000)  # the first look after start
    plain_bundle(demo_workspace.outbox_dir)
    qtbot.waitUntil(lambda: len(list(share.rglob("*.rbz"))) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: status.pending == 0, timeout=5000)
    status.stop()


def test_a_sync_the_user_asked_for_reports_its_failure(
    qtbot, demo_workspace, tmp_path, plain_bundle, sync_ops, boxes
):
    stick = tmp_path / "stick"
    stick.mkdir()
    settings.configure(demo_workspace.store, str(stick))
    stick.rmdir()  # the stick was pulled out
    plain_bundle(demo_workspace.outbox_dir)
    status = _make(qtbot, demo_workspace)
    status.sync_now_action.trigger()
    boxes.warning.assert_called_once()
    assert "USB stick plugged in" in boxes.warning.call_args.args[2]
    assert status.pending == 1


def test_no_target_says_where_to_set_one(qtbot, demo_workspace, sync_ops, boxes):
    status = _make(qtbot, demo_workspace)
    assert status.sync_now(manual=True) is None
    boxes.information.assert_called_once()
    assert "Sync settings" in boxes.information.call_args.args[2]


def test_attached_to_a_window(qtbot, demo_workspace, share, plain_bundle):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File")
    settings.configure(demo_workspace.store, str(share))
    plain_bundle(demo_workspace.outbox_dir)
    status = attach_sync_status(window, demo_workspace, menu, automatic=False)
    assert status.sync_now_action in menu.actions() and status.settings_action in menu.actions()
    [widget] = window.statusBar().findChildren(SyncStatusWidget)
    assert widget.label.text() == "1 to send · never synced · share"
    window.resize(640, 200)
    window.show()
    qtbot.waitExposed(window)
    _grab(window, "window-status-bar", share.parent)


def test_swedish(qtbot, qapp, demo_workspace, share, plain_bundle):
    from ui import i18n

    loaded = i18n.install("sv", qapp)
    if not any(name.endswith("sync_sv.qm") for name in loaded):
        pytest.fail("resources/translations/sync_sv.qm is not built: run `make translations`")
    settings.configure(demo_workspace.store, str(share))
    plain_bundle(demo_workspace.outbox_dir)
    status = _make(qtbot, demo_workspace)
    assert status.sync_now_action.text() == "S&ynka nu"
    assert status.summary() == "1 att skicka · aldrig synkad · share"
    assert "inte användarnamnet eller lösenordet" in status.explain(errors.AUTH)
    widget = SyncStatusWidget(status)
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    _grab(widget, "status-swedish", share.parent)


def test_progress_words_follow_the_window_language(qapp):
    from ui import i18n
    from ui.sync_status import _progress_text

    assert _progress_text("sending a.rbz") == "Sending a.rbz"
    i18n.install("sv", qapp)
    assert _progress_text("fetching b.rbz") == "Hämtar b.rbz"
    assert _progress_text("something else") == "something else"


def test_syncing_is_shown_while_the_worker_runs(qtbot, demo_workspace, dav, plain_bundle, boxes):
    settings.configure(demo_workspace.store, dav.url, user=dav.user, password=dav.password)
    plain_bundle(demo_workspace.outbox_dir)
    dav.faults.stall_seconds, dav.faults.methods = 0.5, ("PUT",)
    status = _make(qtbot, demo_workspace)
    widget = SyncStatusWidget(status)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(status.synced, timeout=15_000):
        status.sync_now()
        assert widget.label.text() == "Syncing with 127.0.0.1…" and not status.sync_now_action.isEnabled()
    assert widget.label.text().startswith("nothing to send · synced ") and status.sync_now_action.isEnabled()


def test_a_forbidden_account_is_said_once_and_retried(
    qtbot, demo_workspace, dav, plain_bundle, sync_ops, boxes
):
    settings.configure(demo_workspace.store, dav.url, user=dav.user, password=dav.password)
    plain_bundle(demo_workspace.outbox_dir)
    dav.faults.status, dav.faults.methods = 403, ("PUT",)
    status = _make(qtbot, demo_workspace, automatic=True, soon_seconds=3600, backoff_seconds=(1000,))
    status.sync_now()
    status.sync_now()
    boxes.warning.assert_called_once()
    assert "write access" in boxes.warning.call_args.args[2]
    assert status.timer.isActive() and status.last_error_kind == errors.FORBIDDEN


def test_a_refused_bundle_is_reported_after_a_sync_the_user_asked_for(
    qtbot, demo_workspace, share, sync_ops, boxes
):
    demo_workspace.role = "secretariat"
    settings.configure(demo_workspace.store, str(share))
    name = "0f3c2a52-7d2e-4c55-9d3d-0a7a0a1b2c3d.rbz"
    (share / "c0nference-1").mkdir()
    (share / "c0nference-1" / name).write_bytes(b"this is no bundle at all " * 40)
    status = _make(qtbot, demo_workspace)
    status.sync_now_action.trigger()
    boxes.warning.assert_called_once()
    assert boxes.warning.call_args.args[1] == "Sync finished with problems"
    assert name in boxes.warning.call_args.kwargs["details"]
    assert status.last_error_kind == "" and any(name in line for line in status.tooltip().splitlines())
    assert "Last sync: nothing new to send or fetch" in status.tooltip()
