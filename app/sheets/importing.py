"""Turning a reviewed sheet into notes, through the same merge path as a bundle.

The rows become note records in wire form, stamped by this workspace's clock, and go through
`app.merge.merge_records` inside one transaction, beside a `paper_sheet` record per table that says who
typed them from the paper and when. Ids come from content, so nothing is added twice:
- a note's id is derived from its conference, table, question, kind and text (and which of several
  identical rows it is), so a sheet imported again, re-saved, or imported on the chair's laptop and at
  the secretariat both, adds each note once; a row of the open-data CSV names the note it was
  published from, so the CSV imported into its own conference adds only the rows typed into it since;
- a paper_sheet's id is derived from the file's SHA-256 and the table.
On a chair's laptop the records are table-scoped, so the table's next signed export carries them.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.errors import UserError
from app.hlc import ZERO
from app.merge import merge_records
from app.messages import plural
from app.records import record_type
from app.sheets.review import SheetReview, SheetRow
from app.store import Store

_NAMESPACE = uuid.UUID("5d0c3f7e-6a47-4b43-9f51-2f1f4f0c2a20")  # Rundabord's paper tables


@dataclass(frozen=True)
class PlannedNote:
    """A row as it will be added, or why it will not be (already there)."""

    row: SheetRow
    note_id: str
    already: bool


@dataclass(frozen=True)
class SheetImport:
    added: int
    already: int
    skipped_rows: int  # rows with problems, left out when importing the valid rows only
    tables: tuple[int, ...]
    already_imported_at: str | None = None  # the whole file was imported before


def note_id_for(conference_id: str, row: SheetRow, occurrence: int) -> str:
    key = "\x1f".join(
        (
            conference_id,
            str(row.table),
            row.question.id,
            row.kind,
            " ".join(row.text.split()),
            str(occurrence),
        )
    )
    return str(uuid.uuid5(_NAMESPACE, key))


def sheet_record_id(sha256: str, conference_id: str, table: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"sheet\x1f{sha256}\x1f{conference_id}\x1f{table}"))


def plan(store: Store, review: SheetReview) -> list[PlannedNote]:
    """The preview: every valid row, its note id, and whether that note is already in the workspace
    (deleted ones count: a note the secretariat removed is not brought back by importing again)."""
    seen: Counter[tuple[Any, ...]] = Counter()
    planned = []
    for row in review.rows:
        if row.note_id and _published_from(store, review.conference.id, row.note_id):
            planned.append(PlannedNote(row, row.note_id, True))  # its text may differ: a name removed
            continue
        key = (row.table, row.question.id, row.kind, " ".join(row.text.split()))
        note_id = note_id_for(review.conference.id, row, seen[key])
        seen[key] += 1
        planned.append(
            PlannedNote(row, note_id, store.get("note", note_id, include_deleted=True) is not None)
        )
    return planned


def _published_from(store: Store, conference_id: str, note_id: str) -> bool:
    """Whether the open-data row's note is one of this conference's (a deleted one too)."""
    record = store.get("note", note_id, include_deleted=True)
    return record is not None and record["conference_id"] == conference_id


def previous_import(store: Store, review: SheetReview) -> dict[str, Any] | None:
    """The paper_sheet record of an earlier import of this very file, if any."""
    rows = store.select(
        "paper_sheet",
        "conference_id = ? AND sha256 = ?",
        (review.conference.id, review.sha256),
        order_by="typed_at",
    )
    return rows[0] if rows else None


def import_sheet(
    store: Store,
    review: SheetReview,
    *,
    typed_by: str,
    typed_by_role: str,
    valid_only: bool = False,
) -> SheetImport:
    """Add the review's rows as notes. Refused unless every row passed, or `valid_only` is given."""
    if not review.headers_ok:
        raise UserError("the sheet's columns are not right; nothing was imported")
    if review.problems and not valid_only:
        raise UserError(
            f"{plural(len(review.problems), 'problem')} in {plural(review.rows_with_problems, 'row')};"
            " fix them, or import the valid rows only; nothing was imported"
        )
    skipped = review.rows_with_problems
    typed_at = datetime.now().astimezone().isoformat(timespec="minutes")
    with store.transaction():
        planned = plan(store, review)  # inside the transaction: what is already there cannot change
        new = [p for p in planned if not p.already]
        positions = _next_positions(store, review.conference.id, new)
        records = [_note_record(store, review.conference.id, p, positions) for p in new]
        for table in sorted({p.row.table for p in new}):
            record_id = sheet_record_id(review.sha256, review.conference.id, table)
            if store.get("paper_sheet", record_id, include_deleted=True) is not None:
                continue  # this file's record for the table came first (e.g. from the chair's export)
            notes = [p.note_id for p in new if p.row.table == table]
            fields = {
                "conference_id": review.conference.id,
                "table_number": table,
                "file_name": review.file_name,
                "sha256": review.sha256,
                "typed_by": typed_by,
                "typed_by_role": typed_by_role,
                "typed_at": typed_at,
                "notes": notes,
            }
            records.append(
                _wire(
                    store, "paper_sheet", sheet_record_id(review.sha256, review.conference.id, table), fields
                )
            )
        if records:
            merge_records(store, records)
    # The same file again adds nothing (every note's id is already here); say when it came first.
    earlier = previous_import(store, review) if not new else None
    return SheetImport(
        len(new), len(planned) - len(new), skipped, tuple(review.tables()), earlier and earlier["typed_at"]
    )


def _next_positions(store: Store, conference_id: str, new: list[PlannedNote]) -> dict[tuple[int, str], int]:
    positions: dict[tuple[int, str], int] = {}
    for place in {(p.row.table, p.row.question.id) for p in new}:
        row = store.conn.execute(
            "SELECT COALESCE(MAX(position), 0) FROM notes"
            " WHERE conference_id = ? AND table_number = ? AND question_id = ? AND deleted = 0",
            (conference_id, *place),
        ).fetchone()
        positions[place] = row[0]
    return positions


def _note_record(
    store: Store, conference_id: str, planned: PlannedNote, positions: dict[tuple[int, str], int]
) -> dict[str, Any]:
    row = planned.row
    place = (row.table, row.question.id)
    positions[place] += 1
    fields = {
        "conference_id": conference_id,
        "table_number": row.table,
        "question_id": row.question.id,
        "kind": row.kind,
        "text": row.text,
        "themes": [t.id for t in row.themes],
        "votes": row.votes,
        "position": positions[place],
        "person_id": None,
    }
    return _wire(store, "note", planned.note_id, fields)


def _wire(store: Store, type_name: str, record_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A record as a bundle would carry it, written by this workspace now."""
    rt = record_type(type_name)
    rev = str(store.tick())
    stamp = [rev, store.origin]
    return {
        "id": record_id,
        "type": rt.name,
        "origin": store.origin,
        "rev": rev,
        "base_rev": ZERO,
        "deleted": False,
        "fields": {name: fields.get(name) for name in rt.fields},
        "stamps": {name: stamp for name in (*rt.fields, "deleted")},
    }


def paper_sheets(store: Store, conference_id: str, table_number: int) -> list[dict[str, Any]]:
    """The sheets typed for a table, oldest first (for the minutes and the windows)."""
    return store.select(
        "paper_sheet",
        "conference_id = ? AND table_number = ?",
        (conference_id, table_number),
        order_by="typed_at, id",
    )
