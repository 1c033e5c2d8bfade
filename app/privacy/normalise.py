"""Text as a reader sees it, with a way back to the characters as stored.

A name can hide from a plain search: a decomposed Ö (O + U+0308), a soft hyphen or a zero-width space
inside it, full-width letters. Detection runs on the NFKC form with invisible characters dropped; every
character of that form remembers which stored characters it came from, so a hit is removed from the
stored text exactly, invisible characters and all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

# Format characters (Cf: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks) and
# combining grapheme joiner: invisible in print, so they must not split a name.
_EXTRA_INVISIBLE = {"\u034f", "\u115f", "\u1160", "\u3164", "\uffa0"}


def invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or char in _EXTRA_INVISIBLE


@dataclass(frozen=True)
class Normalised:
    text: str  # NFKC, invisible characters dropped
    starts: Sequence[int]  # for each character of `text`, where its source begins in the original
    ends: Sequence[int]  # ... and where it ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of `text[start:end]` (end > start)."""
        return self.starts[start], self.ends[end - 1]


@cache
def _changing() -> re.Pattern[str]:
    """Any character that `normalise` may not keep as it is, one for one: an invisible or combining
    one, one that NFKC changes (a no-break space, "…", "½", a ligature), and any from U+3000 on (not
    looked at one by one: rare in notes, they take the long way)."""
    kept = [
        c
        for c in map(chr, range(0x3000))
        if not invisible(c) and not unicodedata.combining(c) and unicodedata.normalize("NFKC", c) == c
    ]
    spans: list[list[int]] = []
    for code in map(ord, kept):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return re.compile("[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in spans) + "]")


def normalise(original: str) -> Normalised:
    """Cluster each base character with the combining marks after it, NFKC each cluster.

    Most notes are plain text that this keeps as it is, character for character ("Åsa Öhrström – ring
    070-123 45 67!"): they are found so with one search and mapped one for one, without the long way's
    loop over every character (most of the personal-data review's time)."""
    if not _changing().search(original):
        return Normalised(original, range(len(original)), range(1, len(original) + 1))
    return _clustered(original)


def _clustered(original: str) -> Normalised:
    """`normalise` the long way, for any text."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(original)
    while i < n:
        if invisible(original[i]):
            i += 1
            continue
        j = i + 1
        # Marks after the base, skipping invisible characters between them (O, soft hyphen, U+0308).
        while j < n and (unicodedata.combining(original[j]) or invisible(original[j])):
            j += 1
        cluster = "".join(c for c in original[i:j] if not invisible(c))
        for char in unicodedata.normalize("NFKC", cluster):
            out.append(char)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalised("".join(out), tuple(starts), tuple(ends))


def plain(text: str) -> str:
    """The normalised text alone: for comparing names and remembering what was decided."""
    return " ".join(normalise(text).text.split())


# Letters a hasty typist writes without their marks (Sjostrom for Sjöström, Asa for Åsa) and whose
# decomposition does not give the plain letter.
_FOLDED_LETTERS = str.maketrans("øØłŁđĐ", "oOlLdD")


def folded_letter(char: str) -> str:
    """One character with the marks taken off its letter: "å" -> "a", "ø" -> "o", "-" -> "-"."""
    char = char.translate(_FOLDED_LETTERS)
    base = unicodedata.normalize("NFD", char)[0] if char.isalpha() and not char.isascii() else char
    return base if base.isalpha() else char


class _Folding(dict[int, int]):
    """`folded_letter` as a table for str.translate, each character worked out once, when first met."""

    def __missing__(self, code: int) -> int:
        self[code] = folded = ord(folded_letter(chr(code)))
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """`text` with the marks taken off its letters (å, ä, ö, é, ü, ø...), character for character, so
    a span of the folded text is the same span of `text`: a second form to look for names in."""
    return text.translate(_FOLDING)
