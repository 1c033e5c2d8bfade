"""Sync imports in a worker thread, through its own connection; the window's connection must still order
its next edit after every stamp that import observed (a laptop whose clock runs ahead, say)."""

from __future__ import annotations

from app.demo import ensure_demo
from app.hlc import Stamp, wall_clock_ms
from app.store import Store


def test_an_edit_orders_after_a_stamp_another_connection_observed(tmp_path):
    window = Store(tmp_path / "workspace.sqlite3")
    conference_id = ensure_demo(window)
    worker = Store(tmp_path / "workspace.sqlite3")
    ahead = Stamp(wall_clock_ms() + 10 * 60 * 1000, 0)  # the secretariat's laptop is ten minutes ahead
    with worker.transaction():
        worker.observe(ahead)
    worker.close()
    rev = window.write("conference", conference_id, {"venue": "Stadshuset"})
    edited = window.get("conference", rev)
    assert Stamp.parse(edited["rev"]) > ahead
    window.close()
