"""Full-text search over note text: SQLite's FTS5, or PostgreSQL's full-text search.

Both find the same notes for the same words: every typed word matches as a prefix, case does not
matter, å, ä and ö are letters of their own ("ater" finds no "återvända"), and no word is left out.
PostgreSQL finds more, never less: its `swedish` configuration also gives each typed word the notes
holding another form of the same word ("bilder" finds "bild", "skolor" finds "skola"). It is asked
beside the words as written (one index of both, app/pg/schema.py), not instead of them: alone, it drops its
stop words ("för", "om", "alla" would find nothing) and stems a typed beginning ("förs" would find
"före"). Both rank the newest matches alike (here, in Python): a word's own beginnings before its
other forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app import search_words
from app.model import Note
from app.pg.schema import SEARCH_VECTOR
from app.records import record_type
from app.store import Store, decode_row

_WORD = re.compile(r"\w+", re.UNICODE)


MARK_START, MARK_END = search_words.MARK_START, search_words.MARK_END


@dataclass(frozen=True)
class Hit:
    note: Note
    marked: str  # where it matched, the matching words between MARK_START and MARK_END

    @property
    def snippet(self) -> str:
        """The snippet as one line of plain text, the matching words wrapped in [ ] (the CLI's)."""
        return self.marked.replace(MARK_START, "[").replace(MARK_END, "]")


def fts_query(text: str) -> str | None:
    """Turn what a person types into an FTS5 query: every word must match, each as a prefix.

    Quoting each word keeps FTS5 syntax (AND, NEAR, quotes, colons) out of user input.
    """
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words) or None


# Stems the server gave, by typed word (None: a stop word, or a word read only as a beginning).
_STEMS: dict[str, str | None] = {}
# A typed word is also read as a word of its own, its other forms found, when its stem keeps four letters
# ("skola", "bilder") or it has an ending of two letters or more ("vägen", "bilar"). A three-letter stem
# with a one-letter ending is where the stemmer joins unrelated short words ("förs" and "före" both stem
# to "för"), and is as likely the beginning of a longer one ("förs" of "förslag"): read only as that.
SHORTEST_STEM, SHORTEST_ENDING = 4, 2


def _own_word(word: str, stem: str) -> bool:
    return stem == word or len(stem) >= SHORTEST_STEM or len(word) - len(stem) >= SHORTEST_ENDING


def _stem(store: Store, word: str) -> str | None:
    """The `swedish` configuration's stem of a typed (lower-cased) word, when search asks for it."""
    if word not in _STEMS:
        if len(_STEMS) > 10_000:  # what people typed in a long session: forget, ask again
            _STEMS.clear()
        found = store.conn.execute("SELECT ts_lexize('swedish_stem', ?)", (word,)).fetchone()[0] or []
        stem = found[0] if found and _WORD.fullmatch(found[0]) else None
        _STEMS[word] = stem if stem is not None and _own_word(word, stem) else None
    return _STEMS[word]


