"""The domain as frozen value classes, read from store records: what the services hand to the faces.

Each is a frozen dataclass in all but where its methods come from (app/frozen_values.py): its `__init__`
is written here, since Python's `dataclass` compiles its methods when the module is imported, a cost every
start of a window paid for each class."""

from __future__ import annotations

import json
from dataclasses import field
from typing import Any

from app.errors import UserError
from app.frozen_values import FrozenValue, frozen_value, set_field
from app.records import NOTE_KINDS

Record = dict[str, Any]


@frozen_value
class Process(FrozenValue):
    """A process (e.g. a four-year programme): several conferences, with themes that last across them."""

    id: str
    name: str
    organisation: str

    def __init__(self, id: str, name: str, organisation: str) -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "organisation", organisation)

    @classmethod
    def from_record(cls, r: Record) -> Process:
        return cls(r["id"], r["name"] or "", r["organisation"] or "")


@frozen_value
class Theme(FrozenValue):
    """A theme (focus area) of a process, in its order: the chair tags notes with it (Ctrl+1..9)."""

    id: str
    process_id: str
    name: str
    position: int

    def __init__(self, id: str, process_id: str, name: str, position: int) -> None:
        set_field(self, "id", id)
        set_field(self, "process_id", process_id)
        set_field(self, "name", name)
        set_field(self, "position", position)

    @classmethod
    def from_record(cls, r: Record) -> Theme:
        return cls(r["id"], r["process_id"], r["name"] or "", r["position"] or 0)


@frozen_value
class Conference(FrozenValue):
    """One conference of a process: its title, date and venue, and a round's usual length."""

    id: str
    process_id: str
    title: str
    date: str
    venue: str
    round_minutes: int

    def __init__(
        self, id: str, process_id: str, title: str, date: str, venue: str, round_minutes: int
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "process_id", process_id)
        set_field(self, "title", title)
        set_field(self, "date", date)
        set_field(self, "venue", venue)
        set_field(self, "round_minutes", round_minutes)

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


@frozen_value
class Question(FrozenValue):
    """A question of one conference, in its order; a round may have a length of its own."""

    id: str
    conference_id: str
    position: int  # 1-based order within the conference
    text: str
    round_minutes: int

    def __init__(self, id: str, conference_id: str, position: int, text: str, round_minutes: int) -> None:
        set_field(self, "id", id)
        set_field(self, "conference_id", conference_id)
        set_field(self, "position", position)
        set_field(self, "text", text)
        set_field(self, "round_minutes", round_minutes)

    @classmethod
    def from_record(cls, r: Record) -> Question:
        return cls(r["id"], r["conference_id"], r["position"] or 0, r["text"] or "", r["round_minutes"] or 0)


@frozen_value
class Table(FrozenValue):
    """One table of a conference: its number, name, chair and (optional, counted) participants."""

    id: str
    conference_id: str
    number: int
    name: str
    chair_name: str
    participants: int
    bands: dict[str, int] = field(default_factory=dict)  # optional aggregate age/gender counts, no names

    def __init__(
        self,
        id: str,
        conference_id: str,
        number: int,
        name: str,
        chair_name: str,
        participants: int,
        bands: dict[str, int] | None = None,  # None: a new empty dict, as `field(default_factory=dict)`
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "conference_id", conference_id)
        set_field(self, "number", number)
        set_field(self, "name", name)
        set_field(self, "chair_name", chair_name)
        set_field(self, "participants", participants)
        set_field(self, "bands", {} if bands is None else bands)

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


@frozen_value
class Note(FrozenValue):
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

    def __init__(
        self,
        id: str,
        conference_id: str,
        table_number: int,
        question_id: str,
        kind: str,
        text: str,
        themes: tuple[str, ...],
        votes: int,
        position: int,
        person_id: str | None = None,
        rev: str = "",
        deleted: bool = False,
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "conference_id", conference_id)
        set_field(self, "table_number", table_number)
        set_field(self, "question_id", question_id)
        set_field(self, "kind", kind)
        set_field(self, "text", text)
        set_field(self, "themes", themes)
        set_field(self, "votes", votes)
        set_field(self, "position", position)
        set_field(self, "person_id", person_id)
        set_field(self, "rev", rev)
        set_field(self, "deleted", deleted)

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
