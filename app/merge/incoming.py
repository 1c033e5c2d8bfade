"""A wire record arriving at `merge_records` (app/merge/bulk.py): shaped as merge needs it, and whether
the stored row already holds it exactly (the re-import fast path)."""

from __future__ import annotations

import json
import sqlite3

from app.hlc import ZERO
from app.knowledge import SEEN
from app.merge.registers import Wire, column_value, compact_json, normalise_deleted
from app.records import RecordType

_STAMPED: dict[str, frozenset[str]] = {}


def _stamped_names(rt: RecordType) -> frozenset[str]:
    names = _STAMPED.get(rt.name)
    if names is None:
        names = _STAMPED[rt.name] = frozenset([*rt.fields, "deleted"])
    return names


def shaped_incoming(rt: RecordType, record: Wire) -> Wire:
    """A wire record, shaped as merge needs it. The importer has checked it strictly already, so this
    only fills gaps; the record's own dicts are shared, never changed."""
    try:
        stamps = record["stamps"]
        if not stamps.keys() <= _stamped_names(rt):
            stamps = {name: stamp for name, stamp in stamps.items() if name in _stamped_names(rt)}
        fields = record["fields"]
        if fields.keys() != rt.fields.keys():
            fields = {name: fields.get(name) for name in rt.fields}
        shaped = {
            "id": record["id"],
            "type": rt.name,
            "origin": record["origin"],
            "rev": record["rev"],
            "base_rev": record.get("base_rev") or ZERO,
            "deleted": bool(record.get("deleted")),
            "fields": fields,
            "stamps": stamps,
        }
        if record.get(SEEN):
            shaped[SEEN] = record[SEEN]
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed {rt.name} record: {exc!r}") from None
    return normalise_deleted(rt, shaped) if shaped["deleted"] else shaped


def row_holds(rt: RecordType, row: sqlite3.Row, record: Wire) -> bool:
    """Whether the stored row is exactly this wire record: the re-import fast path, without decoding."""
    if (
        row["rev"] != record["rev"]
        or row["origin"] != record["origin"]
        or row["base_rev"] != record["base_rev"]
        or bool(row["deleted"]) != record["deleted"]
    ):
        return False
    stored_stamps = row["stamps"]
    # Rows merged from a bundle keep its stamps' text, so the same bundle again compares as text.
    if stored_stamps != compact_json(record["stamps"]) and json.loads(stored_stamps) != record["stamps"]:
        return False
    fields = record["fields"]
    return all(row[name] == column_value(kind, fields[name]) for name, kind in rt.fields.items())
