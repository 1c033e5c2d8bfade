"""The detector on the corpus: every personal datum found exactly, no clean look-alike flagged."""

from __future__ import annotations

import pytest

from app.privacy.detect import Detector, identity_kind, luhn_ok
from app.privacy.normalise import normalise
from tests.app.privacy.corpus import (
    CHAIR,
    CHAIR_DECOMPOSED,
    CLEAN,
    DECIDER,
    FLAGGED,
    MARKED,
    OWNER,
    PERSON,
    WORD_NAMES,
)

DETECTOR = Detector([CHAIR, CHAIR_DECOMPOSED, PERSON, OWNER, DECIDER, *MARKED, *WORD_NAMES])


@pytest.mark.parametrize(("text", "datum", "kind"), FLAGGED, ids=[f[1] for f in FLAGGED])
def test_every_personal_form_is_found_whole(text: str, datum: str, kind: str) -> None:
    found = DETECTOR.find(text)
    assert [(f.kind, f.text) for f in found] == [(kind, datum)]
    assert text[found[0].start : found[0].end] == datum


@pytest.mark.parametrize("text", CLEAN)
def test_clean_look_alikes_are_not_flagged(text: str) -> None:
    assert DETECTOR.find(text) == []


def test_identity_numbers_need_a_real_date_and_the_luhn_digit() -> None:
    assert luhn_ok("8112189876") and not luhn_ok("8112189875")
    assert identity_kind("811218", "9876") == "personnummer"
    assert identity_kind("701063", "2391") == "samordningsnummer"
    assert identity_kind("556677", "8899") is None  # an organisation number: month 66
    assert identity_kind("810230", "1234") is None  # 30 February


def test_normalisation_maps_back_to_the_stored_characters() -> None:
    stored = "x O\u0308r\u00adjan y"
    norm = normalise(stored)
    assert norm.text == "x Örjan y"
    start = norm.text.index("Örjan")
    assert norm.span(start, start + 5) == (2, 9)


def test_several_findings_in_one_note_come_in_order() -> None:
    text = f"{PERSON} (070-123 45 67, greta@example.se) och {CHAIR} tog upp 2024-05-12."
    assert [f.kind for f in DETECTOR.find(text)] == ["name", "phone", "email", "name"]


def test_a_lowercase_common_word_is_not_a_surname_but_a_full_name_in_any_case_is() -> None:
    assert DETECTOR.find("vi gick upp på ett berg") == []
    assert [f.text for f in DETECTOR.find("erik berg kom")] == ["erik berg"]


def test_names_typed_without_their_marks_are_found_in_the_stored_text() -> None:
    text = "Vi pratade med KARIN SJOSTROM och A\u030asa om lokalen."
    found = DETECTOR.find(text)
    assert [f.text for f in found] == ["KARIN SJOSTROM", "A\u030asa"]
    assert [f.key for f in found] == ["karin sjostrom", "åsa"]


def test_a_name_that_is_a_word_counts_only_with_its_capital() -> None:
    assert DETECTOR.find("inga björkar och ingen holme, per dag") == []
    assert [f.text for f in DETECTOR.find("Sedan talade Inga om Björks idé.")] == ["Inga", "Björks"]