def pg_matches(store: Store, text: str, alias: str = "n.") -> tuple[str, list[str]] | None:
    """(condition, params) on PostgreSQL for what a person typed: every word found as the beginning of
    a word as written, or as another form of the same Swedish word (its stem). None: nothing to find."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    alternatives = [f"({w}:* | {_stem(store, w)})" if _stem(store, w) else f"{w}:*" for w in words]
    return f"{SEARCH_VECTOR.format(alias=alias)} @@ to_tsquery('simple', ?)", [" & ".join(alternatives)]


def _headline_query(store: Store, text: str) -> str | None:
    """The words ts_headline marks: each typed word's beginnings, and its stem's."""
    words = _WORD.findall(text.lower())
    alternatives = [
        " | ".join(f"{w}:*" for w in dict.fromkeys([word, _stem(store, word) or word])) for word in words
    ]
    return " & ".join(f"({a})" for a in alternatives) or None


# FTS5's own bm25 first counts, for every query word, the notes of the whole store that hold it: on a store
# of a million notes a common word costs that scan on every search, whatever conference is searched. So the
# newest RANK_WINDOW matches are fetched in rowid order (which FTS5 walks without scoring) and ranked here,
# with bm25's term-frequency and length weighting. Every match holds every word (the query is an AND), so
# the words are weighted alike. A word found in fewer notes than the window is ranked over all of them.
RANK_WINDOW = 500
_K1, _B = 1.2, 0.75  # bm25's usual constants, as FTS5 uses them


def _ranked(candidates: Sequence[Sequence[Any]], query: str, limit: int) -> list[int]:
    """The rowids of the `limit` best candidates, rows of (rowid, text), for the words of `query`
    (newest first among equals)."""
    words = [w.lower() for w in _WORD.findall(query)]
    tokenised = [(row[0], _WORD.findall(row[1].lower())) for row in candidates]
    average = sum(len(tokens) for _, tokens in tokenised) / len(tokenised) or 1.0
    scored = []
    for order, (rowid, tokens) in enumerate(tokenised):
        norm = _K1 * (1 - _B + _B * len(tokens) / average)
        score = 0.0
        for word in words:
            tf = sum(1 for token in tokens if token.startswith(word))
            score += tf * (_K1 + 1) / (tf + norm)
        scored.append((-score, order, rowid))
    scored.sort()
    return [rowid for _, _, rowid in scored[:limit]]


def search(store: Store, text: str, *, conference_id: str | None = None, limit: int = 50) -> list[Hit]:
    """The best `limit` notes for what was typed, best first, each with a snippet of where it matched."""
    if store.dialect == "postgresql":
        return _search_postgresql(store, text, conference_id, limit)
    query = fts_query(text)
    if query is None:
        return []
    if conference_id:
        runs = rowid_runs(store, conference_id)
        if not runs:
            return []
    else:
        runs = [(None, None)]
    words = _WORD.findall(text)
    long = search_words.long_words(words)
    candidates = _coarse_candidates(store, words, long, conference_id, runs) if long else None
    if candidates is None:
        candidates = _candidates(store, query, conference_id, runs)
    if not candidates:
        return []
    order = _ranked(candidates, text, limit)
    page_query = query
    texts = {rowid: row_text for rowid, row_text in candidates}
    page = [texts[rowid] for rowid in order]
    if long and all(search_words.is_plain(page_text) for page_text in page):
        # The page's own tokens for the long words: no prefix iterator for the snippets either.
        page_query = _exact_terms_query(words, long, page) or query
    if page_query == query and any(len(word) > search_words.LONGEST_PREFIX_INDEX for word in words):
        snippets = search_words.page_snippets(store.conn, query, {rowid: texts[rowid] for rowid in order})
        if snippets is not None:
            marks = ", ".join("?" * len(order))
            found = store.conn.execute(
                f"SELECT rowid AS hit_rowid, * FROM notes WHERE rowid IN ({marks})", order
            )
            shown = [
                {**dict(row), "snip": snippets[row["hit_rowid"]]}
                for row in found
                if row["hit_rowid"] in snippets
            ]
            return _page_of_hits(shown, order)
    # Snippets and records only for the page shown. FTS5 is given the page's rowid range (it seeks to it),
    # not the list: asked for rowids one by one, it walked each word's doclist over the whole store.
    rows: list[Any] = []
    for low, high in runs if conference_id else [(min(order), max(order))]:
        shown = [rowid for rowid in order if low <= rowid <= high]
        if not shown:
            continue
        marks = ", ".join("?" * len(shown))
        rows += store.conn.execute(
            "SELECT f.rowid AS hit_rowid, n.*, snippet(notes_fts, 0, ?, ?, '…', 12) AS snip"
            " FROM notes_fts f JOIN notes n ON n.rowid = f.rowid WHERE notes_fts MATCH ?"
            f" AND f.rowid BETWEEN ? AND ? AND +f.rowid IN ({marks})",
            (MARK_START, MARK_END, page_query, min(shown), max(shown), *shown),
        ).fetchall()
    return _page_of_hits(rows, order)


def _scope(conference_id: str | None, low: int | None, high: int | None) -> tuple[str, list[Any]]:
    if not conference_id:
        return "n.deleted = 0", []
    # The range lets FTS5 skip the doclists of every other conference instead of joining them.
    return "n.deleted = 0 AND n.conference_id = ? AND f.rowid BETWEEN ? AND ?", [conference_id, low, high]


def _candidates(store: Store, query: str, conference_id: str | None, runs: list) -> list[Any]:
    """The newest RANK_WINDOW matches as (rowid, text), newest first."""
    candidates: list[Any] = []
    for low, high in runs:  # newest first, so the candidates stay in rowid order, newest first
        candidates += _newest_matches(store, query, conference_id, low, high, RANK_WINDOW - len(candidates))
        if len(candidates) >= RANK_WINDOW:
            break
    return candidates


def _newest_matches(
    store: Store, query: str, conference_id: str | None, low: int | None, high: int | None, limit: int
) -> list[Any]:
    """Up to `limit` matches within the run, newest first, as (rowid, text).

    Read backwards, FTS5 first walks each segment of its index from the end of the words' entries down to
    the run, so a conference early in a grown store paid for every later one: 1.5 ms of a 4 ms search on
    a million notes in 13 segments, 0.3 ms once the index was merged into one. When the run holds no
    more matches than wanted (most searches of one conference), they are all read forwards, where FTS5
    seeks; the rowids alone tell, read forwards too."""
    scope, scope_params = _scope(conference_id, low, high)
    order = "DESC"
    if conference_id:
        counted = store.conn.execute(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?",
            (query, low, high, limit + 1),
        ).fetchall()
        order = "ASC" if len(counted) <= limit else "DESC"
    rows = store.conn.execute(
        f"SELECT f.rowid, n.text FROM notes_fts f JOIN notes n ON n.rowid = f.rowid"
        f" WHERE notes_fts MATCH ? AND {scope} ORDER BY f.rowid {order} LIMIT ?",
        (query, *scope_params, limit),
    ).fetchall()
    return rows[::-1] if order == "ASC" else rows


def _coarse_candidates(
    store: Store, words: list[str], long: list[str], conference_id: str | None, runs: list
) -> list[Any] | None:
    """`_candidates` for a query with words longer than the prefix indexes (app/search_words.py): FTS5
    finds the notes holding each long word's first characters, here only those holding the whole word
    are kept. None when a note found is not plain text, or over the whole store once COARSE_BUDGET
    notes were read: then FTS5 decides."""
    coarse = _coarse_query(words)
    candidates: list[Any] = []
    read = 0
    for low, high in runs:
        top = high
        while True:
            if conference_id:
                batch = _newest_matches(store, coarse, conference_id, low, top, RANK_WINDOW)
            else:  # one upper bound for FTS5 to seek to (given two, it may walk down from the other)
                scope, scope_params = _scope(conference_id, low, top)
                if top is not None:
                    scope, scope_params = f"{scope} AND f.rowid <= ?", [top]
                batch = store.conn.execute(
                    f"SELECT f.rowid, n.text FROM notes_fts f JOIN notes n ON n.rowid = f.rowid"
                    f" WHERE notes_fts MATCH ? AND {scope} ORDER BY f.rowid DESC LIMIT ?",
                    (coarse, *scope_params, RANK_WINDOW),
                ).fetchall()
            for rowid, row_text in batch:
                holds = search_words.holds_all(row_text, long)
                if holds is None:
                    return None
                if holds:
                    candidates.append((rowid, row_text))
                    if len(candidates) >= RANK_WINDOW:
                        return candidates
            if len(batch) < RANK_WINDOW:
                break
            read += len(batch)
            if not conference_id and read >= COARSE_BUDGET:
                return None
            top = batch[-1][0] - 1
    return candidates


# Over the whole store, FTS5's own prefix query merges the doclists of every term starting with a long
# word, and that merge is the work asked (12 ms for `kommunen`, in 78,000 of a million notes). Reading
# the notes that hold its first 6 characters is cheaper while most hold the whole word, but when few do it
# reads them all: 2.5 s for `kulturhus`, in none of the 189,000 notes holding a word starting with
# `kultur`. So it stops after this many notes (about 7 ms each 500) and FTS5 decides.
COARSE_BUDGET = 2 * RANK_WINDOW


def _coarse_query(words: list[str]) -> str:
    """The FTS5 query for `words` with each long word cut to the longest prefix index: a superset."""
    cut = search_words.LONGEST_PREFIX_INDEX
    return " ".join(f'"{search_words.fold(w)[:cut] if len(w) > cut else w}"*' for w in words)


def long_word_rowids(store: Store, text: str, runs: list[tuple[int, int]]) -> list[int] | None:
    """The rowids within `runs` (live or not, of any conference) whose note holds every typed word as a
    prefix of a token, for a text with words longer than the prefix indexes: FTS5 reads their first
    characters within the runs, and the whole words are decided here (app/search_words.py), as
    `search` does. None when there is no long word or a note found is not plain: FTS5 decides."""
    words = _WORD.findall(text)
    long = search_words.long_words(words)
    if not long:
        return None
    found = []
    for low, high in runs:
        rows = store.conn.execute(
            "SELECT f.rowid, n.text FROM notes_fts f JOIN notes n ON n.rowid = f.rowid"
            " WHERE notes_fts MATCH ? AND f.rowid BETWEEN ? AND ?",
            (_coarse_query(words), low, high),
        )
        for rowid, row_text in rows:
            holds = search_words.holds_all(row_text, long)
            if holds is None:
                return None
            if holds:
                found.append(rowid)
    return found


def _exact_terms_query(words: list[str], long: list[str], texts: list[str]) -> str | None:
    """The query with each long word as the OR of the tokens starting with it in the page's `texts`:
    FTS5 reads those terms' doclists within the page's rowids. None where a text holds two such tokens
    (see search_words.terms_starting)."""
    parts = []
    for word in words:
        folded = search_words.fold(word)
        if len(word) <= search_words.LONGEST_PREFIX_INDEX or folded not in long:
            parts.append(f'"{word}"*')
            continue
        terms = search_words.terms_starting(texts, folded)
        if not terms:
            return None
        parts.append("(" + " OR ".join(f'"{term}"' for term in terms) + ")")
    return " AND ".join(parts)  # FTS5 takes no implicit AND after a parenthesised group


# (store file, conference) -> (its notes' rowids in brief, its runs), for `rowid_runs`.
_RUNS: dict[tuple[str, str], tuple[tuple[Any, ...], list[tuple[int, int]]]] = {}


def rowid_runs(store: Store, conference_id: str) -> list[tuple[int, int]]:
    """The rowid ranges that hold a conference's notes, newest first. Its notes are mostly one run (a
    conference's tables arrive together), but a table imported later lands after every conference
    made since: one range from the first to the last would then span all of those, and a search would
    read their matches. Ranges are joined while the other notes between them stay fewer than the
    conference's own, so a search reads at most about twice its conference's share of the index.

    Several runs are found by reading every rowid of the conference (7 ms of a 4 ms search on a million
    notes, after one table's later import), so they are kept for the process (Review's filter asks on a
    new connection each time) while the conference's rowids are the same: note rows are never removed,
    so their count, sum, first and last, read with the usual query, tell a note added or moved."""
    low, high, count, total = store.conn.execute(
        "SELECT min(rowid), max(rowid), count(*), total(rowid) FROM notes WHERE conference_id = ?",
        (conference_id,),
    ).fetchone()
    if not count:
        return []
    if (high - low + 1) - count <= count:  # few others between: one range (the usual case, one query)
        return [(low, high)]
    key, seen = (str(store.path), conference_id), (low, high, count, total)
    kept = _RUNS.get(key)
    if kept is not None and kept[0] == seen:
        return kept[1]
    runs = _rowid_runs(store, conference_id)
    if len(_RUNS) >= 256:
        _RUNS.pop(next(iter(_RUNS)))
    _RUNS[key] = (seen, runs)
    return runs


def _rowid_runs(store: Store, conference_id: str) -> list[tuple[int, int]]:
    rowids = sorted(
        row[0]
        for row in store.conn.execute("SELECT rowid FROM notes WHERE conference_id = ?", (conference_id,))
    )
    runs = [[rowids[0], rowids[0]]]
    for rowid in rowids[1:]:
        if rowid == runs[-1][1] + 1:
            runs[-1][1] = rowid
        else:
            runs.append([rowid, rowid])
    gaps = sorted(range(len(runs) - 1), key=lambda i: runs[i + 1][0] - runs[i][1])
    budget, joined = len(rowids), set()
    for i in gaps:
        budget -= runs[i + 1][0] - runs[i][1] - 1
        if budget < 0:
            break
        joined.add(i)
    merged: list[tuple[int, int]] = []
    low = runs[0][0]
    for i, (_start, end) in enumerate(runs):
        if i not in joined:
            merged.append((low, end))
            if i + 1 < len(runs):
                low = runs[i + 1][0]
    return merged[::-1]


def pg_candidates(matches: str, scope: str) -> str:
    """The newest RANK_WINDOW matches on PostgreSQL. By `rowid + 0`: ordered by the rowid index, the
    server walked the notes newest first computing both vectors of each until enough matched (1.4 s for
    a word in one note of twelve, of 20,000); from the full-text indexes' bitmaps and a top-N sort it
    takes 30-80 ms (under load)."""
    where = f"WHERE {matches} AND {scope}"
    return f"SELECT n.rowid, n.text FROM notes n {where} ORDER BY n.rowid + 0 DESC LIMIT ?"


def _search_postgresql(store: Store, text: str, conference_id: str | None, limit: int) -> list[Hit]:
    """`search` on PostgreSQL: the GIN index finds the matches, the newest RANK_WINDOW are ranked as above,
    and ts_headline marks the matched words of the page shown as FTS5's snippet does."""
    found = pg_matches(store, text)
    if found is None:
        return []
    matches, params = found
    scope, scope_params = "n.deleted = 0", []
    if conference_id:
        scope += " AND n.conference_id = ?"
        scope_params.append(conference_id)
    candidates = store.conn.execute(
        pg_candidates(matches, scope), (*params, *scope_params, RANK_WINDOW)
    ).fetchall()
    if not candidates:
        return []
    order = _ranked(candidates, text, limit)
    marks = ", ".join("?" * len(order))
    rows = store.conn.execute(
        "SELECT n.rowid AS hit_rowid, n.*, ts_headline('simple', n.text, to_tsquery('simple', ?),"
        f" 'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=12, MinWords=4, ShortWord=1,"
        f" HighlightAll=false') AS snip FROM notes n WHERE n.rowid IN ({marks})",
        (_headline_query(store, text), *order),
    ).fetchall()
    return _page_of_hits(rows, order)


def _page_of_hits(rows: Sequence[Mapping], order: list[int]) -> list[Hit]:
    """The page's rows (each with its `hit_rowid` and `snip`) as hits, in the ranked order."""
    by_rowid = {row["hit_rowid"]: row for row in rows}
    rt = record_type("note")
    return [
        Hit(Note.from_record(decode_row(rt, by_rowid[rowid])), by_rowid[rowid]["snip"])
        for rowid in order
        if rowid in by_rowid
    ]
