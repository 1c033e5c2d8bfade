"""Names of people the workspace does not know, perhaps: "Åsa Öhrström (…) vill starta språkcafé",
"Kontaktperson: Per Svensson", "Förslag från Ahmed", "Fatima sa att…".

A guess, and said as one: a person decides on every finding, so a false alarm costs a click and a miss
publishes a name. Three shapes are taken:
- a given name common in Sweden (resources/privacy/first_names.txt), capitalised, followed by one or
  two capitalised words (the surname; "af", "von", "de" may come between): "Per Svensson", "Anna-Karin
  de Vries";
- one to three capitalised words after a cue that names a person to reach: "Kontaktperson:",
  "kontakta", "ring", "mejla" ("kontakta Sirpa Lehtonen");
- a given name alone, on cues (alone.py): capitalised inside a sentence ("fråga Lars om lokalen"), after
  a word that speaks of a person ("från", "med", "enligt"), before one that says what a person did
  ("Fatima sa att"), or in a list of names ("Ahmed, Fatima och Lars"). A given name that is also a word
  ("Per timme", "Bo kvar", "i maj", "Stig fram") needs a cue that only a person takes.
A capitalised word of the conference's own description (its venue, title, process and organisation:
the municipality's and the venue's names) is no surname and no given name alone, and a cue followed by
an authority or a pronoun ("ring Växeln", "kontakta Kommunen") is no name. Chairs and other known people
are found as names already (detect.NameMatcher); where both find the same words, that finding wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from app.privacy.alone import LOWER_CASE_CUES, GivenAlone, one_of

MAYBE_NAME = "maybe-name"

_CAPITALISED = r"[^\W\d_a-zåäö][^\W\d_]*(?:-[^\W\d_][^\W\d_]*)?"
_GIVEN = re.compile(rf"(?<![\w\-]){_CAPITALISED}(?![\w\-])")
_PARTICLE = r"(?:af|av|von|van|de|der|den|da|di|del|la|le|el|al|bin|ibn)"
_SURNAME = re.compile(
    rf"(?:[ \u00a0]+{_PARTICLE})?[ \u00a0]+({_CAPITALISED})(?:[ \u00a0]+({_CAPITALISED}))?(?![\w\-])"
)
# Cues that name a person to reach ("Kontaktperson:", "ring"), and, in one search with them, those of a
# given name typed in lower case (alone.py: "fråga lars", "fatima sa").
_REACH = (
    *"kontaktperson kontaktpersoner kontakt kontakta ring ringa mejla maila sms:a smsa SMS:a SMSa".split(),
    *("mejl till", "mail till", "e-post till", "hör av dig till", "hör av er till", "fråga efter"),
)
_CUES = re.compile(
    rf"(?<!\w)(?:({one_of(_REACH)})[ \u00a0]*:?[ \u00a0]+|(?<!-)({one_of(LOWER_CASE_CUES)})(?![\w\-]))"
)
_AFTER_CUE = re.compile(rf"({_CAPITALISED})((?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_CAPITALISED}){{0,2}})")

# Capitalised words a cue is often followed by that name no person: authorities, offices, pronouns.
_NO_PERSON = frozenset(
    """
    arbetsförmedlingen biblioteket fritidsgården föreningen försäkringskassan församlingen gruppen henne
    honom hon han dem dom oss mig dig er kansliet kommunen kommunens kundtjänst kyrkan landstinget
    länsstyrelsen mottagningen nämnden polisen receptionen regionen region kommun sekretariatet
    sekreteraren skatteverket skolan stadsdelen styrelsen support vårdcentralen växeln expeditionen
    info och eller samt via på till om så
    """.split()
)


@cache
def given_names() -> frozenset[str]:
    """The given names of the facts list, case-folded."""
    text = resources.files("resources").joinpath("privacy", "first_names.txt").read_text("utf-8")
    words = (w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split())
    return frozenset(w.casefold() for w in words)


def _given(word: str) -> bool:
    names = given_names()
    return word.casefold() in names or word.split("-")[0].casefold() in names


def _title_case(word: str) -> bool:
    """ "Svensson", "Öhrström", "Anna-Karin": a capital, then not all capitals (no "EU", "SKR")."""
    return word[:1].isupper() and not word.isupper()


class NameGuesser:
    """`places`: the conference's own description (venue, title, process, organisation); its
    capitalised words are no surnames."""

    def __init__(self, places: Iterable[str] = ()) -> None:
        self._places = {w.casefold() for p in places for w in re.findall(r"[^\W\d_]+", p) if w[:1].isupper()}
        self._not_names = frozenset(self._places | _NO_PERSON)
        self._alone = GivenAlone(given_names(), self._not_names.__contains__)

    def _surname_ok(self, word: str | None) -> bool:
        """A capitalised word that may be a surname: each part of it title-cased ("Hassan-Ali", not
        "EU-pengar" or "AppStream-metadata"), not one of the conference's places or _NO_PERSON."""
        return (
            bool(word)
            and all(_title_case(part) for part in word.split("-"))
            and word.casefold() not in self._not_names
        )

    def find(self, text: str) -> Iterable[tuple[str, int, int]]:
        """(MAYBE_NAME, start, end) of every perhaps-name in the normalised `text`."""
        alone = []
        for m in _GIVEN.finditer(text):
            if not _title_case(m.group()):
                continue
            if _given(m.group()):
                s = _SURNAME.match(text, m.end())
                if s and self._surname_ok(s.group(1)):
                    end = s.end() if self._surname_ok(s.group(2)) else s.end(1)
                    yield MAYBE_NAME, m.start(), end
                    continue
            candidate = self._alone.candidate(text, m.start(), m.end())
            if candidate:
                alone.append(candidate)
        for start, end in self._alone.taken(text, alone):
            yield MAYBE_NAME, start, end
        cues = list(_CUES.finditer(text))
        said = (cue for cue in cues if cue.group(2) is not None)
        for start, end in self._alone.in_lower_case(text, said):
            yield MAYBE_NAME, start, end
        for cue in cues:
            if cue.group(1) is None:
                continue
            n = _AFTER_CUE.match(text, cue.end())
            if not n or not self._surname_ok(n.group(1)):
                lower = self._alone.lower_name_at(text, cue.end())  # "ring britt-marie", "mejla anna"
                if lower:
                    yield MAYBE_NAME, *lower
                continue
            end = n.end(1)
            for w in re.finditer(_CAPITALISED, n.group(2)):
                if not self._surname_ok(w.group()):
                    break
                end = n.start(2) + w.end()
            yield MAYBE_NAME, cue.end(), end
