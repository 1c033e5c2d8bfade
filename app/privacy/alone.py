"""A given name alone, perhaps a person: "Förslag från Ahmed", "Fatima sa att…", "fråga Lars om lokalen".

A capitalised word starts every sentence, and many given names are also words ("Per timme", "Bo kvar",
"i maj", "Stig fram", "Björn och varg"). So a given name alone is taken on cues:
- capitalised inside a sentence, as only names are: "fråga Lars om lokalen". A name that is also a word
  (words.py, and a few more below) needs more: a word before it that speaks of a person ("från",
  "med", "till", "fråga", "enligt", "sa"), or after it one that says what a person said ("sa",
  "tyckte", "föreslog"), or another name in a list with it ("Per, Bo och Stig"). After another
  capitalised word ("Villa Clara", "Reggio Emilia") it is part of that name, unless a title ("Rektor");
- starting a sentence, where every word is capitalised: only before what a person does ("Fatima sa
  att", "Ahmed tar det vidare"; a name that is also a word only before what a person says: "Bo sa",
  not "Bo kvar"), in a list with a name inside the sentence ("Ahmed, Fatima och Lars"), as the one
  whose something it is ("Fatimas förslag"), after a label a name follows ("Ansvarig: Per"), or alone
  after a colon or a dash ("Bord 3 – Ahmed");
- in lower case, as hasty notes are typed, only a name that is no word (or a double name not every
  part of which is one: "per-olof"), and only right after "fråga", "enligt", "tack", "sa" or a word to
  reach a person by ("ring", "kontakta", "mejla"), or right before "sa", "tyckte" ("fatima sa att").
Never after a number ("15 Maj"), a saint ("Sankt Olof", "San José") or a place's preposition ("bor i
Nora"), nor beside a date when it is a month ("från Maj till Augusti"), nor when a part joined to it is
no given name ("Rut-avdraget", "Emilia-Romagna").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.privacy.words import ordinary_word

# Before a name: words that speak of a person (asked, thanked, quoted, met, given to, coming from).
_BEFORE = frozenset(
    """
    från med till fråga frågade frågar enligt hos av åt tack tacka hej hejsan grattis via bad som
    träffa träffade hälsa hälsade sa sade säger tyckte tycker menade menar berättade berättar
    föreslog föreslår undrade undrar svarade svarar påpekade påpekar nämnde ringde mejlade kontaktade
    """.split()
)
# After a name: what a person says or said, the surest cue ("Bo sa att", not "Bo kvar").
_SAYS = frozenset(
    """
    sa sade säger tyckte tycker menade menar berättade berättar föreslog föreslår undrade undrar
    frågade frågar svarade svarar påpekade påpekar nämnde lyfte ansåg anser instämde tipsade tipsar
    önskade önskar
    """.split()
)
# After a name that is no word: whatever else a person does or is ("Ahmed tar det", "Lars på kommunen").
_DOES = _SAYS | frozenset(
    """
    har hade vill ville ska skulle kan kunde tar tog är var blir blev jobbar arbetar driver leder
    ordnar fixar håller höll kommer kom hjälper hjälpte bor ansvarar skriver skrev ringer ringde
    mejlar mejlade kontaktar kontaktade samordnar startade startar gick går fick får gör gjorde vet
    visste behöver också själv från på och med som
    """.split()
)
# ... or what has the shape of a verb in the present or past tense ("skickar", "ringer", "skickade").
_VERB_SHAPE = re.compile(r"[^\W\d_]+(?:ar|er|ir|or|ur|de|te)")
# After a name, an age: "Elsa 84 år vill ha fler bänkar".
_AGE_AFTER = re.compile(r"[ \u00a0]+\d{1,3}[ \u00a0]*(?:år|-åring)(?!\w)")
# Before a colon, a label that a person's name follows: "Ansvarig: Per", "Sammankallande: Lars".
_LABEL = re.compile(
    r"(?<!\w)(?:ansvarig[a]?|ansvar|vem|sammankallande|ordförande|sekreterare|antecknat av|antecknare"
    r"|talare|moderator|värd|deltagare|närvarande|frånvarande|idé från|förslag från)[ \u00a0]*:[ \u00a0]*\Z",
    re.IGNORECASE,
)
# A name standing alone after a colon or a dash, the whole item ("Idé: Fatima", "Bord 3 – Ahmed").
_ITEM_MARKS = frozenset(":-–—")
_ALONE_AFTER = re.compile(r"[ \u00a0]*(?:[.!?)\]\n\r]|\Z)")
# In lower case, only these right before a name, and only _SAYS right after it.
_LOWER_BEFORE = frozenset("fråga frågade enligt tack tacka sa sade tyckte menade berättade undrade".split())
# Before a place, not a person: "bor i Nora" (but "i Ahmeds namn").
_PLACE_BEFORE = frozenset("i vid utanför kring runt".split())
# A saint's, whose name is a place or a church's: "Sankt Olof", "S:t Görans", "San José", "St. Helens".
_SAINT = frozenset("sankt s:t st saint sainte san santa são sveta sint".split())
# Before a name, a title makes the two a person ("Rektor Lars sa"); another capitalised word makes them
# a proper name ("Villa Clara", "Reggio Emilia"), taken only before what a person says.
_TITLES = frozenset(
    """
    doktor dr pastor präst rektor fröken herr fru mamma pappa mormor morfar farmor farfar moster
    faster morbror farbror kusin syster bror kollegan ordförande lärare
    """.split()
)
# Given names that are words here though not Swedish ones, or places: taken only on a cue.
_ALSO_NOT_A_NAME = frozenset("nora love".split())
# Given names that are months ("maj", "jan."): not a name beside a date ("från Maj till Augusti").
_MONTH_NAMES = frozenset({"jan", "maj"})
_DATE_NEAR = re.compile(
    r"\d|\b(?:jan(?:uari)?|feb(?:ruari)?|mars|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sep(?:t|tember)?"
    r"|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)
# A given name's genitive that is a word: "Klass 9 vill...".
_GENITIVE_WORDS = frozenset("klass dags majs livs".split())
# Where a sentence ends (or a list item begins); a capital after one says nothing.
_ENDS = frozenset(".!?:;…-–—•*·>#=|")
_OPENERS = frozenset("\"'“”„«»‘’([{")
_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c")

_WORD_BEFORE = re.compile(r"((?:[Ss]:t)|[^\W_]+)(\.?)[ \u00a0]+\Z")
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_COLON_AFTER = re.compile(r"[ \u00a0]*:")
_LOWER_NAME_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_]+(?:-[^\W\d_]+)*)[ \u00a0]+\Z")
_LOWER_NAME_AFTER = re.compile(r"[ \u00a0]*([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w\-])")
_LIST_GAPS = frozenset({",", "&", "+", "/", "och", "samt", "eller", ", och", ", samt", ", eller"})


def _sentence_mark(text: str, i: int) -> str | None:
    """What ends the sentence before `text[i]` when a new one starts there: a sign (".", ":", "–"), or
    "" at the start of the text or of a line; None inside a sentence."""
    while i > 0:
        c = text[i - 1]
        if c in _BREAKS:
            return ""
        if not (c.isspace() or c in _OPENERS):
            break
        i -= 1
    if i == 0:
        return ""
    return text[i - 1] if text[i - 1] in _ENDS else None


def _near_a_date(text: str, start: int, end: int) -> bool:
    """Another month or a number within a few words: `text[start:end]` is a month too."""
    window = text[max(0, start - 24) : start] + " " + text[end : end + 24]
    return bool(_DATE_NEAR.search(window))


def _word_before(text: str, start: int) -> str:
    """The word just before `start`, as written; after a dot only a saint's ("St. Helens")."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if not m or (m.group(2) and m.group(1).casefold() not in _SAINT):
        return ""
    return m.group(1)


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end)
    return m.group(1) if m else ""


