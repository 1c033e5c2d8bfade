"""Canonical JSON in the manner of RFC 8785 (JCS), for the values bundles hold.

Keys sorted by their UTF-16 code units, no insignificant whitespace, strings as UTF-8 with only the
escapes JSON requires. Bundles hold no floating-point numbers, so integers are the only numbers and
must fit I-JSON's exact range; anything else is refused rather than written ambiguously. The same
content therefore always gives the same bytes, which makes manifests reproducible.
"""

from __future__ import annotations

import json
from typing import Any

MAX_SAFE_INTEGER = 2**53 - 1

_ESCAPE = json.encoder.encode_basestring  # escapes ", \\ and control characters, nothing else


def canonical_bytes(value: Any) -> bytes:
    parts: list[str] = []
    _emit(value, parts)
    try:
        return "".join(parts).encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text holds a lone surrogate, which is not valid Unicode") from None


def _emit(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ValueError(f"integer {value} is outside the exact range of JSON numbers")
        out.append(str(value))
    elif isinstance(value, str):
        out.append(_ESCAPE(value))
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _emit(item, out)
        out.append("]")
    elif isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise ValueError("object keys must be text")
        out.append("{")
        for index, key in enumerate(sorted(value, key=_utf16_key)):
            if index:
                out.append(",")
            out.append(_ESCAPE(key))
            out.append(":")
            _emit(value[key], out)
        out.append("}")
    else:
        raise ValueError(f"cannot write {type(value).__name__} in canonical JSON")


def _utf16_key(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")
