"""Text as a reader sees it, with a way back to the characters as stored.

A name can hide from a plain search: a decomposed Ö (O + U+0308), a soft hyphen or a zero-width space
inside it, full-width letters. Detection runs on the NFKC form with invisible characters dropped; every
character of that form remembers which stored characters it came from, so a hit is removed from the
stored text exactly, invisible characters and all.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Format characters (Cf: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks) and
# combining grapheme joiner: invisible in print, so they must not split a name.
_EXTRA_INVISIBLE = {"\u034f", "\u115f", "\u1160", "\u3164", "\uffa0"}


def invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or char in _EXTRA_INVISIBLE


@dataclass(frozen=True)
class Normalised:
    text: str  # NFKC, invisible characters dropped
    starts: tuple[int, ...]  # for each character of `text`, where its source begins in the original
    ends: tuple[int, ...]  # ... and where it ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of `text[start:end]` (end > start)."""
        return self.starts[start], self.ends[end - 1]


def normalise(original: str) -> Normalised:
    """Cluster each base character with the combining marks after it, NFKC each cluster."""
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


def fold(text: str) -> str:
    """`text` with the marks taken off its letters (å, ä, ö, é, ü, ø...), character for character, so
    a span of the folded text is the same span of `text`: a second form to look for names in."""
    folded = []
    for char in text.translate(_FOLDED_LETTERS):
        base = unicodedata.normalize("NFD", char)[0] if char.isalpha() and not char.isascii() else char
        folded.append(base if base.isalpha() else char)
    return "".join(folded)