@dataclass
class _Candidate:
    start: int
    end: int
    opening: bool  # starts its sentence: the capital says nothing
    taken: bool  # a name on its own cues


class GivenAlone:
    """`names`: the given names of the facts list, case-folded; `not_names(word)`: whether a case-folded
    word is no one's name here (the conference's own places)."""

    def __init__(self, names: frozenset[str], not_names: Callable[[str], bool]) -> None:
        self._names = names
        self._not_name = not_names

    def _is_given(self, folded: str) -> bool:
        """A listed given name, or two joined ("lars-göran"; not "bo-rukul", "emilia-romagna")."""
        if folded in self._names:
            return True
        return "-" in folded and all(part in self._names for part in folded.split("-"))

    def _name_of(self, word: str) -> tuple[str, bool] | None:
        """(the given name, whether `word` is its genitive), or None when `word` is no given name."""
        if not all(part[:1].isupper() for part in word.split("-")):
            return None  # "Rut-avdraget", "Per-capita"
        folded = word.casefold()
        if self._is_given(folded):
            return folded, False
        if folded.endswith("s") and folded not in _GENITIVE_WORDS and self._is_given(folded[:-1]):
            return folded[:-1], True
        return None

    def candidate(self, text: str, start: int, end: int) -> _Candidate | None:
        """A capitalised word `text[start:end]` (no surname after it) as a given name alone, or None."""
        named = self._name_of(text[start:end])
        if named is None:
            return None
        name, genitive = named
        if self._not_name(name):
            return None
        written_before = _word_before(text, start)
        before = written_before.casefold()
        if before[:1].isdigit() or before in _SAINT or (before in _PLACE_BEFORE and not genitive):
            return None
        after = _word_after(text, end)
        says = after in _SAYS and not genitive
        if name in _MONTH_NAMES and not says and _near_a_date(text, start, end):
            return None
        word_too = any(ordinary_word(part) or part in _ALSO_NOT_A_NAME for part in name.split("-"))
        mark = _sentence_mark(text, start)
        opening = mark is not None
        named_before = written_before[:1].isupper() and before not in _BEFORE and before not in _TITLES
        if opening and _LABEL.search(text, max(0, start - 24), start):
            taken = True
        elif word_too or named_before:
            taken = says or (not opening and before in _BEFORE)
        elif opening:
            taken = (
                genitive
                or after in _DOES
                or bool(after.islower() and _VERB_SHAPE.fullmatch(after))
                or bool(_AGE_AFTER.match(text, end))
                or bool(_COLON_AFTER.match(text, end))
                or bool(mark in _ITEM_MARKS and not after and _ALONE_AFTER.match(text, end))
            )
        else:
            taken = True
        return _Candidate(start, end, opening, taken)

    @staticmethod
    def taken(text: str, candidates: list[_Candidate]) -> Iterable[tuple[int, int]]:
        """The candidates taken: each on its own cues, or in a list of names with one inside a
        sentence ("Per, Bo och Stig", "Ahmed, Fatima och Lars")."""
        run: list[_Candidate] = []
        for c in [*candidates, None]:
            if c is not None and run and " ".join(text[run[-1].end : c.start].split()) in _LIST_GAPS:
                run.append(c)
                continue
            listed = len(run) > 1 and any(not r.opening for r in run)
            yield from ((r.start, r.end) for r in run if r.taken or listed)
            run = [c] if c is not None else []

    def in_lower_case(self, text: str, words: Iterable[re.Match[str]]) -> Iterable[tuple[int, int]]:
        """Given names typed in lower case, right after "fråga", "enligt", "sa"... or right before
        "sa", "tyckte": `words` are the matches of those cue words in `text`."""
        for cue in words:
            word = cue.group().casefold()
            if word in _LOWER_BEFORE:
                after = _LOWER_NAME_AFTER.match(text, cue.end())
                if after and self._lower_name(after.group(1)):
                    yield after.start(1), after.end(1)
            if word in _SAYS:
                before = _LOWER_NAME_BEFORE.search(text, max(0, cue.start() - 24), cue.start())
                if before and self._lower_name(before.group(1)):
                    yield before.start(1), before.end(1)

    def lower_name_at(self, text: str, pos: int) -> tuple[int, int] | None:
        """A given name in lower case right at `pos` (after "ring", "kontakta": "ring britt-marie")."""
        m = _LOWER_NAME_AFTER.match(text, pos)
        return (m.start(1), m.end(1)) if m and self._lower_name(m.group(1)) else None

    def _lower_name(self, word: str) -> bool:
        """A given name in lower case that is no word ("fatima"), or a double name every part of which
        is a given name and not every part a word ("per-olof", "britt-marie"; not "bo-stig")."""
        if not word.islower() or not self._is_given(word) or self._not_name(word):
            return False
        parts = word.split("-")
        return not all(ordinary_word(part) or part in _ALSO_NOT_A_NAME for part in parts)


def one_of(words: Iterable[str]) -> str:
    """A pattern matching any of the lower-case `words`, also capitalised or in capitals, as a tree of
    their shared beginnings ("(?:S(?:A(?:DE)?|ÄGER)|...|s(?:a(?:de)?|äger))"): Python's regex engine
    tries a plain alternation's every word at every character, a tree only the branches of the letters
    it meets, and without IGNORECASE, which halves its speed (four times as fast here in all)."""
    tree: dict[str, dict] = {}
    for form in {cased for word in words for cased in (word, word.capitalize(), word.upper())}:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        either = "(?:" + "|".join(branches) + ")"
        return either + "?" if "" in node else either

    return pattern(tree)


# The cue words of `GivenAlone.in_lower_case`.
LOWER_CASE_CUES = _LOWER_BEFORE | _SAYS
