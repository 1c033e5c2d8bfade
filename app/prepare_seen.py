"""The Prepare view's edits saved against what the secretary saw, on a store others write to as well.

A conference's facts, its process, themes, questions and tables are edited in forms that another
secretary (on a shared PostgreSQL store) or another window (on one SQLite workspace) may be editing at
the same moment. Such a field cannot keep both values as a note's can, so an edit is *asked*: the
window names what it showed of each field it overwrites (`field_seen`), and `save_as_shown` writes
nothing when any of it is different now, raising `edits.ChangedMeanwhile` (who changed what), under
the same lock and transaction as the write. The window then shows hers beside theirs. Undo and redo
are checked the same way, against what the step's own previous save left (returned by the save).

Aspects, one reader each (app/edits.py): `<kind>.<field>` for a record's field (None once the record is
deleted), and `question-order` for a conference's questions in order (moving one renumbers them all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from app import conferences, edits
from app.edits import Seen
from app.store import Store

T = TypeVar("T")

# Per record type, the fields the Prepare view edits.
FIELDS: dict[str, tuple[str, ...]] = {
    "process": ("name", "organisation"),
    "theme": ("name",),
    "conference": ("title", "date", "venue", "round_minutes"),
    "question": ("text", "round_minutes"),
    "table": ("number", "name", "chair_name"),
}
ORDER = "question-order"


def _field_reader(kind: str, name: str) -> edits.Reader:
    def read(store: Store, record_id: str) -> tuple[Any, str]:
        record = store.get(kind, record_id)
        if record is None:
            return None, ""
        stamp = record["stamps"].get(name)
        return record[name], stamp[1] if stamp else ""

    return read


for _kind, _names in FIELDS.items():
    for _name in _names:
        edits.aspect(f"{_kind}.{_name}")(_field_reader(_kind, _name))


@edits.aspect(ORDER)
def _order(store: Store, conference_id: str) -> tuple[Any, str]:
    shown = conferences.questions(store, conference_id)
    stamps = [store.require("question", q.id)["stamps"].get("position", ("", "")) for q in shown]
    return tuple(q.id for q in shown), max(stamps, default=("", ""))[1]


def aspect_of(seen: Seen) -> tuple[str, str]:
    """(record type, field) of a field aspect; ("conference", "order") for the question order."""
    if seen.aspect == ORDER:
        return "conference", "order"
    kind, _, name = seen.aspect.partition(".")
    return kind, name


def field_seen(kind: str, record_id: str, shown: dict[str, Any]) -> list[Seen]:
    """What a form showed of these fields of one record (field -> the value it showed)."""
    return [Seen(record_id, f"{kind}.{name}", value) for name, value in shown.items()]


def order_seen(conference_id: str, question_ids: Iterable[str]) -> Seen:
    """The questions' order as the list showed it."""
    return Seen(conference_id, ORDER, tuple(question_ids))


def now(store: Store, kind: str, record_id: str, names: Iterable[str]) -> list[Seen]:
    """These fields of one record as they are now (what a step that just created it saw)."""
    return edits.seen_now(store, [record_id], [f"{kind}.{name}" for name in names])


def save_as_shown(
    store: Store, seen: list[Seen], work: Callable[[], T], *, lock: Iterable[str] = ()
) -> tuple[T, list[Seen]]:
    """`work()` unless what the form showed (`seen`) was changed since by someone else: then nothing is
    written and `edits.ChangedMeanwhile` says who changed what. Checked after locking the records, in
    the write's own transaction, so a colleague's save of the same record waits or is seen. Returns what
    `work` returned and the seen aspects as the save left them (what its undo or redo is checked on)."""
    return edits.save_as_seen(store, seen, work, lock=lock)
