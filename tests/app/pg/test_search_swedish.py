"""PostgreSQL's search with the `swedish` configuration beside the words as written: it finds every note
FTS5 finds for the same words (stop words, å, ä and ö, a beginning longer than a word's stem) and also
the other forms of a Swedish word ("bilder" finds "bild"). Asked of a real server, against SQLite."""

from __future__ import annotations

import pytest

from app import notes, review, search
from app.demo import ensure_demo
from app.pg.schema import NOTE_VECTOR, STEMS_VECTOR
from app.store import Store

from .test_schema_alike import as_an_older_version_left_it

# (a note, what is typed, FTS5 finds it, PostgreSQL finds it, the `swedish` configuration alone would)
CASES = (
    ("Kultur för alla, året om", "alla", True, True, False),  # a stop word: `swedish` drops it
    ("Kultur för alla, året om", "om", True, True, False),
    ("Kultur för alla, året om", "för alla", True, True, False),
    ("Bredband till byarna före 2030", "förs", False, False, True),  # a short beginning stays one
    ("Föreningarna i byarna", "föreningarn", True, True, False),  # longer than the stem "förening"
    ("Återvändare och äldre på Öland", "återvänd", True, True, True),
    ("Återvändare och äldre på Öland", "ÄLDRE ÖLAND", True, True, True),
    ("Återvändare och äldre på Öland", "ater", False, False, False),  # å is a letter of its own
    ("Återvändare och äldre på Öland", "aldre", False, False, False),
    ("En bild från mötet i Åsele", "bilder", False, True, True),  # another form of the word
    ("Bilder från mötet i Åsele", "bild", True, True, True),
    ("Nya skolor i byarna", "skola", False, True, True),
    ("Svar på frågor från unga", "fråga", False, True, True),
    ("Svar på frågor från unga", "frågorna unga", False, True, True),
    ("Ett möte om vägarna", "vägen", False, True, True),
    ("Ett möte om vägarna", "möten", False, True, True),
)


def _found(store: Store, conference: str, words: str) -> set[str]:
    return {hit.note.text for hit in search.search(store, words, conference_id=conference)}


def _texts_of(store: Store, rowids: list[int]) -> set[str]:
    wanted = set(rowids)
    rows = store.conn.execute("SELECT rowid, text FROM notes").fetchall()
    return {text for rowid, text in rows if rowid in wanted}


@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgresql_finds_what_fts5_finds_and_the_other_forms_of_a_word(backend_store, tmp_path) -> None:
    sqlite = Store(tmp_path / "reference.sqlite3")
    stores, conferences = {"sqlite": sqlite, "postgresql": backend_store}, {}
    for name, store in stores.items():
        conferences[name] = ensure_demo(store)
        for text in sorted({case[0] for case in CASES}):
            notes.add_note(store, conferences[name], 1, 1, text)
    server = stores["postgresql"]
    wrong = []
    for text, typed, by_fts5, by_postgresql, by_swedish_alone in CASES:
        fts5 = _found(sqlite, conferences["sqlite"], typed)
        found = _found(server, conferences["postgresql"], typed)
        filtered = _texts_of(
            server, review.ordered_rowids(server, conferences["postgresql"], review.NoteFilter(text=typed))
        )
        # Why the words as written are asked too: what the `swedish` configuration alone would find.
        alone = server.conn.execute(
            "SELECT to_tsvector('swedish', lower(?)) @@ to_tsquery('swedish', ?)",
            (text, " & ".join(f"{w}:*" for w in typed.lower().split())),
        ).fetchone()[0]
        outcome = (text in fts5, text in found, fts5 <= found, filtered == found, alone)
        if outcome != (by_fts5, by_postgresql, True, True, by_swedish_alone):
            wrong.append((typed, text, outcome))
    sqlite.close()
    assert wrong == []


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_word_found_as_written_ranks_before_another_form_of_it(backend_store) -> None:
    store = backend_store
    conference = ensure_demo(store)
    notes.add_note(store, conference, 1, 1, "Bilder från mötet")
    notes.add_note(store, conference, 1, 1, "En bild av byn")  # newer: first among equals
    hits = search.search(store, "bilder", conference_id=conference)
    assert [hit.note.text for hit in hits] == ["Bilder från mötet", "En bild av byn"]
    assert hits[0].snippet.startswith("[Bilder]") and "[bild]" in hits[1].snippet


