"""The personal-data review's text forms taken the short way give what the long way gives, character
for character: `normalise` of a plain text (kept as it is, mapped one for one) and `fold` by a table
(each character worked out once), on texts mixing every kind of character the long way treats apart."""

from __future__ import annotations

import random

import pytest

from app.privacy.normalise import _clustered, fold, folded_letter, normalise

# Plain letters and signs, and those the long way treats apart: combining marks, invisible characters,
# what NFKC changes (no-break space, "…", "½", "ﬁ", full-width letters), Hangul, emoji, a surrogate pair.
PLAIN = "aAzZåäöÅÄÖéüøØłŁđĐßæ Ææ -–—.,:;!?()'\"”’0123456789\n\t€§"
APART = (
    "\u0308\u030a\u0301\u00ad\u200b\u200c\u200d\u2060\ufeff\u034f\u00a0\u2026\u00bd\u00b2\ufb01"
    "\uff2c\uff45\u3000\uac00\u1100\u1161\u0132\u017f\U0001f44d\U0001f68c\ufe0f\u0627\u064e\u05d0"
)


def _texts(count: int) -> list[str]:
    rng = random.Random(20261205)
    texts = []
    for _ in range(count):
        length = rng.randrange(0, 24)
        apart = rng.random() < 0.5  # half of them plain, as most notes are
        texts.append(
            "".join(rng.choice(APART if apart and rng.random() < 0.3 else PLAIN) for _ in range(length))
        )
    return texts


@pytest.mark.parametrize(
    "text",
    [
        "Åsa Öhrström – ring 070-123 45 67!",
        "O\u0308rjan Ekstro\u0308m",
        "Ör\u00adjan Ek\u200bström",
        "Ｌｅｎａ Wikström",
        "Fler\u00a0bussar… ½ timme",
        "👍👍",
        "",
    ],
)
def test_the_short_way_gives_what_the_long_way_gives(text: str) -> None:
    _same_both_ways(text)


def test_the_short_way_gives_what_the_long_way_gives_on_mixed_texts() -> None:
    for text in _texts(3000):
        _same_both_ways(text)


def _same_both_ways(text: str) -> None:
    short, long = normalise(text), _clustered(text)
    assert short.text == long.text, text
    assert (list(short.starts), list(short.ends)) == (list(long.starts), list(long.ends)), text
    assert fold(text) == "".join(folded_letter(c) for c in text), text


def test_a_plain_note_is_kept_as_it_is_and_a_changed_one_takes_the_long_way() -> None:
    plain = normalise("Förslag från Ahmed – 070-123 45 67")
    assert plain.text == "Förslag från Ahmed – 070-123 45 67" and isinstance(plain.starts, range)
    soft = normalise("Ah\u00admed")
    assert soft.text == "Ahmed" and soft.span(0, 5) == (0, 6) and not isinstance(soft.starts, range)


def test_every_character_the_short_way_may_keep_gives_what_the_long_way_gives() -> None:
    """The short way keeps only characters below U+3000 (the rest always take the long way), so every
    one of them, between letters and after a base it might join (a combining mark with class 0, a
    spacing mark, a Hangul jamo, an Arabic-Indic digit, a no-break space, a soft hyphen, a joiner),
    is the whole input space of the short way."""
    for code in range(0x3000):
        char = chr(code)
        for text in (f"a{char}b", f"{char}", f"1{char}\u0661", f"\u1100{char}"):
            _same_both_ways(text)


@pytest.mark.parametrize(
    "text",
    [
        "pnr \u0661\u0669\u0668\u0665\u0660\u0663\u0661\u0662-\u0661\u0662\u0663\u0664",  # Arabic-Indic
        "pnr \uff11\uff19\uff18\uff15\uff10\uff13\uff11\uff12\uff0d\uff11\uff12\uff13\uff14",  # full-width
        "Anna\u00a0Lind\u00ad\u200d\u200c, Per\u2011Olof",
        "Lars\u0301\u0308 och \u0915\u093f \u0b47\u0b3e \u0f71\u0f72",  # marks of class 0, Mc, Oriya
        "\u1100\u1161\u11a8 \U0001f469\u200d\U0001f467 \u05d0\u05b8",
    ],
)
def test_the_characters_chairs_paste_give_the_same_both_ways(text: str) -> None:
    _same_both_ways(text)
