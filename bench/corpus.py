"""Synthetic but plausible Swedish note text for benchmarks (deterministic).

Real text follows Zipf's law: a few words are everywhere, most are rare. A flat list of sixty words would
make every word "very common" and every search slow, so we draw from a large vocabulary with Zipf weights:
common municipal words first, then made-up compounds of Swedish syllables.
"""

from __future__ import annotations

import itertools
import random
from functools import cache

COMMON = (
    "och att i för som det med på är vi en till av kan behöver unga kommunen regionen föreningar "
    "samverkan näringslivet skolan praktik sommarjobb mentorskap nyanlända språkcafé jämställdhet "
    "ledarskap stolthet självbild landsbygd kollektivtrafik bostäder arbetsmarknad utbildning "
    "integration mångfald företagare kultur idrott bibliotek mötesplatser trygghet delaktighet "
    "inflytande ungdomsråd demokrati kompetens rekrytering nätverk entreprenörskap turism hållbarhet "
    "omsorg civilsamhället volontärer fritidsgårdar lärlingar yrkesutbildning attityder fördomar "
    "förebilder berättelser "
).split()
SYLLABLES = (
    "berg dal sjö skog by gård fors ö strand mark lund vik torp holm ström näs kyrk stads läns bygd "
    "hem arbets skol fritids ungdoms kvinno förenings närings kultur idrotts språk vård verk råd "
    "plan lag ning het skap else ande are ig lig isk "
).split()


@cache
def vocabulary(size: int = 30_000) -> tuple[str, ...]:
    rng = random.Random(3)
    made: list[str] = []
    seen = set(COMMON)
    for parts in itertools.count(2):
        for _ in range(size * 2):
            word = "".join(rng.choice(SYLLABLES) for _ in range(parts))
            if word not in seen:
                seen.add(word)
                made.append(word)
            if len(COMMON) + len(made) >= size:
                return (*COMMON, *made)
        if parts > 6:
            break
    return (*COMMON, *made)


def texts(count: int, seed: int = 1) -> list[str]:
    words = vocabulary()
    weights = [1 / rank for rank in range(1, len(words) + 1)]
    cumulative = list(itertools.accumulate(weights))
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        chosen = rng.choices(words, cum_weights=cumulative, k=rng.randint(6, 24))
        out.append(" ".join(chosen).capitalize() + ".")
    return out


def ordinary_words(count: int = 2) -> list[str]:
    """Words of middling frequency (ranks around 300-2000): what people actually search for."""
    words = vocabulary()
    return [words[300 + 400 * i] for i in range(count)]
