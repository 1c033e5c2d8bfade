"""Full-text search over note text with SQLite FTS5."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.model import Note
from app.records import record_type
from app.store import Store, decode_row

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    note: Note
    snippet: str  # the matching words wrapped in [ ]


def fts_query(text: str) -> str | None:
    """Turn what a person types into an FTS5 query: every word must match, each as a prefix.

    Quoting each word keeps FTS5 syntax (AND, NEAR, quotes, colons) out of user input.
    """
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words) or None


# FTS5's own bm25 first counts, for every query word, the notes of the whole store that hold it: on a store
# of a million notes a common word costs that scan on every search, whatever conference is searched. So the
# newest RANK_WINDOW matches are fetched in rowid order (which FTS5 walks without scoring) and ranked here,
# with bm25's term-frequency and length weighting. Every match holds every word (the query is an AND), so
# the words are weighted alike. A word found in fewer notes than the window is ranked over all of them.
RANK_WINDOW = 500
_K1, _B = 1.2, 0.75  # bm25's usual constants, as FTS5 uses them


def _ranked(candidates: list[tuple[int, str]], words: list[str], limit: int) -> list[int]:
    """The rowids of the `limit` best candidates (newest first among equals)."""
    tokenised = [(rowid, _WORD.findall(text.lower())) for rowid, text in candidates]
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
    query = fts_query(text)
    if query is None:
        return []
    scope, scope_params = "n.deleted = 0", []
    if conference_id:
        low_high = store.conn.execute(
            "SELECT min(rowid), max(rowid) FROM notes WHERE conference_id = ?", (conference_id,)
        ).fetchone()
        if low_high[0] is None:
            return []
        # The rowid range lets FTS5 skip the doclists of every other conference instead of joining them.
        scope += " AND n.conference_id = ? AND f.rowid BETWEEN ? AND ?"
        scope_params = [conference_id, *low_high]
    candidates = store.conn.execute(
        f"SELECT f.rowid, n.text FROM notes_fts f JOIN notes n ON n.rowid = f.rowid"
        f" WHERE notes_fts MATCH ? AND {scope} ORDER BY f.rowid DESC LIMIT ?",
        (query, *scope_params, RANK_WINDOW),
    ).fetchall()
    if not candidates:
        return []
    order = _ranked([(row[0], row[1]) for row in candidates], [w.lower() for w in _WORD.findall(text)], limit)
    # Snippets and records only for the page shown.
    marks = ", ".join("?" * len(order))
    rows = store.conn.execute(
        "SELECT f.rowid AS hit_rowid, n.*, snippet(notes_fts, 0, '[', ']', '…', 12) AS snip FROM notes_fts f"
        f" JOIN notes n ON n.rowid = f.rowid WHERE notes_fts MATCH ? AND f.rowid IN ({marks})",
        (query, *order),
    ).fetchall()
    by_rowid = {row["hit_rowid"]: row for row in rows}
    rt = record_type("note")
    return [
        Hit(Note.from_record(decode_row(rt, by_rowid[rowid])), by_rowid[rowid]["snip"])
        for rowid in order
        if rowid in by_rowid
    ]
