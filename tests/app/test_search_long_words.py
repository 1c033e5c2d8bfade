"""A word longer than the full-text index's prefixes is decided in Python on plain text: it must find,
rank and mark exactly what FTS5's own prefix query does, and leave any other text to FTS5."""

from __future__ import annotations

import sqlite3

import pytest

from app import conferences, notes, search, search_words
from app.demo import demo_description

_PLAIN_RANGES = ((1, 0x250), (0x2000, 0x2070), (0x20A0, 0x20C1))


def test_plain_characters_are_tokenised_and_folded_as_this_sqlites_fts5_does(demo_store) -> None:
    store, _cid = demo_store
    (definition,) = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'").fetchone()
    assert 'tokenize="unicode61 remove_diacritics 0"' in definition
    assert f"prefix='2 3 4 5 {search_words.LONGEST_PREFIX_INDEX}'" in definition
    fts = sqlite3.connect(":memory:")
    fts.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 0')")
    fts.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    plain = [
        code for low, high in _PLAIN_RANGES for code in range(low, high) if search_words.is_plain(chr(code))
    ]
    assert len(plain) > 600
    docs = {code: f"Q{chr(code)}q {chr(code)}{chr(code)}x" for code in plain}
    fts.executemany("INSERT INTO t(rowid, text) VALUES (?, ?)", docs.items())
    terms: dict[int, list[str]] = {}
    for doc, term in fts.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
        terms.setdefault(doc, []).append(term)
    differ = [hex(code) for code in plain if terms.get(code, []) != search_words.tokens(docs[code])]
    assert differ == []


@pytest.fixture
def messy(demo_store):
    """Notes whose words share their first six letters, in odd cases and scripts, in two conferences."""
    store, cid = demo_store
    description = demo_description()
    description.conference["title"] = "Ett annat år"
    other = conferences.create_conference(store, description)
    texts = [
        "Kommunen borde öppna fler mötesplatser",
        "KOMMUNENS ansvar för skolan, inte kommunalrådets",
        "Kommunal service i byarna",
        "kommun_ens? Nej: kommun-ens mötesplatser",
        "Mötesplatsernas öppettider på kvällen",
        "İstanbulbor i föreningslivet och İSTANBUL-resan",
        "istanbulbor som nyss flyttat hit",
        "Kommunen 😀 lyssnar inte på unga",  # not plain: FTS5 decides
        "kommunen\u0301 med ett löst accenttecken",  # a combining accent: FTS5 decides
        "µ-kommunen och ſkolan",
        "En lång anteckning om kommunen som räcker över tolv ord och sedan kommunens budget för nästa"
        " år, och mer text efter det så att utdraget måste väljas",
        "Utbildningsförvaltningen, utbildningsförvaltningens och utbildning",
        "Föreningslivet 2026: föreningslivets framtid",
    ]
    ids = [notes.add_note(store, cid, 1 + i % 3, 1, text) for i, text in enumerate(texts)]
    notes.add_note(store, other, 1, 1, "Kommunen i den andra konferensen")
    gone = notes.add_note(store, cid, 2, 1, "Kommunen, borttagen")
    notes.delete_note(store, gone)
    return store, cid, ids


QUERIES = (
    "kommunen",
    "Kommunens",
    "kommune",
    "KOMMUNAL",
    "mötesplatser",
    "mötesplatsernas",
    "kommunen mötesplatser",
    "istanbulbor",
    "İstanbulbor",
    "utbildningsförvaltningen",
    "utbildningsförvaltningens kommunen",
    "föreningslivet 2026",
    "kommunenöppna",
    "skolan kommunens",
)


@pytest.mark.parametrize("scoped", [True, False])
def test_long_words_find_rank_and_mark_what_fts5_prefix_queries_do(messy, monkeypatch, scoped) -> None:
    store, cid, _ids = messy
    conference = cid if scoped else None
    taken = []
    coarse = search._coarse_candidates

    def watched(*args):
        found = coarse(*args)
        taken.append(found is not None)
        return found

    monkeypatch.setattr(search, "_coarse_candidates", watched)
    seen = {}
    for query in QUERIES:
        seen[query] = [(h.note.id, h.snippet) for h in search.search(store, query, conference_id=conference)]
    assert any(taken) and not all(taken), "both the Python decision and FTS5's own were used"
    monkeypatch.setattr(search_words, "long_words", lambda words: None)  # FTS5's prefix query alone
    monkeypatch.setattr(search_words, "page_snippets", lambda *args: None)  # its snippets from the store
    for query in QUERIES:
        fts5 = [(h.note.id, h.snippet) for h in search.search(store, query, conference_id=conference)]
        assert seen[query] == fts5, query
    assert len(seen["kommunen"]) >= 6 and seen["kommunenöppna"] == []


def test_more_matches_than_the_window_are_read_past_the_notes_that_only_share_the_prefix(
    demo_store, monkeypatch
) -> None:
    store, cid = demo_store
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    wanted = [notes.add_note(store, cid, 1, 1, f"Mötesplatser i byn {i}") for i in range(4)]
    for i in range(7):  # newer, and holding only "mötesp…": the batches must read past them
        notes.add_note(store, cid, 1, 1, f"Mötesplanering nummer {i}")
    hits = search.search(store, "mötesplatser", conference_id=cid)
    assert [h.note.id for h in hits] == wanted[:0:-1]  # the newest three matches


def test_the_review_filter_finds_with_long_words_what_fts5_prefix_queries_do(messy, monkeypatch) -> None:
    """The Review tab's text filter takes the same path: the same notes as FTS5's own prefix query, in the
    same order, deleted notes and the other conference's left out."""
    from app import review

    store, cid, ids = messy
    decided = []
    original = review.long_word_rowids

    def watched(*args):
        found = original(*args)
        decided.append(found is not None)
        return found

    monkeypatch.setattr(review, "long_word_rowids", watched)
    seen = {q: review.ordered_rowids(store, cid, review.NoteFilter(text=q)) for q in QUERIES}
    assert any(decided) and not all(decided), "both the Python decision and FTS5's own were used"
    monkeypatch.setattr(review, "long_word_rowids", lambda *args: None)  # FTS5's prefix query alone
    for query in QUERIES:
        assert seen[query] == review.ordered_rowids(store, cid, review.NoteFilter(text=query)), query
    found = {n.id for n in review.notes_at(store, seen["kommunen"])}
    assert len(found) >= 6 and found <= set(ids)
