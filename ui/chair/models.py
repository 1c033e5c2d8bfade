"""Item models over the store for the chair's window: the questions, and one question's notes.

`NotesModel` is lazy: it holds the ordered ids of the notes it shows and reads whole rows in pages as the
view asks for them, so a 1,000-note table opens and filters without reading every row. Edits never go
through the model itself: it asks (signals) and the window turns the request into an undo command that
calls one app service, then tells the model what changed: `note_added`, `note_changed` and
`notes_swapped` update one or two rows without reading the list again; `refresh()` reads it again and
tells views precisely what changed.

Its base is a QStringListModel holding one empty string per row, only so that the questions Qt's views
ask of every row on every layout (rowCount, index, flags) are answered in C++: asked of Python, they cost
tens of milliseconds per keystroke on a 1,000-note question. The rows themselves are `_ids`.

Signals of NotesModel:
    text_edit_requested(note_id, text)   the user finished editing a note in place
    reorder_requested(list[str])         a drag and drop asks for this order of the shown ids
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)

from app import notes
from app.model import Note
from app.workspace import Workspace
from ui.chair.session import TableSession
from ui.numbers import count_text

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-rundabord-note-ids"
PAGE = 100  # rows read from the store at a time

NoteRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
CountRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

# The roles data() answers, looked up once: a view asks data() dozens of times per repaint, and each
# lookup of an enum member through its class is a Python call of its own.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_QUESTION_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, IdRole, CountRole})


_QUESTION_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class QuestionsModel(QStringListModel):
    """The conference's questions in order, each with the table's count of live notes.

    A string list of the questions' ids underneath, for its row count alone: Qt's own, where the list
    view asks it about eight times an Enter (its layout, its painting, an index made), each a call into
    Python were it defined here. What the rows say and allow is this class's: `data` answers every
    role, `flags` keeps a question read-only, never dragged nor dropped on (a list model's flags)."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._store = workspace.store
        self._session: TableSession | None = None
        self._counts: dict[str, int] = {}

    def set_session(self, session: TableSession | None) -> None:
        self._session = session
        self._counts = self._read_counts()
        self.setStringList([q.id for q in session.questions] if session is not None else [])  # a reset

    def _read_counts(self) -> dict[str, int]:
        if self._session is None:
            return {}
        s = self._session
        return notes.count_by_question(self._store, s.conference.id, s.table.number)

    def refresh_counts(self) -> None:
        counts = self._read_counts()
        if counts != self._counts and self.rowCount():
            self._counts = counts
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), [])

    def count_added(self, question_id: str) -> None:
        """One note more on a question (just added): its count, without asking the store."""
        if self._session is None:
            return
        self._counts[question_id] = self._counts.get(question_id, 0) + 1
        # createIndex, not index(): index() asks rowCount, a call into Python from Qt, for each index
        changed = self.createIndex(self._session.question_index(question_id), 0)
        self.dataChanged.emit(changed, changed, [])

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _QUESTION_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def itemData(self, index: Index) -> dict:
        """Through `data`: the string list's own would give the question's id as its text."""
        roles = (_DISPLAY, _TOOLTIP, _ACCESSIBLE)
        return {role: self.data(index, role) for role in roles} if index.isValid() else {}

    def question_id(self, row: int) -> str:
        assert self._session is not None
        return self._session.questions[row].id

    def total(self) -> int:
        """The table's live notes over every question."""
        return sum(self._counts.values())

    def count(self, row: int) -> int:
        return self._counts.get(self.question_id(row), 0)

    def shown_lines(self, row: int) -> tuple[str, str]:
        """What the list shows of a question: its number and words, and its count of notes on a line of
        its own (the display text is the two joined; QuestionDelegate draws them apart, so the words,
        the same on every Enter, are laid out once)."""
        assert self._session is not None
        question = self._session.questions[row]
        count = self._counts.get(question.id, 0)
        return f"{question.position}. {question.text}", self.tr("Notes: %1").replace("%1", count_text(count))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt's delegate asks about ten roles per question drawn or measured: the others end here at once.
        if role not in _QUESTION_ROLES or not index.isValid() or self._session is None:
            return None
        if role == _DISPLAY:
            return "\n".join(self.shown_lines(index.row()))
        question = self._session.questions[index.row()]
        count = self._counts.get(question.id, 0)
        if role in (_TOOLTIP, _ACCESSIBLE):
            text = self.tr("Question %1: %2. Notes: %3").replace("%1", str(question.position))
            return text.replace("%2", question.text).replace("%3", count_text(count))
        if role == IdRole:
            return question.id
        if role == CountRole:
            return count
        return None


