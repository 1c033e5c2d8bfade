"""The shape of one wire record (app/records.py), checked before anything trusts it, whatever the
records encoding; and the refusal of a record line.

Its own module so that app/bundles/codec.py (which picks an encoding), records_compact.py and reader.py
(which checks the rest of a bundle) all build on it without importing each other.
"""

from __future__ import annotations

import re
from typing import Any

from app.bundles.format import BundleError, refused
from app.knowledge import MAX_SEEN, SEEN
from app.messages import Message, message
from app.records import RECORD_TYPES

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
ORIGIN = re.compile(r"[0-9a-f]{16}\Z")
STAMP = re.compile(r"[0-9]{15}-[0-9]{6}\Z")  # app.hlc's fixed-width text form, checked without parsing
RECORD_KEYS = frozenset(("id", "type", "origin", "rev", "base_rev", "deleted", "fields", "stamps"))


def is_stamp(value: Any) -> bool:
    return isinstance(value, str) and STAMP.match(value) is not None


def line_refused(number: int, problem: Message, check: str = "records") -> BundleError:
    """The refusal of record line `number`, the problem with it kept as data."""
    return refused(check, "line", line=number, problem=problem.as_json())


def record_problem(record: Any) -> Message | None:
    """What is wrong with the record's shape or types, or None."""
    if not isinstance(record, dict):
        return message("record-not-object")
    if set(record) != RECORD_KEYS and set(record) != RECORD_KEYS | {SEEN}:
        missing = sorted(RECORD_KEYS - set(record))
        if missing:
            return message("record-fields-missing", fields=", ".join(missing))
        return message("record-fields-unexpected")
    rt = RECORD_TYPES.get(record["type"]) if isinstance(record["type"], str) else None
    if rt is None:
        return message("record-type-unknown", type=str(record["type"])[:40])
    if not isinstance(record["id"], str) or not UUID.match(record["id"]):
        return message("record-id")
    if not isinstance(record["origin"], str) or not ORIGIN.match(record["origin"]):
        return message("record-origin")
    if not is_stamp(record["rev"]) or not is_stamp(record["base_rev"]):
        return message("record-stamp")
    if type(record["deleted"]) is not bool:
        return message("record-deleted")
    fields = record["fields"]
    if not isinstance(fields, dict) or set(fields) != set(rt.fields):
        return message("record-fields", type=rt.name, fields=", ".join(rt.fields))
    for name, kind in rt.fields.items():
        value = fields[name]
        if value is None:
            continue
        if kind is int and type(value) is not int:
            return message("field-not-number", field=name)
        if kind is str and not isinstance(value, str):
            return message("field-not-text", field=name)
        if kind is list and not (
            isinstance(value, list) and all(isinstance(v, str) or type(v) is int for v in value)
        ):
            return message("field-not-list", field=name)
    stamps = record["stamps"]
    if not isinstance(stamps, dict) or not set(stamps) <= set(rt.fields) | {"deleted"}:
        return message("record-stamps")
    checked: set[tuple[str, str]] = set()  # most fields share their stamp: each pair checked once
    for pair in stamps.values():
        if not isinstance(pair, list) or len(pair) != 2:
            return message("record-stamps")
        rev, origin = pair
        if isinstance(rev, str) and isinstance(origin, str) and (rev, origin) in checked:
            continue
        if not is_stamp(rev) or not isinstance(origin, str) or not ORIGIN.match(origin):
            return message("record-stamps")
        checked.add((rev, origin))
    if SEEN in record:
        return seen_problem(record[SEEN], record["origin"], record["rev"])
    return None


def seen_problem(seen: Any, origin: str, rev: str) -> Message | None:
    """What is wrong with a record's `seen` claims, or None: 1 to MAX_SEEN stamps [rev, origin], one per
    other workspace, each earlier than the record's own rev (nothing written can have seen its future).
    The claims are the signer's word; the merge counts each only for an edit its store holds."""
    if not isinstance(seen, list) or not 0 < len(seen) <= MAX_SEEN:
        return message("record-seen")
    origins: set[str] = set()
    for pair in seen:
        if not isinstance(pair, list) or len(pair) != 2:
            return message("record-seen")
        seen_rev, seen_origin = pair
        if not is_stamp(seen_rev) or not isinstance(seen_origin, str) or not ORIGIN.match(seen_origin):
            return message("record-seen")
        if seen_origin == origin or seen_origin in origins or seen_rev >= rev:
            return message("record-seen")
        origins.add(seen_origin)
    return None
