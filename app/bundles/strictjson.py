"""Strict JSON parsing of untrusted bundle members.

Refused: text that is not valid Unicode (a \\ud800-style escape that decodes to a lone surrogate: no
UTF-8 encoder, database or printer takes it), duplicate keys (two readers could disagree on which
wins), NaN and Infinity, floating-point numbers (bundles hold none), integers beyond the exact JSON
range, and nesting deeper than the format ever needs. Errors are ValueErrors whose `why` is the
message saying what (app/messages.py).
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.bundles.canonical import MAX_SAFE_INTEGER
from app.messages import Message, MessageError, message

MAX_DEPTH = 8
# Only an escape can bring a surrogate into decoded text (UTF-8 input cannot hold one): look for it first.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class InvalidText(MessageError):
    """A string in the JSON that is not valid Unicode (a lone surrogate)."""


def problem_of(exc: ValueError) -> Message:
    """What `loads` (or a check built on it) found wrong, as a message."""
    if isinstance(exc, MessageError):
        return exc.why
    return message("json-malformed", error=str(exc)[:200], position=0)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise MessageError(message("json-duplicate-key", key=key[:80]))
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise MessageError(message("json-not-number", name=name))


def _float(text: str) -> Any:
    raise MessageError(message("json-fraction", number=text[:20]))


def _int(text: str) -> int:
    if len(text) > 17:  # cheap guard before int(): 2**53 has 16 digits
        raise MessageError(message("json-integer-too-large"))
    value = int(text)
    if abs(value) > MAX_SAFE_INTEGER:
        raise MessageError(message("json-integer-too-large"))
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
        raise MessageError(message("json-too-deep")) from None
    except json.JSONDecodeError as exc:
        raise MessageError(message("json-malformed", error=exc.msg, position=exc.pos)) from None
    if check_depth:
        _check_depth(value)
    if _SURROGATE_ESCAPE.search(text):
        _check_text(value)
    return value


def has_surrogate_escape(text: str) -> bool:
    """Whether the text may decode to a surrogate (then `loads` looks at every string)."""
    return _SURROGATE_ESCAPE.search(text) is not None


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
                raise InvalidText(message("json-lone-surrogate"))
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
                raise MessageError(message("json-too-deep"))
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
