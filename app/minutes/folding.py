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


def fold(notes: Iterable[Note], text: Callable[[Note], str] = lambda n: n.text) -> list[FoldedLine]:
    """Fold `notes` (their text as `text` gives it, e.g. after the privacy review); the lines said at
    most tables first, then in the order they were first said."""
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[Note, str]]] = defaultdict(list)
    for note in notes:
        shown = text(note).strip()
        key = normal_key(shown) or (shown.casefold(),)
        groups[note.kind, key].append((note, shown))
    lines = []
    for (kind, _key), members in groups.items():
        # The wording most tables used, written as a sentence is (not all capitals, not all small),
        # then of its spellings the most common one without the " !" or "..." of haste; ties go to
        # the first said (Counter keeps order). A note said once is shown exactly as written.
        tidied = Counter(_tidy(shown) for _n, shown in members)
        chosen = max(tidied.items(), key=lambda item: (item[1], _well_written(item[0])))[0]
        spellings = Counter(" ".join(s.split()) for _n, s in members if _tidy(s) == chosen)
        best = max(spellings.items(), key=lambda item: (not _HASTY.search(item[0]), item[1]))[0]
        lines.append(
            FoldedLine(
                text=best if best else members[0][1],
                kind=kind,
                tables=tuple(sorted({n.table_number for n, _s in members})),
                votes=sum(n.votes for n, _s in members),
                notes=tuple(n for n, _s in members),
            )
        )
    order = {id(line): i for i, line in enumerate(lines)}
    return sorted(lines, key=lambda line: (-line.table_count, -line.votes, order[id(line)]))


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


_HASTY = re.compile(r"\s[!?.]+$|\.\.\.$|!!+$")


def _tidy(text: str) -> str:
    """One line without its trailing punctuation: what spellings of one wording share."""
    tidy = " ".join(text.split()).rstrip(" .!?…")
    return tidy or " ".join(text.split())


def _well_written(text: str) -> bool:
    return text[:1].isupper() and not text.isupper()
