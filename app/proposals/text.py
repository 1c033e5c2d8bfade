"""Swedish words for comparing texts: tokenising, stop words and Snowball stemming.

Shared by the similarity grouping and the de-duplication of guiding words, so that "Mötesplatser för
unga" and "mötesplats för ungdomar" reduce to the same stems in both places.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Function words and the filler of municipal prose that says nothing about what a text is about.
STOP_WORDS = frozenset(
    (
        "och",
        "i",
        "att",
        "det",
        "som",
        "en",
        "på",
        "är",
        "av",
        "för",
        "med",
        "till",
        "den",
        "har",
        "de",
        "inte",
        "om",
        "ett",
        "han",
        "men",
        "var",
        "jag",
        "sig",
        "från",
        "vi",
        "så",
        "kan",
        "man",
        "när",
        "år",
        "säga",
        "hon",
        "under",
        "också",
        "efter",
        "eller",
        "nu",
        "sin",
        "där",
        "vid",
        "mot",
        "ska",
        "skall",
        "kunna",
        "skulle",
        "blir",
        "bli",
        "blev",
        "sedan",
        "alla",
        "andra",
        "få",
        "hans",
        "än",
        "dem",
        "detta",
        "deras",
        "hennes",
        "hur",
        "här",
        "honom",
        "ingen",
        "inget",
        "inga",
        "just",
        "mer",
        "mest",
        "mycket",
        "måste",
        "någon",
        "något",
        "några",
        "ni",
        "oss",
        "sina",
        "sitt",
        "själv",
        "sådan",
        "sådant",
        "sådana",
        "vara",
        "varit",
        "vad",
        "vem",
        "vilka",
        "vilken",
        "vilket",
        "vår",
        "våra",
        "vårt",
        "utan",
        "ut",
        "upp",
        "över",
        "även",
        "då",
        "du",
        "dig",
        "din",
        "ditt",
        "dina",
        "mig",
        "min",
        "mitt",
        "mina",
        "er",
        "ert",
        "era",
        "denna",
        "dessa",
        "dess",
        "genom",
        "hos",
        "både",
        "bara",
        "redan",
        "samt",
        "allt",
        "eftersom",
        "åt",
        "inom",
        "ju",
        "emot",
        "mellan",
        "ha",
        "hade",
        "göra",
        "gör",
        "gjorde",
        "görs",
        "göras",
        "får",
        "fått",
        "finns",
        "fanns",
        "behövs",
        "behöver",
        "bör",
        "borde",
        "vill",
        "ville",
        "t",
        "ex",
        "bättre",
        "fler",
        "flera",
        "mera",
        "ökad",
        "ökat",
        "öka",
    )
)

# The imperative a proposal starts with ("Skapa ...", "Inför ...") says it is a proposal, not what about.
PROPOSAL_FILLER = frozenset(
    (
        "skapa",
        "bygg",
        "bygga",
        "byggas",
        "utanför",
        "innanför",
        "skapas",
        "starta",
        "startas",
        "inför",
        "införa",
        "införas",
        "erbjuda",
        "erbjud",
        "erbjuds",
        "utöka",
        "utökas",
        "satsa",
        "satsas",
        "stärka",
        "stärk",
        "förbättra",
        "förbättras",
        "ta",
        "tas",
        "ge",
        "ges",
        "låt",
        "låta",
        "fram",
        "lyft",
        "lyfta",
        "lyfts",
        "underlätta",
        "utveckla",
        "utvecklas",
        "verka",
        "arbeta",
        "jobba",
        "hela",
        "helt",
        "egen",
        "eget",
        "egna",
        "ny",
        "nytt",
        "nya",
        "gärna",
        "exempel",
        "sätt",
    )
)

# Inflections the Swedish Snowball stemmer leaves apart although a reader hears one word.
_STEM_ALIASES = {"ungdom": "ung", "byarn": "by", "byar": "by"}


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # only where texts are compared: start-up paths never need it

    return snowballstemmer.stemmer("swedish")


def words(text: str) -> list[str]:
    """The lower-cased words of a text, without digits or punctuation."""
    return [w.casefold() for w in _WORD.findall(text)]


def content_stems(text: str) -> list[str]:
    """The Snowball stems of a text's words that are not stop words, in reading order."""
    kept = [w for w in words(text) if w not in STOP_WORDS and w not in PROPOSAL_FILLER and len(w) > 1]
    return [_stem(w) for w in kept]


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """One word's settled stem. Cached: a process report stems the same few thousand words 100,000s of
    times, and Snowball in pure Python is most of the time gathering would otherwise take."""
    return _settle(_stemmer().stemWord(word))


def _settle(stem: str) -> str:
    """Join the forms Snowball leaves apart: "mötesplats"/"mötesplatser", "skola"/"skolans".

    Swedish Snowball keeps a final -s of some singulars and the -an of definite forms of -a words;
    dropping them from longer stems makes every form of such a word meet on one stem.
    """
    stem = _STEM_ALIASES.get(stem, stem)
    if len(stem) >= 5 and stem.endswith("s"):
        stem = stem[:-1]
    if len(stem) >= 5 and stem.endswith("an"):
        stem = stem[:-2]
    return stem


def normal_key(text: str) -> tuple[str, ...]:
    """A key under which variants of a short phrase coincide: its distinct content stems, sorted.

    "Tillit och samverkan" and "samverkan, tillit" share a key; a text of stop words only keys on its
    folded words instead, so it is not lumped together with every other such text.
    """
    stems = sorted(set(content_stems(text)))
    return tuple(stems) if stems else tuple(words(text))
