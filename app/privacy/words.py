"""Swedish first names and surnames that are also ordinary words ("berg", "hans", "inga", "per").

A known person's first name or surname standing alone is flagged in lower case too (people type
"karin sa att..."), unless written in lower case it is a word of the language: "ett berg", "hans idé",
"inga lokaler", "100 kr per person" must not be taken for Erik Berg, Hans, Inga or Per. Such a name is
flagged only with its capital, as before. The guess at names nobody knows (guess.py, alone.py) takes
such a given name alone only on a cue that only a person takes ("Bo sa att", not "Bo kvar"). The list
is made for this purpose: the names common in Sweden (first names and surnames from nature words)
whose lower-case form is a common word, in the forms a note would carry them (base form, as the name
is spelt).
"""

from __future__ import annotations

ORDINARY_WORDS = frozenset(
    """
    alf alm alva alvar ana ask axel back berg björk björn blad blom bo bris bro bror bäck dag dal dan
    ebba ek erika ester falk fink fisk fjäll fors frans frost gran gull gård hage hall hans hed hjort
    holm hägg hök inga inger iris jan karl kasper klara kort kvarn kvist lax lena lilja lina lind linda
    linnea lisa liv ljung lo lotta lotten lova lund lång lönn löv maj man marina mark mats max meja mo
    myr nisse nord näs orre palm per rask ros rosa rosen rut saga sand sanna siv sjö skog smed sol stark
    sten stig storm strand ström sund svan söder tall tim tina tom tor torp udd vall varg vide vik vilja
    viola väst åker ås örn öst
    """.split()
)


def ordinary_word(name_part: str) -> bool:
    """Whether a name part written in lower case is (also) an ordinary Swedish word."""
    return name_part.casefold() in ORDINARY_WORDS
