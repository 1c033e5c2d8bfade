"""The notes' full-text index is merged in short steps: searches find the same, segments fall, each step
writes a bounded number of index pages in its own transaction, and a cancelled run is taken up again."""

from __future__ import annotations

from app import notes, search, search_index
from app.cancel import CancelToken
from app.cli import main

WORDS = ("unga", "kultur", "ku", "mötesplatser", "biblioteket", "kommunen skolan", "för", "nummer 7")


def _write_in_many_transactions(store, conference_id: str, count: int = 40) -> None:
    for i in range(count):  # one transaction each, as imports and a chair's notes arrive
        notes.add_note(
            store, conference_id, 1 + i % 5, 1, f"Mötesplatser för unga nummer {i} med kultur {i % 7}"
        )
        if i % 9 == 0:
            notes.add_note(store, conference_id, 2, 1, f"Biblioteket och kommunen {i}, skolan {i}")


def _small_pages_left_unmerged(store) -> None:
    """Many small index pages, and FTS5 merging none of its segments by itself (as a store that grew
    by imports may hold them at any moment): the steps then have a known amount of work."""
    store.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('pgsz', 64)")
    store.conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('automerge', 0)")


def _found(store) -> dict[str, list[tuple[str, str]]]:
    return {
        word: [(hit.note.id, hit.snippet) for hit in search.search(store, word, limit=500)] for word in WORDS
    }


def _index_pages(store) -> dict[int, bytes]:
    return {row[0]: bytes(row[1]) for row in store.conn.execute("SELECT id, block FROM notes_fts_data")}


def test_merging_keeps_every_search_result_and_leaves_fewer_segments(demo_store) -> None:
    store, conference_id = demo_store
    _write_in_many_transactions(store, conference_id)
    gone = notes.add_note(store, conference_id, 3, 1, "Mötesplatser som sedan togs bort")
    notes.delete_note(store, gone)
    before, found = search_index.segments(store), _found(store)
    assert before is not None and before >= 8, "each transaction left a segment FTS5 did not merge yet"
    assert all(found[word] for word in WORDS)

    merged = search_index.merge(store, pause_s=0)

    assert merged.done and merged.steps >= 1
    assert (merged.segments_before, merged.segments_after) == (before, search_index.segments(store))
    assert merged.segments_after is not None and merged.segments_after <= 2
    assert _found(store) == found
    store.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")  # raises if not
    assert search_index.merge(store, pause_s=0).steps == 0, "nothing is left to merge"


def test_each_step_writes_a_bounded_number_of_pages_in_its_own_transaction(demo_store) -> None:
    store, conference_id = demo_store
    _small_pages_left_unmerged(store)
    _write_in_many_transactions(store, conference_id, count=80)
    found, inputs = _found(store), search_index.segments(store) or 0
    commits: list[int] = []
    store.conn.set_trace_callback(lambda sql: commits.append(1) if sql == "COMMIT" else None)
    written: list[int] = []
    pages = _index_pages(store)

    def one_step(_changed: int) -> None:
        nonlocal pages
        now = _index_pages(store)
        written.append(sum(1 for key, block in now.items() if pages.get(key) != block))
        pages = now

    merged = search_index.merge(store, pages=4, pause_s=0, on_step=one_step)
    store.conn.set_trace_callback(None)

    whole = len(pages)
    assert merged.steps >= 10, "the work was cut into many steps"
    assert len(commits) == merged.steps, "each step committed alone (none when nothing was left)"
    # Index rows written (leaves, their doclist indexes, the structure) stay a small multiple of the
    # pages asked for, plus the first page of each segment the step read from (FTS5 rewrites it without
    # what was consumed), whatever the index holds; merging it all at once would rewrite all of it.
    assert max(written) <= 5 * 4 + inputs, (written, inputs)
    assert whole > 4 * max(written)
    assert _found(store) == found


def test_a_cancelled_merge_stops_between_steps_and_the_next_run_finishes_it(demo_store) -> None:
    store, conference_id = demo_store
    _small_pages_left_unmerged(store)
    _write_in_many_transactions(store, conference_id, count=40)
    found = _found(store)
    token = CancelToken()

    first = search_index.merge(store, pages=2, pause_s=0, cancel=token, on_step=lambda _c: token.cancel())

    assert (first.steps, first.done) == (1, False)
    assert not store.conn.in_transaction
    second = search_index.merge(store, pages=2, pause_s=0)
    assert second.done and second.steps >= 1
    assert second.segments_after is not None and second.segments_after <= 2
    assert _found(store) == found


def test_the_cli_merges_the_index_and_says_how_many_segments(demo_store, tmp_path, capsys) -> None:
    from app.workspace import Workspace

    folder = tmp_path / "secretariat"
    assert main(["--workspace", str(folder), "init", "--role", "secretariat"]) == 0
    workspace = Workspace(folder)
    try:
        from app.demo import ensure_demo

        _write_in_many_transactions(workspace.store, ensure_demo(workspace.store), count=30)
        before = search_index.segments(workspace.store)
    finally:
        workspace.close()
    capsys.readouterr()

    assert main(["--workspace", str(folder), "store", "merge-index"]) == 0

    said = capsys.readouterr().out
    assert said.startswith(f"search index: {before} segments before, 1 after (")
    assert main(["--workspace", str(folder), "store", "merge-index", "--json"]) == 0
    assert '"steps": 0' in capsys.readouterr().out


def test_postgresql_has_nothing_to_merge_its_server_keeps_the_index(backend, backend_store) -> None:
    merged = search_index.merge(backend_store)
    if backend == "postgresql":
        assert (merged.segments_before, merged.segments_after, merged.steps) == (None, None, 0)
    else:
        assert (merged.segments_before, merged.segments_after, merged.steps) == (0, 0, 0)


def test_a_store_from_before_m640_takes_the_steady_settings_whatever_a_window_had_left(tmp_path) -> None:
    """Either FTS5's own defaults, or automerge 0 and crisismerge 64 left by a chair window killed while
    its keeper had them: opened by this version, the store holds `STEADY`."""
    import sqlite3

    import sqlite_utils

    from app import schema
    from app.store import Store

    names = schema.known_names()
    for left, path in (
        ({}, tmp_path / "defaults.sqlite3"),
        ({"automerge": 0, "crisismerge": 64}, tmp_path / "killed.sqlite3"),
    ):
        conn = sqlite3.connect(path, isolation_level=None)
        schema.migrations.apply(
            sqlite_utils.Database(conn), stop_before="m640_search_index_merged_by_its_writers"
        )
        for key, value in left.items():
            conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES (?, ?)", (key, value))
        assert search_index.settings(conn) == {
            "usermerge": None,
            **dict.fromkeys(("automerge", "crisismerge")),
            **left,
        }
        conn.close()
        store = Store(path)
        try:
            assert {m.name for m in schema.migrations.applied(store.db)} == set(names)
            assert search_index.settings(store.conn) == search_index.STEADY
        finally:
            store.close()
