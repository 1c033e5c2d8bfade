"""A given name alone, perhaps a person nobody in the workspace knows: "Förslag från Ahmed", "Fatima sa
att…", "fråga Lars om lokalen". Found on cues, both ways: each name that is also a word ("Per", "Bo",
"Stig", "Björn", "Maj", "Rut", "Linnea", "Siv") is found where only a person fits and left where the
word does; and no text of the demo conference, of the 40-table messy conference the tests and benches
use, of the Swedish test data, of the minutes' words or of the windows' Swedish translation is taken
for a name."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import notes
from app.demo import ensure_demo
from app.minutes.i18n import SV
from app.minutes.messy import CHAIRS, create_messy_conference
from app.privacy.detect import Detector
from app.privacy.guess import MAYBE_NAME, NameGuesser
from app.privacy.review import decide, places, review, sources
from app.workspace import Workspace
from tests.app.privacy.read_back import one_table_conference

ROOT = Path(__file__).resolve().parents[3]
PLACES = ("Folkets hus, Kristinehamn", "Region Värmland", "Länets tillväxtprogram")


def _guessed(text: str) -> list[str]:
    return [f.text for f in Detector((), guesser=NameGuesser(PLACES)).find(text) if f.kind == MAYBE_NAME]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Förslag från Ahmed", ["Ahmed"]),
        ("Fatima sa att vi behöver fler lokaler.", ["Fatima"]),
        ("fråga Lars om lokalen", ["Lars"]),
        ("Vi tar det med Zeynep på fredag.", ["Zeynep"]),  # inside a sentence, a name that is no word
        ("Ahmed tar det vidare till styrelsen.", ["Ahmed"]),  # starting one, before what a person does
        ("Förslag: Hugo ordnar lokalen.", ["Hugo"]),
        ("Ahmed: vi behöver läxhjälp på kvällarna", ["Ahmed"]),  # who said it
        ("Fatimas förslag fick medhåll.", ["Fatimas"]),  # whose idea
        ("Enligt Veras idé startar vi i vår.", ["Veras"]),
        ("Deltog: Ahmed, Fatima och Lars.", ["Ahmed", "Fatima", "Lars"]),  # a list of names
        ("Tack till Anna och Ali för fikat!", ["Anna", "Ali"]),
        ("Rektor Lars sa att skolan ställer upp.", ["Lars"]),  # a title before the name
        ("Läxhjälp – Mohammed kan hjälpa till", ["Mohammed"]),
        ("Anna-Karin tycker att bussen går för sällan", ["Anna-Karin"]),
        ("Förslag från Lars-Göran", ["Lars-Göran"]),  # two given names joined
        ("Ahmed och jag ordnar det.", ["Ahmed"]),
        ("Mattias skickar ut protokollet.", ["Mattias"]),  # before what has a verb's shape
        ("Elsa 84 år vill ha fler bänkar i parken.", ["Elsa"]),  # and her age
        ("Vi behöver fler som Ebba, som engagerar sig.", ["Ebba"]),
        ("Fatima som jobbar på biblioteket vill hjälpa.", ["Fatima"]),
        ("Bord 3 – Ahmed", ["Ahmed"]),  # who it came from, standing alone after a dash or a colon
        ("Ansvarig: Per\nSammankallande: Bo.", ["Per", "Bo"]),  # after a label that a name follows
        # Names that are also words, where only a person fits.
        ("Förslaget kom från Per i styrelsen.", ["Per"]),
        ("Bo sa att han kan ordna bussen.", ["Bo"]),
        ("Sedan sa Stig att han vill vara med.", ["Stig"]),
        ("Björn tyckte att lokalen var för dyr.", ["Björn"]),
        ("Vi träffades i maj med Bo och Per.", ["Bo", "Per"]),
        ("Per, Bo och Stig kommer på mötet.", ["Per", "Bo", "Stig"]),
        ("Enligt Rut behövs fler platser.", ["Rut"]),
        ("Linnea berättade om sin väg in i föreningen.", ["Linnea"]),
        ("Fråga Siv om nycklarna.", ["Siv"]),
        ("Tack till Maj för kaffet.", ["Maj"]),
        ("Förslag från Jan i styrelsen.", ["Jan"]),
        # Typed in haste, in lower case: a name that is no word, right beside what a person says.
        ("fatima sa att det behövs tolk", ["fatima"]),
        ("fråga lars om lokalen", ["lars"]),
        ("vi gör som ahmed tyckte", ["ahmed"]),
    ],
)
def test_a_given_name_alone_is_found_where_only_a_person_fits(text: str, names: list[str]) -> None:
    assert _guessed(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Per timme kostar lokalen 500 kr.",
        "100 kr per person, och i Kostnad Per deltagare",  # a capital with no cue for a person
        "Bo kvar i Kristinehamn, säger de unga.",
        "Unga vill bo kvar om det finns jobb.",
        "Stig fram och säg vad du tycker!",
        "Björn och varg finns i skogen, säger jägarna.",
        "Maj är för sent, säger gruppen.",
        "Från 15 Maj till 1 juni har fritidsgården öppet.",
        "från Maj till Augusti, och från Jan till Mars",  # months capitalised as in English
        "Rut-avdraget och RUT-avdraget gäller inte föreningar.",
        "Hans förslag var bäst.",
        "Mark och vatten räcker för ett nytt bostadsområde.",
        "Linnea växer vid stigen.",
        "Saga och sanning om bygden i skolan.",
        "Max 20 personer per grupp.",
        "Dag och natt går bussen inte.",
        "Liv och hälsa är viktigast, säger de.",
        "Klass 9 vill ha praktik.",
        "Inga lokaler finns på kvällen.",
        "Vi bor i Nora och vill ha buss.",
        "S:t Görans gymnasium och Sankt Olofs kyrka lånar ut lokaler.",
        "Villa Clara och Café Olga har öppet.",
        "Emilia-Romagna och Bo-Rukul",  # a given name joined to what is no name
        "Nora kommun vill vara med.",
        "Maj: inget möte. Bo och verka i bygden!",
        "Från jan till mars är det mörkt, och en tom lokal kostar också.",
        "vi fick en lina av inger, hon inger förtroende",  # lower-case names that are words
        "Eva Kristinehamn",  # the conference's own place
        "Kontakta Region Värmland eller ring Växeln.",
    ],
)
def test_a_word_that_is_also_a_given_name_is_left_where_the_word_fits(text: str) -> None:
    assert _guessed(text) == []


def _translations() -> list[str]:
    """Every Swedish string of the windows' translation, as shown (no markup, no "&" of a shortcut)."""
    texts = []
    for path in sorted((ROOT / "resources" / "translations").glob("*_sv.ts")):
        for translation in ET.parse(path).getroot().iter("translation"):
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            texts += [re.sub(r"&(?=\w)", "", re.sub(r"<[^>]+>", " ", form)) for form in forms]
    return texts


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in _strings(item)] if isinstance(value, list) else []


