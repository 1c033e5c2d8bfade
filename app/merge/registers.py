"""The pure rules of merging: every field of a record is a last-writer-wins register.

The value with the greatest (rev, origin) wins, ties broken by the value's bytes (cloned laptop profiles
share an origin). The deleted flag is a field too, with one extra rule: a tombstone loses to an edit
stamped after it, so a note edited on one laptop while deleted on another stays alive.

Nothing here touches a database: these functions are what the property tests check for being
commutative, associative and idempotent.
"""

from __future__ import annotations

import hashlib
import json
import re
from json.encoder import encode_basestring as _json_text  # a text as JSON (C), not escaping letters
from typing import Any

from app.knowledge import Stamp
from app.records import RecordType

Wire = dict[str, Any]
Version = tuple[Stamp, Any]  # (stamp, value)

NO_STAMP: Stamp = ("", "")  # a field a record does not stamp loses to any stamped value

# Built once: json.dumps with options builds a new encoder on every call, and merge calls it per field.
_canonical_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


_PLAIN = re.compile(r"[0-9A-Za-z_-]*\Z")  # texts that JSON writes as they are, between quotes
_ALIKE: dict[tuple[str, ...], str] = {}  # the stamped names -> their JSON object, the one stamp left open


def stamps_json(stamps: dict[str, list[str]]) -> str:
    """`compact_json(stamps)`, the same text, quicker for the usual record whose fields were all stamped
    by one edit: the names' part of the text is made once and the one stamp put in."""
    values = list(stamps.values())
    first = values[0] if values else None
    if type(first) is not list or len(first) != 2 or values.count(first) != len(values):
        return compact_json(stamps)
    rev, origin = first
    names = tuple(stamps)
    template = _ALIKE.get(names)
    if template is None:
        if not all(_PLAIN.match(name) for name in names) or len(_ALIKE) >= 4096:
            return compact_json(stamps)
        template = _ALIKE[names] = "{" + ",".join(f'"{name}":\0' for name in names) + "}"
    if type(rev) is not str or type(origin) is not str or not _PLAIN.match(rev + origin):
        return compact_json(stamps)
    return template.replace("\0", f'["{rev}","{origin}"]')


def value_key(value: Any) -> bytes:
    """The bytes that break a tie between two values with the same stamp: the value's canonical JSON.

    Merge asks for them several times per field and version; the usual values (a text, a whole number,
    null, a flag, a list of texts) are written here directly, the same bytes the encoder writes: it
    takes its slow general path for all but a text."""
    kind = type(value)
    if kind is str:
        return _json_text(value).encode("utf-8")
    if value is None:
        return b"null"
    if kind is int:
        return b"%d" % value
    if kind is bool:
        return b"true" if value else b"false"
    if kind is list and all(type(item) is str for item in value):
        return ("[" + ",".join(map(_json_text, value)) + "]").encode("utf-8")
    return _canonical_json(value).encode("utf-8")


_SCALARS = frozenset({str, int, bool, type(None)})  # equal values of one of these types: equal bytes


def same_value(a: Any, b: Any) -> bool:
    """`value_key(a) == value_key(b)`, without writing either for the usual scalar values."""
    kind = type(a)
    if kind is type(b) and kind in _SCALARS:
        return bool(a == b)
    return value_key(a) == value_key(b)


def column_value(kind: type, value: Any) -> Any:
    """`app.store.encode_field`, inlined for the bulk path (same bytes)."""
    if kind is list:
        return compact_json(list(value or []))
    return value


def conflict_id(record_id: str, field_name: str, stamp: Stamp, value: Any) -> str:
    """The same losing value gets the same id on every store, whatever the order bundles arrived in."""
    digest = hashlib.sha256()
    for part in (record_id, field_name, stamp[0], stamp[1]):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(value_key(value))
    return digest.hexdigest()[:20]


def stamp_of(record: Wire, name: str) -> Stamp:
    raw = record["stamps"].get(name)
    return (str(raw[0]), str(raw[1])) if raw else NO_STAMP


def normalise_deleted(rt: RecordType, record: Wire) -> Wire:
    """A tombstone older than an edit of any other field does not hold: the note lives."""
    if record["deleted"]:
        deleted_at = stamp_of(record, "deleted")
        if any(stamp_of(record, name) > deleted_at for name in rt.fields):
            record["deleted"] = False
    return record


def merge_states(rt: RecordType, a: Wire, b: Wire) -> Wire:
    """Field by field, the later writer wins. Commutative, associative and idempotent."""
    merged_fields: dict[str, Any] = {}
    stamps: dict[str, list[str]] = {}
    for name in (*rt.fields, "deleted"):
        value_a = a["deleted"] if name == "deleted" else a["fields"].get(name)
        value_b = b["deleted"] if name == "deleted" else b["fields"].get(name)
        stamp_a, stamp_b = stamp_of(a, name), stamp_of(b, name)
        # (stamp, value bytes) compared as a pair; the bytes only when the stamps tie
        if stamp_b > stamp_a or (stamp_b == stamp_a and value_key(value_b) > value_key(value_a)):
            merged_fields[name], stamp = value_b, stamp_b
        else:
            merged_fields[name], stamp = value_a, stamp_a
        if stamp != NO_STAMP:
            stamps[name] = list(stamp)
    head_a, head_b = (a["rev"], a["origin"]), (b["rev"], b["origin"])
    if head_a == head_b:
        base_rev = max(a["base_rev"], b["base_rev"])
    else:
        base_rev = a["base_rev"] if head_a > head_b else b["base_rev"]
    rev, origin = max(head_a, head_b)
    deleted = bool(merged_fields.pop("deleted"))
    merged = {
        "id": a["id"],
        "type": rt.name,
        "origin": origin,
        "rev": rev,
        "base_rev": base_rev,
        "deleted": deleted,
        "fields": merged_fields,
        "stamps": stamps,
    }
    return normalise_deleted(rt, merged)


def same_state(a: Wire, b: Wire) -> bool:
    return (
        a["rev"] == b["rev"]
        and a["origin"] == b["origin"]
        and a["base_rev"] == b["base_rev"]
        and a["deleted"] == b["deleted"]
        and a["stamps"] == b["stamps"]
        and a["fields"] == b["fields"]
    )
