"""The chair's window reads its sync summary right after its first frame is painted (not before it), and
shows it then; until then the status bar says nothing rather than "No sync target"."""

from __future__ import annotations

from app.sync import settings


def test_the_sync_summary_is_read_after_the_first_frame_and_then_shown(
    qtbot, demo_workspace, share, plain_bundle
):
    from ui.chair.window import ChairWindow
    from ui.sync_status import SyncStatusWidget

    settings.configure(demo_workspace.store, str(share))
    plain_bundle(demo_workspace.outbox_dir)
    window = ChairWindow(demo_workspace)
    qtbot.addWidget(window)
    widget = window.statusBar().findChild(SyncStatusWidget)
    assert not window.sync_status.read and widget.label.text() == ""  # never "No sync target" first
    assert not window.sync_status.sync_now_action.isEnabled()
    window.sync_status.automatic = False
    window.show()
    qtbot.waitUntil(lambda: window.sync_status.read)
    assert widget.label.text() == "1 to send · never synced · share"
    assert window.sync_status.sync_now_action.isEnabled()
    window.close()
