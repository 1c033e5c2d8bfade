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


# Ranking is what makes a common word slow: bm25 must score every match, a quarter of a million notes for
# a word like "kommunen". People read the first page, so only the newest RANK_WINDOW matches are ranked; a
# query with fewer matches than that is ranked whole, exactly as before.
RANK_WINDOW = 2_000


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
    matching = f"FROM notes_fts f JOIN notes n ON n.rowid = f.rowid WHERE notes_fts MATCH ? AND {scope}"
    newest = [
        row[0]
        for row in store.conn.execute(
            f"SELECT f.rowid {matching} ORDER BY f.rowid DESC LIMIT ?", (query, *scope_params, RANK_WINDOW)
        )
    ]
    if not newest:
        return []
    ranked = store.conn.execute(
        f"SELECT f.rowid {matching} AND f.rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?",
        (query, *scope_params, newest[-1], newest[0], limit),
    ).fetchall()
    order = [row[0] for row in ranked]
    if not order:
        return []
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
