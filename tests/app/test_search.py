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


def test_a_table_imported_after_other_conferences_is_searched_as_a_range_of_its_own(
    two_conferences, monkeypatch
) -> None:
    """A conference's late table lands after every note written since: the search reads two short
    ranges, not one spanning the other conference, and still ranks the newest matches of both."""
    store, first, second = two_conferences
    early = [notes.add_note(store, first, 1, 1, f"Simskola på sommaren {i}") for i in range(3)]
    between = [notes.add_note(store, second, 1, 1, f"Simskola i kommunen {i}") for i in range(40)]
    late = [notes.add_note(store, first, 7, 1, f"Simskola för vuxna {i}") for i in range(2)]
    runs = search.rowid_runs(store, first)
    rowid = {
        nid: r
        for nid, r in store.conn.execute(
            "SELECT id, rowid FROM notes WHERE conference_id IN (?, ?)", (first, second)
        )
    }
    assert len(runs) == 2, runs
    assert runs[0][0] <= min(rowid[n] for n in late), "the late table is the newest range, searched first"
    assert not any(low <= rowid[n] <= high for n in between for low, high in runs)
    monkeypatch.setattr(search, "RANK_WINDOW", 4)  # two from the late range, two from the early one
    found = {h.note.id for h in search.search(store, "simskola", conference_id=first, limit=10)}
    assert found == {*late, *early[1:]}
    hits = search.search(store, "simskola vuxna", conference_id=first)
    assert {h.note.id for h in hits} == set(late) and all("[Simskola]" in h.snippet for h in hits)


def test_ranges_are_joined_when_few_other_notes_lie_between(two_conferences) -> None:
    store, first, second = two_conferences
    assert search.rowid_runs(store, first) == []
    notes.add_note(store, first, 1, 1, "Ett")
    notes.add_note(store, second, 1, 1, "En annan konferens")
    notes.add_note(store, first, 1, 1, "Två")
    assert len(search.rowid_runs(store, first)) == 1, "one note between two: still one range"
    for i in range(3):
        notes.add_note(store, second, 1, 1, f"Fler i den andra {i}")
    notes.add_note(store, first, 1, 1, "Tre")
    assert len(search.rowid_runs(store, first)) == 2, "four between three: a range of its own"


@pytest.mark.parametrize("count", [1, 3, 4, 5, 9])
def test_in_one_conference_the_newest_matches_up_to_the_window_are_ranked(
    demo_store, monkeypatch, count
) -> None:
    """Up to the window, a conference's matches are read forwards (FTS5 seeks), past it backwards: either
    way the newest ones, newest first among equals."""
    store, cid = demo_store
    monkeypatch.setattr(search, "RANK_WINDOW", 4)
    made = [notes.add_note(store, cid, 1 + i % 3, 1, "Cykelbana till skolan") for i in range(count)]
    notes.delete_note(store, notes.add_note(store, cid, 1, 1, "Cykelbana, borttagen"))
    assert [h.note.id for h in search.search(store, "cykel", conference_id=cid, limit=10)] == made[::-1][:4]


def test_a_conference_in_several_runs_finds_notes_added_here_and_by_another_connection(
    two_conferences,
) -> None:
    """A conference's runs are kept while its rowids stay the same: a note this connection adds, or
    another connection commits, is searched at once, even where it starts a new run."""
    from app.store import Store

    store, first, second = two_conferences
    early = notes.add_note(store, first, 1, 1, "Cykelbana längs ån")
    for i in range(3):
        notes.add_note(store, second, 1, 1, f"Annat ämne {i}")
    assert [h.note.id for h in search.search(store, "cykel", conference_id=first)] == [early]
    here = notes.add_note(store, first, 2, 1, "Cykelbana till skolan")  # a second run
    assert {h.note.id for h in search.search(store, "cykel", conference_id=first)} == {early, here}
    other = Store(store.path)
    for i in range(3):
        notes.add_note(other, second, 1, 1, f"Ännu ett ämne {i}")
    elsewhere = notes.add_note(other, first, 3, 1, "Cykelparkering vid stationen")  # a third run
    other.close()
    found = {h.note.id for h in search.search(store, "cykel", conference_id=first)}
    assert found == {early, here, elsewhere}
