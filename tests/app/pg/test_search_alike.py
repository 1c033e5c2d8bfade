"""The same words typed into search find the same notes on SQLite (FTS5) and PostgreSQL: å, ä and ö
are letters of their own, case does not matter, every word is a prefix, and the short Swedish words
PostgreSQL calls stop words ("för", "ut", "upp", "och") are searched for as typed. PostgreSQL's other
forms of a Swedish word (its `swedish` stems) are tested in test_search_swedish.py."""

from __future__ import annotations

import pytest

from app import notes, search
from app.demo import ensure_demo
from app.store import Store

from .test_schema_alike import as_an_older_version_left_it

TEXTS = (
    "Fler bussturer på landsbygden, särskilt kvällstid",
    "Förslag: utbildning för äldre om e-tjänster",
    "Ungdomar flyttar – vi måste få dem att återvända",
    "Vården i Östra Göinge behöver mer personal",
    "Åtgärd och bredband till alla byar före 2030!!",
    "Uppföljning under våren med kommunerna",
    "Mötesplats mellan generationerna, öppen året om",
    "Kultur för alla: ateljéer och övningslokaler",
    "Kontakt: anna.ek@kommun.se eller www.region.se/kultur, 3.5 miljoner",
)

QUERIES = (
    "buss", "BUSS", "bussturer på", "återv", "ÅTERVÄNDA", "ater", "ostra", "öst", "Östra Göinge",
    "för", "förs", "ut", "upp", "vår", "och", "åtgärd och bredband", "mellan", "under", "alla", "om",
    "2030", "e-tjänster", "kväll", "generation", "ÖVNING", "ateljé", "åtgärd bredband", "mö",
    "kommun", "ek", "region", "kultur", "3", "5 milj",
)  # fmt: skip


def _found(store: Store, conference: str, words: str) -> list[str]:
    return sorted(hit.note.text for hit in search.search(store, words, conference_id=conference))


@pytest.fixture
def sqlite_store(tmp_path):
    store = Store(tmp_path / "reference.sqlite3")
    yield store
    store.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_each_query_finds_on_postgresql_what_it_finds_with_fts5(backend_store, sqlite_store) -> None:
    found: dict[str, dict[str, list[str]]] = {}
    for name, store in (("sqlite", sqlite_store), ("postgresql", backend_store)):
        conference = ensure_demo(store)
        for i, text in enumerate(TEXTS):
            notes.add_note(store, conference, 1 + i % 3, 1, text)
        found[name] = {words: _found(store, conference, words) for words in QUERIES}
    different = {
        words: (found["sqlite"][words], found["postgresql"][words])
        for words in QUERIES
        if found["sqlite"][words] != found["postgresql"][words]
    }
    assert different == {}
    # The test means something: prefixes, letters and stop words do find what they should.
    expected = found["sqlite"]
    assert expected["för"] == sorted(t for t in TEXTS if "för" in t.lower())
    assert expected["ut"] == [TEXTS[1]] and expected["upp"] == [TEXTS[5]]
    assert expected["ater"] == [] and expected["ostra"] == [] and expected["ÅTERVÄNDA"] == [TEXTS[2]]
    assert expected["åtgärd och bredband"] == [TEXTS[4]] and expected["region"] == [TEXTS[8]]


def test_a_store_made_with_the_swedish_index_finds_stop_words_after_the_update(pg_dsn) -> None:
    from app.pg.store import PgStore

    store = PgStore(pg_dsn, origin="c3" * 8)
    conference = ensure_demo(store)
    notes.add_note(store, conference, 1, 1, "Förslag om utbildning för unga")
    # As an older Rundabord left it: the `swedish` index, and this update not yet applied.
    older = (
        "DROP INDEX notes_search",
        "CREATE INDEX notes_search ON notes USING gin (to_tsvector('swedish', coalesce(text, '')))",
    )
    updated = as_an_older_version_left_it(store, older, "m42%")
    try:
        definition = updated.conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'notes_search'"
        ).fetchone()[0]
        assert "rundabord_search_vector" in definition  # the latest (m542): words and stems, lowered
        assert _found(updated, conference, "för ut") == ["Förslag om utbildning för unga"]
    finally:
        updated.close()


def test_a_database_whose_character_type_is_c_finds_swedish_capitals_too(pg_cluster) -> None:
    """IT may make the database with LC_CTYPE C (the server's default on some installs): the server then
    lowers only ASCII letters, and "östra" would not find "Östra"."""
    import uuid

    import psycopg

    from app.pg.store import PgStore

    name = f"c_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C' LC_COLLATE 'C'")
    store = PgStore(pg_cluster.dsn(name), origin="c4" * 8)
    try:
        conference = ensure_demo(store)
        for text in ("Vården i ÖSTRA GÖINGE", "ÅTERVÄNDA hem", "Ärenden om Čáhppes Šaddu"):
            notes.add_note(store, conference, 1, 1, text)
        assert _found(store, conference, "östra göinge") == ["Vården i ÖSTRA GÖINGE"]
        assert _found(store, conference, "återv") == ["ÅTERVÄNDA hem"]
        assert _found(store, conference, "ärend čáhp šad") == ["Ärenden om Čáhppes Šaddu"]
    finally:
        store.close()
        with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