@pytest.mark.parametrize(
    "older",
    [
        # the index of the words as written alone, before m540
        (
            "DROP INDEX notes_search",
            f"CREATE INDEX notes_search ON notes USING gin ({NOTE_VECTOR.format(alias='')})",
        ),
        # and with m540's index of the stems beside it
        (
            "DROP INDEX notes_search",
            f"CREATE INDEX notes_search ON notes USING gin ({NOTE_VECTOR.format(alias='')})",
            f"CREATE INDEX notes_search_stems ON notes USING gin ({STEMS_VECTOR.format(alias='')})",
        ),
        # m541's: words and stems in one index, the text lowered for each apart
        (
            "DROP INDEX notes_search",
            f"CREATE INDEX notes_search ON notes USING gin (({NOTE_VECTOR.format(alias='')}"
            f" || {STEMS_VECTOR.format(alias='')}))",
        ),
    ],
)
def test_a_store_updated_from_before_finds_the_other_forms_of_a_word(pg_dsn, older) -> None:
    from app.pg.store import PgStore

    store = PgStore(pg_dsn, origin="c5" * 8)
    conference = ensure_demo(store)
    notes.add_note(store, conference, 1, 1, "Nya skolor i byarna")
    updated = as_an_older_version_left_it(store, older, "m54%")
    try:
        indexes = dict(
            updated.conn.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'notes_search%'"
            ).fetchall()
        )
        assert list(indexes) == ["notes_search"]
        assert "rundabord_search_vector(text)" in indexes["notes_search"]
        assert _found(updated, conference, "skola") == {"Nya skolor i byarna"}
    finally:
        updated.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_full_text_index_serves_a_search_of_a_few_thousand_notes(backend_store) -> None:
    """The plan, not a time: the words are looked up in the full-text index (words and stems in one),
    never by reading every note, nor by walking them newest first."""
    store = backend_store
    conference = ensure_demo(store)
    first = "bussar skolorna bredbandet äldre kulturen vägar mötet förening unga vård".split()
    then = "bussen skolor äldres kultur vägen möten förening bredband ungdom vården".split()
    # "skolorna" (i % 10 == 1) is always with "bredband" (7 * i % 10 == 7).
    texts = [f"Anteckning {i}: {first[i % 10]} och {then[7 * i % 10]} i by {i % 97}" for i in range(3000)]
    model = notes.add_note(store, conference, 1, 1, texts[0])
    columns = [
        row[0]
        for row in store.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'notes'"
            " AND column_name NOT IN ('rowid', 'id', 'text')"
        ).fetchall()
    ]
    listed = ", ".join(f'"{c}"' for c in columns)
    store.conn.execute(  # copies of one note, with these texts: quicker than 3,000 edits
        f"INSERT INTO notes (id, text, {listed}) SELECT md5(t.text || t.n), t.text, {listed}"
        " FROM notes, unnest(?::text[]) WITH ORDINALITY AS t(text, n) WHERE notes.id = ?",
        (texts[1:], model),
    )
    store.conn.execute("ANALYZE notes")
    for typed in ("skola", "skola bredband", "förening vården"):  # one note of five, of ten, of ten
        condition, params = search.pg_matches(store, typed) or ("", [])
        query = search.pg_candidates(condition, "n.deleted = 0 AND n.conference_id = ?")
        plan = "\n".join(
            row[0] for row in store.conn.execute(f"EXPLAIN {query}", (*params, conference, 500)).fetchall()
        )
        assert "Bitmap Index Scan on notes_search " in plan, plan
        assert "Seq Scan" not in plan and "Index Scan Backward" not in plan, plan
        assert len(search.search(store, typed, conference_id=conference, limit=50)) == 50
