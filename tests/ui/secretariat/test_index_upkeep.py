"""After the secretary merges the afternoon's bundles, the search index's segments are merged by a worker,
never on the window's thread, and the window's search finds what it found before."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app import search, search_index
from ui.operations import running_operations

from .conftest import open_in_swedish


def _click_tab(qtbot, window, widget) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(widget)).center())
    assert window.tabs.currentWidget() is widget


def test_the_index_is_merged_in_a_worker_after_the_bundles_are_merged(
    qtbot, qapp, afternoon, secretariat, monkeypatch
):
    ran: list[tuple[int, search_index.Merged]] = []
    real_merge = search_index.merge

    def merge(store, **kwargs):
        # Each import commits its own segment; FTS5 may merge some as they come: keep many here.
        found_then = search.search(store, "mentorsbank", limit=100)
        done = real_merge(store, **kwargs)
        assert search.search(store, "mentorsbank", limit=100) == found_then
        ran.append((threading.get_ident(), done))
        return done

    monkeypatch.setattr(search_index, "merge", merge)
    secretariat.store.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('automerge', 0)")
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    collect = window.collect_view
    collect.add_paths([str(afternoon.stick)])
    qtbot.waitUntil(lambda: len(collect.inbox.ready()) >= 30, timeout=60_000)
    merge_view = window.merge_view
    _click_tab(qtbot, window, merge_view)
    qtbot.mouseClick(merge_view.merge_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: bool(ran) and not any(op.is_running for op in running_operations()), timeout=60_000
    )

    thread, done = ran[0]
    assert thread != threading.get_ident(), "the merge ran on the window's thread"
    assert done.done and done.steps >= 1
    assert done.segments_before is not None and done.segments_before >= 10
    assert done.segments_after is not None and done.segments_after <= 2
    assert search_index.segments(secretariat.store) == ran[-1][1].segments_after
    hits = search.search(secretariat.store, "mentorsbank", conference_id=afternoon.conference_id, limit=100)
    assert len(hits) == 39  # every trusted table's proposal, found in the merged index
