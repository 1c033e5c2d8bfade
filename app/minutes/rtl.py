"""Right-to-left text (Arabic, Persian, Urdu, Hebrew) as the PDFs print it.

reportlab draws the characters of a line in the order they come and each as its font's one form of
it: an Arabic note printed back to front, its letters unjoined. Two steps make it readable:

- `shaped`: each Arabic letter becomes the presentation form it takes in its word (initial, medial,
  final, isolated; lam-alef joined), still in the order typed. DejaVu Sans draws these forms. Done
  before a paragraph's lines are broken, since a form's width is what the line holds.
- `visual`: one line put in the order it is seen (the Unicode bidirectional algorithm): a line of
  Arabic right to left, a Swedish line with an Arabic phrase left to right with that phrase reversed.
  Done per line, after breaking: the paragraph breaks its words in the order they were typed.

User text put into a sentence or a label ("{title} (12 mars 2026)") is `isolated` (FSI…PDI, as HTML's
<bdi>): it is ordered on its own and counts as one neutral sign in the sentence around it. Without that
an Arabic title took the "12" after it into its right-to-left run. The marks are drawn as nothing
(fonts.py gives them DejaVu's empty glyph) and left out of what is drawn and of the ActualText.

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
# The isolates' marks: LRI, RLI, FSI open one, PDI closes it
MARKS = re.compile("[\u2066-\u2069]")
_OPENS = {"\u2066": "L", "\u2067": "R", "\u2068": None}
_CLOSE = "\u2069"
_UNIT = "\ufffc"  # an isolate as its surroundings see it: one neutral sign


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


def isolated(text: str) -> str:
    """User text for a sentence or label of the documents: between FSI and PDI when it holds
    right-to-left letters (any other text is returned as it is)."""
    return f"\u2068{text}{_CLOSE}" if has_rtl(text) else text


def unmarked(text: str) -> str:
    """`text` without the isolates' marks."""
    return MARKS.sub("", text) if MARKS.search(text) else text


def shaped(text: str) -> str:
    """Arabic letters as their joined presentation forms, in the order typed; other text unchanged."""
    if _ARABIC.search(text) is None:
        return text
    return _reshaper().reshape(text)


def visual(line: str, base: str | None = None) -> str:
    """One line in the order it is seen, brackets in right-to-left text mirrored; `base` "L" or "R",
    or found from its first strong letter. In a right-to-left line (`base` "R") signs move even
    without a right-to-left letter: an item's "1." is seen as ".1", its period between number and text."""
    if base != "R" and not has_rtl(line):
        return unmarked(line)
    return "".join(
        mirrored(line[at]) if rtl else line[at]
        for at, rtl in visual_order(line, base)
        if not MARKS.match(line[at])
    )


def visual_order(line: str, base: str | None = None) -> list[tuple[int, bool]]:
    """`line`'s characters in the order they are seen, each as (its position, whether it is set right
    to left: a bracket there is drawn mirrored).

    The facts the documents join with SEPARATOR ("title · 12 mars 2026") are each read on their own,
    as an isolate of the bidirectional algorithm: a title ending in Arabic took the day of the month
    into its right-to-left run ("— 12 · التنوع mars 2026"). So are the isolates (`isolated`): each is
    ordered in its own direction (FSI: from its first strong letter) and put where the surrounding
    line puts one neutral sign. An isolate still open at the line's end runs to it."""
    if MARKS.search(line) is None:
        return _separated(line, base)
    pieces = _pieces(line)
    outer = "".join(_UNIT if MARKS.match(line[start]) else line[start] for start, _stop in pieces)
    order: list[tuple[int, bool]] = []
    for index, right in _separated(outer, base):
        start, stop = pieces[index]
        if line[start] not in _OPENS:  # a letter, a sign, or a PDI that closes nothing
            order.append((start, right))
            continue
        closed = stop - start > 1 and line[stop - 1] == _CLOSE
        inside = line[start + 1 : stop - 1 if closed else stop]
        inner = _OPENS[line[start]] or base_of(inside)
        order.append((start, False))
        order += [(start + 1 + i, r) for i, r in visual_order(inside, inner)]
        if closed:
            order.append((stop - 1, False))
    return order


