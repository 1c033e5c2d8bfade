"""Given names as hasty notes type them: in lower case after "ring", "kontakta", "mejla" (a person to
reach), and double names in lower case ("per-olof", "britt-marie") after "fråga", "tack" or before
"sa". Each went to the public report unflagged; words that are no names stay unflagged."""

from __future__ import annotations

import pytest

from app.privacy.guess import NameGuesser

GUESSER = NameGuesser(["Folkets hus, Exempelstad", "Region Exempellän"])


def _guessed(text: str) -> list[str]:
    return [text[start:end] for _kind, start, end in GUESSER.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ring britt-marie om nycklarna", "britt-marie"),
        ("kontakta lars-göran om lokalen", "lars-göran"),
        ("mejla fatima", "fatima"),
        ("fråga per-olof", "per-olof"),
        ("tack anna-karin!", "anna-karin"),
        ("per-olof sa att det räcker", "per-olof"),
        ("ulla-britt tyckte likadant", "ulla-britt"),
    ],
)
def test_a_name_in_lower_case_is_guessed(text: str, name: str) -> None:
    assert _guessed(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ring kommunen om lokalen",
        "ring bo",  # "bo" is a word
        "fråga per",
        "fråga bo-stig",  # every part a word
        "kontakta rut-avdraget",  # not every part a name
        "ring 070 om lokalen",
        "fråga efter nyckeln",
    ],
)
def test_words_in_lower_case_stay_unflagged(text: str) -> None:
    assert _guessed(text) == []
