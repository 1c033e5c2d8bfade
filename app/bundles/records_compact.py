"""The "compact" records encoding of bundle format 2: one JSON array a line, a third of a wire record.

A wire record (app/records.py) spells every field's stamp out in full: a note carries ten
`"field": ["001764072000000-000000", "a1b2c3d4e5f60718"]` pairs, most of them equal. The compact line
names each distinct stamp once, with a bit mask of the fields it stamps, and gives the fields by
position:

    [type, id, origin, rev, base_rev, deleted, [values...], [[stamp group]...]]
    [type, id, origin, rev, base_rev, deleted, [values...], [[stamp group]...], [[rev, origin]...]]

- the ninth item, only in format 3 and only when there is one: the record's `seen` claims, as in a
  JSON-lines record (what its head's writer had seen that the record no longer shows);

- `values`: the record type's fields in the order of app/records.py (that order is part of this format:
  append new fields, never reorder them; tests/app/bundles/test_compact_records.py pins it);
- `base_rev`: a stamp, or 0 for the zero stamp (a record that was created, never edited on a base);
- `deleted`: 0 or 1;
- a stamp group: `[mask]` is the record's own (rev, origin), `[rev, mask]` a rev of the record's
  origin, `[rev, origin, mask]` any other; bit i of `mask` stands for field i, the bit after the last
  field for "deleted". Masks are disjoint and pairs distinct, so each field has at most one stamp.

Every line stands alone (no table of origins or texts shared across lines): the same record state in
the next export of the table is the same bytes, which is what lets an import skip it by its digest
(app/bundles/digests.py). A line decodes to exactly the wire record and then passes the very checks
a JSON-lines record passes (shape, types, domains), so the reader's strictness does not depend on the
encoding.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.bundles import strictjson
from app.bundles.format import BundleError
from app.bundles.records_jsonl import SEEN, line_refused
from app.hlc import ZERO
from app.messages import MessageError, message
from app.records import RECORD_TYPES, RecordType

COMPACT = "compact"

_STAMPED: dict[str, tuple[str, ...]] = {name: (*rt.fields, "deleted") for name, rt in RECORD_TYPES.items()}


def encode_record(record: dict[str, Any]) -> list[Any]:
    """One wire record as its compact array (see the module's docstring)."""
    rt = RECORD_TYPES[record["type"]]
    origin, rev = record["origin"], record["rev"]
    masks: dict[tuple[str, str], int] = {}
    for bit, name in enumerate(_STAMPED[rt.name]):
        pair = record["stamps"].get(name)
        if pair is not None:
            key = (pair[0], pair[1])
            masks[key] = masks.get(key, 0) | (1 << bit)
    groups: list[list[Any]] = []
    for (stamp_rev, stamp_origin), mask in sorted(masks.items()):
        if stamp_origin != origin:
            groups.append([stamp_rev, stamp_origin, mask])
        elif stamp_rev != rev:
            groups.append([stamp_rev, mask])
        else:
            groups.append([mask])
    fields = record["fields"]
    line = [
        rt.name,
        record["id"],
        origin,
        rev,
        0 if record["base_rev"] == ZERO else record["base_rev"],
        1 if record["deleted"] else 0,
        [fields.get(name) for name in rt.fields],
        groups,
    ]
    if record.get(SEEN):
        line.append(record[SEEN])
    return line


def encode(records: Iterable[dict[str, Any]], dumps: Any) -> str:
    """The member's text: one compact array a line, each written by `dumps` (the codec's encoder)."""
    return "".join(dumps(encode_record(r)) + "\n" for r in records)


def decode_line(text: str) -> dict[str, Any]:
    """One line's wire record, or ValueError naming what is wrong with the line's compact shape.
    The wire record still has to pass the JSON-lines checks (the caller runs them)."""
    line = strictjson.loads(text, check_depth=False)
    if not isinstance(line, list) or len(line) not in (8, 9):
        raise MessageError(message("compact-shape"))
    type_name, record_id, origin, rev, base_rev, deleted, values, groups, *seen = line
    rt = RECORD_TYPES.get(type_name) if isinstance(type_name, str) else None
    if rt is None:
        raise MessageError(message("record-type-unknown", type=str(type_name)[:40]))
    if base_rev == 0 and type(base_rev) is int:
        base_rev = ZERO
    elif not isinstance(base_rev, str):
        raise MessageError(message("compact-base"))
    if type(deleted) is not int or deleted not in (0, 1):
        raise MessageError(message("record-deleted"))
    if not isinstance(values, list) or len(values) != len(rt.fields):
        raise MessageError(message("compact-values", type=rt.name, count=len(rt.fields)))
    record = {
        "id": record_id,
        "type": rt.name,
        "origin": origin,
        "rev": rev,
        "base_rev": base_rev,
        "deleted": deleted == 1,
        "fields": dict(zip(rt.fields, values, strict=True)),
        "stamps": _stamps(rt, origin, rev, groups),
    }
    if seen:
        record[SEEN] = seen[0]  # checked with the rest of the wire record
    return record


_FIELD_NAMES: dict[str, tuple[str, ...]] = {name: tuple(rt.fields) for name, rt in RECORD_TYPES.items()}
_decode = json.JSONDecoder().decode


def decode_known_line(text: str) -> dict[str, Any]:
    """`decode_line` for bytes that passed every check before (a line merged here, known by its
    digest): the same wire record, without looking at its shape again, which is what a re-import
    spends its time on. On bytes that are no such line it raises ValueError, TypeError, KeyError or
    IndexError (the caller then checks the line in full)."""
    type_name, record_id, origin, rev, base_rev, deleted, values, groups, *seen = _decode(text)
    stamps: dict[str, list[Any]] = {}
    for group in groups:
        size = len(group)
        # One list for the fields a group stamps alike (nothing changes a stamp in place): building one
        # per field was a third of a re-import's reading of its known lines.
        pair = [rev, origin] if size == 1 else [group[0], origin] if size == 2 else group[:2]
        stamps.update(dict.fromkeys(names_of(type_name, group[-1]), pair))
    record = {
        "id": record_id,
        "type": type_name,
        "origin": origin,
        "rev": rev,
        "base_rev": ZERO if base_rev == 0 else base_rev,
        "deleted": deleted == 1,
        "fields": dict(zip(_FIELD_NAMES[type_name], values, strict=True)),
        "stamps": stamps,
    }
    if seen:
        record[SEEN] = seen[0]
    return record


def _stamps(rt: RecordType, origin: Any, rev: Any, groups: Any) -> dict[str, list[Any]]:
    names = _STAMPED[rt.name]
    if not isinstance(groups, list) or len(groups) > len(names):
        raise MessageError(message("compact-groups"))
    stamps: dict[str, list[Any]] = {}
    covered = 0
    pairs: set[tuple[Any, Any]] = set()
    for group in groups:
        if not isinstance(group, list) or not 1 <= len(group) <= 3:
            raise MessageError(message("compact-group"))
        *stamp, mask = group
        pair = (rev, origin) if not stamp else (stamp[0], origin) if len(stamp) == 1 else tuple(stamp)
        if not all(isinstance(part, str) for part in pair):
            raise MessageError(message("compact-group"))
        if type(mask) is not int or not 0 < mask < (1 << len(names)) or mask & covered:
            raise MessageError(message("compact-mask"))
        if pair in pairs:
            raise MessageError(message("compact-pair-twice"))
        pairs.add(pair)
        covered |= mask
        for name in names_of(rt.name, mask):
            stamps[name] = list(pair)
    return stamps


_MASKS: dict[tuple[str, int], tuple[str, ...]] = {}


def names_of(type_name: str, mask: int) -> tuple[str, ...]:
    """The stamped names a mask stands for (masks repeat: most records are written once, all together)."""
    names = _MASKS.get((type_name, mask))
    if names is None:
        stamped = _STAMPED[type_name]
        names = tuple(name for bit, name in enumerate(stamped) if mask >> bit & 1)
        if len(_MASKS) < 4096:  # a hostile bundle cannot grow it without bound
            _MASKS[(type_name, mask)] = names
    return names


def refusal(number: int, exc: ValueError) -> BundleError:
    """The refusal for a line whose compact shape is wrong (a lone surrogate has its own check)."""
    check = "unicode" if isinstance(exc, strictjson.InvalidText) else "records"
    return line_refused(number, strictjson.problem_of(exc), check)
