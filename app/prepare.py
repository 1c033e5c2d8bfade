"""Preparing a conference by hand: the services behind the secretariat's Prepare forms and their CLI twins.

`conferences.create_conference` loads a whole TOML description at once; these functions create and
change one thing at a time (a process, a theme, a conference's facts, a question, a table), each one
commit through `Store.write`, so every edit autosaves and travels in the conference pack like any other.
Each check raises `Said` (a `UserError`) with a registered message a secretary can act on: the CLI prints
its English, the window says it in Swedish.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app import conferences
from app.conferences import DEFAULT_ROUND_MINUTES
from app.errors import NotFound, Said
from app.messages import message
from app.model import Conference, Process, Question, Table, Theme
from app.store import Store

MAX_ROUND_MINUTES = 240  # a round longer than four hours is a typo, not a lunch


# -- checks ------------------------------------------------------------------------------------------


def _text(value: str, empty: str) -> str:
    """The text stripped; `empty` is the message code that refuses an empty one."""
    value = (value or "").strip()
    if not value:
        raise Said(message(empty))
    return value


def check_date(value: str) -> str:
    """'' (not decided yet) or an ISO date, YYYY-MM-DD."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise Said(message("not-a-date", value=value)) from None


def check_minutes(value: int) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise Said(message("round-not-minutes", value=value)) from None
    if not 1 <= minutes <= MAX_ROUND_MINUTES:
        raise Said(message("round-too-long", most=MAX_ROUND_MINUTES, minutes=minutes))
    return minutes


# -- processes and themes ----------------------------------------------------------------------------


def process(store: Store, process_id: str) -> Process:
    return Process.from_record(store.require("process", process_id))


def create_process(store: Store, name: str, organisation: str = "") -> str:
    name = _text(name, "process-name-empty")
    if conferences.find_process(store, name) is not None:
        raise Said(message("process-exists", name=name))
    return store.write("process", None, {"name": name, "organisation": (organisation or "").strip()})


def edit_process(
    store: Store, process_id: str, *, name: str | None = None, organisation: str | None = None
) -> None:
    current = process(store, process_id)
    changes: dict[str, Any] = {}
    if name is not None:
        name = _text(name, "process-name-empty")
        other = conferences.find_process(store, name)
        if other is not None and other.id != current.id:
            raise Said(message("process-exists", name=name))
        changes["name"] = name
    if organisation is not None:
        changes["organisation"] = organisation.strip()
    store.write("process", current.id, changes)


def theme(store: Store, theme_id: str) -> Theme:
    return Theme.from_record(store.require("theme", theme_id))


def _check_theme_name(store: Store, process_id: str, name: str, keep_id: str | None = None) -> str:
    name = _text(name, "theme-name-empty")
    for t in conferences.themes(store, process_id):
        if t.name.casefold() == name.casefold() and t.id != keep_id:
            raise Said(message("theme-exists", name=t.name))
    return name


def add_theme(store: Store, process_id: str, name: str) -> str:
    process(store, process_id)
    with store.transaction():
        name = _check_theme_name(store, process_id, name)
        known = conferences.themes(store, process_id)
        position = max((t.position for t in known), default=-1) + 1
        return store.write("theme", None, {"process_id": process_id, "name": name, "position": position})


def remove_theme(store: Store, theme_id: str) -> None:
    """Undo `add_theme` (a tombstone; `restore_theme` brings it back)."""
    theme(store, theme_id)
    store.delete("theme", theme_id)


def restore_theme(store: Store, theme_id: str) -> None:
    store.restore("theme", theme_id)


def rename_theme(store: Store, theme_id: str, name: str) -> None:
    current = theme(store, theme_id)
    name = _check_theme_name(store, current.process_id, name, keep_id=current.id)
    store.write("theme", current.id, {"name": name})


def find_theme(store: Store, process_id: str, name_or_id: str) -> Theme:
    for t in conferences.themes(store, process_id):
        if t.id == name_or_id or t.name.casefold() == name_or_id.casefold():
            return t
    raise NotFound(f"the process has no theme {name_or_id!r}")


# -- conferences -------------------------------------------------------------------------------------


def create_conference(
    store: Store,
    process_id: str,
    title: str,
    *,
    date: str = "",
    venue: str = "",
    round_minutes: int = DEFAULT_ROUND_MINUTES,
) -> str:
    process(store, process_id)
    fields = {
        "process_id": process_id,
        "title": _text(title, "conference-title-empty"),
        "date": check_date(date),
        "venue": (venue or "").strip(),
        "round_minutes": check_minutes(round_minutes),
    }
    return store.write("conference", None, fields)


