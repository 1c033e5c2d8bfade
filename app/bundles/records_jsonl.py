"""The records.jsonl member (the "jsonl" records encoding): one wire record a line, each parsed by the
strict JSON reader and checked against the fixed shape of app/records.py before anything trusts it.

Its own module so that app/bundles/codec.py (which picks an encoding) and reader.py (which checks the
rest of a bundle) both build on it without importing each other.
"""

from __future__ import annotations

import re
from typing import Any

from app.bundles import strictjson
from app.bundles.domain import field_problem
from app.bundles.format import MAX_RECORD_LINE_BYTES, RECORDS, BundleError
from app.records import RECORD_TYPES

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
ORIGIN = re.compile(r"[0-9a-f]{16}\Z")
STAMP = re.compile(r"[0-9]{15}-[0-9]{6}\Z")  # app.hlc's fixed-width text form, checked without parsing
RECORD_KEYS = frozenset(("id", "type", "origin", "rev", "base_rev", "deleted", "fields", "stamps"))


def is_stamp(value: Any) -> bool:
    return isinstance(value, str) and STAMP.match(value) is not None


def parse_records(raw: bytes) -> list[dict[str, Any]]:
    """Every line one record in wire form; raises BundleError naming the first bad line."""
    if not raw:
        return []
    if not raw.endswith(b"\n"):
        raise BundleError("records", f"{RECORDS} does not end with a line break")
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, line in enumerate(raw[:-1].split(b"\n"), 1):
        if len(line) > MAX_RECORD_LINE_BYTES:
            raise BundleError("records", f"record line {number} is longer than {MAX_RECORD_LINE_BYTES} bytes")
        try:
            # No separate depth walk: record_problem accepts only the record's fixed, shallow shape.
            record = strictjson.loads(line.decode("utf-8"), check_depth=False)
        except UnicodeDecodeError:
            raise BundleError("records", f"record line {number} is not UTF-8 text") from None
        except strictjson.InvalidText as exc:
            raise BundleError("unicode", f"record line {number}: {exc}") from None
        except ValueError as exc:
            raise BundleError("records", f"record line {number}: {exc}") from None
        problem = record_problem(record)
        if problem:
            raise BundleError("records", f"record line {number}: {problem}")
        problem = field_problem(record)
        if problem:
            raise BundleError("field", f"record line {number}: {problem}")
        if record["id"] in seen:
            raise BundleError("records", f"record line {number}: id {record['id']} appears twice")
        seen.add(record["id"])
        records.append(record)
    return records


def record_problem(record: Any) -> str | None:
    if not isinstance(record, dict):
        return "not a JSON object"
    if set(record) != RECORD_KEYS:
        missing = sorted(RECORD_KEYS - set(record))
        if missing:
            return f"missing {'field' if len(missing) == 1 else 'fields'} {', '.join(missing)}"
        return "unexpected fields"
    rt = RECORD_TYPES.get(record["type"]) if isinstance(record["type"], str) else None
    if rt is None:
        return f"unknown record type {str(record['type'])[:40]!r}"
    if not isinstance(record["id"], str) or not UUID.match(record["id"]):
        return "malformed id"
    if not isinstance(record["origin"], str) or not ORIGIN.match(record["origin"]):
        return "malformed origin"
    if not is_stamp(record["rev"]) or not is_stamp(record["base_rev"]):
        return "malformed clock stamp"
    if type(record["deleted"]) is not bool:
        return "malformed deleted flag"
    fields = record["fields"]
    if not isinstance(fields, dict) or set(fields) != set(rt.fields):
        return f"the fields of a {rt.name} record are not {', '.join(rt.fields)}"
    for name, kind in rt.fields.items():
        value = fields[name]
        if value is None:
            continue
        if kind is int and type(value) is not int:
            return f"field {name} is not a whole number"
        if kind is str and not isinstance(value, str):
            return f"field {name} is not text"
        if kind is list and not (
            isinstance(value, list) and all(isinstance(v, str) or type(v) is int for v in value)
        ):
            return f"field {name} is not a list"
    stamps = record["stamps"]
    if not isinstance(stamps, dict) or not set(stamps) <= set(rt.fields) | {"deleted"}:
        return "malformed field stamps"
    for pair in stamps.values():
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not is_stamp(pair[0])
            or not isinstance(pair[1], str)
            or not ORIGIN.match(pair[1])
        ):
            return "malformed field stamps"
    return None
