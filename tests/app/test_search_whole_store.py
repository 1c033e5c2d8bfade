"""Searching the whole store stops reading a long word's first characters after COARSE_BUDGET notes and
lets FTS5's own prefix query decide: the hits, their order and their snippets must be those of the way
before (the Python decision over every note) and of FTS5's own prefix query, on Swedish notes where many
words share their first six letters."""

from __future__ import annotations

import random

import pytest

from app import conferences, notes, search, search_words
from app.demo import demo_description

COMMON = (
    "och att i för som det med på är vi en till av kan behöver unga kommunen regionen föreningar "
    "skolan praktik sommarjobb språkcafé jämställdhet bostäder utbildning kultur idrott bibliotek "
    "mötesplatser trygghet delaktighet inflytande ungdomsråd fritidsgårdar öppettider äldreomsorg"
).split()
# Long compounds, many sharing their first six letters with a common word ("kultur", "kommun",
# "biblio", "mötesp", "föreni"), a few of them rare.
COMPOUNDS = (
    "kulturhuset kulturhusets kulturskolan kulturrådet kulturarvet kommunens kommunalrådet "
    "kommunfullmäktige biblioteket bibliotekets biblioteksfilialen mötesplatsernas mötesplatsen "
    "föreningslivet föreningslivets föreningsgården återvinningscentralen återvändarna "
    "sjöräddningssällskapet älvdalsföreningen öppettiderna ungdomsrådets jämställdhetsarbetet "
    "kollektivtrafiken"
).split()
QUERIES = (
    "kulturhus",
    "kulturhuset",
    "Kulturhusets",
    "kommunens",
    "kommunen",
    "kommunfullmäktige",
    "biblioteket",
    "biblioteksfilialen",
    "mötesplatser",
    "föreningsliv",
    "återvändarna",
    "ÅTERVINNINGSCENTRALEN",
    "sjöräddningssällskapet",
    "älvdalsföreningen unga",
    "kulturhuset kommunens",
    "ungdomsrådets och",
    "öppettider",
    "kultur",
    "och att",
)


def _texts(count: int) -> list[str]:
    rng = random.Random(11)
    words = COMMON + COMPOUNDS
    weights = [1 / rank for rank in range(1, len(COMMON) + 1)] + [0.004] * len(COMPOUNDS)
    texts = []
    for _ in range(count):
        chosen = rng.choices(words, weights=weights, k=rng.randint(5, 22))
        texts.append(" ".join(chosen).capitalize() + rng.choice([".", "!", "?", ", tycker vi."]))
    return texts


@pytest.fixture
def swedish_store(demo_store):
    """2,400 notes over two conferences, with a few deleted."""
    store, cid = demo_store
    description = demo_description()
    description.conference["title"] = "Ett annat år"
    other = conferences.create_conference(store, description)
    questions = {
        conference: [
            row[0]
            for row in store.conn.execute("SELECT id FROM questions WHERE conference_id = ?", (conference,))
        ]
        for conference in (cid, other)
    }
    rows = [
        {
            "conference_id": conference,
            "table_number": 1 + i % 12,
            "question_id": questions[conference][i % len(questions[conference])],
            "kind": "note",
            "text": text,
            "themes": [],
            "votes": 0,
            "position": i,
        }
        for i, text in enumerate(_texts(2_400))
        for conference in [cid if i % 3 else other]
    ]
    ids = store.create_many("note", rows)
    for gone in ids[::97]:
        notes.delete_note(store, gone)
    return store, cid


def _results(store, conference_id) -> dict[str, list[tuple[str, str]]]:
    return {
        query: [
            (hit.note.id, hit.snippet)
            for hit in search.search(store, query, conference_id=conference_id, limit=20)
        ]
        for query in QUERIES
    }


@pytest.mark.parametrize("scoped", [False, True])
def test_long_words_over_the_whole_store_find_rank_and_mark_as_before(
    swedish_store, monkeypatch, scoped
) -> None:
    store, cid = swedish_store
    conference = cid if scoped else None
    stopped = []
    coarse = search._coarse_candidates

    def watched(*args):
        found = coarse(*args)
        stopped.append(found is None)
        return found

    monkeypatch.setattr(search, "_coarse_candidates", watched)
    scratch = []
    page_snippets = search_words.page_snippets

    def snippets(*args):
        scratch.append(args[1])
        return page_snippets(*args)

    monkeypatch.setattr(search_words, "page_snippets", snippets)
    # This store's share of a million notes' window and budget: the batches fill, the budget runs out.
    monkeypatch.setattr(search, "RANK_WINDOW", 40)
    monkeypatch.setattr(search, "COARSE_BUDGET", 80)
    now = _results(store, conference)
    if scoped:
        assert not any(stopped), "within a conference every note is read"
    else:
        assert any(stopped) and not all(stopped), "both the Python decision and FTS5's own were used"
    assert scratch, "snippets were asked of the page alone"
    monkeypatch.setattr(search, "COARSE_BUDGET", 10**9)  # the way before: every note read
    stopped.clear()
    before = _results(store, conference)
    assert not any(stopped)
    # FTS5's prefix query alone, its snippets asked of the store's index.
    monkeypatch.setattr(search_words, "long_words", lambda words: None)
    monkeypatch.setattr(search_words, "page_snippets", lambda *args: None)
    fts5 = _results(store, conference)
    for query in QUERIES:
        assert now[query] == before[query] == fts5[query], query
    assert len(now["kulturhus"]) == 20 and len(now["kommunens"]) == 20
    assert all(
        "[sjöräddningssällskapet]" in snippet.lower() for _id, snippet in now["sjöräddningssällskapet"]
    )