def create_conference_in_process(
    store: Store,
    process_name: str,
    organisation: str,
    title: str,
    *,
    tables_from: str | None = None,
    **details: Any,
) -> str:
    """A conference in the process of that name, made first when it is new: both or neither. With
    `tables_from` (an earlier conference's id) it starts with that conference's tables: their numbers,
    names and chairs, not what was reported at them (participants, age and gender), all in one step."""
    existing = conferences.find_process(store, process_name)
    with store.transaction():
        process_id = existing.id if existing else create_process(store, process_name, organisation)
        conference_id = create_conference(store, process_id, title, **details)
        if tables_from is not None:
            for t in conferences.tables(store, tables_from):
                add_table(store, conference_id, t.number, name=t.name, chair_name=t.chair_name)
        return conference_id


def edit_conference(
    store: Store,
    conference_id: str,
    *,
    title: str | None = None,
    date: str | None = None,
    venue: str | None = None,
    round_minutes: int | None = None,
) -> None:
    current = conferences.conference(store, conference_id)
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = _text(title, "conference-title-empty")
    if date is not None:
        changes["date"] = check_date(date)
    if venue is not None:
        changes["venue"] = venue.strip()
    if round_minutes is not None:
        changes["round_minutes"] = check_minutes(round_minutes)
    store.write("conference", current.id, changes)


def _count_notes(store: Store, where: str, params: tuple[Any, ...]) -> int:
    row = store.conn.execute(f"SELECT COUNT(*) FROM notes WHERE ({where}) AND deleted = 0", params).fetchone()
    return row[0]


# -- questions ---------------------------------------------------------------------------------------


def question(store: Store, question_id: str) -> Question:
    return Question.from_record(store.require("question", question_id))


def add_question(
    store: Store,
    conference_id: str,
    text: str,
    *,
    round_minutes: int | None = None,
    position: int | None = None,
) -> str:
    """Add a question at the end, or at a 1-based `position` (later questions move down one)."""
    conference = conferences.conference(store, conference_id)
    text = _text(text, "question-text-empty")
    minutes = check_minutes(round_minutes if round_minutes is not None else conference.round_minutes)
    with store.transaction():
        existing = conferences.questions(store, conference.id)
        end = len(existing) + 1
        where = end if position is None else max(1, min(int(position), end))
        for q in existing:
            if q.position >= where:
                store.write("question", q.id, {"position": q.position + 1})
        return store.write(
            "question",
            None,
            {"conference_id": conference.id, "position": where, "text": text, "round_minutes": minutes},
        )


def edit_question(
    store: Store, question_id: str, *, text: str | None = None, round_minutes: int | None = None
) -> None:
    current = question(store, question_id)
    changes: dict[str, Any] = {}
    if text is not None:
        changes["text"] = _text(text, "question-text-empty")
    if round_minutes is not None:
        changes["round_minutes"] = check_minutes(round_minutes)
    store.write("question", current.id, changes)


def move_question(store: Store, question_id: str, position: int) -> None:
    """Put a question at a 1-based position; the others keep their order around it."""
    current = question(store, question_id)
    with store.transaction():
        others = [q for q in conferences.questions(store, current.conference_id) if q.id != current.id]
        where = max(1, min(int(position), len(others) + 1))
        ordered = [*others[: where - 1], current, *others[where - 1 :]]
        for number, q in enumerate(ordered, 1):
            store.write("question", q.id, {"position": number})


def delete_question(store: Store, question_id: str) -> None:
    """Remove a question nobody has answered yet; the others close up."""
    current = question(store, question_id)
    count = _count_notes(store, "question_id = ?", (current.id,))
    if count:
        raise Said(message("question-has-notes", position=current.position, count=count))
    with store.transaction():
        store.delete("question", current.id)
        for number, q in enumerate(conferences.questions(store, current.conference_id), 1):
            store.write("question", q.id, {"position": number})


def restore_question(store: Store, question_id: str, position: int) -> None:
    """Bring back a deleted question at the place it had (undo of `delete_question`)."""
    store.restore("question", question_id)
    move_question(store, question_id, position)


# -- tables ------------------------------------------------------------------------------------------


def table_by_id(store: Store, table_id: str) -> Table:
    return Table.from_record(store.require("table", table_id))


def _check_number(store: Store, conference_id: str, number: int, keep_id: str | None = None) -> int:
    try:
        number = int(number)
    except (TypeError, ValueError):
        raise Said(message("table-not-number", number=number)) from None
    if number < 1:
        raise Said(message("table-below-one"))
    for t in conferences.tables(store, conference_id):
        if t.number == number and t.id != keep_id:
            raise Said(message("table-exists", number=number, chair=t.chair_name or "–"))
    return number


