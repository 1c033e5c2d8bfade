"""Right-to-left text (Arabic, Persian, Urdu, Hebrew) as the PDFs print it.

reportlab draws the characters of a line in the order they come and each as its font's one form of
it: an Arabic note printed back to front, its letters unjoined. Two steps make it readable:

- `shaped`: each Arabic letter becomes the presentation form it takes in its word (initial, medial,
  final, isolated; lam-alef joined), still in the order typed. DejaVu Sans draws these forms. Done
  before a paragraph's lines are broken, since a form's width is what the line holds.
- `visual`: one line put in the order it is seen (the Unicode bidirectional algorithm): a line of
  Arabic right to left, a Swedish line with an Arabic phrase left to right with that phrase reversed.
  Done per line, after breaking: the paragraph breaks its words in the order they were typed.

The tagged PDFs give the text as typed (logical order) through each reordered line's ActualText.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Strong right-to-left scripts (Hebrew to NKo, their presentation forms)
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
SEPARATOR = " \u00b7 "  # between the facts of a line: "title · date · venue"
_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return RIGHT_TO_LEFT.search(text) is not None


@cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    # Only the ligature Arabic writing requires (lam-alef); the word ligatures (ﷲ) DejaVu does not draw.
    # Vowel marks are kept: what the chair typed is printed, not trimmed.
    config = {name: "LAM WITH ALEF" in name for name, _forms in LIGATURES}
    return ArabicReshaper(configuration={**config, "delete_harakat": False, "support_ligatures": True})


def shaped(text: str) -> str:
    """Arabic letters as their joined presentation forms, in the order typed; other text unchanged."""
    if _ARABIC.search(text) is None:
        return text
    return _reshaper().reshape(text)


def visual(line: str, base: str | None = None) -> str:
    """One line in the order it is seen, brackets in right-to-left text mirrored; `base` "L" or "R",
    or found from its first strong letter."""
    if not has_rtl(line):
        return line
    return "".join(mirrored(line[at]) if rtl else line[at] for at, rtl in visual_order(line, base))


def visual_order(line: str, base: str | None = None) -> list[tuple[int, bool]]:
    """`line`'s characters in the order they are seen, each as (its position, whether it is set right
    to left: a bracket there is drawn mirrored).

    The facts the documents join with SEPARATOR ("title · 12 mars 2026") are each read on their own,
    as an isolate of the bidirectional algorithm: a title ending in Arabic took the day of the month
    into its right-to-left run ("— 12 · التنوع mars 2026")."""
    if SEPARATOR not in line:
        return _order(line, base)
    outer = base or base_of(line)
    pieces: list[list[tuple[int, bool]]] = []
    at = 0
    for index, part in enumerate(line.split(SEPARATOR)):
        if index:
            pieces.append([(at + i, outer == "R") for i in range(len(SEPARATOR))])
            at += len(SEPARATOR)
        pieces.append([(at + i, right) for i, right in _order(part, None)])
        at += len(part)
    if outer == "R":
        pieces.reverse()
    return [char for piece in pieces for char in piece]


def _order(line: str, base: str | None) -> list[tuple[int, bool]]:
    if not has_rtl(line):
        return [(at, False) for at in range(len(line))]
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    level = algorithm.get_base_level(line, False) if base is None else algorithm.PARAGRAPH_LEVELS[base]
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    algorithm.get_embedding_levels(line, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["at"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    return [(char["at"], char["level"] % 2 == 1) for char in storage["chars"]]


def mirrored(char: str) -> str:
    from bidi.mirror import MIRRORED

    return MIRRORED.get(char, char)


def logical(text: str) -> str:
    """Shaped text as typed again (presentation forms back to their letters), for ActualText."""
    return _FORMS.sub(lambda form: unicodedata.normalize("NFKC", form.group()), text)


def lines_seen(lines: list, kind: int) -> tuple[list, str, str] | None:
    """A paragraph's broken lines (reportlab's: kind 0 (space, words), kind 1 lines of fragments) as
    drawn, each in the order it is seen in the paragraph's direction; the text as typed; that
    direction ("L" or "R", from its first strong letter). None when no line needs it."""
    texts = [line_text(line, kind) for line in lines]
    if not any(map(has_rtl, texts)):
        return None
    typed = " ".join(texts)
    base = base_of(typed)
    return [_seen(line, kind, base) for line in lines], logical(typed), base


def line_text(line, kind: int) -> str:
    if kind == 0:
        return " ".join(line[1])
    return "".join(getattr(frag, "text", "") for frag in line.words)


def _seen(line, kind: int, base: str):
    text = line_text(line, kind)
    if not has_rtl(text):
        return line
    if kind == 0:
        extra, words = line
        seen = visual(text, base).split(" ")
        return (extra, seen if len(seen) == len(words) else [" ".join(seen)])
    frags = line.words
    if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
        return line  # a link or a drawn sign in the line: left as typed rather than torn apart
    owner = [i for i, frag in enumerate(frags) for _char in frag.text]
    out: list = []
    held, held_owner = "", -1
    for at, right_to_left in visual_order(text, base):
        char = mirrored(text[at]) if right_to_left else text[at]
        if owner[at] != held_owner and held:
            out.append(frags[held_owner].clone(text=held))
            held = ""
        held, held_owner = held + char, owner[at]
    if held:
        out.append(frags[held_owner].clone(text=held))
    return line.clone(words=out) if hasattr(line, "clone") else _with_words(line, out)


def _with_words(line, words: list):
    from copy import copy

    seen = copy(line)
    seen.words = words
    return seen


def base_of(text: str) -> str:
    """A paragraph's direction, "L" or "R", from its first strong letter (left to right if none)."""
    from bidi import algorithm

    return ("L", "R")[algorithm.get_base_level(text, False)]
