"""The strict checks of compact note lines, run over a whole bundle's notes at once instead of line by line.

A table export is a thousand notes, and checking each line alone (the strict parser's hooks, the shape,
the types, the domains: records_compact.py, records_jsonl.py, domain.py) was a third of an import's
CPU. Here every line is parsed by the C JSON scanner with its default hooks, and the notes' columns are
checked together: one regular expression over all ids, origins or stamps joined, the distinct values of
a column checked once, the types of a column as a set.

This is a quick way to *accept*, never a way to refuse: `notes` answers only when every line it is given
passes checks at least as strict as the line-by-line ones (anything the default parser lets through that
the strict one refuses, such as a float, NaN, a huge integer or an object with a key twice, fails a type
or range check here), and gives the very wire records `decode_line` gives. When anything is off it
answers None and the caller checks every line in full, so a refusal names the same line and problem as
before. A lone surrogate is looked for in the whole member first (codec.py), as the strict parser does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from itertools import chain
from typing import Any

from app.bundles.domain import MAX_LIST, MAX_TEXT, is_id
from app.bundles.records_compact import names_of
from app.hlc import ZERO
from app.records import NOTE_KINDS, RECORD_TYPES

NOTE = "note"
_FIELDS = tuple(RECORD_TYPES[NOTE].fields)
_MASKS = 1 << (len(_FIELDS) + 1)  # every field and "deleted"
_KINDS = frozenset(NOTE_KINDS)
_NONE = type(None)
# The C scanner with the default hooks; parse_float/parse_constant stay floats, which no check accepts.
_scan = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[attr-defined]

# Joined by "\n", a column matches when every value does (a value holding "\n" is caught by the count).
_UUIDS = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n)*\Z")
_ORIGINS = re.compile(r"(?:[0-9a-f]{16}\n)*\Z")
_STAMPS = re.compile(r"(?:[0-9]{15}-[0-9]{6}\n)*\Z")


def scan(text: str) -> Any:
    """One line's JSON value by the C scanner, or None when the line is not exactly one JSON value."""
    try:
        value, end = _scan(text, 0)
    except (StopIteration, ValueError, RecursionError):
        return None
    return value if end == len(text) else None


def is_note_line(value: Any) -> bool:
    return type(value) is list and len(value) == 8 and value[0] == NOTE


def _all(pattern: re.Pattern[str], column: Sequence[Any]) -> bool:
    """Every value a text matching `pattern`'s line."""
    if not column:
        return True
    if set(map(type, column)) != {str}:
        return False
    joined = "\n".join(column) + "\n"
    return joined.count("\n") == len(column) and pattern.match(joined) is not None


def _types(column: Sequence[Any], *allowed: type) -> bool:
    return set(map(type, column)) <= set(allowed)


def _ints_within(column: Sequence[Any], low: int, high: int) -> bool:
    numbers = [v for v in column if v is not None]
    return not numbers or (low <= min(numbers) and max(numbers) <= high)


def _ids(column: Sequence[Any]) -> bool:
    return all(is_id(v) for v in set(column))


def _fields_ok(values: Sequence[Any]) -> bool:
    """The notes' field values (lists of the fields in app/records.py's order): types and domains."""
    if set(map(type, values)) != {list} or set(map(len, values)) != {len(_FIELDS)}:
        return False
    conference, table, question, kind, text, themes, votes, position, person = zip(*values, strict=True)
    if not (_types(conference, str) and _types(question, str) and _types(kind, str) and _types(text, str)):
        return False
    if not (_types(table, int) and _types(votes, int, _NONE) and _types(position, int, _NONE)):
        return False
    if not (_types(themes, list) and _types(person, str, _NONE)):
        return False
    items = list(chain.from_iterable(themes))
    return (
        _ids(conference)
        and _ids(question)
        and set(kind) <= _KINDS
        and max(map(len, text)) <= MAX_TEXT
        and _ints_within(table, 1, 10_000)
        and _ints_within(votes, 0, 1_000_000)
        and _ints_within(position, -(2**31), 2**31)
        and max(map(len, themes)) <= MAX_LIST
        and _types(items, str)
        and _ids(items)
        and all(v is None or v == "" or is_id(v) for v in set(person))
    )


def _stamps(origin: str, rev: str, groups: Any, pairs: list[tuple[Any, Any]]) -> dict[str, list[Any]] | None:
    """A note's stamps from its groups (records_compact's rules), the pairs other than its own head
    added to `pairs` to be checked together; None where the groups break a rule."""
    if type(groups) is not list or len(groups) > len(_FIELDS) + 1:
        return None
    if len(groups) == 1:  # a note written once, every field stamped with its head: the rules below, at once
        group = groups[0]
        if type(group) is list and len(group) == 1 and type(group[0]) is int and 0 < group[0] < _MASKS:
            shared = [rev, origin]  # one list, as below
            return dict.fromkeys(names_of(NOTE, group[0]), shared)
    stamps: dict[str, list[Any]] = {}
    covered = 0
    seen: set[tuple[Any, Any]] = set()
    for group in groups:
        if type(group) is not list or not 1 <= len(group) <= 3:
            return None
        mask = group[-1]
        if type(mask) is not int or not 0 < mask < _MASKS or mask & covered:
            return None
        size = len(group)
        pair = (rev, origin) if size == 1 else (group[0], origin) if size == 2 else (group[0], group[1])
        if pair in seen:
            return None
        seen.add(pair)
        if size > 1:
            pairs.append(pair)
        covered |= mask
        shared = list(pair)  # nothing changes a stamp in place (records_compact.decode_known_line)
        stamps.update(dict.fromkeys(names_of(NOTE, mask), shared))
    return stamps


def notes(values: Sequence[list[Any]]) -> list[dict[str, Any]] | None:
    """The wire records of these compact note lines (each `is_note_line`), or None unless every one
    passes the checks in full (then check them line by line for the refusal)."""
    if not values:
        return []
    try:
        _type, ids, origins, revs, bases, deleted, fields, groups = zip(*values, strict=True)
        later = [b for b in bases if not (b == 0 and type(b) is int)]
        if not (
            _all(_UUIDS, ids) and _all(_ORIGINS, origins) and _all(_STAMPS, revs) and _all(_STAMPS, later)
        ):
            return None
        if not (_types(deleted, int) and set(deleted) <= {0, 1}) or not _fields_ok(fields):
            return None
        pairs: list[tuple[Any, Any]] = []
        stamps = [_stamps(o, r, g, pairs) for o, r, g in zip(origins, revs, groups, strict=True)]
        if None in stamps or not _all(_STAMPS, [p[0] for p in pairs]):
            return None
        if not _all(_ORIGINS, [p[1] for p in pairs]):
            return None
    except (TypeError, ValueError):  # an unhashable value where a text should be, and the like
        return None
    return [
        {
            "id": ids[i],
            "type": NOTE,
            "origin": origins[i],
            "rev": revs[i],
            "base_rev": ZERO if bases[i] == 0 else bases[i],
            "deleted": deleted[i] == 1,
            "fields": dict(zip(_FIELDS, fields[i], strict=True)),
            "stamps": stamps[i],
        }
        for i in range(len(values))
    ]
