"""A note that says nothing once its personal data is removed: "Tel [personuppgift borttagen],
[personuppgift borttagen]" published as if it were a point someone made.

Such a text is a finding of its own in the review (kind EMPTIED, the whole text), held back until a
person decides: "remove" leaves the note out of what is published, "keep" publishes it with its
markers, "rewrite" publishes the secretariat's words instead. Its key holds a digest of the text, so a
note changed since is asked about again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from app.privacy.detect import Found

EMPTIED = "emptied"
# What is left around removed contact details without saying anything: their labels and the little
# words that join them (Swedish and English, as notes are written).
_FILLER = frozenset(
    """
    tel telefon telefonnr telefonnummer tfn nr nummer mobil mobilnr mobilnummer mob hem hemma arbete jobb
    e post epost mejl mail email mejladress mailadress adress hemadress webb hemsida länk kontakt
    kontakta kontaktperson ring ringa maila mejla skriv skicka nås når på till hos via eller och samt se
    el resp pnr personnummer samordningsnummer namn från av med
    phone call mobile number no email mail address contact at or and to via web site home name by
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+")


def says_nothing(text: str, removed: Iterable[tuple[int, int]]) -> bool:
    """Whether `text` with the spans `removed` taken out is left with nothing but contact labels,
    little words, digits and punctuation (and at least one span was removed). A finding kept or
    rewritten says something of its own: the caller does not ask then."""
    spans = sorted(removed)
    if not spans:
        return False
    left, last = [], 0
    for start, end in spans:
        left.append(text[last:start])
        last = max(last, end)
    left.append(text[last:])
    words = _WORD.findall(" ".join(left).casefold())
    return all(len(word) < 2 or word in _FILLER for word in words)


def emptied_finding(text: str) -> Found:
    """The finding that stands for the whole text: what a decision on it is about."""
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return Found(EMPTIED, 0, len(text), text, f"{EMPTIED}:{digest}")
