"""Whether a name typed into a free field is a person's or a body's: who decided on a proposal ("Anna
Lind", "Tillväxtrådet", "Kommunstyrelsens arbetsutskott"), a contact given as a name.

The decision dialog asks "Who decided: the council, the secretariat, a name", so most deciders are
bodies. A body is no person: its name is not looked for in notes as a known person's
(review.known_people), and a decision it took may go to a chair (app/proposals/to_chairs.py). A miss
costs more than a false alarm, so anything that may be a person counts as one:

- a given name (resources/privacy/first_names.txt) with a surname, as the review's own guess finds
  it (guess.NameGuesser): "Anna Lind", "Anna Lind, Tillväxtrådet", "ordförande Per Svensson";
- a given name alone, capitalised: "Fatima";
- a login, one word in lower case (the dialog's default is the computer's login), unless it is a
  body's word: "alind", "anna.lind";
- one title-cased word, not a body's: a surname alone or a given name the list lacks ("Öhrvall",
  "Rådberg", "Styrbjörn"); not an acronym ("SKR");
- two to four title-cased words or initials, none a body's: an unknown given name with its surname
  ("Xiomara Pérez", "K. Öhrvall");
- any of these typed all in lower case or in capitals ("anna lind", "ANNA LIND"), beside a role
  ("ordf. Rådberg"), or as one of several parts ("Tillväxtrådet/Rådberg", "Rådberg, ordf.").

A body: the organisation or another of the conference's own names (its `places`), a word that names
an authority or office ("Sekretariatet", "Regionen", guess's list) or ends as one does ("-rådet",
"-styrelsen", "-nämnden", "-utskottet"…, in the genitive too; "stad" only as a whole word, for
surnames end so: "Lindstad"), or several words of which one is
written in lower case ("Kommunstyrelsens arbetsutskott", "Barn- och utbildningsnämnden").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.privacy.guess import _NO_PERSON, NameGuesser, _given

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PARTICLES = frozenset("af av von van de der den da di del la le el al bin ibn".split())
# A person's role beside her name ("ordf. Rådberg", "Rådberg, sekr."): no word of a phrase.
_ROLES = frozenset(
    "ordf ordförande vice sekr sekreterare ledamot handläggare rektor chef samordnare vd dr".split()
)
# Between the parts of a decider given as several ("Tillväxtrådet/Rådberg", "Rådberg, ordf.").
_PARTS = re.compile(r"[ ]*[,/;()\[\]&+][ ]*|[ ]+[-–—][ ]+")
# How the names of councils, boards, committees, offices and authorities end (singular and definite).
_BODY_ENDINGS = tuple(
    """
    råd rådet styrelse styrelsen nämnd nämnden utskott utskottet sekretariat sekretariatet kansli
    kansliet förvaltning förvaltningen kontor kontoret enhet enheten grupp gruppen fullmäktige
    avdelning avdelningen ledning ledningen kommitté kommittén beredning beredningen kommun kommunen
    region regionen presidium presidiet församling församlingen förening föreningen
    myndighet myndigheten verk verket bolag bolaget stiftelse stiftelsen institut institutet län
    landsting landstinget direktion direktionen råden styrelserna nämnderna kommission kommissionen
    delegation delegationen rådslag rådslaget sektion sektionen kassan förmedlingen tjänsten möte
    mötet stämma stämman ordförande ordföranden presidiet
    """.split()
)
# Words that name a body only as a whole word: many surnames end so ("Lindstad", "Grönstad").
_BODY_WORDS = frozenset("stad staden".split())


def _title_case(word: str) -> bool:
    return all(part[:1].isupper() and not part.isupper() for part in word.split("-") if part)


def _name_part(word: str) -> bool:
    """A title-cased word or an initial ("K" of "K. Öhrvall")."""
    return _title_case(word) or (len(word) == 1 and word.isupper())


class PersonJudge:
    """`places`: the names of the conference, its process and its organisation (guess.places)."""

    def __init__(self, places: Iterable[str] = ()) -> None:
        places = [" ".join(p.split()) for p in places if p and p.strip()]
        self._whole_places = {p.casefold() for p in places}
        self._place_words = {w.casefold() for p in places for w in _WORD.findall(p) if w[:1].isupper()}
        self._guesser = NameGuesser(places)

    def _body_word(self, word: str) -> bool:
        folded = word.casefold()
        bare = folded[:-1] if folded.endswith("s") and len(folded) > 3 else folded  # genitive
        if {folded, bare} & (_NO_PERSON | self._place_words):
            return True
        last = bare.split("-")[-1]
        return last in _BODY_WORDS or any(last.endswith(ending) for ending in _BODY_ENDINGS)

    def is_person(self, text: str | None) -> bool:
        """Whether `text` (a decider, a contact given as a name) may name a person (module docstring):
        it does, or one of its parts does ("Tillväxtrådet/Rådberg", "Rådberg, ordf.")."""
        text = " ".join((text or "").split())
        if self._one(text):
            return True
        parts = [part for part in _PARTS.split(text) if part.strip()]
        return len(parts) > 1 and any(self._one(part) for part in parts)

    def _one(self, text: str) -> bool:
        words = _WORD.findall(text)
        if not words or text.casefold() in self._whole_places:
            return False
        if self._named(text):
            return True
        if (text.islower() or text.isupper()) and self._named(text.title()):
            return True  # typed all in lower case or in capitals: "anna lind", "ANNA LIND"
        capitalised = [w for w in words if w[:1].isupper()]
        if any(self._body_word(w) for w in words):
            return False
        if " " not in text and not capitalised:  # a login: "alind", "anna.lind"
            return True
        if any(w not in capitalised and w.casefold() not in _PARTICLES | _ROLES for w in words):
            return False  # a phrase, not a name: "ett beslut på mötet"
        named = [w for w in words if w.casefold() not in _PARTICLES | _ROLES]
        if not named:
            return False
        if len(named) == 1:  # a surname or a given name the list lacks: "Öhrvall", "Styrbjörn"
            return _title_case(named[0])  # not an acronym: "SKR"
        return 2 <= len(named) <= 4 and all(_name_part(w) for w in named) and any(map(_title_case, named))

    def _named(self, text: str) -> bool:
        """A name as the review's guesser finds one, or a capitalised given name."""
        if any(True for _ in self._guesser.find(text)):
            return True
        return any(w[:1].isupper() and _title_case(w) and _given(w) for w in _WORD.findall(text))


def is_person(text: str | None, places: Iterable[str] = ()) -> bool:
    return PersonJudge(places).is_person(text)
