"""One save of a note's text in Review writes the search index once: a segment a save. (Three saves had
seemed to leave four segments on the index's lowest level: FTS5 moves the older, merged segment down
beside a new one no smaller than it, so the lowest level counts it too; the index holds one segment
more than before for each save, and no save writes two.) Swedish, real double clicks and typing."""

from __future__ import annotations

from app import notes, search, search_index

from .conftest import open_review_by_keys
from .test_index_upkeep import TEXTS, _edit_text


def test_each_review_save_writes_one_segment(qtbot, qapp, demo_workspace, demo_conference_id, monkeypatch):
    store = demo_workspace.store
    ids = [notes.add_note(store, demo_conference_id, 1 + i, 1, f"Anteckning {i}") for i in range(4)]
    search_index.merge(store, pause_s=0)
    # The window's own merging would fold the segments counted here: off for this count.
    monkeypatch.setattr(search_index, "edits_to_merge", lambda _store: False)
    monkeypatch.setattr(search_index, "pending", lambda _store: False)
    window = open_review_by_keys(qtbot, qapp, demo_workspace, demo_conference_id, rows=4)
    review = window.review_view
    before = search_index.segments(store)

    for row, text in enumerate(TEXTS[:3]):
        _edit_text(qtbot, review, row, text)
        qtbot.waitUntil(
            lambda n=row + 1: sum(notes.note(store, i).text in TEXTS for i in ids) == n, timeout=3000
        )
        assert search_index.segments(store) == before + row + 1, f"save {row + 1}"
    assert {h.note.id for h in search.search(store, "bredband", limit=10)} == {ids[1]}
    window.close()