class NotesModel(QStringListModel):
    text_edit_requested = Signal(str, str)
    reorder_requested = Signal(list)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._store = workspace.store
        self._session: TableSession | None = None
        self._question_id: str | None = None
        self._filter = ""
        self._ids: list[str] = []
        self._cache: dict[str, Note] = {}

    # -- scope and filter ---------------------------------------------------------------------------

    def set_scope(self, session: TableSession | None, question_id: str | None) -> None:
        self._session, self._question_id = session, question_id
        self._cache.clear()
        self._reset(self._read_ids())

    def set_filter(self, text: str) -> None:
        """Show only notes whose text holds `text` (case-insensitive, å/ä/ö folded as Python does)."""
        if text == self._filter:
            return
        self._filter = text
        self._reset(self._read_ids())

    # -- the rows: `_ids` in Python, as many empty strings in the base (see the module's docstring) ----

    def _reset(self, ids: list[str]) -> None:
        self._ids = ids
        self.setStringList([""] * len(ids))  # one reset of the views

    def _insert(self, row: int, note_id: str) -> None:
        self._ids.insert(row, note_id)
        QStringListModel.insertRows(self, row, 1)

    def _remove(self, row: int) -> None:
        del self._ids[row]
        QStringListModel.removeRows(self, row, 1)

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # rows come from the store, never from a view

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def moveRows(self, *args) -> bool:
        return False

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def question_id(self) -> str | None:
        return self._question_id

    def _read_ids(self) -> list[str]:
        if self._session is None or self._question_id is None:
            return []
        s = self._session
        return notes.note_ids(
            self._store, s.conference.id, s.table.number, self._question_id, containing=self._filter
        )

    def refresh(self, changed_id: str | None = None) -> None:
        """Read the store again and tell the views exactly what changed: rows inserted, removed or moved,
        and the data of `changed_id` (the note just edited; None: every row may have changed)."""
        new_ids = self._read_ids()
        old_ids = self._ids
        if changed_id is None:
            self._cache.clear()
        else:
            self._cache.pop(changed_id, None)
        if new_ids == old_ids:
            self._emit_changed(changed_id)
            return
        if len(new_ids) == len(old_ids) + 1 and _is_one_insert(old_ids, new_ids):
            row = next(
                (i for i, (a, b) in enumerate(zip(old_ids, new_ids, strict=False)) if a != b), len(old_ids)
            )
            self._insert(row, new_ids[row])
        elif len(new_ids) + 1 == len(old_ids) and _is_one_insert(new_ids, old_ids):
            row = next(
                (i for i, (a, b) in enumerate(zip(new_ids, old_ids, strict=False)) if a != b), len(new_ids)
            )
            self._remove(row)
        elif sorted(new_ids) == sorted(old_ids):
            self._move_rows_to(new_ids)
        else:
            self._reset(new_ids)
            return
        self._emit_changed(changed_id)

    def note_added(self, note: Note) -> bool:
        """A note just added to the end of its question's list: shown at once, without reading the list
        again. False when the model cannot tell where it goes (another question, a filter): refresh()."""
        if note.question_id != self._question_id or self._filter or note.id in self._cache:
            return False
        self._cache[note.id] = note
        self._insert(len(self._ids), note.id)
        return True

    def note_changed(self, note: Note) -> bool:
        """A shown note's new values (kind, themes, votes, text); False when a filter may now hide it."""
        row = self.row_of(note.id)
        if row < 0 or (self._filter and note.text != self.note(row).text):
            return False
        self._cache[note.id] = note
        self._emit_changed(note.id)
        return True

    def notes_swapped(self, first_id: str, second_id: str) -> bool:
        """Two shown notes exchanged places (Alt+Up / Alt+Down): the two rows change, nothing else. Not a
        layout change: that makes the view lay out and repaint every row, on each Alt+Up."""
        a, b = self.row_of(first_id), self.row_of(second_id)
        if a < 0 or b < 0:
            return False
        first, second = self._cache.get(first_id), self._cache.get(second_id)
        if first is not None and second is not None:  # each takes the other's place
            self._cache[first_id] = replace(first, position=second.position)
            self._cache[second_id] = replace(second, position=first.position)
        else:
            self._cache.pop(first_id, None)
            self._cache.pop(second_id, None)
        self._ids[a], self._ids[b] = self._ids[b], self._ids[a]
        # The selection and the current row stay on their notes: their indexes trade rows.
        self.changePersistentIndexList([self.index(a), self.index(b)], [self.index(b), self.index(a)])
        for row in (a, b):
            self.dataChanged.emit(self.index(row), self.index(row), [])
        return True

    def _emit_changed(self, changed_id: str | None) -> None:
        if changed_id is None:
            if self._ids:
                self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [])
            return
        row = self.row_of(changed_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row), [])

    def _move_rows_to(self, new_ids: list[str]) -> None:
        """Same notes, new order: keep selections and the current row on their notes."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._ids[p.row()] if p.isValid() else None for p in persistent]
        self._ids = new_ids
        where = {note_id: row for row, note_id in enumerate(new_ids)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where[h]) if h is not None else QModelIndex() for h in held],
        )
        self.layoutChanged.emit()

    # -- reading -------------------------------------------------------------------------------------

    def ids(self) -> list[str]:
        return list(self._ids)

    def note_id(self, row: int) -> str | None:
        """The id of the note on `row` (what IdRole answers), None past the last row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, note_id: str) -> int:
        try:
            return self._ids.index(note_id)
        except ValueError:
            return -1

    def shown_note(self, row: int) -> Note | None:
        """The note on `row`; None past the last row (a delegate asked of a row just removed). For the
        delegate, in one Python call: the view asks it of every row it measures or draws."""
        return self.note(row) if row < len(self._ids) else None

    def note(self, row: int) -> Note:
        note_id = self._ids[row]
        cached = self._cache.get(note_id)
        if cached is None:
            self._load_page(row)
            cached = self._cache[note_id]
        return cached

    def _load_page(self, row: int) -> None:
        start = (row // PAGE) * PAGE
        page = self._ids[start : start + PAGE]
        self._cache.update(notes.notes_by_id(self._store, page))
        for note_id in page:  # gone meanwhile (e.g. replaced by a merge): show it empty
            if note_id not in self._cache:
                self._cache[note_id] = Note(note_id, "", 0, "", "note", "", (), 0, 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        note = self.note(index.row())
        if role in (_DISPLAY, _EDIT):
            return note.text
        if role == NoteRole:
            return note
        if role in (_ACCESSIBLE, _TOOLTIP):
            return self.describe(note)
        return None

    def kind_label(self, kind: str) -> str:
        """The kind in the chair's words: one translation looked up, not four (asked per row drawn)."""
        if kind == "note":
            return self.tr("Note")
        if kind == "proposal":
            return self.tr("Proposal")
        if kind == "guiding-word":
            return self.tr("Guiding word")
        if kind == "action":
            return self.tr("To do")
        return kind

    def describe(self, note: Note) -> str:
        """One line a screen reader can say: kind, text, themes, votes."""
        parts = [f"{self.kind_label(note.kind)}: {note.text}"]
        if note.themes and self._session is not None:
            names = ", ".join(self._session.theme_name(t) for t in note.themes)
            parts.append(self.tr("themes: %1").replace("%1", names))
        if note.votes:
            parts.append(self.tr("votes: %1").replace("%1", count_text(note.votes)))
        return "; ".join(parts)

    # -- editing and drag and drop ----------------------------------------------------------------------

    # flags() is the base's, in C++: a note is selectable, editable and dragged; drops land between rows,
    # never onto a note.

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value)
        if text != self.note(index.row()).text:
            self.text_edit_requested.emit(self._ids[index.row()], text)
        return False  # the store changes through the undo command; refresh() shows it

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        from PySide6.QtCore import QByteArray, QMimeData  # with the first drag, not the window's start

        data = QMimeData()
        ids = [self._ids[i.row()] for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("utf-8")))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            moved = [
                i for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8")) if i in self._ids
            ]
        except ValueError:
            return False
        if not moved or self._filter:  # positions within a filtered list would be ambiguous
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        order = self.order_after_move(moved, row)
        if order != self._ids:
            self.reorder_requested.emit(order)
        return False  # never let the view remove rows itself: the command does the moving

    def order_after_move(self, moved: list[str], row: int) -> list[str]:
        before = [i for i in self._ids[:row] if i not in moved]
        after = [i for i in self._ids[row:] if i not in moved]
        return before + moved + after


def follow_one_note(
    notes: NotesModel, questions: QuestionsModel, change, question_id: str | None, shown_id: str | None
) -> bool:
    """Show one committed step on one note (a commands.Change) in the question on screen, row by row;
    False when the views must read the list again instead (another question, a filter, a step on more)."""
    if question_id is None or question_id != shown_id:
        return False
    if change.added is not None:
        if not notes.note_added(change.added):
            return False
        questions.count_added(question_id)
        return True
    if change.edited is not None:
        return notes.note_changed(change.edited)
    if change.swapped is not None:
        return notes.notes_swapped(*change.swapped)
    return False


def _is_one_insert(shorter: list[str], longer: list[str]) -> bool:
    """Whether `longer` is `shorter` with exactly one id inserted somewhere."""
    for i, (a, b) in enumerate(zip(shorter, longer, strict=False)):
        if a != b:
            return shorter[i:] == longer[i + 1 :]
    return True
