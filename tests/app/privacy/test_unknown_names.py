"""Names of people the workspace does not know, perhaps: a common given name followed by a surname, or
a capitalised name after "Kontaktperson:", "kontakta", "ring", "mejla" (a given name alone:
test_given_name_alone.py). The two that went into every public document are found; an ordinary word
starting a sentence, the conference's own places and the chairs' names (found as names already) are
not taken for one; a public report waits for a decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.cli import main
from app.conferences import create_conference, parse_conference
from app.privacy.detect import NAME, Detector
from app.privacy.guess import MAYBE_NAME, NameGuesser, given_names
from app.privacy.review import review
from app.workspace import Workspace

PLACES = ("Folkets hus, Kristinehamn", "Region Värmland", "Länets tillväxtprogram")


def _found(text: str, known: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in Detector(known, guesser=NameGuesser(PLACES)).find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Åsa Öhrström (070-123 45 67) vill starta språkcafé.", "Åsa Öhrström"),
        ("Läxhjälp på biblioteket.\nKontaktperson: Per Svensson, e-mail", "Per Svensson"),
        ("Vi pratade med Mohammed Ali Hassan om lokalen.", "Mohammed Ali Hassan"),
        ("Anna-Karin de Vries tar det vidare.", "Anna-Karin de Vries"),
        ("Frågor? kontakta Sirpa Lehtonen på kansliet.", "Sirpa Lehtonen"),  # not a listed given name
        ("Ring Sigge efter mötet.", "Sigge"),
        ("Mejla Jukka om datumet.", "Jukka"),
        ("KONTAKTPERSON: Sirpa Lehtonen", "Sirpa Lehtonen"),  # a cue in capitals
        ("Hör av er till Sirpa Lehtonen.", "Sirpa Lehtonen"),
        ("SMS:a Jukka, eller e-post till Jukka", "Jukka"),
    ],
)
def test_a_name_nobody_in_the_workspace_has_is_found_perhaps(text: str, name: str) -> None:
    assert (MAYBE_NAME, name) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Per timme kostar lokalen 500 kr.",  # a given name that is a word, starting a sentence
        "Vi vill ha fler mötesplatser för unga.",
        "Maj är för sent, säger gruppen.",
        "Eva Kristinehamn",  # the conference's own place is no surname
        "Kontakta Region Värmland eller ring Växeln.",  # an authority after a cue
        "Bo kvar i Kristinehamn, säger de unga.",
        "Hans förslag var bäst.",
    ],
)
def test_ordinary_words_and_places_are_not_taken_for_a_name(text: str) -> None:
    assert _found(text) == []


def test_a_given_name_alone_is_taken_but_not_the_abbreviations_after_it() -> None:
    assert _found("Karin sa att EU och SKR stöder det.") == [(MAYBE_NAME, "Karin")]
    assert _found("Inga EU-pengar finns kvar, och Per IT-ansvarig vet.") == []  # no surname has them


def test_a_chair_already_known_is_found_as_a_name_not_a_guess() -> None:
    assert _found("Kontaktperson: Lena Wikström, bord 1.", ("Lena Wikström",)) == [(NAME, "Lena Wikström")]


def test_the_facts_list_holds_women_men_and_names_common_among_people_born_abroad() -> None:
    names = given_names()
    assert len(names) >= 300
    assert {"åsa", "per", "anna", "erik", "mohammed", "fatima", "zeynep", "dragan"} <= names


def test_a_public_report_waits_for_a_decision_on_a_guessed_name(tmp_path: Path, capsys) -> None:
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    description = parse_conference(
        {
            "process": {"name": "Länets tillväxtprogram", "organisation": "Region Värmland", "themes": []},
            "conference": {
                "title": "Vårkonferensen",
                "date": "2026-03-12",
                "venue": "Folkets hus, Kristinehamn",
            },
            "questions": [{"text": "Vad behöver länet?"}],
            "tables": [{"number": 1, "chair": "Lena Wikström", "participants": 8}],
        }
    )
    cid = create_conference(workspace.store, description)
    notes.add_note(workspace.store, cid, 1, 1, "Språkcafé i Kristinehamn. Kontaktperson: Per Svensson")
    notes.add_note(workspace.store, cid, 1, 1, "Per timme kostar lokalen 500 kr.")
    [hit] = review(workspace.store, cid)
    assert (hit.kind, hit.found.text, hit.decided) == (MAYBE_NAME, "Per Svensson", False)

    def cli(*args: str) -> tuple[int, str, str]:
        code = main(["--workspace", str(workspace.dir), *args])
        return code, *capsys.readouterr()

    pdf, data = tmp_path / "public.pdf", tmp_path / "open.csv"
    public = ("minutes", "--conference", cid, "--public", "-o", str(pdf))
    open_data = ("export-data", "--conference", cid, "--format", "csv", "-o", str(data))
    for command in (public, open_data):
        code, _, err = cli(*command)
        assert code == 2 and "UNDECIDED" in err and "Per Svensson" in err
    assert not pdf.exists() and not data.exists()
    assert cli("privacy", "decide", "--conference", cid, hit.id, "--remove")[0] == 0
    for command in (public, open_data):
        code, _, err = cli(*command)
        assert code == 0, err
    published = data.read_text("utf-8")
    assert "Svensson" not in published and "Per timme kostar lokalen" in published
