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


def search(store: Store, text: str, *, conference_id: str | None = None, limit: int = 50) -> list[Hit]:
    query = fts_query(text)
    if query is None:
        return []
    where = "notes_fts MATCH ? AND n.deleted = 0"
    params: list[object] = [query]
    if conference_id:
        where += " AND n.conference_id = ?"
        params.append(conference_id)
    rows = store.conn.execute(
        "SELECT n.*, snippet(notes_fts, 0, '[', ']', '…', 12) AS snip FROM notes_fts"
        f" JOIN notes n ON n.rowid = notes_fts.rowid WHERE {where} ORDER BY rank LIMIT ?",
        (*params, limit),
    ).fetchall()
    rt = record_type("note")
    return [Hit(Note.from_record(decode_row(rt, row)), row["snip"]) for row in rows]