def next_table_number(store: Store, conference_id: str) -> int:
    return max((t.number for t in conferences.tables(store, conference_id)), default=0) + 1


def add_table(
    store: Store,
    conference_id: str,
    number: int | None = None,
    *,
    name: str = "",
    chair_name: str = "",
    participants: int = 0,
) -> str:
    conference = conferences.conference(store, conference_id)
    with store.transaction():
        if number is None:
            number = next_table_number(store, conference.id)
        number = _check_number(store, conference.id, number)
        if participants < 0:
            raise Said(message("participants-negative"))
        return store.write(
            "table",
            None,
            {
                "conference_id": conference.id,
                "number": number,
                "name": (name or "").strip(),
                "chair_name": (chair_name or "").strip(),
                "participants": int(participants),
                "bands": "",
            },
        )


def edit_table(
    store: Store,
    table_id: str,
    *,
    number: int | None = None,
    name: str | None = None,
    chair_name: str | None = None,
) -> None:
    """Change a table's number, name or chair. A table that already has notes keeps its number, since
    its notes (and its chair's key in the trust list) refer to it by number."""
    current = table_by_id(store, table_id)
    changes: dict[str, Any] = {}
    with store.transaction():
        if number is not None and int(number) != current.number:
            count = _count_notes(
                store, "conference_id = ? AND table_number = ?", (current.conference_id, current.number)
            )
            if count:
                raise Said(message("table-number-has-notes", number=current.number, count=count))
            changes["number"] = _check_number(store, current.conference_id, number, keep_id=current.id)
        if name is not None:
            changes["name"] = name.strip()
        if chair_name is not None:
            changes["chair_name"] = chair_name.strip()
        store.write("table", current.id, changes)


def delete_table(store: Store, table_id: str) -> None:
    current = table_by_id(store, table_id)
    count = _count_notes(
        store, "conference_id = ? AND table_number = ?", (current.conference_id, current.number)
    )
    if count:
        raise Said(message("table-has-notes", number=current.number, count=count))
    store.delete("table", current.id)


def restore_table(store: Store, table_id: str) -> None:
    record = store.get("table", table_id, include_deleted=True)
    if record is None:
        raise NotFound(f"no table with id {table_id}")
    _check_number(store, record["conference_id"], record["number"], keep_id=table_id)
    store.restore("table", table_id)


# -- the whole conference, for the Prepare view and for saving back to TOML --------------------------


def conference_description(store: Store, conference_id: str) -> dict[str, Any]:
    """The conference as the TOML description's data (the shape `conferences.parse_conference` reads)."""
    c: Conference = conferences.conference(store, conference_id)
    p = process(store, c.process_id)
    data: dict[str, Any] = {
        "process": {
            "name": p.name,
            "organisation": p.organisation,
            "themes": [t.name for t in conferences.themes(store, p.id)],
        },
        "conference": {"title": c.title, "date": c.date, "venue": c.venue, "round_minutes": c.round_minutes},
        "questions": [
            {"text": q.text, "round_minutes": q.round_minutes} for q in conferences.questions(store, c.id)
        ],
        # The plan, not what the tables reported: a saved description is next year's starting point,
        # and a count in it would start that conference with this year's participants (as "New
        # conference…" copies tables without them). The counts are recorded in the minutes and open data.
        "tables": [
            {"number": t.number, "name": t.name, "chair": t.chair_name}
            for t in conferences.tables(store, c.id)
        ],
    }
    return data


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    escaped = "".join(ch if ord(ch) >= 0x20 and ch != "\x7f" else f"\\u{ord(ch):04x}" for ch in escaped)
    return f'"{escaped}"'


def conference_toml(store: Store, conference_id: str) -> str:
    """The conference written back as a TOML description that `conference create` loads again."""
    data = conference_description(store, conference_id)
    lines = ["# Written by Rundabord; load it with `rundabord conference create FILE.toml`.", ""]

    def section(header: str, values: dict[str, Any]) -> None:
        lines.append(header)
        for key, value in values.items():
            if key == "date" and value:
                lines.append(f"{key} = {value}")  # a TOML date, as people write it by hand
            else:
                lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")

    section("[process]", data["process"])
    section("[conference]", data["conference"])
    for q in data["questions"]:
        section("[[questions]]", q)
    for t in data["tables"]:
        section("[[tables]]", t)
    return "\n".join(lines)


def save_conference_toml(store: Store, conference_id: str, path: Path | str) -> None:
    """`conference_toml` written whole to `path`: a full or write-protected disk leaves an earlier file of
    that name as it was and no half file (a refusal says which), and a device or pipe is refused."""
    from app.bundles.files import write_whole

    write_whole(Path(path), conference_toml(store, conference_id).encode("utf-8"))
