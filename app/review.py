"""The secretariat's Review tab, as queries: which notes of a conference pass a filter, in what order,
and what the window needs to show a page of them.

A merged central store holds 100,000 notes, so the window asks for the matching rowids in a worker
thread (`matching_rowids`, with that thread's own connection) and then reads the notes a page at a time
by rowid (`notes_at`), a millisecond each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.dialect import json_list_holds, on_postgresql
from app.model import Note
from app.records import record_type
from app.search import fts_query, long_word_rowids, pg_matches, rowid_runs
from app.store import Store, decode_row
from app.workspace import open_store

_MAX_PARAMS = 500  # SQLite's limit on ? parameters, with room to spare


@dataclass
class NoteFilter:
    question_id: str = ""
    theme_id: str = ""
    table_number: int | None = None
    kind: str = ""
    text: str = ""

    def sql(self, store: Store, conference_id: str) -> tuple[str, str, list[Any]]:
        """(join, where, params) selecting the live notes of a conference that pass the filter."""
        join, where, params = "", ["n.conference_id = ?", "n.deleted = 0"], [conference_id]
        if self.question_id:
            where.append("n.question_id = ?")
            params.append(self.question_id)
        if self.theme_id:
            where.append(json_list_holds(store, "n.themes"))
            params.append(self.theme_id)
        if self.table_number is not None:
            where.append("n.table_number = ?")
            params.append(self.table_number)
        if self.kind:
            where.append("n.kind = ?")
            params.append(self.kind)
        found = pg_matches(store, self.text) if on_postgresql(store) else None
        if found is not None:
            where.append(found[0])
            params += found[1]
        elif not on_postgresql(store) and fts_query(self.text):
            # A subquery, not a join: SQLite then runs the full-text match once (50 ms on 100,000 notes)
            # instead of once per candidate row (over 30 s). Within the conference's rowid ranges: FTS5
            # then reads its share of the index, not every conference's matches.
            runs = rowid_runs(store, conference_id) or [(0, -1)]
            # A word longer than FTS5's prefix indexes would make it merge the doclists of every term
            # starting with it over the whole store: its first characters are matched instead, and the
            # whole word decided in Python (app/search_words.py), as search does.
            decided = long_word_rowids(store, self.text, runs)
            if decided is not None:
                where.append("n.rowid IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(decided))
                return join, " AND ".join(where), params
            match = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? AND rowid BETWEEN ? AND ?"
            where.append(f"n.rowid IN ({' UNION ALL '.join([match] * len(runs))})")
            for low, high in runs:
                params += [fts_query(self.text), low, high]
        return join, " AND ".join(where), params


def ordered_rowids(store: Store, conference_id: str, note_filter: NoteFilter) -> list[int]:
    """The rowids of the notes that pass the filter, in display order (table, question, place)."""
    join, where, params = note_filter.sql(store, conference_id)
    rows = store.conn.execute(
        f"SELECT n.rowid FROM notes n{join} LEFT JOIN questions q ON q.id = n.question_id WHERE {where}"
        " ORDER BY n.table_number, q.position, n.position, n.id",
        params,
    )
    return [row[0] for row in rows]


def matching_rowids(db_path: Path | str, conference_id: str, note_filter: NoteFilter) -> list[int]:
    """`ordered_rowids` on a connection of the calling thread's own (for a worker thread)."""
    if not conference_id:
        return []
    store = open_store(db_path)
    try:
        return ordered_rowids(store, conference_id, note_filter)
    finally:
        store.close()


def notes_at(store: Store, rowids: list[int]) -> list[Note]:
    """The notes of these rowids, in this order; a note deleted since the query is skipped."""
    rt = record_type("note")
    found: dict[int, Note] = {}
    for start in range(0, len(rowids), _MAX_PARAMS):
        part = rowids[start : start + _MAX_PARAMS]
        marks = ",".join("?" * len(part))
        rows = store.conn.execute(
            f"SELECT rowid AS rid, * FROM notes WHERE deleted = 0 AND rowid IN ({marks})", part
        )
        found.update({row["rid"]: Note.from_record(decode_row(rt, row)) for row in rows})
    return [found[r] for r in rowids if r in found]


def merged_proposal_texts(store: Store, conference_id: str) -> dict[str, str]:
    """Note id -> the text of the merged proposal it belongs to."""
    if not store.db["proposal_links"].exists():
        return {}
    rows = store.conn.execute(
        "SELECT l.note_id, g.text FROM proposal_links l JOIN proposal_groups g ON g.id = l.group_id"
        " WHERE l.conference_id = ? AND l.deleted = 0 AND g.deleted = 0",
        (conference_id,),
    )
    return {note_id: text for note_id, text in rows}
