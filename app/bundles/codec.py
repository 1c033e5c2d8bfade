"""How a bundle's records are written and read: the one place that knows the records' encodings.

Format v1 has one encoding, "jsonl" (records.jsonl: one canonical JSON record a line, in the wire form
of app/records.py). A v2 manifest names its encoding in `records_encoding`: "jsonl", or "compact"
(records_compact.py: one JSON array a line, a third of the size). The member keeps its name
records.jsonl either way: it is JSON lines. Whatever the encoding, every line becomes a wire record and
passes the same strict checks (shape, types, domains, no id twice) before anything trusts it.

A line this store merged before (same signer, conference, encoding and bytes: its digest is known,
app/bundles/digests.py) passed every check then, so it is read without them (the C JSON parser alone)
and marked as *skipped*. When the digest's row also names the record's conference (m470), the line is
not even read: its id, type and place come from that row, which is all the claim, role and "no id
twice" checks need of a record that merges nothing new, and it is read only should something ask for
the whole record (`read_known_line`). Reading the JSON was what a re-import spent its time on.

A compact member's new note lines are checked all together (records_bulk.py), which accepts exactly what
the line-by-line checks accept; anything else, or any doubt, goes line by line.
"""

from __future__ import annotations

import binascii
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from app.bundles import records_bulk, strictjson
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


class Known(NamedTuple):
    """What a digest this store merged before stood for (a tuple: a re-import makes a thousand)."""

    record_id: str
    type: str
    table_number: int
    conference_id: str | None = None  # the record's conference (NULL on rows remembered before m470)


@dataclass
class Decoded:
    records: list[dict[str, Any] | None]  # every line's wire record, to merge; None where `unread`
    skipped: set[str] = field(default_factory=set)  # ids of lines known by digest, read unchecked
    digests: dict[str, str] = field(default_factory=dict)  # record id -> digest of its line (SKIPPABLE)
    lines: list[str] = field(default_factory=list)  # every line's digest, in order (with a context)
    raw_lines: list[bytes] = field(default_factory=list)  # every line's bytes, in order (with a context)
    unread: dict[int, Known] = field(default_factory=dict)  # line index -> what its known digest stands for


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


# A digest's characters: base64's, with '.' and '_' for '+' and '/' ('+' and '-' mark a line list kept as a
# change, app/merge/forks.py), 6 bits each; 32 of them, as the lists are read.
_DIGEST_ALPHABET = bytes.maketrans(b"+/", b"._")


def _place(context: bytes) -> str:
    """A digest's first 4 characters: the context's own (24 bits of SHA-256 over it)."""
    whole = binascii.b2a_base64(hashlib.sha256(b"place\0" + context).digest()[:3], newline=False)
    return whole.translate(_DIGEST_ALPHABET).decode("ascii")


def line_digests(context: bytes, lines: Iterable[bytes]) -> list[str]:
    """The lines' digests: the context's 4 characters, then 168 bits of SHA-256 over the context and the
    line (28 characters). The first part keeps one signer's lines for a conference side by side in the
    digests' index (`merge_lines`), so that a table's new lines go in on a few of its pages, not on a
    page each across a store that has merged a million; the second is more than the 128 bits of hex
    digits the digests had before (a line remembered by one of those is read in full once, and kept
    again under its new digest)."""
    place, sha256 = _place(context), hashlib.sha256
    # 21 bytes are 28 characters without padding: all the lines' in one encoding.
    raw = b"".join([sha256(context + line).digest()[:21] for line in lines])
    text = binascii.b2a_base64(raw, newline=False).translate(_DIGEST_ALPHABET).decode("ascii")
    return [place + text[i : i + 28] for i in range(0, len(text), 28)]


def line_digest(context: bytes, line: bytes) -> str:
    return line_digests(context, (line,))[0]


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
    digests = line_digests(context, lines) if context is not None else []
    seen_before = known(digests) if known is not None and digests else {}
    decoded = Decoded([], lines=digests, raw_lines=lines if context is not None else [])
    was_at = [seen_before.get(d) for d in digests] if seen_before else [None] * len(lines)
    checked = _checked_together(raw, encoding, [i for i, was in enumerate(was_at) if was is None])
    ids: set[str] = set()
    parse = _compact_record if encoding == COMPACT else _jsonl_record
    for number, line in enumerate(lines, 1):
        was = was_at[number - 1]
        record = None
        if was is not None and was.conference_id == conference_id and was.type in SKIPPABLE:
            decoded.unread[number - 1] = was
            decoded.skipped.add(was.record_id)
            record_id = was.record_id
        else:
            record = _known_record(line, encoding, was, conference_id) if was is not None else None
            if record is not None:
                decoded.skipped.add(record["id"])
            else:
                record = checked.get(number - 1) or parse(number, line)
                if digests and record["type"] in SKIPPABLE:
                    decoded.digests[record["id"]] = digests[number - 1]
            record_id = record["id"]
        decoded.records.append(record)
        if record_id in ids:
            raise line_refused(number, message("record-twice", id=record_id))
        ids.add(record_id)
    return decoded


def _checked_together(raw: bytes, encoding: str, wanted: list[int]) -> dict[int, dict[str, Any]]:
    """The wire records of the wanted lines that are compact notes, checked all together, by line index:
    all of them when every one passes (records_bulk.py), else none (each line is then checked alone)."""
    if encoding != COMPACT or len(wanted) < 2:
        return {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return {}
    if strictjson.has_surrogate_escape(text):
        return {}
    texts = text[:-1].split("\n")  # the very lines of `_lines`: b"\n" is no part of a longer UTF-8 character
    values = {i: records_bulk.scan(texts[i]) for i in wanted}
    at = [i for i, value in values.items() if records_bulk.is_note_line(value)]
    records = records_bulk.notes([values[i] for i in at])
    return dict(zip(at, records, strict=True)) if records else {}


def read_known_line(
    number: int, line: bytes, encoding: str, was: Known, conference_id: str
) -> dict[str, Any]:
    """The record of a line left unread (`Decoded.unread`), when something asks for it whole: read
    quickly as a known line, or checked in full should it not be the record its digest stood for."""
    record = _known_record(line, encoding, was, conference_id)
    if record is not None:
        return record
    return (_compact_record if encoding == COMPACT else _jsonl_record)(number, line)


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
