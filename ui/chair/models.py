"""Item models over the store for the chair's window: the questions, and one question's notes.

`NotesModel` is lazy: it holds the ordered ids of the notes it shows and reads whole rows in pages as the
view asks for them, so a 1,000-note table opens and filters without reading every row. Edits never go
through the model itself: it asks (signals) and the window turns the request into an undo command that
calls one app service, then `refresh()` tells views precisely what changed.

Signals of NotesModel:
    text_edit_requested(note_id, text)   the user finished editing a note in place
    reorder_requested(list[str])         a drag and drop asks for this order of the shown ids
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app import notes
from app.model import Note
from app.workspace import Workspace
from ui.chair.session import TableSession

MIME_TYPE = "application/x-rundabord-note-ids"
PAGE = 100  # rows read from the store at a time

NoteRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
CountRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class QuestionsModel(QAbstractListModel):
    """The conference's questions in order, each with the table's count of live notes."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._store = workspace.store
        self._session: TableSession | None = None
        self._counts: dict[str, int] = {}

    def set_session(self, session: TableSession | None) -> None:
        self.beginResetModel()
        self._session = session
        self._counts = self._read_counts()
        self.endResetModel()

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.questions)

    def question_id(self, row: int) -> str:
        assert self._session is not None
        return self._session.questions[row].id

    def total(self) -> int:
        """The table's live notes over every question."""
        return sum(self._counts.values())

    def count(self, row: int) -> int:
        return self._counts.get(self.question_id(row), 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._session is None:
            return None
        question = self._session.questions[index.row()]
        count = self._counts.get(question.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{question.position}. {question.text}\n" + self.tr("Notes: %1").replace("%1", str(count))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr("Question %1: %2. Notes: %3").replace("%1", str(question.position))
            return text.replace("%2", question.text).replace("%3", str(count))
        if role == IdRole:
            return question.id
        if role == CountRole:
            return count
        return None


class NotesModel(QAbstractListModel):
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
        self.beginResetModel()
        self._session, self._question_id = session, question_id
        self._ids = self._read_ids()
        self._cache.clear()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only notes whose text holds `text` (case-insensitive, å/ä/ö folded as Python does)."""
        if text == self._filter:
            return
        self._filter = text
        self.beginResetModel()
        self._ids = self._read_ids()
        self.endResetModel()

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
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids = new_ids
            self.endInsertRows()
        elif len(new_ids) + 1 == len(old_ids) and _is_one_insert(new_ids, old_ids):
            row = next(
                (i for i, (a, b) in enumerate(zip(new_ids, old_ids, strict=False)) if a != b), len(new_ids)
            )
            self.beginRemoveRows(QModelIndex(), row, row)
            self._ids = new_ids
            self.endRemoveRows()
        elif sorted(new_ids) == sorted(old_ids):
            self._move_rows_to(new_ids)
        else:
            self.beginResetModel()
            self._ids = new_ids
            self.endResetModel()
            return
        self._emit_changed(changed_id)

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, note_id: str) -> int:
        try:
            return self._ids.index(note_id)
        except ValueError:
            return -1

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return note.text
        if role == NoteRole:
            return note
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(note)
        return None

    def kind_label(self, kind: str) -> str:
        labels = {
            "note": self.tr("Note"),
            "proposal": self.tr("Proposal"),
            "guiding-word": self.tr("Guiding word"),
            "action": self.tr("To do"),
        }
        return labels.get(kind, kind)

    def describe(self, note: Note) -> str:
        """One line a screen reader can say: kind, text, themes, votes."""
        parts = [f"{self.kind_label(note.kind)}: {note.text}"]
        if note.themes and self._session is not None:
            names = ", ".join(self._session.theme_name(t) for t in note.themes)
            parts.append(self.tr("themes: %1").replace("%1", names))
        if note.votes:
            parts.append(self.tr("votes: %1").replace("%1", str(note.votes)))
        return "; ".join(parts)

    # -- editing and drag and drop ----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never onto a note
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

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


def _is_one_insert(shorter: list[str], longer: list[str]) -> bool:
    """Whether `longer` is `shorter` with exactly one id inserted somewhere."""
    for i, (a, b) in enumerate(zip(shorter, longer, strict=False)):
        if a != b:
            return shorter[i:] == longer[i + 1 :]
    return True
