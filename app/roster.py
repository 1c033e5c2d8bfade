"""Which tables of a conference have reported, and on which questions: the secretariat's roll call.

The one definition, used by `rundabord status`, the secretariat's overview and every document (the
minutes and open data ask `reported_tables`): a table has reported when this store holds live notes of
it, proposals included, whoever typed them (a chair's laptop whose export was imported, two laptops at
one table, or the table's paper sheet typed in here). An export that brought no notes is not a report,
and neither is a signature alone: the overview shows such a table as an empty export, and the minutes
list it among the tables that have not reported. Notes and proposals are counted apart wherever both
are shown (`TableReport.notes`, `.proposals`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app import conferences
from app.dialect import json_list_items
from app.store import Store, database_errors


@dataclass(frozen=True)
class TableReport:
    number: int
    name: str
    chair_name: str
    participants: int
    written: int  # live notes of the table in this store, of either kind: what makes a report
    proposals: int = 0  # of those, the proposals
    by_question: dict[int, int] = field(default_factory=dict)  # question position -> written, either kind
    last_import: str | None = None  # when a bundle covering this table was last imported here
    signers: tuple[str, ...] = ()  # who signed its exports, in order of arrival (two laptops: both)

    @property
    def notes(self) -> int:
        """The notes that are not proposals. The overview and `rundabord status` both count notes and
        proposals apart (a proposal is a note of its own kind, and the secretary follows them up apart)."""
        return self.written - self.proposals

    @property
    def reported(self) -> bool:
        return has_reported(self.written)

    @property
    def empty_export(self) -> bool:
        """An export arrived but brought no notes: the chair may have exported before typing."""
        return self.last_import is not None and not self.reported


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


def has_reported(live_notes: int) -> bool:
    """The rule itself, on a table's count of live notes."""
    return live_notes > 0


def reported_tables(store: Store, conference_id: str) -> set[int]:
    """The numbers of the conference's tables that have reported (for the documents)."""
    return set(roster(store, conference_id).reported)


def roster(store: Store, conference_id: str) -> Roster:
    """The one answer to "who has reported", for `rundabord status` and the secretariat's overview."""
    conference = conferences.conference(store, conference_id)
    questions = conferences.questions(store, conference.id)
    position = {q.id: q.position for q in questions}
    counts: dict[int, dict[int, int]] = {}
    proposals: dict[int, int] = {}
    rows = store.conn.execute(
        "SELECT table_number, question_id, kind = 'proposal', COUNT(*) FROM notes"
        " WHERE conference_id = ? AND deleted = 0"
        " GROUP BY table_number, question_id, kind = 'proposal'",
        (conference.id,),
    )
    for table_number, question_id, is_proposal, count in rows:
        per_question = counts.setdefault(table_number, {})
        key = position.get(question_id, 0)  # 0: a question this store does not know
        per_question[key] = per_question.get(key, 0) + count
        if is_proposal:
            proposals[table_number] = proposals.get(table_number, 0) + count
    arrivals = _arrivals(store, conference.id)
    reports = []
    for t in conferences.tables(store, conference.id):
        last_import, signers = arrivals.get(t.number, (None, ()))
        reports.append(
            TableReport(
                number=t.number,
                name=t.name,
                chair_name=t.chair_name,
                participants=t.participants,
                written=sum(counts.get(t.number, {}).values()),
                proposals=proposals.get(t.number, 0),
                by_question=dict(sorted(counts.get(t.number, {}).items())),
                last_import=last_import,
                signers=signers,
            )
        )
    return Roster(conference.id, conference.title, {q.position: q.text for q in questions}, reports)


def _arrivals(store: Store, conference_id: str) -> dict[int, tuple[str, tuple[str, ...]]]:
    """Table number -> (when a table export covering it was last imported, who signed its exports)."""
    try:
        rows = store.conn.execute(
            "SELECT CAST(t.value AS INTEGER), i.imported_at, i.signer_name"
            f" FROM bundle_imports i, {json_list_items(store, 'i.tables', 't')}"
            " WHERE i.conference_id = ? AND i.kind = 'table-export' ORDER BY i.imported_at",
            (conference_id,),
        ).fetchall()
    except database_errors():  # a ledger of another shape: the roster still works, without dates
        return {}
    arrivals: dict[int, tuple[str, tuple[str, ...]]] = {}
    for number, when, signer in rows:
        _, signers = arrivals.get(number, ("", ()))
        arrivals[number] = (when, signers if signer in signers else (*signers, signer))
    return arrivals
