"""A text pasted into a note, tidied of what a phone or a web page brings along and nobody meant.

Kept as it came: the words, single spaces and runs of spaces, tabs, one empty line between paragraphs,
and the invisible characters that make writing right (the joiner in a family emoji, the non-joiner of
Persian words, the direction marks of Arabic or Hebrew). Changed:
- every kind of line break (CR LF, CR, the line and paragraph separators, vertical tab, form feed, NEL)
  becomes one new line;
- the no-break and typographic spaces (U+00A0, U+2007, U+202F, U+2000–U+200A, U+3000) become plain
  spaces, so the filter and search find "kl. 18" as typed;
- the zero-width space, the word joiner, the byte-order mark and the soft hyphen go, and so do other
  control characters: they hide inside words and keep them from being found;
- spaces at the end of a line go, more than one empty line in a row becomes one, and empty lines at the
  start or end of the paste go.
"""

from __future__ import annotations

import re

_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_WIDE_SPACES = "\u00a0\u2007\u202f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACES = str.maketrans(dict.fromkeys(_WIDE_SPACES, " "))
_DROPPED = re.compile("[\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_END_SPACES = re.compile("[ \t]+\n")
_EMPTY_LINES = re.compile("\n{3,}")


def tidy_pasted(text: str) -> str:
    """The pasted `text` as a note should hold it (see the module's words)."""
    text = _BREAKS.sub("\n", text).translate(_SPACES)
    text = _DROPPED.sub("", text)
    text = _LINE_END_SPACES.sub("\n", text)
    text = _EMPTY_LINES.sub("\n\n", text)
    return text.strip("\n")
