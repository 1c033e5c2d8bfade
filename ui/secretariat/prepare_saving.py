"""Prepare's edits saved against what the form showed, and their undo and redo checked the same way.

Each edit names what the secretary saw of the fields it overwrites (app/prepare_seen.py). When another
secretary, or another window of the workspace, changed any of it meanwhile, nothing is saved: one box
says who changed what and shows what is there now beside hers, and she records hers over it or keeps
theirs (after which the form shows theirs, to edit again). An undo or redo restores or repeats a value
only while the record still holds what the step's own previous save left; otherwise the step leaves
the history and the same box asks (`SeenStep`, shared with the proposals board).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QSpinBox, QWidget

from app import prepare_seen
from app.edits import Change, ChangedMeanwhile, Seen
from ui.bundle_messages import error_box
from ui.proposals.changed_meanwhile import SeenStep, as_now, ask_side_by_side
from ui.secretariat.context import SecretariatContext
from ui.undo import FAILURES

translate = QCoreApplication.translate
Mine = dict[tuple[str, str], Any]  # (record id, aspect) -> the value her save would leave


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _record(store: Any, kind: str, record_id: str) -> dict[str, Any]:
    return store.get(kind, record_id, include_deleted=True) or {}


def _sentence(store: Any, change: Change) -> str:
    """ "Britt Ek changed the venue of the conference meanwhile.", and the like."""
    who = change.writer or (
        translate("ChangedMeanwhile", "Another window here")
        if change.here
        else translate("ChangedMeanwhile", "Another secretary")
    )
    kind, name = prepare_seen.aspect_of(change.seen)
    record = _record(store, kind, change.seen.key)
    sentences = {
        ("conference", "title"): translate("PrepareSaving", "%1 changed the conference’s title meanwhile."),
        ("conference", "date"): translate("PrepareSaving", "%1 changed the conference’s date meanwhile."),
        ("conference", "venue"): translate("PrepareSaving", "%1 changed the conference’s venue meanwhile."),
        ("conference", "round_minutes"): translate(
            "PrepareSaving", "%1 changed the conference’s round length meanwhile."
        ),
        ("conference", "order"): translate("PrepareSaving", "%1 changed the questions meanwhile."),
        ("process", "name"): translate("PrepareSaving", "%1 changed the process’s name meanwhile."),
        ("process", "organisation"): translate(
            "PrepareSaving", "%1 changed the process’s organisation meanwhile."
        ),
        ("theme", "name"): translate("PrepareSaving", "%1 changed the theme “%2” meanwhile."),
        ("question", "text"): translate("PrepareSaving", "%1 changed the question “%2” meanwhile."),
        ("question", "round_minutes"): translate(
            "PrepareSaving", "%1 changed the round length of the question “%2” meanwhile."
        ),
        ("table", "number"): translate("PrepareSaving", "%1 changed table %2 meanwhile."),
        ("table", "name"): translate("PrepareSaving", "%1 changed table %2 meanwhile."),
        ("table", "chair_name"): translate("PrepareSaving", "%1 changed table %2 meanwhile."),
    }
    about = {
        "theme": lambda: str(change.seen.value if name == "name" else record.get("name", "")),
        "question": lambda: str(change.seen.value if name == "text" else record.get("text", "")),
        "table": lambda: str(change.seen.value if name == "number" else record.get("number", "")),
    }.get(kind, lambda: "")()
    return sentences[(kind, name)].replace("%1", who).replace("%2", _short(about))


def in_words(store: Any, seen: Seen, value: Any) -> str:
    """A value of the aspect as the box shows it."""
    _kind, name = prepare_seen.aspect_of(seen)
    if name == "order":
        texts = [_record(store, "question", qid).get("text", "") for qid in value or ()]
        return "\n".join(f"{number}. {_short(text)}" for number, text in enumerate(texts, 1))
    if value is None:
        return translate("PrepareSaving", "(deleted)")
    if name == "date" and not value:
        return translate("PrepareSaving", "(no date)")
    if name == "round_minutes":
        return translate("PrepareSaving", "%1 min").replace("%1", str(value))
    if value == "":
        return translate("PrepareSaving", "(empty)")
    return str(value)


def ask_prepared(
    parent: QWidget, store: Any, changes: list[Change], mine: Mine, on_answer: Callable[[bool], None]
) -> Any:
    """Who changed which field meanwhile, what is there now beside what hers would be."""
    lines = [_sentence(store, change) for change in changes]
    rows = [
        (
            in_words(store, change.seen, change.now),
            in_words(store, change.seen, mine.get((change.seen.key, change.seen.aspect), change.seen.value)),
        )
        for change in changes
    ]
    return ask_side_by_side(parent, lines, rows, on_answer)


def _values(seen: Iterable[Seen]) -> Mine:
    return {(s.key, s.aspect): s.value for s in seen}


class PrepareSaving:
    """Saves the Prepare view's edits: checked against what it showed, each one step on the undo stack."""

    def __init__(
        self, parent: QWidget, context: SecretariatContext, error_title: str, on_theirs: Callable[[], None]
    ) -> None:
        self.parent, self.context, self.error_title = parent, context, error_title
        self.on_theirs = on_theirs  # show what is there now, her typing in a field included
        self.question: Any = None  # the box open now, if any (tests look at it)

    def save(
        self,
        text: str,
        seen: list[Seen],
        do: Callable[[], Any],
        undo: Callable[[Any, Mine], Any],
        redo: Callable[[Any], Any] | None = None,
        *,
        mine: Mine,
        lock: Iterable[str] = (),
        made: Callable[[Any], list[Seen]] | None = None,
    ) -> bool:
        """Make an edit on what the form showed (`seen`), then put it on the undo stack; `mine`: what it
        means to leave, for the box. `undo(result, before)`: `before` holds what the save it undoes
        was checked on (a colleague's value, when hers was saved over it).
        `made(result)`: what a created record is as made (an add's undo
        is checked on it). False when the store refused it (said in a box); True when saved, or when
        asked because someone changed it meanwhile (her answer saves hers, or shows theirs)."""
        store, locked = self.context.store, list(lock)

        def check(store_: Any, seen_: list[Seen], work: Callable[[], Any]) -> tuple[Any, list[Seen]]:
            return prepare_seen.save_as_shown(store_, seen_, work, lock=locked)

        try:
            result, after = check(store, seen, do)
        except ChangedMeanwhile as exc:
            again = as_now(seen, exc.changes)

            def answered(yes: bool) -> None:
                self.question = None
                if yes:
                    self.save(text, again, do, undo, redo, mine=mine, lock=locked, made=made)
                else:
                    self.on_theirs()  # the form shows theirs, to edit again

            self.question = ask_prepared(self.parent, store, exc.changes, mine, answered)
            return True
        except FAILURES as exc:
            error_box(self.parent, self.error_title, exc)
            return False
        if made is not None:
            after = made(result)
            undo_mine = {key: None for key in _values(after)}
        else:
            undo_mine = _values(seen)
        self.context.undo_stack.push(
            SeenStep(
                text,
                store,
                after,
                lambda: undo(result, _values(seen)),
                lambda: (redo or (lambda _r: do()))(result),
                parent=self.parent,
                after=self.context.changed,
                undo_mine=undo_mine,
                redo_mine=_values(after),
                save=check,
                ask=ask_prepared,
            )
        )
        return True

    def edit_field(
        self, text: str, field: tuple[str, str, str], old: Any, new: Any, write: Callable[[Any], Any]
    ) -> bool:
        """One field (record type, id, name) from `old` (as the form showed it) to `new`, saved by
        `write(value)`; its undo writes back what the save was checked on."""
        kind, record_id, name = field
        aspect = (record_id, f"{kind}.{name}")
        return self.save(
            text,
            prepare_seen.field_seen(kind, record_id, {name: old}),
            lambda: write(new),
            lambda _r, before: write(before[aspect]),
            mine={aspect: new.strip() if isinstance(new, str) else new},
        )


