"""Guiding words and "what needs to be done", accumulated per theme over a process's conferences.

After each conference the lists grow; an item said again (in other inflections or word order) is one
item with more origins. Items match on their distinct content stems (text.normal_key), so "Mod" and
"modet", or "Tillit och samverkan" and "samverkan och tillit", are one. The words shown are the variant
said most often (the earliest on a tie).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from app import conferences
from app.errors import UserError
from app.proposals.text import normal_key
from app.store import Store

ACCUMULATED_KINDS = ("guiding-word", "action")


@dataclass(frozen=True, order=True)
class Origin:
    conference_date: str
    conference_title: str
    table_number: int
    conference_id: str


@dataclass(frozen=True)
class AccumulatedItem:
    kind: str  # "guiding-word" or "action"
    text: str
    variants: tuple[str, ...]  # every wording seen, most frequent first
    origins: tuple[Origin, ...]  # distinct (conference, table), oldest conference first


@dataclass(frozen=True)
class ThemeAccumulation:
    theme_id: str | None  # None: notes that carry no theme
    theme_name: str
    guiding_words: list[AccumulatedItem]
    actions: list[AccumulatedItem]


def astuple_origin(o: Origin) -> tuple[str, str, int, str]:
    """Origin's own order as a plain tuple: sorting on it is much quicker than dataclass comparison."""
    return (o.conference_date, o.conference_title, o.table_number, o.conference_id)


class _Said(NamedTuple):
    """The few fields of a note that accumulation reads."""

    conference_id: str
    table_number: int
    position: int
    kind: str
    text: str
    themes: list[str]


def _accumulated_notes(
    store: Store, confs: dict[str, object], without: frozenset[str] = frozenset()
) -> list[_Said]:
    """The live guiding words and actions of these conferences, in id order (the store's order).

    Read as bare rows, not full records: a process report reads 100,000s of notes, and decoding every
    record's stamps and bookkeeping would cost more than the accumulation itself."""
    if not confs:
        return []
    marks = ", ".join("?" * len(confs))
    kinds = ", ".join(f"'{k}'" for k in ACCUMULATED_KINDS)
    leaving = f" AND id NOT IN ({', '.join('?' * len(without))})" if without else ""
    rows = store.conn.execute(
        "SELECT conference_id, table_number, position, kind, text, themes FROM notes"
        f" WHERE conference_id IN ({marks}) AND kind IN ({kinds}) AND deleted = 0{leaving} ORDER BY id",
        (*confs, *without),
    )
    return [
        _Said(conf, number or 0, position or 0, kind, text or "", json.loads(themes) if themes else [])
        for conf, number, position, kind, text, themes in rows
    ]


def accumulated(
    store: Store, process_id: str, *, without: frozenset[str] = frozenset()
) -> list[ThemeAccumulation]:
    """Per theme of the process (in its order, then notes without a theme), the de-duplicated items;
    the notes of `without` (left out by a personal-data review) are not counted."""
    if store.get("process", process_id) is None:
        raise UserError(f"no process with id {process_id}")
    confs = {c.id: c for c in conferences.conferences(store) if c.process_id == process_id}
    themes = conferences.themes(store, process_id)
    notes = _accumulated_notes(store, confs, without)
    # Oldest conference first, so "first said" and the tie-break of wording follow the process's time.
    notes.sort(
        key=lambda n: (confs[n.conference_id].date, confs[n.conference_id].title, n.table_number, n.position)
    )

    buckets: dict[tuple[str | None, str, tuple[str, ...]], list[_Said]] = {}
    known_themes = {t.id for t in themes}
    keys: dict[str, tuple[str, ...]] = {}  # the same words come back from table after table
    for note in notes:
        key = keys.get(note.text)
        if key is None:
            key = keys[note.text] = normal_key(note.text)
        theme_ids = [t for t in note.themes if t in known_themes] or [None]
        for theme_id in theme_ids:
            buckets.setdefault((theme_id, note.kind, key), []).append(note)

    origin_of: dict[tuple[str, int], Origin] = {}  # one Origin per (conference, table), built once

    def origin(n: _Said) -> Origin:
        found = origin_of.get((n.conference_id, n.table_number))
        if found is None:
            c = confs[n.conference_id]
            found = Origin(c.date, c.title, n.table_number, n.conference_id)
            origin_of[(n.conference_id, n.table_number)] = found
        return found

    def item(kind: str, said: list[_Said]) -> AccumulatedItem:
        spoken = [n.text.strip() for n in said]
        counts = Counter(spoken)
        # dict keeps first-seen order and the sort is stable: most said first, the earliest on a tie
        variants = sorted(dict.fromkeys(spoken), key=lambda text: -counts[text])
        origins = sorted({origin(n) for n in said}, key=astuple_origin)
        return AccumulatedItem(kind, variants[0], tuple(variants), tuple(origins))

    result = []
    for theme_id, name in [(t.id, t.name) for t in themes] + [(None, "")]:
        per_kind: dict[str, list[AccumulatedItem]] = {k: [] for k in ACCUMULATED_KINDS}
        for (bucket_theme, kind, _key), said in buckets.items():
            if bucket_theme == theme_id:
                per_kind[kind].append(item(kind, said))
        for items in per_kind.values():
            items.sort(key=lambda i: (-len(i.origins), i.origins[0], i.text.casefold()))
        if theme_id is not None or any(per_kind.values()):
            result.append(ThemeAccumulation(theme_id, name, per_kind["guiding-word"], per_kind["action"]))
    return result
