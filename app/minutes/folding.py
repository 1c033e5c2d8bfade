"""What many tables said once: identical and near-identical notes folded into one line with a count.

Forty tables answering the same question say the same things in slightly different words ("Fler
mötesplatser för unga!", "fler mötesplatser för ungdomar"). A reader wants each thing once and how
widely it was said ("sagt vid 6 bord"), grouped by theme. Notes fold when they are of the same kind and
their content words reduce to the same Swedish stems (app.proposals.text.normal_key); the wording shown
is the one most tables used, in its tidiest common spelling; a note said once stays as written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.model import Note
from app.proposals.text import normal_key


@dataclass(frozen=True)
class FoldedLine:
    text: str
    kind: str
    tables: tuple[int, ...]  # distinct, ascending
    votes: int  # summed
    notes: tuple[Note, ...]  # every note it stands for, in the order given

    @property
    def table_count(self) -> int:
        return len(self.tables)


def fold(
    notes: Iterable[Note],
    text: Callable[[Note], str] = lambda n: n.text,
    keys: dict[str, tuple[str, ...]] | None = None,
) -> list[FoldedLine]:
    """Fold `notes` (their text as `text` gives it, e.g. after the privacy review); the lines said at
    most tables first, then in the order they were first said. `keys` remembers each wording's key
    (normal_key) for the next call: a document folds question after question of the same words."""
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[Note, str]]] = defaultdict(list)
    if keys is None:
        keys = {}  # the same words come back from table after table
    for note in notes:
        shown = text(note).strip()
        key = keys.get(shown)
        if key is None:
            key = keys[shown] = normal_key(shown) or (shown.casefold(),)
        groups[note.kind, key].append((note, shown))
    lines = []
    for (kind, _key), members in _merge_slips(groups).items():
        if len(members) == 1:  # most notes: said once, shown exactly as written
            note, shown = members[0]
            lines.append(FoldedLine(shown, kind, (note.table_number,), note.votes, (note,)))
            continue
        # The wording most tables used, written as a sentence is (not all capitals, not all small),
        # then of its spellings the most common one without the " !" or "..." of haste; ties go to
        # the first said (Counter keeps order). A note said once is shown exactly as written.
        tidied = Counter(_tidy(shown) for _n, shown in members)
        chosen = max(tidied.items(), key=lambda item: (item[1], _well_written(item[0])))[0]
        spellings = Counter(" ".join(s.split()) for _n, s in members if _tidy(s) == chosen)
        best = max(spellings.items(), key=lambda item: (not _HASTY.search(item[0]), item[1]))[0]
        # Shown as first written in that spelling, line breaks and all (a list typed on several lines).
        written = next((s for _n, s in members if " ".join(s.split()) == best), members[0][1])
        lines.append(
            FoldedLine(
                text=written if best else members[0][1],
                kind=kind,
                tables=tuple(sorted({n.table_number for n, _s in members})),
                votes=sum(n.votes for n, _s in members),
                notes=tuple(n for n, _s in members),
            )
        )
    order = {id(line): i for i, line in enumerate(lines)}
    return sorted(lines, key=lambda line: (-line.table_count, -line.votes, order[id(line)]))


Group = list[tuple[Note, str]]


def _merge_slips(
    groups: dict[tuple[str, tuple[str, ...]], Group],
) -> dict[tuple[str, tuple[str, ...]], Group]:
    """One group for wordings that differ only by slips of the keyboard ("Kartlägga lediga loakler",
    "spårkcafé på bilbioteket"), which the stems do not catch: the same words but for two letters
    swapped, or one letter missing or doubled, in words of four letters or more; at least one word
    the same when there are several. The group said first takes the later ones."""
    merged: dict[tuple[str, tuple[str, ...]], Group] = {}
    # Wordings a slip apart have as many words, and their words of under four letters the same and in
    # the same places (a slip is in a longer word): only wordings of one such shape are compared, not
    # every wording of as many words (most of the time of folding the minutes' notes).
    shapes: dict[tuple[str, tuple[str, ...]], list[tuple[tuple[str, ...], list[str]]]] = defaultdict(list)
    for (kind, key), members in groups.items():
        words = _WORD.findall(members[0][1].casefold())
        same_shape = shapes[kind, tuple(word if len(word) < 4 else "" for word in words)]
        target = next((k for k, seen in same_shape if _slips_apart(seen, words)), None)
        if target is None:
            merged[kind, key] = list(members)
            same_shape.append((key, words))
        else:
            merged[kind, target].extend(members)
    return merged


def _slips_apart(a: list[str], b: list[str]) -> bool:
    slips = 0
    for x, y in zip(a, b, strict=True):
        if x != y:
            if not _slip(x, y):
                return False
            slips += 1
    return slips > 0 and (slips < len(a) or len(a) == 1)


def _slip(x: str, y: str) -> bool:
    """Two letters swapped, or one letter more or less, in a word of at least four letters."""
    if min(len(x), len(y)) < 4:
        return False
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and x[diff[0]] == y[diff[1]]
            and x[diff[1]] == y[diff[0]]
        )
    if abs(len(x) - len(y)) != 1:
        return False
    longer, shorter = (x, y) if len(x) > len(y) else (y, x)
    i = next((i for i in range(len(shorter)) if longer[i] != shorter[i]), len(shorter))
    return longer[:i] + longer[i + 1 :] == shorter


def by_theme(
    notes: Sequence[Note], theme_order: Sequence[tuple[str, str]], no_theme: str
) -> list[tuple[str, list[Note]]]:
    """Notes under their first known theme, themes in the process's order (`theme_order`: id, name),
    notes without a known theme last under `no_theme`; each note once, empty groups left out."""
    names = dict(theme_order)
    grouped: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        first = next((t for t in note.themes if t in names), "")
        grouped[first].append(note)
    result = [(name, grouped[tid]) for tid, name in theme_order if grouped.get(tid)]
    if grouped.get(""):
        result.append((no_theme, grouped[""]))
    return result


_WORD = re.compile(r"\w+")
_HASTY = re.compile(r"\s[!?.]+$|\.\.\.$|!!+$")


def _tidy(text: str) -> str:
    """One line without its trailing punctuation: what spellings of one wording share."""
    tidy = " ".join(text.split()).rstrip(" .!?…")
    return tidy or " ".join(text.split())


def _well_written(text: str) -> bool:
    return text[:1].isupper() and not text.isupper()
