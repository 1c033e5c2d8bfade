"""The record types of a workspace: which SQL table holds each and which fields it carries.

Every record has the bookkeeping columns `id`, `origin`, `rev`, `base_rev`, `deleted` and `stamps`
(per-field clock stamps, JSON, so that merge can treat each field as its own last-writer-wins
register). The fields listed here are the payload that travels in bundles.

A record on the wire (one line of a bundle's records.jsonl, `Store.dump`):
    {"id": UUID, "type": name, "origin": 16 hex, "rev": HLC stamp, "base_rev": HLC stamp,
     "deleted": bool, "fields": {field: value}, "stamps": {field or "deleted": [rev, origin]}}
`stamps` names every field and "deleted": the (rev, origin) that last wrote each one.
"""

from __future__ import annotations

import json
from typing import Any

from app.frozen_values import FrozenValue, frozen_value, set_field

BOOKKEEPING = ("id", "origin", "rev", "base_rev", "deleted", "stamps")


@frozen_value
class RecordType(FrozenValue):
    """A kind of record that travels in bundles: its SQL table, payload fields and scope."""

    name: str  # the `type` of a record in a bundle
    table: str  # the SQL table that holds it
    fields: dict[str, type]  # payload fields and their Python types (str, int, list for JSON lists)
    scope: str  # "conference" (belongs to one conference), "table" (one table of one), "process"

    def __init__(self, name: str, table: str, fields: dict[str, type], scope: str) -> None:
        set_field(self, "name", name)
        set_field(self, "table", table)
        set_field(self, "fields", fields)
        set_field(self, "scope", scope)


NOTE_KINDS = ("note", "proposal", "guiding-word", "action")

RECORD_TYPES: dict[str, RecordType] = {
    rt.name: rt
    for rt in (
        RecordType("process", "processes", {"name": str, "organisation": str}, "process"),
        RecordType("theme", "themes", {"process_id": str, "name": str, "position": int}, "process"),
        RecordType(
            "conference",
            "conferences",
            {"process_id": str, "title": str, "date": str, "venue": str, "round_minutes": int},
            "conference",
        ),
        RecordType(
            "question",
            "questions",
            {"conference_id": str, "position": int, "text": str, "round_minutes": int},
            "conference",
        ),
        RecordType(
            "table",
            "conference_tables",
            {
                "conference_id": str,
                "number": int,
                "name": str,
                "chair_name": str,
                "participants": int,
                "bands": str,  # JSON object of optional aggregate age/gender bands; no names
            },
            "table",
        ),
        RecordType(
            "note",
            "notes",
            {
                "conference_id": str,
                "table_number": int,
                "question_id": str,
                "kind": str,
                "text": str,
                "themes": list,  # theme ids
                "votes": int,
                "position": int,
                "person_id": str,  # optional; notes never need a person
            },
            "table",
        ),
        RecordType("person", "people", {"name": str, "organisation": str}, "process"),
        # Proposal follow-up (app/proposals): each status change is its own record, so history travels.
        RecordType(
            "proposal_status",
            "proposal_statuses",
            {
                "proposal_id": str,  # a proposal note's id, or a proposal_group's id
                "conference_id": str,
                "status": str,  # never edited after creation: its stamp orders the history
                "decision": str,
                "reason": str,  # why it is not pursued
                "owner": str,
                "owner_kind": str,  # "organisation" (may be published) or "person" (never published)
                "contact": str,
                "review_date": str,  # YYYY-MM-DD or empty
                "decided_by": str,
                "decided_at": str,  # ISO 8601: the day (and, when recorded live, the time) of the decision
                "meeting": str,  # where it was decided, e.g. "Tillväxtrådet 20 maj"; "" when not said
            },
            "conference",
        ),
        RecordType(
            "proposal_group",
            "proposal_groups",
            {"conference_id": str, "text": str, "themes": list},
            "conference",
        ),
        RecordType(
            "proposal_link",
            "proposal_links",
            {"note_id": str, "group_id": str, "conference_id": str, "table_number": int, "votes": int},
            "conference",
        ),
        # The secretariat's own words in the public report (app/minutes/report_texts.py): foreword,
        # contact, how to respond, what happens next. One record per part; they travel with the follow-up.
        RecordType(
            "report_text",
            "report_texts",
            {"conference_id": str, "part": str, "text": str},
            "conference",
        ),
        # Personal-data review (app/privacy): what the secretariat decided about one finding in one
        # field of one record. It travels in the follow-up bundle, so another store publishes the same.
        RecordType(
            "privacy_decision",
            "privacy_decisions",
            {
                "conference_id": str,
                "source_id": str,  # the record whose text holds the finding (note, question, proposal)
                "field": str,  # which of its texts: text, decision, reason, owner, ...
                "kind": str,  # personnummer, samordningsnummer, phone, email, url, name; emptied (whole);
                # whole-note: a decision on the note itself, no finding (app/privacy/left_out.py)
                "match": str,  # the finding, normalised and case-folded: what the decision is about
                "action": str,  # "remove" | "keep" | "rewrite" | "omit" (the whole note left out)
                "replacement": str,  # the published words, for "rewrite"
                "decided_at": str,  # ISO 8601 local time
            },
            "conference",
        ),
        # "Same proposal, raised again": a proposal (note or merged group) of a later conference tied to
        # one of an earlier conference of the same process. It belongs to the later conference, where
        # the secretariat made it, so it travels in that conference's follow-up bundle.
        RecordType(
            "proposal_recurrence",
            "proposal_recurrences",
            {"later_id": str, "earlier_id": str, "conference_id": str, "earlier_conference_id": str},
            "conference",
        ),
        # What participants read about a proposal in the public report, written by the secretariat.
        RecordType(
            "proposal_summary",
            "proposal_summaries",
            {"proposal_id": str, "conference_id": str, "text": str},
            "conference",
        ),
        # Merge (app/merge.py): how a secretary settled a conflict. It travels, so every store that sees
        # it closes the same conflict the same way.
        RecordType(
            "conflict_resolution",
            "conflict_resolutions",
            {
                "conference_id": str,  # of the record in conflict, where it has one; for listing
                "record_type": str,
                "record_id": str,
                "field": str,
                "choice": str,  # "ours" | "theirs" | "text"
                "kept": list,  # [rev, origin] of the field's value after resolving
                "reviewed": list,  # JSON texts of {"rev", "origin", "value"}: every version reviewed
            },
            "conference",
        ),
        # Paper tables (app/sheets): one record per table per imported sheet says who typed which notes
        # from the paper, and when; its id comes from the file's hash, so the same file adds nothing twice.
        RecordType(
            "paper_sheet",
            "paper_sheets",
            {
                "conference_id": str,
                "table_number": int,
                "file_name": str,
                "sha256": str,  # of the file as imported
                "typed_by": str,  # the workspace identity's name, or empty
                "typed_by_role": str,  # "secretariat" | "chair": the minutes say who typed it in words
                "typed_at": str,  # ISO 8601 local time
                "notes": list,  # ids of the notes the sheet added
            },
            "table",
        ),
        # A photo or scan of a table's paper (app/attachments.py); the image travels as a bundle member
        # named by its SHA-256 (bundle format v2).
        RecordType(
            "attachment",
            "attachments",
            {
                "conference_id": str,
                "table_number": int,
                "sha256": str,
                "media_type": str,  # image/png | image/jpeg
                "file_name": str,  # the name it had when attached, for people
                "size": int,
                "width": int,
                "height": int,
                "caption": str,
                "added_by": str,
                "added_at": str,
            },
            "table",
        ),
    )
}


