"""Search ranks the newest matches of a very common word and stays inside the conference asked for."""

from __future__ import annotations

import pytest

from app import conferences, notes, search
from app.demo import demo_description


@pytest.fixture
def two_conferences(demo_store):
    store, first = demo_store
    description = demo_description()
    description.conference["title"] = "Rundabordssamtal nästa år"
    second = conferences.create_conference(store, description)
    return store, first, second


def test_a_word_with_more_matches_than_the_window_ranks_the_newest_ones(demo_store, monkeypatch) -> None:
    store, cid = demo_store
    monkeypatch.setattr(search, "RANK_WINDOW", 4)
    old_best = notes.add_note(store, cid, 1, 1, "Läxhjälp")
    for i in range(6):
        notes.add_note(store, cid, 1, 1, f"Läxhjälp på biblioteket varje vecka med många fler ord {i}")
    newest_best = notes.add_note(store, cid, 1, 1, "Läxhjälp")
    hits = search.search(store, "läxhjälp", limit=10)
    assert len(hits) == 4, "only the newest four matches are ranked"
    assert hits[0].note.id == newest_best, "the short, dense match ranks first"
    assert old_best not in {h.note.id for h in hits}
    assert "[Läxhjälp]" in hits[0].snippet


def test_fewer_matches_than_the_window_are_all_ranked(demo_store) -> None:
    store, cid = demo_store
    long_one = notes.add_note(store, cid, 2, 1, "Mötesplatser för unga, äldre och nyanlända i byn")
    short_one = notes.add_note(store, cid, 2, 1, "Mötesplatser")
    assert [h.note.id for h in search.search(store, "mötesplats")] == [short_one, long_one]
    assert len(search.search(store, "mötesplats", limit=1)) == 1


def test_search_in_one_conference_never_shows_another_conferences_notes(two_conferences) -> None:
    store, first, second = two_conferences
    # Interleaved, as when two conferences' bundles are imported in turns.
    ours, theirs = [], []
    for i in range(5):
        ours.append(notes.add_note(store, first, 1, 1, f"Kollektivtrafik till kvällsaktiviteter {i}"))
        theirs.append(notes.add_note(store, second, 1, 1, f"Kollektivtrafik på helgerna {i}"))
    assert {h.note.id for h in search.search(store, "kollektivtrafik", conference_id=first)} == set(ours)
    assert {h.note.id for h in search.search(store, "kollektivtrafik", conference_id=second)} == set(theirs)
    assert len(search.search(store, "kollektivtrafik")) == 10
    assert search.search(store, "kollektivtrafik", conference_id="no-such-conference") == []


def test_deleted_notes_are_not_found_even_when_newest(demo_store, monkeypatch) -> None:
    store, cid = demo_store
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    kept = notes.add_note(store, cid, 3, 1, "Idrottsföreningar behöver ledare")
    gone = [notes.add_note(store, cid, 3, 1, "Idrottsföreningar i skolan") for _ in range(3)]
    for nid in gone:
        notes.delete_note(store, nid)
    assert [h.note.id for h in search.search(store, "idrottsförening")] == [kept]


def test_notes_written_before_the_prefix_index_are_still_found(tmp_path) -> None:
    import sqlite3

    import sqlite_utils

    from app import schema
    from app.store import Store

    path = tmp_path / "w.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrations.apply(sqlite_utils.Database(conn), stop_before="m220_search_prefix_index")
    old_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'").fetchone()[0]
    assert "prefix" not in old_sql
    conn.execute(  # a note of the previous release, indexed by its FTS triggers
        "INSERT INTO notes (id, origin, rev, base_rev, deleted, stamps, conference_id, table_number,"
        " question_id, kind, text, themes, votes, position)"
        " VALUES ('n1', 'o', 'r', '', 0, '{}', 'c', 1, 'q', 'note', 'Kulturskola för alla barn', '[]', 0, 0)"
    )
    conn.close()
    store = Store(path)
    sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'").fetchone()[0]
    assert "prefix='2 3 4 5 6'" in sql
    assert [h.note.id for h in search.search(store, "ku")] == ["n1"]
    assert [h.note.id for h in search.search(store, "kulturskola barn")] == ["n1"]
    store.close()