def test_no_swedish_text_of_the_windows_or_the_test_data_is_taken_for_a_name() -> None:
    texts = _translations()
    assert len(texts) > 1500 and "Namn på en person?" in texts  # the translation was read whole
    for name in ("proposals_conference_sv.json", "proposals_sv.json", "proposals_sv_holdout.json"):
        texts += _strings(json.loads((ROOT / "tests" / "data" / name).read_text("utf-8")))
    texts += SV.values()  # the minutes' own Swedish words
    guesser = NameGuesser(PLACES)
    found = [(text, text[s:e]) for text in texts for _kind, s, e in guesser.find(text)]
    assert found == []


def test_the_demo_and_the_messy_40_table_conference_hold_no_guessed_name(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    demo = ensure_demo(workspace.store)
    messy = create_messy_conference(workspace.store, tables=40, notes=1000)
    hits = review(workspace.store, demo) + review(workspace.store, messy)
    assert [h.found.text for h in hits if h.kind == MAYBE_NAME] == []
    # Guessing alone, as if no chair were known, it takes the chairs' names its notes carry and nothing else.
    guesser = NameGuesser(places(workspace.store, messy))
    guessed = {
        text[s:e]
        for text in (x.text for x in sources(workspace.store, messy))
        for _k, s, e in guesser.find(text)
    }
    chairs = {part for chair in CHAIRS for part in (chair, f"{chair}s", *chair.split())}
    assert {"Lars", "Maria Nilssons"} <= guessed <= chairs


def test_the_review_asks_about_a_given_name_alone_and_removing_it_publishes_the_rest(tmp_path: Path) -> None:
    workspace, cid = one_table_conference(tmp_path)
    note = "Förslag från Ahmed: läxhjälp på biblioteket"
    notes.add_note(workspace.store, cid, 1, 1, note, kind="proposal")
    notes.add_note(workspace.store, cid, 1, 1, "Per timme kostar lokalen 500 kr.")
    [hit] = review(workspace.store, cid)
    assert (hit.kind, hit.found.text, hit.decided) == (MAYBE_NAME, "Ahmed", False)
    decide(workspace.store, cid, hit, "remove")
    [decided] = review(workspace.store, cid)
    assert decided.decided and decided.decision is not None and decided.decision.action == "remove"
