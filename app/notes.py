"""What a table says: adding, editing, ordering, voting on and deleting notes. One call, one commit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app import conferences
from app.errors import NotFound, Said, UserError
from app.model import Note, check_kind
from app.store import Store
from app.typed_ids import SHORTEST, id_prefix, note_tail

# The most characters one field of a bundle may carry (app/bundles/domain.py): a longer note, pasted by
# mistake, was saved here and then made every export of its table fail.
TEXT_MAX = 100_000


def _check_text(text: str) -> None:
    if not text.strip():
        raise UserError("a note needs some text")
    if len(text) > TEXT_MAX:
        from app.messages import message  # the message registry only for a refusal: a window's start

        raise Said(message("note-too-long", length=len(text), most=TEXT_MAX))


def add_note(
    store: Store,
    conference_id: str,
    table_number: int,
    question: int | str,
    text: str,
    *,
    kind: str = "note",
    themes: Iterable[str] = (),
    votes: int = 0,
) -> str:
    """Add a note at the end of its question's list; `question` is a 1-based number or an id."""
    _check_text(text)
    check_kind(kind)
    found = _named_in_full(store, conference_id, table_number, question)
    if found is None:  # a short id, a question's number, or something missing: found (or refused) one by one
        conference = conferences.conference(store, conference_id)
        conferences.table(store, conference.id, table_number)
        q = conferences.question(store, conference.id, question)
        found = (conference.id, conference.process_id, q.id)
    conference_id, process_id, question_id = found
    theme_ids = resolve_themes(store, process_id, themes)
    with store.transaction():
        return store.write(
            "note",
            None,
            {
                "conference_id": conference_id,
                "table_number": table_number,
                "question_id": question_id,
                "kind": kind,
                "text": text,
                "themes": theme_ids,
                "votes": max(0, votes),
                "position": _next_position(store, conference_id, table_number, question_id),
                "person_id": None,
            },
        )


def _named_in_full(
    store: Store, conference_id: str, table_number: int, question: int | str
) -> tuple[str, str, str] | None:
    """(conference id, its process id, question id) read at once when the conference, its table and the
    question are named by their whole ids and all live (a chair's Enter); None otherwise."""
    if not isinstance(question, str):
        return None
    row = store.conn.execute(
        "SELECT c.process_id FROM conferences AS c"
        " JOIN conference_tables AS t ON t.conference_id = c.id AND t.number = ? AND t.deleted = 0"
        " JOIN questions AS q ON q.conference_id = c.id AND q.id = ? AND q.deleted = 0"
        " WHERE c.id = ? AND c.deleted = 0",
        (table_number, question, conference_id),
    ).fetchone()
    return None if row is None else (conference_id, row[0], question)


def resolve_themes(store: Store, process_id: str, names_or_ids: Iterable[str]) -> list[str]:
    """Theme ids for names (case-insensitive) or ids of the process's themes, in the process's order."""
    names_or_ids = list(names_or_ids)
    if not names_or_ids:  # a note added without tags: no need to read the process's themes
        return []
    known = conferences.themes(store, process_id)
    by_key = {t.id: t for t in known} | {t.name.casefold(): t for t in known}
    chosen = set()
    for key in names_or_ids:
        theme = by_key.get(key) or by_key.get(key.casefold())
        if theme is None:
            names = ", ".join(t.name for t in known)
            raise UserError(f"unknown theme {key!r}; this process has: {names}")
        chosen.add(theme.id)
    return [t.id for t in known if t.id in chosen]


def _next_position(store: Store, conference_id: str, table_number: int, question_id: str) -> int:
    row = store.conn.execute(
        "SELECT COALESCE(MAX(position), 0) FROM notes"
        " WHERE conference_id = ? AND table_number = ? AND question_id = ? AND deleted = 0",
        (conference_id, table_number, question_id),
    ).fetchone()
    return row[0] + 1


def note(store: Store, note_id: str, *, include_deleted: bool = False) -> Note:
    record = store.get("note", note_id, include_deleted=include_deleted)
    if record is None:
        raise NotFound(f"no note with id {note_id}")
    return Note.from_record(record)


def typed_note_id(store: Store, typed: str, *, include_deleted: bool = False) -> str:
    """The whole id of the note the command line was given: its id, its first characters (at least 4),
    or the end `typed_ids.short_id` shows of a time-ordered id (what `conflict list` prints), as git
    takes a commit's; refused when it names more than one note."""
    text = typed.strip()
    if store.get("note", text, include_deleted=include_deleted) is not None:
        return text
    live = "" if include_deleted else " AND deleted = 0"
    found: set[str] = set()
    if len(text) >= SHORTEST:
        where, params = id_prefix(text)
        found |= {row[0] for row in store.conn.execute(f"SELECT id FROM notes WHERE {where}{live}", params)}
    tail = note_tail(text)
    if tail is not None:
        where, params = tail
        found |= {row[0] for row in store.conn.execute(f"SELECT id FROM notes WHERE {where}{live}", params)}
    if len(found) > 1:
        raise UserError(f"{text!r} matches {len(found)} notes; give more of the id")
    if not found:
        raise NotFound(f"no note with id {text}")
    return found.pop()


