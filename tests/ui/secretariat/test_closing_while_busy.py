"""Closing both windows while work is busy: nothing touches a workspace after it closed.

The secretariat merges forty table exports, the chair's laptop syncs to a slow folder, and a new bundle
lands in the chair's outbox (its file watcher fires) — then both windows close and their workspaces
close. Work stops between bundles and files, callbacks arrive while the windows still exist, and no
watcher, timer or signal reads a closed store afterwards ("Cannot operate on a closed database").
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication

from app.sync import engine, settings
from app.workspace import Workspace
from ui.operations import running_operations
from ui.secretariat.window import SecretariatWindow

from ..chair.conftest import open_window


def test_closing_both_windows_while_sync_import_and_watcher_are_busy(
    qtbot, afternoon, secretariat_dir, demo_workspace_dir, tmp_path, monkeypatch, caplog, boxes
):
    caplog.set_level(logging.WARNING)
    secretariat = Workspace(secretariat_dir)
    chair = Workspace(demo_workspace_dir)
    share = tmp_path / "share"
    share.mkdir()
    settings.configure(chair.store, str(share))
    # A slow link: every sync step takes a moment, so the sync is surely running when the window closes.
    real_step = engine._Steps.step
    monkeypatch.setattr(
        engine._Steps, "step", lambda self, message: (time.sleep(0.05), real_step(self, message))
    )
    for number in range(5):
        (chair.outbox_dir / f"waiting-{number}.rbz").write_bytes(b"not yet sent " * 100)

    central = SecretariatWindow(secretariat)
    qtbot.addWidget(central)
    central.show()
    central.choose_conference(afternoon.conference_id)
    central.collect_view.add_paths([str(afternoon.stick)])
    qtbot.waitUntil(lambda: bool(central.collect_view.inbox.ready()), timeout=60_000)
    laptop = open_window(qtbot, chair)

    merging = central.merge_view.merge()
    syncing = laptop.sync_status.sync_now(manual=True)
    assert merging is not None and merging.is_running and syncing is not None and syncing.is_running
    (chair.outbox_dir / "just-exported.rbz").write_bytes(b"a new bundle " * 100)  # the watcher fires

    laptop.close()
    central.close()
    assert not running_operations() or all(not op.is_running for op in running_operations())
    chair.close()
    secretariat.close()
    (chair.outbox_dir / "after-closing.rbz").write_bytes(b"too late " * 100)  # a watcher must not wake
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)

    assert not [r for r in caplog.records if "closed database" in r.getMessage()]
    reopened = Workspace(secretariat_dir)  # whole: every bundle imported entirely or not at all
    try:
        assert reopened.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [
            row[0]
            for row in reopened.store.conn.execute(
                "SELECT CAST(t.value AS INTEGER) FROM bundle_imports i, json_each(i.tables) t"
            )
        ]
        assert len(tables) < 41  # the merge stopped between bundles
        for number in tables:
            count = reopened.store.conn.execute(
                "SELECT COUNT(*) FROM notes WHERE table_number = ? AND deleted = 0", (number,)
            ).fetchone()[0]
            assert count >= 3, number
    finally:
        reopened.close()