def _isolates(line: str) -> list[tuple[int, int]]:
    """The outermost isolates of `line` as (start, stop), the marks included; a PDI that closes none
    stands alone (start, start + 1) and is read as a neutral sign."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for at, char in enumerate(line):
        if char in _OPENS:
            if depth == 0:
                start = at
            depth += 1
        elif char == _CLOSE:
            if depth == 0:
                spans.append((at, at + 1))
                continue
            depth -= 1
            if depth == 0:
                spans.append((start, at + 1))
    if depth:
        spans.append((start, len(line)))
    return spans


def _separated(line: str, base: str | None) -> list[tuple[int, bool]]:
    """visual_order of a line without isolates (its facts joined by SEPARATOR read each on their own)."""
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
    if base != "R" and not has_rtl(line):
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
    """Shaped text as typed again (presentation forms back to their letters, no isolates' marks),
    for ActualText."""
    return unmarked(_FORMS.sub(lambda form: unicodedata.normalize("NFKC", form.group()), text))


def lines_seen(lines: list, kind: int) -> tuple[list, str, str] | None:
    """A paragraph's broken lines (reportlab's: kind 0 (space, words), kind 1 lines of fragments) as
    drawn, each in the order it is seen in the paragraph's direction; the text as typed; that
    direction ("L" or "R", from its first strong letter). None when no line needs it."""
    texts = [line_text(line, kind) for line in lines]
    if not any(map(has_rtl, texts)):
        return None
    typed = " ".join(texts)
    base = base_of(typed)
    seen, opened = [], 0  # isolates left open by the lines before (a title broken over two lines)
    for line, text in zip(lines, texts, strict=True):
        seen.append(_seen(line, kind, base, "\u2068" * opened))
        if MARKS.search(text):
            for char in text:
                opened = opened + 1 if char in _OPENS else max(0, opened - (char == _CLOSE))
    return seen, logical(typed), base


def line_text(line, kind: int) -> str:
    if kind == 0:
        return " ".join(line[1])
    return "".join(getattr(frag, "text", "") for frag in line.words)


def _seen(line, kind: int, base: str, opened: str):
    text = line_text(line, kind)
    if base != "R" and not has_rtl(text):
        return _without_marks(line, kind) if MARKS.search(text) else line
    if kind == 0:
        extra, words = line
        seen = visual(opened + text, base).split(" ")
        return (extra, seen if len(seen) == len(words) else [" ".join(seen)])
    frags = line.words
    if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
        return line  # a link or a drawn sign in the line: left as typed rather than torn apart
    owner = [i for i, frag in enumerate(frags) for _char in frag.text]
    out: list = []
    held, held_owner = "", -1
    for at, right_to_left in visual_order(opened + text, base):
        at -= len(opened)
        if at < 0 or MARKS.match(text[at]):
            continue
        char = mirrored(text[at]) if right_to_left else text[at]
        if owner[at] != held_owner and held:
            out.append(frags[held_owner].clone(text=held))
            held = ""
        held, held_owner = held + char, owner[at]
    if held:
        out.append(frags[held_owner].clone(text=held))
    return line.clone(words=out) if hasattr(line, "clone") else _with_words(line, out)


def _without_marks(line, kind: int):
    if kind == 0:
        return (line[0], [unmarked(word) for word in line[1]])
    frags = [frag.clone(text=unmarked(frag.text)) if hasattr(frag, "text") else frag for frag in line.words]
    return line.clone(words=frags) if hasattr(line, "clone") else _with_words(line, frags)


def _with_words(line, words: list):
    from copy import copy

    seen = copy(line)
    seen.words = words
    return seen


def base_of(text: str) -> str:
    """A paragraph's direction, "L" or "R", from its first strong letter outside isolates (left to
    right if none)."""
    from bidi import algorithm

    if MARKS.search(text):
        text = "".join(_UNIT if MARKS.match(text[start]) else text[start] for start, _stop in _pieces(text))
    return ("L", "R")[algorithm.get_base_level(text, False)]


def _pieces(text: str) -> list[tuple[int, int]]:
    """`text` as (start, stop) pieces: each outermost isolate one, every other character one."""
    out: list[tuple[int, int]] = []
    at = 0
    for start, stop in _isolates(text):
        out += [(i, i + 1) for i in range(at, start)]
        out.append((start, stop))
        at = stop
    return out + [(i, i + 1) for i in range(at, len(text))]
