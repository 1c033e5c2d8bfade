"""How a bundle's records are written and read: the one place that knows the records' encoding.

Format v1 has one encoding, "jsonl" (records.jsonl: one canonical JSON record a line, in the wire form
of app/records.py). A v2 manifest names its encoding in `records_encoding`, so a more compact one (one
is planned for note records) can be added here without touching the reader's or writer's other checks.
The JSON-lines parser and its strict per-record checks are in records_jsonl.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.errors import UserError

JSONL = "jsonl"
ENCODINGS = (JSONL,)


def encode_records(records: Iterable[dict[str, Any]], encoding: str = JSONL) -> bytes:
    """records.jsonl: one JSON object a line, keys sorted, no spaces. Records hold only the field names
    of app/records.py as keys and no floats, so this is the canonical form at the C encoder's speed."""
    if encoding != JSONL:
        raise ValueError(f"unknown records encoding {encoding!r}")
    encode = json.JSONEncoder(
        ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode
    try:
        return "".join(encode(r) + "\n" for r in records).encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("a record's text holds a lone surrogate, which is not valid Unicode") from None


def decode_records(raw: bytes, encoding: str = JSONL) -> list[dict[str, Any]]:
    """The records of an untrusted bundle, each checked; raises BundleError naming the first bad one."""
    from app.bundles.format import BundleError
    from app.bundles.records_jsonl import parse_records

    if encoding != JSONL:
        raise BundleError("manifest", f"unknown records encoding {str(encoding)[:40]!r}")
    return parse_records(raw)
