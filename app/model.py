"""The domain as plain dataclasses, read from store records: what the services hand to the faces.

Every dataclass here has a docstring: for one without, `dataclass` writes one from `inspect.signature`
when the module is imported, a cost every start of a window pays."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.errors import UserError
from app.records import NOTE_KINDS

Record = dict[str, Any]


@dataclass(frozen=True)
class Process:
    """A process (e.g. a four-year programme): several conferences, with themes that last across them."""

    id: str
    name: str
    organisation: str

    @classmethod
    def from_record(cls, r: Record) -> Process:
        return cls(r["id"], r["name"] or "", r["organisation"] or "")


@dataclass(frozen=True)
class Theme:
    """A theme (focus area) of a process, in its order: the chair tags notes with it (Ctrl+1..9)."""

    id: str
    process_id: str
    name: str
    position: int

    @classmethod
    def from_record(cls, r: Record) -> Theme:
        return cls(r["id"], r["process_id"], r["name"] or "", r["position"] or 0)


@dataclass(frozen=True)
class Conference:
    """One conference of a process: its title, date and venue, and a round's usual length."""

    id: str
    process_id: str
    title: str
    date: str
    venue: str
    round_minutes: int

    @classmethod
    def from_record(cls, r: Record) -> Conference:
        return cls(
            r["id"],
            r["process_id"],
            r["title"] or "",
            r["date"] or "",
            r["venue"] or "",
            r["round_minutes"] or 20,
        )


@dataclass(frozen=True)
class Question:
    """A question of one conference, in its order; a round may have a length of its own."""

    id: str
    conference_id: str
    position: int  # 1-based order within the conference
    text: str
    round_minutes: int

    @classmethod
    def from_record(cls, r: Record) -> Question:
        return cls(r["id"], r["conference_id"], r["position"] or 0, r["text"] or "", r["round_minutes"] or 0)


@dataclass(frozen=True)
class Table:
    """One table of a conference: its number, name, chair and (optional, counted) participants."""

    id: str
    conference_id: str
    number: int
    name: str
    chair_name: str
    participants: int
    bands: dict[str, int] = field(default_factory=dict)  # optional aggregate age/gender counts, no names

    @classmethod
    def from_record(cls, r: Record) -> Table:
        return cls(
            r["id"],
            r["conference_id"],
            r["number"],
            r["name"] or "",
            r["chair_name"] or "",
            r["participants"] or 0,
            json.loads(r["bands"]) if r["bands"] else {},
        )


@dataclass(frozen=True)
class Note:
    """What a table said about a question: a note, proposal, guiding word or action."""

    id: str
    conference_id: str
    table_number: int
    question_id: str
    kind: str
    text: str
    themes: tuple[str, ...]  # theme ids
    votes: int
    position: int
    person_id: str | None = None
    rev: str = ""
    deleted: bool = False

    @classmethod
    def from_record(cls, r: Record) -> Note:
        return cls(
            r["id"],
            r["conference_id"],
            r["table_number"],
            r["question_id"],
            r["kind"] or "note",
            r["text"] or "",
            tuple(r["themes"]),
            r["votes"] or 0,
            r["position"] or 0,
            r["person_id"],
            r["rev"],
            r["deleted"],
        )


def check_kind(kind: str) -> str:
    if kind not in NOTE_KINDS:
        raise UserError(f"unknown note kind {kind!r}; use one of: {', '.join(NOTE_KINDS)}")
    return kind
