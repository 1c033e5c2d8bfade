"""The Review tab's order of a conference's notes comes from one index: no note's row is read for it,
so its cost follows the conference's notes, not a store's size."""

from __future__ import annotations

from app import notes
from app.review import NoteFilter, ordered_rowids


def test_the_review_order_is_read_from_the_index_alone(demo_store) -> None:
    store, cid = demo_store
    first = notes.add_note(store, cid, 2, 1, "Fler cykelvägar")
    second = notes.add_note(store, cid, 1, 1, "Längre öppettider")
    gone = notes.add_note(store, cid, 1, 1, "Borttagen")
    notes.delete_note(store, gone)
    rowid = dict(store.conn.execute("SELECT id, rowid FROM notes"))
    assert ordered_rowids(store, cid, NoteFilter()) == [rowid[second], rowid[first]]
    assert ordered_rowids(store, cid, NoteFilter(table_number=2)) == [rowid[first]]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)  # the query as the Review tab runs it
    ordered_rowids(store, cid, NoteFilter())
    store.conn.set_trace_callback(None)
    (query,) = [sql for sql in statements if "ORDER BY" in sql]
    plan = " ".join(row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "SEARCH n USING COVERING INDEX notes_review" in plan, plan


def test_the_text_filter_finds_a_late_tables_notes_and_no_other_conferences(demo_store) -> None:
    from app import conferences
    from app.demo import demo_description
    from app.search import rowid_runs

    store, cid = demo_store
    description = demo_description()
    description.conference["title"] = "Rundabordssamtal nästa år"
    other = conferences.create_conference(store, description)
    early = notes.add_note(store, cid, 1, 1, "Badhuset behöver längre öppettider")
    others = [notes.add_note(store, other, 1, 1, f"Badhuset i grannkommunen {i}") for i in range(5)]
    late = notes.add_note(store, cid, 7, 1, "Badhus för alla åldrar")  # a table imported afterwards
    assert len(rowid_runs(store, cid)) == 2
    rowid = dict(store.conn.execute("SELECT id, rowid FROM notes"))
    assert ordered_rowids(store, cid, NoteFilter(text="badhus")) == [rowid[early], rowid[late]]
    assert len(ordered_rowids(store, other, NoteFilter(text="badhus"))) == len(others)
    assert ordered_rowids(store, cid, NoteFilter(text="grannkommunen")) == []