def edit_note(store: Store, note_id: str, **changes: Any) -> None:
    """Change text, kind, themes (ids) or votes of a live note."""
    allowed = {"text", "kind", "themes", "votes"}
    if set(changes) - allowed:
        raise ValueError(f"cannot edit {sorted(set(changes) - allowed)} here")
    note(store, note_id)
    if "text" in changes:
        _check_text(changes["text"])
    if "kind" in changes:
        check_kind(changes["kind"])
    if "votes" in changes:
        changes["votes"] = max(0, int(changes["votes"]))
    _write(store, note_id, changes)


def _write(store: Store, note_id: str, changes: dict[str, Any]) -> None:
    """Write an edit made here (`Store.write` weighs the note's open conflicts again with what it knew)."""
    store.write("note", note_id, changes)


def set_themes(store: Store, themes_by_note: dict[str, list[str]]) -> None:
    """Tag several notes at once (theme ids per note): all or none."""
    with store.transaction():
        for note_id, themes in themes_by_note.items():
            edit_note(store, note_id, themes=themes)


def delete_note(store: Store, note_id: str) -> None:
    note(store, note_id)
    store.delete("note", note_id)


def restore_note(store: Store, note_id: str) -> None:
    """Bring a deleted note back; it keeps its place unless another note took it meanwhile."""
    note(store, note_id, include_deleted=True)
    store.restore("note", note_id)


def move_to_question(store: Store, note_id: str, question_id: str, *, position: int | None = None) -> None:
    """Move a note to another question: at the end of its list, or at `position` (an undo's old place)."""
    current = note(store, note_id)
    conferences.question(store, current.conference_id, question_id)
    with store.transaction():
        if position is None:
            position = _next_position(store, current.conference_id, current.table_number, question_id)
        _write(store, note_id, {"question_id": question_id, "position": position})


def set_position(store: Store, note_id: str, position: int) -> None:
    _write(store, note_id, {"position": position})


def swap_positions(store: Store, first_id: str, second_id: str) -> None:
    """Exchange the places of two notes of one list: one step of Alt+Up / Alt+Down."""
    first, second = note(store, first_id), note(store, second_id)
    with store.transaction():
        _write(store, first.id, {"position": second.position})
        _write(store, second.id, {"position": first.position})


def reorder(store: Store, note_ids: list[str]) -> None:
    """Give the notes of one list positions 1..n in the given order (after a drag and drop)."""
    set_positions(store, {note_id: position for position, note_id in enumerate(note_ids, 1)})


def set_positions(store: Store, positions: dict[str, int]) -> None:
    """Give notes these positions, all in one commit (e.g. an undone drag and drop)."""
    with store.transaction():
        for note_id, position in positions.items():
            _write(store, note_id, {"position": position})


def list_notes(
    store: Store,
    conference_id: str,
    *,
    table_number: int | None = None,
    question_id: str | None = None,
    include_deleted: bool = False,
) -> list[Note]:
    where, params = ["conference_id = ?"], [conference_id]
    if table_number is not None:
        where.append("table_number = ?")
        params.append(table_number)
    if question_id is not None:
        where.append("question_id = ?")
        params.append(question_id)
    records = store.select(
        "note",
        " AND ".join(where),
        tuple(params),
        order_by="table_number, (SELECT q.position FROM questions q WHERE q.id = question_id), position, id",
        include_deleted=include_deleted,
    )
    return [Note.from_record(r) for r in records]


def count_by_question(store: Store, conference_id: str, table_number: int) -> dict[str, int]:
    rows = store.conn.execute(
        "SELECT question_id, COUNT(*) FROM notes WHERE conference_id = ? AND table_number = ? AND deleted = 0"
        " GROUP BY question_id",
        (conference_id, table_number),
    )
    return {question_id: count for question_id, count in rows}


def note_ids(
    store: Store, conference_id: str, table_number: int, question_id: str, *, containing: str = ""
) -> list[str]:
    """Ids of one question's live notes in list order; with `containing`, only notes whose text holds it
    (case-insensitive, å/ä/ö folded as Python does)."""
    rows = store.conn.execute(
        "SELECT id, text FROM notes WHERE conference_id = ? AND table_number = ? AND question_id = ?"
        " AND deleted = 0 ORDER BY position, id",
        (conference_id, table_number, question_id),
    )
    wanted = containing.casefold().strip()
    return [row[0] for row in rows if not wanted or wanted in (row[1] or "").casefold()]


def notes_by_id(store: Store, ids: Iterable[str]) -> dict[str, Note]:
    """The notes with these ids (deleted ones too: a view may still show a note deleted meanwhile)."""
    wanted = list(ids)
    if not wanted:
        return {}
    records = store.select(
        "note", f"id IN ({','.join('?' * len(wanted))})", tuple(wanted), include_deleted=True
    )
    return {r["id"]: Note.from_record(r) for r in records}
