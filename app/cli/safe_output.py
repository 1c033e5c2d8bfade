"""What the CLI prints cannot drive the terminal: control characters and ANSI escapes are shown escaped.

Names and texts come from bundles other people signed; printed raw, an ESC sequence could recolour,
rewrite or hide lines of a secretary's terminal, and a carriage return could overprint a warning. Every
character of category Cc (C0 and C1 controls, DEL) except newline and tab, and the bidirectional
overrides, is written as a \\u.... escape instead (valid inside JSON too). So is a lone surrogate: a file
name's bytes that are not UTF-8 (a stick named in Latin-1), which a UTF-8 terminal cannot take.
"""

from __future__ import annotations

import re
from typing import TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    # \\u form: readable in plain text, and still valid inside a JSON string (--json output)
    return f"\\u{ord(match.group()):04x}"


def escaped(text: str) -> str:
    """`text` with every control character and bidi override escaped."""
    return _UNSAFE.sub(_escape, text)


class EscapingWriter:
    """A text stream that escapes what it writes and passes everything else to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escaped(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