class ShownFields:
    """The form's fields as last shown: what a save of each is checked on. A refresh leaves a field she
    is typing another value in alone (her text stays, and so does what it showed before)."""

    def __init__(self, no_date: QDate) -> None:
        self._no_date = no_date  # a date edit's value for "not set"
        self._values: dict[tuple[str, str], Any] = {}
        self._showing: tuple[str, str] = ("", "")

    def showing(self, conference_id: str, process_id: str) -> None:
        """Forget what was shown of another conference."""
        if (conference_id, process_id) != self._showing:
            self._showing, self._values = (conference_id, process_id), {}

    def get(self, key: tuple[str, str]) -> Any:
        return self._values.get(key)

    def _typed(self, widget: QWidget) -> Any:
        if isinstance(widget, QDateEdit):
            date = widget.date()
            return "" if date == self._no_date else date.toString("yyyy-MM-dd")
        return widget.value() if isinstance(widget, QSpinBox) else widget.text()

    def show(self, key: tuple[str, str], widget: QWidget, value: Any, widget_value: Any, force: bool) -> None:
        """Put the stored `value` in the field (as `widget_value` for a date or number field)."""
        typed = self._typed(widget) if widget.hasFocus() else value
        if key in self._values and not force and typed not in (value, self._values[key]):
            return  # she is typing something else: her save is checked on what was shown before
        self._values[key] = value
        if isinstance(widget, QLineEdit):
            if widget.text() != value:
                widget.setText(value)
                if not widget.hasFocus():  # from its first letter: setText leaves the view at the end
                    widget.setCursorPosition(0)
            widget.setToolTip(value)  # a name longer than the field reads whole here
        elif isinstance(widget, QDateEdit):
            widget.setDate(widget_value)
        else:
            widget.setValue(widget_value)
