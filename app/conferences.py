"""Processes, conferences, their themes, questions and tables: loading a description and reading back."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import NotFound, Said, UserError
from app.frozen_values import FrozenValue, frozen_value, set_field
from app.model import Conference, Process, Question, Table, Theme
from app.store import Store
from app.typed_ids import SHORTEST, id_prefix

if TYPE_CHECKING:
    from app.messages import Message

DEFAULT_ROUND_MINUTES = 20


@frozen_value
class ConferenceFile(FrozenValue):
    """A conference description, parsed and checked, not yet in any workspace."""

    process: dict[str, Any]
    themes: list[str]
    conference: dict[str, Any]
    questions: list[dict[str, Any]]
    tables: list[dict[str, Any]]

    def __init__(
        self,
        process: dict[str, Any],
        themes: list[str],
        conference: dict[str, Any],
        questions: list[dict[str, Any]],
        tables: list[dict[str, Any]],
    ) -> None:
        set_field(self, "process", process)
        set_field(self, "themes", themes)
        set_field(self, "conference", conference)
        set_field(self, "questions", questions)
        set_field(self, "tables", tables)


def message(code: str, **params: object) -> Message:
    """app.messages' `message`, imported with the first refusal: the windows that read conferences (a
    chair's start) do not load the messages' registry for refusals they never make."""
    from app.messages import message as made

    return made(code, **params)


MAX_DESCRIPTION_BYTES = 4 * 2**20  # forty tables' description is a few kilobytes


def read_conference_file(path: Path | str) -> ConferenceFile:
    """A conference description read and checked. Its refusals are messages (Said), so the windows say
    them in the user's language: a secretary who mistypes a quote reads where, not tomllib's English."""
    path = Path(path)
    if path.exists() and not (path.is_file() or path.is_dir()):  # a pipe would wait for a writer for ever
        raise Said(message("file-not-regular", path=str(path)))
    try:
        with open(path, "rb") as handle:  # not read_bytes(): a film chosen by mistake is not read whole
            raw = handle.read(MAX_DESCRIPTION_BYTES + 1)
    except FileNotFoundError:
        raise Said(message("file-missing", path=str(path))) from None
    except OSError as exc:
        raise Said(message("file-unreadable", path=str(path), error=exc.strerror or str(exc))) from None
    if len(raw) > MAX_DESCRIPTION_BYTES:
        raise Said(message("description-too-large", file=str(path), mib=MAX_DESCRIPTION_BYTES // 2**20))
    import tomllib  # only for a conference file: the windows start without it

    try:  # Notepad and other Windows editors may begin UTF-8 with a byte order mark
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise Said(message("description-not-utf8", file=str(path))) from None
    except tomllib.TOMLDecodeError as exc:  # its message names the line and column
        at = _AT.fullmatch(str(exc))
        if at is None:
            raise Said(message("description-toml", file=str(path), detail=str(exc))) from None
        line, column = int(at["line"]), int(at["column"])
        said = message("description-toml-at", file=str(path), line=line, column=column, detail=at["detail"])
        raise Said(said) from None
    return parse_conference(data, source=str(path))


_AT = re.compile(r"(?P<detail>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)", re.DOTALL)


def _given(table: dict[str, Any], key: str, kind: type) -> bool:
    value = table.get(key)
    return isinstance(value, kind) and not (isinstance(value, str) and not value.strip())


def _whole(value: Any, least: int) -> bool:
    return type(value) is int and value >= least  # (True is an int to Python, not to a reader)


def _iso_date(value: Any, source: str) -> str:
    """The conference's date as the records hold it: '' or YYYY-MM-DD. A free text ("12 mars 2026") was
    taken as it was and refused only when the pack was exported, as a record outside its domain."""
    import datetime as dt

    text = str(value).strip()  # TOML dates arrive as datetime.date
    if text and not isinstance(value, dt.datetime):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    elif not text:
        return ""
    raise Said(message("description-date", file=source, value=text))


def _check_minutes(parts: list[Any], source: str) -> None:
    """Every round length given (the conference's, each question's) in whole minutes: a text such as
    "tjugo" stopped the loading with an error from deep inside."""
    for part in parts:
        if isinstance(part, dict) and "round_minutes" in part and not _whole(part["round_minutes"], 1):
            raise Said(message("description-minutes", file=source, value=part["round_minutes"]))


def parse_conference(data: dict[str, Any], source: str = "conference") -> ConferenceFile:
    process = data.get("process")
    conference = data.get("conference")
    if not isinstance(process, dict) or not isinstance(conference, dict):
        raise Said(message("description-sections", file=source))
    if not _given(process, "name", str):
        raise Said(message("description-needs", file=source, section="process", key="name"))
    themes = process.get("themes", [])
    if not isinstance(themes, list) or not all(isinstance(t, str) and t.strip() for t in themes):
        raise Said(message("description-themes-list", file=source))
    if len(set(themes)) != len(themes):
        raise Said(message("description-themes-twice", file=source))
    if not _given(conference, "title", str):
        raise Said(message("description-needs", file=source, section="conference", key="title"))
    conference = {**conference, "date": _iso_date(conference.get("date", ""), source)}
    questions = data.get("questions", [])
    if not isinstance(questions, list) or not questions:
        raise Said(message("description-no-questions", file=source))
    for index, question in enumerate(questions, 1):
        if not _given(question, "text", str):
            raise Said(message("description-question-text", file=source, number=index))
    _check_minutes([conference, *questions], source)
    tables = data.get("tables", [])
    if not isinstance(tables, list) or not tables:
        raise Said(message("description-no-tables", file=source))
    for index, table in enumerate(tables, 1):
        if not _given(table, "number", int):
            raise Said(message("description-table-number", file=source, number=index))
    for table in tables:
        if not _whole(table.get("participants", 0), 0):
            raise Said(
                message(
                    "description-participants",
                    file=source,
                    number=table["number"],
                    value=table["participants"],
                )
            )
    numbers = [t["number"] for t in tables]
    if len(set(numbers)) != len(numbers):
        raise Said(message("description-table-twice", file=source))
    if any(n < 1 for n in numbers):
        raise Said(message("description-table-below-one", file=source))
    return ConferenceFile(process, themes, conference, questions, tables)


def find_described(store: Store, description: ConferenceFile) -> Conference | None:
    """The conference this description was loaded as before: same process, title and date."""
    process = find_process(store, description.process["name"])
    if process is None:
        return None
    rows = store.select(
        "conference",
        "process_id = ? AND title = ? AND date = ?",
        (process.id, description.conference["title"], description.conference.get("date", "")),
    )
    return Conference.from_record(rows[0]) if rows else None


def create_conference(store: Store, description: ConferenceFile) -> str:
    """Load a described conference into the workspace, joining an existing process of the same name."""
    with store.transaction():
        process = find_process(store, description.process["name"])
        if process is None:
            process_id = store.write(
                "process",
                None,
                {
                    "name": description.process["name"],
                    "organisation": description.process.get("organisation", ""),
                },
            )
        else:
            process_id = process.id
        known = {t.name for t in themes(store, process_id)}
        for name in description.themes:
            if name not in known:
                store.write("theme", None, {"process_id": process_id, "name": name, "position": len(known)})
                known.add(name)
        c = description.conference
        default_minutes = int(c.get("round_minutes", DEFAULT_ROUND_MINUTES))
        conference_id = store.write(
            "conference",
            None,
            {
                "process_id": process_id,
                "title": c["title"],
                "date": c.get("date", ""),
                "venue": c.get("venue", ""),
                "round_minutes": default_minutes,
            },
        )
        for position, q in enumerate(description.questions, 1):
            store.write(
                "question",
                None,
                {
                    "conference_id": conference_id,
                    "position": position,
                    "text": q["text"],
                    "round_minutes": int(q.get("round_minutes", default_minutes)),
                },
            )
        for t in description.tables:
            store.write(
                "table",
                None,
                {
                    "conference_id": conference_id,
                    "number": t["number"],
                    "name": t.get("name", ""),
                    "chair_name": t.get("chair", ""),
                    "participants": int(t.get("participants", 0)),
                    "bands": "",
                },
            )
    return conference_id


# -- reading ---------------------------------------------------------------------------------------


def find_process(store: Store, name: str) -> Process | None:
    rows = store.select("process", "name = ?", (name,))
    return Process.from_record(rows[0]) if rows else None


def processes(store: Store) -> list[Process]:
    return [Process.from_record(r) for r in store.select("process", order_by="name")]


def conferences(store: Store) -> list[Conference]:
    return [Conference.from_record(r) for r in store.select("conference", order_by="date, title")]


def named(conference: Conference) -> str:
    """A conference as people tell it apart: its title and date (next year's may keep the title)."""
    return f"{conference.title} ({conference.date})" if conference.date else conference.title


def conference(store: Store, conference_id: str) -> Conference:
    record = store.get("conference", conference_id)
    if record is None:
        # Let people type the first characters of an id, as with git.
        matches = (
            store.select("conference", *id_prefix(conference_id)) if len(conference_id) >= SHORTEST else []
        )
        if len(matches) != 1:
            raise NotFound(f"no conference with id {conference_id}")
        record = matches[0]
    return Conference.from_record(record)


def themes(store: Store, process_id: str) -> list[Theme]:
    return [
        Theme.from_record(r)
        for r in store.select("theme", "process_id = ?", (process_id,), order_by="position")
    ]


def questions(store: Store, conference_id: str) -> list[Question]:
    return [
        Question.from_record(r)
        for r in store.select("question", "conference_id = ?", (conference_id,), order_by="position")
    ]


def question(store: Store, conference_id: str, number_or_id: int | str) -> Question:
    """A question by its 1-based number in the conference, or by its id."""
    for q in questions(store, conference_id):
        if q.id == number_or_id or str(q.position) == str(number_or_id):
            return q
    raise NotFound(f"conference has no question {number_or_id}")


def tables(store: Store, conference_id: str) -> list[Table]:
    return [
        Table.from_record(r)
        for r in store.select("table", "conference_id = ?", (conference_id,), order_by="number")
    ]


def table(store: Store, conference_id: str, number: int) -> Table:
    rows = store.select("table", "conference_id = ? AND number = ?", (conference_id, number))
    if not rows:
        raise NotFound(f"conference has no table {number}")
    return Table.from_record(rows[0])


# The optional aggregate bands a chair may count at a table (no names): age, then gender.
AGE_BANDS = ("age:-24", "age:25-44", "age:45-64", "age:65-")
GENDER_BANDS = ("gender:woman", "gender:man", "gender:other")
BANDS = AGE_BANDS + GENDER_BANDS


def set_table_facts(
    store: Store,
    conference_id: str,
    number: int,
    *,
    participants: int | None = None,
    bands: dict[str, int] | None = None,
) -> None:
    """The chair's own facts about the table: how many sat there, and optional aggregate bands."""
    changes: dict[str, Any] = {}
    if participants is not None:
        if participants < 0:
            raise UserError("participants cannot be negative")
        changes["participants"] = participants
    if bands is not None:
        if any(not isinstance(v, int) or v < 0 for v in bands.values()):
            raise UserError("band counts must be whole numbers, zero or more")
        changes["bands"] = json.dumps(bands, ensure_ascii=False, sort_keys=True) if bands else ""
    with store.transaction():
        store.write("table", table(store, conference_id, number).id, changes)