def record_type(name: str) -> RecordType:
    try:
        return RECORD_TYPES[name]
    except KeyError:
        raise KeyError(f"unknown record type {name!r}") from None


def encode_field(kind: type, value: Any) -> Any:
    if kind is list:
        return json.dumps(list(value or []), ensure_ascii=False, separators=(",", ":"))
    return value


def decode_field(kind: type, value: Any) -> Any:
    if kind is list:
        return json.loads(value) if value else []
    return value


_LIST_FIELDS: dict[str, tuple[str, ...]] = {}  # type name -> its fields kept as JSON text


def _list_fields(rt: RecordType) -> tuple[str, ...]:
    names = _LIST_FIELDS.get(rt.name)
    if names is None:
        names = _LIST_FIELDS[rt.name] = tuple(name for name, kind in rt.fields.items() if kind is list)
    return names


def wire_record(rt: RecordType, row: Any) -> dict[str, Any]:
    """A stored row (a database row, read by column name) as it travels in a bundle's records.jsonl
    (the shape above)."""
    fields = {name: row[name] for name in rt.fields}
    for name in _list_fields(rt):  # only the few fields decode_field changes (merge and dumps)
        fields[name] = decode_field(list, fields[name])
    return {
        "id": row["id"],
        "type": rt.name,
        "origin": row["origin"],
        "rev": row["rev"],
        "base_rev": row["base_rev"],
        "deleted": bool(row["deleted"]),
        "fields": fields,
        "stamps": json.loads(row["stamps"]),
    }


def decode_row(rt: RecordType, row: Any) -> dict[str, Any]:
    """A stored row as the services read it: its fields by name, beside the bookkeeping."""
    record: dict[str, Any] = {"id": row["id"], "type": rt.name}
    for name, kind in rt.fields.items():
        record[name] = decode_field(kind, row[name])
    for name in ("origin", "rev", "base_rev"):
        record[name] = row[name]
    record["deleted"] = bool(row["deleted"])
    record["stamps"] = json.loads(row["stamps"])
    return record
