"""Identity and phone numbers as chairs' phones and word processors type them: an en dash, a
non-breaking hyphen or a minus sign for "-", Arabic-Indic, Persian or full-width digits, a spaced dash.
NFKC keeps most of these as they are, so each once went to the public report unflagged."""

from __future__ import annotations

import pytest

from app.privacy.detect import PERSONNUMMER, PHONE, SAMORDNINGSNUMMER, Detector

DETECTOR = Detector()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("pnr 850312\u20131234", "850312\u20131234"),  # en dash
        ("pnr 19850312\u20101234", "19850312\u20101234"),  # hyphen
        ("pnr 850312\u20111234", "850312\u20111234"),  # non-breaking hyphen
        ("pnr 850312\u22121234", "850312\u22121234"),  # minus sign
        ("pnr \u0661\u0669\u0668\u0665\u0660\u0663\u0661\u0662-\u0661\u0662\u0663\u0664", None),
        ("pnr \u06f8\u06f5\u06f0\u06f3\u06f1\u06f2-\u06f1\u06f2\u06f3\u06f4", None),  # Persian digits
        ("pnr \uff18\uff15\uff10\uff13\uff11\uff12\uff0d\uff11\uff12\uff13\uff14", None),  # full-width
    ],
)
def test_a_personnummer_typed_with_other_dashes_or_digits_is_found(text: str, number: str | None) -> None:
    found = DETECTOR.find(text)
    assert [f.kind for f in found] == [PERSONNUMMER], text
    assert found[0].text == (number or text[4:])


def test_a_samordningsnummer_with_an_en_dash_is_found() -> None:
    assert [f.kind for f in DETECTOR.find("Samordningsnr 850372\u20131234")] == [SAMORDNINGSNUMMER]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ring 070 - 123 45 67", "070 - 123 45 67"),
        ("ring 070\u2011123 45 67", "070\u2011123 45 67"),
        ("ring 070\u2013123 45 67", "070\u2013123 45 67"),
        ("Kontakta Zeynep \u0660\u0667\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667", None),
        ("ring +\u0664\u0666 \u0667\u0660 \u0661\u0662\u0663 \u0664\u0665 \u0666\u0667", None),
    ],
)
def test_a_phone_number_typed_with_other_dashes_or_digits_is_found(text: str, number: str | None) -> None:
    found = [f for f in DETECTOR.find(text) if f.kind == PHONE]
    assert [f.text for f in found] == [number or text.split(" ", 1 + text.startswith("Kontakta"))[-1]]


@pytest.mark.parametrize(
    "text",
    [
        "Mötet 2026\u20132027, kl. 08\u201309",
        "Åren 1990\u20132000 och 0\u201318 år",
        "Datum 2026\u201303\u201312",
        "Budget 850\u2013900 tkr",
        "Sidorna 12 - 14 och 120 - 140",
    ],
)
def test_ranges_and_dates_written_with_dashes_stay_unflagged(text: str) -> None:
    assert DETECTOR.find(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("hennes personnummer är 850312 1234", "850312 1234"),
        ("personnr: 8503121234", "8503121234"),
        ("Pnr 8503121234 fanns på lappen", "8503121234"),
        ("Samordningsnr: 850372 1234", "850372 1234"),
    ],
)
def test_a_number_after_a_label_is_found_with_its_check_digit_mistyped(text: str, number: str) -> None:
    found = DETECTOR.find(text)
    assert [f.text for f in found] == [number] and found[0].kind in (PERSONNUMMER, SAMORDNINGSNUMMER)


@pytest.mark.parametrize(
    "text",
    [
        "Vi var 8503121234 personer",  # no label: a number as any other, the check digit decides
        "Personnummer behövs inte; budget 1 200 000 kr, 8503121234 i kassan",  # too far from its label
        "personnummer 851332 1234",  # no real date
    ],
)
def test_a_number_without_a_label_or_a_date_stays_as_before(text: str) -> None:
    assert [f for f in DETECTOR.find(text) if f.kind in (PERSONNUMMER, SAMORDNINGSNUMMER)] == []
