"""Every accepted field checked to its domain, not only its type, before anything is stored.

reader.py checks that each field has its type (text, whole number, list); this module checks what the
value may be: kinds from the known list, theme lists of ids, votes and counts not negative, numbers in
a sane range, table facts well-formed, dates real dates, ids in the form this app writes. A value
outside its domain would be stored and crash a later `status`, `minutes` or `export-data`, or make a
note vanish from the reports. `references_problem` (run in the import transaction) checks that a
note's question and table exist, here or in the same bundle.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from app.messages import Message, message
from app.records import NOTE_KINDS

if TYPE_CHECKING:
    from app.store import Store

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.:-]{0,99}\Z")
_STAMP = re.compile(r"[0-9]{15}-[0-9]{6}\Z")
_ORIGIN = re.compile(r"[0-9a-f]{16}\Z")
# Kept here, not imported from app.proposals / app.conflicts: the bundle layer sits below them.
_STATUSES = ("new", "shortlisted", "selected", "in-progress", "done", "not-pursued")
_OWNER_KINDS = ("organisation", "person", "")
_CHOICES = ("ours", "theirs", "text")
_ROLES = ("secretariat", "chair", "")
_MEDIA_TYPES = ("image/png", "image/jpeg")
_MAX_TEXT = 100_000  # characters in one field: a long note is a few thousand
_MAX_LIST = 1_000

Check = Callable[[Any], bool]


def _int_in(low: int, high: int) -> Check:
    return lambda v: type(v) is int and low <= v <= high


def _one_of(values: tuple[str, ...]) -> Check:
    return lambda v: v in values


def _uuid(v: Any) -> bool:
    """An id as records carry them: this app writes UUIDs; older and hand-made data plain id words."""
    return isinstance(v, str) and (_UUID.match(v) is not None or _ID.match(v) is not None)


is_id = _uuid  # for the bulk checks of note lines (records_bulk.py)
MAX_TEXT, MAX_LIST = _MAX_TEXT, _MAX_LIST


def _optional_uuid(v: Any) -> bool:
    return v is None or v == "" or _uuid(v)


def _uuids(v: Any) -> bool:
    return isinstance(v, list) and len(v) <= _MAX_LIST and all(_uuid(item) for item in v)


def _date(v: Any) -> bool:
    if v in (None, ""):
        return True
    try:
        return isinstance(v, str) and len(v) == 10 and date.fromisoformat(v) is not None
    except ValueError:
        return False


def _bands(v: Any) -> bool:
    """Table facts: empty, or a JSON object of band name -> a count, as app/conferences writes it."""
    if v in (None, ""):
        return True
    try:
        bands = json.loads(v)
    except (TypeError, ValueError):
        return False
    return (
        isinstance(bands, dict)
        and len(bands) <= 50
        and all(isinstance(k, str) and len(k) <= 100 for k in bands)
        and all(type(n) is int and 0 <= n <= 100_000 for n in bands.values())
    )


def _kept(v: Any) -> bool:
    return v == [] or (
        isinstance(v, list)
        and len(v) == 2
        and isinstance(v[0], str)
        and _STAMP.match(v[0]) is not None
        and isinstance(v[1], str)
        and _ORIGIN.match(v[1]) is not None
    )


def _texts(v: Any) -> bool:
    return isinstance(v, list) and len(v) <= _MAX_LIST and all(isinstance(item, str) for item in v)


_POSITION = _int_in(-(2**31), 2**31)
_MINUTES = _int_in(0, 24 * 60)
_TABLE = _int_in(1, 10_000)
_COUNT = _int_in(0, 1_000_000)

RULES: dict[str, dict[str, Check]] = {
    "theme": {"process_id": _uuid, "position": _POSITION},
    "conference": {"process_id": _uuid, "date": _date, "round_minutes": _MINUTES},
    "question": {"conference_id": _uuid, "position": _POSITION, "round_minutes": _MINUTES},
    "table": {
        "conference_id": _uuid,
        "number": _TABLE,
        "participants": lambda v: v is None or _COUNT(v),
        "bands": _bands,
    },
    "note": {
        "conference_id": _uuid,
        "table_number": _TABLE,
        "question_id": _uuid,
        "kind": _one_of(NOTE_KINDS),
        "text": lambda v: isinstance(v, str),
        "themes": _uuids,
        "votes": lambda v: v is None or _COUNT(v),
        "position": lambda v: v is None or _POSITION(v),
        "person_id": _optional_uuid,
    },
    "proposal_status": {
        "proposal_id": _uuid,
        "conference_id": _optional_uuid,
        "status": _one_of(_STATUSES),
        "owner_kind": lambda v: v is None or v in _OWNER_KINDS,
        "review_date": _date,
    },
    "proposal_group": {"conference_id": _uuid, "themes": _uuids},
    "proposal_link": {
        "note_id": _uuid,
        "group_id": _uuid,
        "conference_id": _uuid,
        "table_number": lambda v: v is None or _TABLE(v),
        "votes": lambda v: v is None or _COUNT(v),
    },
    "conflict_resolution": {
        "conference_id": _optional_uuid,
        "record_id": _uuid,
        "choice": _one_of(_CHOICES),
        "kept": _kept,
        "reviewed": _texts,
    },
    "paper_sheet": {
        "conference_id": _uuid,
        "table_number": _TABLE,
        "typed_by_role": lambda v: v is None or v in _ROLES,
        "notes": _uuids,
    },
    "attachment": {
        "conference_id": _uuid,
        "table_number": _TABLE,
        "media_type": _one_of(_MEDIA_TYPES),
        "size": _COUNT,
        "width": _COUNT,
        "height": _COUNT,
    },
}


def field_problem(record: dict[str, Any]) -> Message | None:
    """Why a record (already of the right shape and types) holds a value outside its domain, or None."""
    fields = record["fields"]
    for name, value in fields.items():
        if isinstance(value, str) and len(value) > _MAX_TEXT:
            return message("field-too-long", field=name, most=_MAX_TEXT)
    for name, check in RULES.get(record["type"], {}).items():
        if name in fields and not check(fields[name]):
            return message("field-domain", field=name, type=record["type"], value=_shown(fields[name]))
    return None


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "..."


def references_problem(store: Store, records: list[dict[str, Any]]) -> Message | None:
    """A note whose question or table exists neither here nor in the same bundle, or None."""
    notes = [r for r in records if r["type"] == "note"]
    if not notes:
        return None
    questions = {r["id"]: r["fields"]["conference_id"] for r in records if r["type"] == "question"}
    tables = {(r["fields"]["conference_id"], r["fields"]["number"]) for r in records if r["type"] == "table"}
    wanted_questions = {n["fields"]["question_id"] for n in notes} - set(questions)
    for start in range(0, len(wanted_questions), 500):
        chunk = sorted(wanted_questions)[start : start + 500]
        marks = ",".join("?" * len(chunk))
        questions.update(
            store.conn.execute(f"SELECT id, conference_id FROM questions WHERE id IN ({marks})", chunk)
        )
    wanted_tables = {(n["fields"]["conference_id"], n["fields"]["table_number"]) for n in notes} - tables
    for conference_id, number in wanted_tables:
        if store.conn.execute(
            "SELECT 1 FROM conference_tables WHERE conference_id = ? AND number = ?", (conference_id, number)
        ).fetchone():
            tables.add((conference_id, number))
    for note in notes:
        fields = note["fields"]
        if questions.get(fields["question_id"]) != fields["conference_id"]:
            return message("reference-question", note=note["id"])
        if (fields["conference_id"], fields["table_number"]) not in tables:
            return message("reference-table", note=note["id"], table=fields["table_number"])
    return None
