"""How a bundle's records are written and read: the one place that knows the records' encodings.

Format v1 has one encoding, "jsonl" (records.jsonl: one canonical JSON record a line, in the wire form
of app/records.py). A v2 manifest names its encoding in `records_encoding`: "jsonl", or "compact"
(records_compact.py: one JSON array a line, a third of the size). The member keeps its name
records.jsonl either way: it is JSON lines. Whatever the encoding, every line becomes a wire record and
passes the same strict checks (shape, types, domains, no id twice) before anything trusts it.

A line this store merged before (same signer, conference, encoding and bytes: its digest is known,
app/bundles/digests.py) passed every check then, so it is read without them (the C JSON parser alone)
and marked as *skipped*; everything after the reader (role and claim checks, merge, its evidence)
sees it as before. Reading and strictly checking the JSON is what a re-import spent its time on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.bundles.format import MAX_RECORD_LINE_BYTES, refused
from app.bundles.records_compact import COMPACT, decode_known_line, decode_line, refusal
from app.bundles.records_compact import encode as encode_compact
from app.bundles.records_jsonl import line_refused
from app.errors import UserError
from app.messages import message
from app.records import RECORD_TYPES

JSONL = "jsonl"
ENCODINGS = (JSONL, COMPACT)
# Record types an import may skip by digest: a table's own notes and sheets. Not the table record
# (its facts are checked against the store), nor attachments (their images are checked member by member).
SKIPPABLE = frozenset(
    name for name, rt in RECORD_TYPES.items() if rt.scope == "table" and name not in ("table", "attachment")
)


@dataclass(frozen=True)
class Known:
    """What a digest this store merged before stood for."""

    record_id: str
    type: str
    table_number: int


@dataclass
class Decoded:
    records: list[dict[str, Any]]  # every line's wire record, to merge
    skipped: set[str] = field(default_factory=set)  # ids of lines known by digest, read unchecked
    digests: dict[str, str] = field(default_factory=dict)  # record id -> digest of its line (SKIPPABLE)
    lines: list[str] = field(default_factory=list)  # every line's digest, in order (with a context)
    raw_lines: list[bytes] = field(default_factory=list)  # every line's bytes, in order (with a context)


_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode


def encode_records(records: Iterable[dict[str, Any]], encoding: str = JSONL) -> bytes:
    """The records member. "jsonl": one JSON object a line, keys sorted, no spaces (records hold only
    the field names of app/records.py as keys and no floats, so this is the canonical form at the C
    encoder's speed); "compact": see records_compact.py."""
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown records encoding {encoding!r}")
    try:
        if encoding == COMPACT:
            return encode_compact(records, _ENCODE).encode("utf-8")
        return "".join(_ENCODE(r) + "\n" for r in records).encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("a record's text holds a lone surrogate, which is not valid Unicode") from None


def digest_context(encoding: str, key_id: str, conference_id: str) -> bytes:
    """What a line's digest is bound to besides its bytes: a line means the same record only in the
    same encoding, and was checked against this signer's grants for this conference."""
    return f"rundabord-line\0{encoding}\0{key_id}\0{conference_id}\0".encode()


def line_digest(context: bytes, line: bytes) -> str:
    return hashlib.sha256(context + line).hexdigest()[:32]


def decode_records(
    raw: bytes,
    encoding: str = JSONL,
    *,
    context: bytes | None = None,
    conference_id: str | None = None,
    known: Callable[[list[str]], Mapping[str, Known]] | None = None,
) -> Decoded:
    """The records of an untrusted bundle, each checked; raises BundleError naming the first bad one.

    With a digest `context`, the digest of every SKIPPABLE line is returned; with `known` as well, a
    line whose digest `known` answers (as the same record, in the bundle's `conference_id`) is read
    without the checks it passed before."""
    if encoding not in ENCODINGS:
        raise refused("version", "encoding-unknown", encoding=repr(str(encoding)[:40]))
    lines = _lines(raw)
    digests = [line_digest(context, line) for line in lines] if context is not None else []
    seen_before = known(digests) if known is not None and digests else {}
    decoded = Decoded([], lines=digests, raw_lines=lines if context is not None else [])
    ids: set[str] = set()
    parse = _compact_record if encoding == COMPACT else _jsonl_record
    for number, line in enumerate(lines, 1):
        was = seen_before.get(digests[number - 1]) if seen_before else None
        record = _known_record(line, encoding, was, conference_id) if was is not None else None
        if record is not None:
            decoded.skipped.add(record["id"])
        else:
            record = parse(number, line)
            if digests and record["type"] in SKIPPABLE:
                decoded.digests[record["id"]] = digests[number - 1]
        decoded.records.append(record)
        if record["id"] in ids:
            raise line_refused(number, message("record-twice", id=record["id"]))
        ids.add(record["id"])
    return decoded


def _known_record(line: bytes, encoding: str, was: Known, conference_id: str | None) -> dict[str, Any] | None:
    """A line merged here before, read without the checks its bytes passed then; None (check it in
    full) should it not be the record its digest was remembered as."""
    try:
        text = line.decode("utf-8")
        record = decode_known_line(text) if encoding == COMPACT else json.loads(text)
        fields = record["fields"]
        same = (
            record["id"] == was.record_id
            and record["type"] == was.type
            and fields["conference_id"] == conference_id
            and fields["table_number"] == was.table_number
        )
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    return record if same else None


def _lines(raw: bytes) -> list[bytes]:
    if not raw:
        return []
    if not raw.endswith(b"\n"):
        raise refused("records", "records-no-line-break")
    lines = raw[:-1].split(b"\n")
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_RECORD_LINE_BYTES:
            raise refused("records", "line-too-long", line=number, most=MAX_RECORD_LINE_BYTES)
    return lines


def _text(number: int, line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        raise refused("records", "line-not-utf8", line=number) from None


def _jsonl_record(number: int, line: bytes) -> dict[str, Any]:
    from app.bundles import strictjson

    try:
        # No separate depth walk: the wire checks accept only the record's fixed, shallow shape.
        record = strictjson.loads(_text(number, line), check_depth=False)
    except ValueError as exc:
        raise refusal(number, exc) from None
    _check_wire(number, record)
    return record


def _compact_record(number: int, line: bytes) -> dict[str, Any]:
    try:
        record = decode_line(_text(number, line))
    except ValueError as exc:
        raise refusal(number, exc) from None
    _check_wire(number, record)
    return record


def _check_wire(number: int, record: Any) -> None:
    from app.bundles.domain import field_problem
    from app.bundles.records_jsonl import record_problem

    problem = record_problem(record)
    if problem:
        raise line_refused(number, problem)
    problem = field_problem(record)
    if problem:
        raise line_refused(number, problem, "field")
