"""Which tables of a conference have reported, and on which questions: the secretariat's roll call.

A table has reported once notes written on another workspace (a chair's laptop) have arrived here
through an imported export. A note's conference and table are never edited, so the origin stamped on
its `conference_id` field is the workspace that created it, even after the secretariat corrected it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from app import conferences
from app.store import Store


@dataclass(frozen=True)
class TableReport:
    number: int
    name: str
    chair_name: str
    notes: int  # live notes that arrived from elsewhere
    by_question: dict[int, int] = field(default_factory=dict)  # question position -> notes
    last_import: str | None = None  # when a bundle covering this table was last imported here

    @property
    def reported(self) -> bool:
        return self.notes > 0


@dataclass(frozen=True)
class Roster:
    conference_id: str
    title: str
    questions: dict[int, str]  # position -> question text
    tables: list[TableReport]

    @property
    def reported(self) -> list[int]:
        return [t.number for t in self.tables if t.reported]

    @property
    def missing(self) -> list[int]:
        return [t.number for t in self.tables if not t.reported]


def roster(store: Store, conference_id: str) -> Roster:
    conference = conferences.conference(store, conference_id)
    questions = conferences.questions(store, conference.id)
    position = {q.id: q.position for q in questions}
    counts: dict[int, dict[int, int]] = {}
    rows = store.conn.execute(
        "SELECT table_number, question_id, COUNT(*) FROM notes"
        " WHERE conference_id = ? AND deleted = 0 AND json_extract(stamps, '$.conference_id[1]') != ?"
        " GROUP BY table_number, question_id",
        (conference.id, store.origin),
    )
    for table_number, question_id, count in rows:
        per_question = counts.setdefault(table_number, {})
        key = position.get(question_id, 0)  # 0: a question this store does not know
        per_question[key] = per_question.get(key, 0) + count
    last = _last_imports(store, conference.id)
    reports = [
        TableReport(
            number=t.number,
            name=t.name,
            chair_name=t.chair_name,
            notes=sum(counts.get(t.number, {}).values()),
            by_question=dict(sorted(counts.get(t.number, {}).items())),
            last_import=last.get(t.number),
        )
        for t in conferences.tables(store, conference.id)
    ]
    return Roster(conference.id, conference.title, {q.position: q.text for q in questions}, reports)


def _last_imports(store: Store, conference_id: str) -> dict[int, str]:
    """Table number -> when a table export covering it was last imported (the bundle ledger's rows)."""
    try:
        rows = store.conn.execute(
            "SELECT CAST(t.value AS INTEGER), MAX(i.imported_at) FROM bundle_imports i, json_each(i.tables) t"
            " WHERE i.conference_id = ? AND i.kind = 'table-export' GROUP BY 1",
            (conference_id,),
        ).fetchall()
    except sqlite3.OperationalError:  # a ledger of another shape: the roster still works, without dates
        return {}
    return {number: when for number, when in rows}
