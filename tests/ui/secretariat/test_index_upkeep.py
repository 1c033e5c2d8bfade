"""After the secretary merges the afternoon's bundles, the search index's segments are merged by a worker,
never on the window's thread, and the window's search finds what it found before."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes, search, search_index
from ui.operations import running_operations
from ui.secretariat.notes_model import COL_TEXT

from ..chair.conftest import type_text
from .conftest import open_in_swedish, open_review_by_keys


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


TEXTS = ("Kvällsbussar till Åsele", "Bredband i varje by", "Läxhjälp på biblioteket", "Mötesplats för äldre")


def _edit_text(qtbot, review, row: int, text: str) -> None:
    cell = review.view.visualRect(review.model.index(row, COL_TEXT)).center()
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_secretarys_own_edits_are_merged_in_a_worker_once_they_left_a_few_segments(
    qtbot, qapp, demo_workspace, demo_conference_id, monkeypatch
):
    """Each saved edit writes small segments; FTS5 merges none by itself (app/search_index.py), so the
    window does, in a worker, once its edits have left `EDITS_BEFORE_MERGE` of them on the lowest level."""
    store = demo_workspace.store
    ids = [notes.add_note(store, demo_conference_id, 1 + i, 1, f"Anteckning {i}") for i in range(4)]
    search_index.merge(store, pause_s=0)
    assert not search_index.pending(store)
    ran: list[tuple[int, int]] = []  # (thread, segments on the lowest level when the merge began)
    real_merge = search_index.merge

    def merge(store_, **kwargs):
        ran.append((threading.get_ident(), search_index.levels(store_.conn)[0][1]))
        return real_merge(store_, **kwargs)

    monkeypatch.setattr(search_index, "merge", merge)
    window = open_review_by_keys(qtbot, qapp, demo_workspace, demo_conference_id, rows=4)
    review = window.review_view

    for row, text in enumerate(TEXTS):
        _edit_text(qtbot, review, row, text)
        qtbot.waitUntil(
            lambda n=row + 1: sum(notes.note(store, i).text in TEXTS for i in ids) == n, timeout=3000
        )
        if window.index_upkeep.operation is not None:  # started: it may not have begun its steps yet
            break
        assert search_index.levels(store.conn)[0][1] < search_index.EDITS_BEFORE_MERGE, "no merge started"

    qtbot.waitUntil(
        lambda: bool(ran) and not any(op.is_running for op in running_operations()), timeout=30_000
    )
    thread, lowest = ran[0]
    assert thread != threading.get_ident(), "the merge ran on the window's thread"
    assert lowest >= search_index.EDITS_BEFORE_MERGE
    assert not search_index.pending(store)
    assert {hit.note.id for hit in search.search(store, "bredband", limit=10)} == {ids[1]}
    window.close()
