"""Strict JSON parsing of untrusted bundle members.

Refused: text that is not valid Unicode (a \\ud800-style escape that decodes to a lone surrogate: no
UTF-8 encoder, database or printer takes it), duplicate keys (two readers could disagree on which
wins), NaN and Infinity, floating-point numbers (bundles hold none), integers beyond the exact JSON
range, and nesting deeper than the format ever needs. Errors are ValueError with a short
plain-English message.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.bundles.canonical import MAX_SAFE_INTEGER

MAX_DEPTH = 8
# Only an escape can bring a surrogate into decoded text (UTF-8 input cannot hold one): look for it first.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class InvalidText(ValueError):
    """A string in the JSON that is not valid Unicode (a lone surrogate)."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _float(text: str) -> Any:
    raise ValueError(f"unexpected fractional number {text[:20]}")


def _int(text: str) -> int:
    if len(text) > 17:  # cheap guard before int(): 2**53 has 16 digits
        raise ValueError("integer too large")
    value = int(text)
    if abs(value) > MAX_SAFE_INTEGER:
        raise ValueError("integer too large")
    return value


_DECODER = json.JSONDecoder(
    object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float, parse_int=_int
)


def loads(text: str, *, check_depth: bool = True) -> Any:
    """Parse one JSON text strictly; raise ValueError naming what is wrong. A caller that checks the
    value's shape itself may skip the depth walk (the parser still refuses runaway nesting)."""
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON ({exc.msg} at character {exc.pos})") from None
    if check_depth:
        _check_depth(value)
    if _SURROGATE_ESCAPE.search(text):
        _check_text(value)
    return value


def _valid(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_text(value: Any) -> None:
    """Every key and string holds valid Unicode; a pair of surrogate escapes decodes to one character."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not _valid(item):
                raise InvalidText("a text holds an escape that is no Unicode character (a lone surrogate)")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _check_depth(value: Any) -> None:
    # Iterative, so a hostile value cannot exhaust the stack here either.
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                raise ValueError("nested too deeply")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
