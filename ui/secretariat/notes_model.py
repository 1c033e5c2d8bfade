"""All notes of a conference as a lazily filled table model, filtered by question, theme, table, kind and
full-text search.

A merged central store holds thousands of notes, so no step may hold the UI thread for long: a filter
or a search runs in a worker thread (its own connection) and returns the matching rowids in display order;
the view then asks for rows as it scrolls (`canFetchMore` / `fetchMore`), a page at a time, each page read
by rowid in a millisecond. Until a new result arrives the old rows stay shown. Signals:

    query_done()  a new result replaced the rows (the count and the selection may have changed)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app import conferences, review
from app.model import Note
from app.review import NoteFilter

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

COL_TABLE, COL_QUESTION, COL_KIND, COL_TEXT, COL_THEMES, COL_VOTES, COL_MERGED = range(7)
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
# Looked up once: a view asks `data` for every cell and role it lays out or paints (over a hundred
# thousand calls for a merged conference's list), and each lookup of a Qt enum member or each OR of two
# flags costs microseconds there.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class _Lookups:
    question_numbers: dict[str, int] = field(default_factory=dict)
    theme_names: dict[str, str] = field(default_factory=dict)
    kind_labels: dict[str, str] = field(default_factory=dict)


class NotesModel(QAbstractTableModel):
    """Rows are `Note`s; the text column is editable, through `on_text_edited(note, new_text)`."""

    query_done = Signal()

    def __init__(self, store, headers: list[str], kind_labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self._headers = headers
        self._lookups = _Lookups(kind_labels=kind_labels)
        self._conference_id = ""
        self._filter = NoteFilter()
        self._rowids: list[int] = []  # every match, in order
        self._cursor = 0  # how many of them have been read into _notes
        self._notes: list[Note] = []
        self._merged: dict[str, str] = {}  # note id -> text of the merged proposal it belongs to
        self._left_out: set[str] = set()  # notes left out of what is published (app/privacy/left_out.py)
        self._generation = 0  # results of older queries are dropped when they arrive late
        self._shown = 0  # the query whose rows these are
        # A result arriving while `hold()` (an editor open on a row) is not shown: the reset would close
        # the editor and lose her typing. `on_held()` asks for the rows again once she is done.
        self.hold: Callable[[], bool] = lambda: False
        self.on_held: Callable[[], object] = lambda: None
        self.on_text_edited = None

    # -- query ------------------------------------------------------------------------------------

    def set_query(self, conference_id: str, note_filter: NoteFilter, *, keep_loaded: int = 0) -> None:
        """Start a query; the rows change when it is done (at once under synchronous operations)."""
        from ui.operations import Operation

        self._conference_id = conference_id
        self._filter = note_filter
        self._generation += 1
        generation = self._generation
        if conference_id:
            c = conferences.conference(self.store, conference_id)
            self._lookups.question_numbers = {
                q.id: q.position for q in conferences.questions(self.store, c.id)
            }
            self._lookups.theme_names = {t.id: t.name for t in conferences.themes(self.store, c.process_id)}
        path = self.store.path

        def work(_progress, _cancel) -> list[int]:
            return review.matching_rowids(path, conference_id, note_filter)

        Operation(
            None,
            work,
            title="Review query",
            on_success=lambda rowids: self._on_rowids(generation, rowids, keep_loaded),
            show_progress=False,
        ).run()

    @property
    def loading(self) -> bool:
        """A query's rows are still to come (running, or held back): the rows are about to be made anew,
        and an index into them goes stale."""
        return self._shown != self._generation

    def refresh(self) -> None:
        """Read again after an edit, keeping as many rows loaded as before."""
        self.set_query(self._conference_id, self._filter, keep_loaded=len(self._notes))

    def _on_rowids(self, generation: int, rowids: list[int], keep_loaded: int) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the view closed meanwhile, or a newer query is on its way
        if self.hold():
            self.on_held()
            return
        self._shown = generation
        self.beginResetModel()
        self._rowids = rowids
        self._cursor = 0
        self._notes = []
        self._merged = (
            review.merged_proposal_texts(self.store, self._conference_id) if self._conference_id else {}
        )
        self._left_out = _left_out_notes(self.store, self._conference_id)
        self._read(max(PAGE, keep_loaded))
        self.endResetModel()
        self.query_done.emit()

    def _read(self, count: int) -> None:
        chosen = self._rowids[self._cursor : self._cursor + count]
        self._cursor += len(chosen)
        self._notes.extend(review.notes_at(self.store, chosen))

    def total(self) -> int:
        return len(self._rowids)

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def row_of(self, note_id: str) -> int:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    def theme_names(self) -> dict[str, str]:
        return dict(self._lookups.theme_names)

    def merged_texts(self) -> list[str]:
        """The texts of the conference's merged proposals (not only of the rows shown)."""
        return list(set(self._merged.values()))

    # -- lazy loading -----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor < len(self._rowids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        first = len(self._notes)
        chosen = self._rowids[self._cursor : self._cursor + PAGE]
        self._cursor += len(chosen)
        fetched = review.notes_at(self.store, chosen)
        if not fetched:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(fetched) - 1)
        self._notes.extend(fetched)
        self.endInsertRows()

    # -- the model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == COL_TABLE:
                return note.table_number
            if column == COL_QUESTION:
                return self._lookups.question_numbers.get(note.question_id, "")
            if column == COL_KIND:
                return self._lookups.kind_labels.get(note.kind, note.kind)
            if column == COL_TEXT:
                shown = note.text.replace("\n", " ⏎ ")
                return _left_out_text(shown) if note.id in self._left_out else shown
            if column == COL_THEMES:
                return ", ".join(self._lookups.theme_names.get(t, "?") for t in note.themes)
            if column == COL_VOTES:
                return note.votes if note.kind == "proposal" else ""
            if column == COL_MERGED:
                return self._merged.get(note.id, "")
            return None
        if role == NOTE_ROLE:
            return note
        if role == _EDIT and column == COL_TEXT:
            return note.text
        if role == _TOOLTIP and column in (COL_TEXT, COL_MERGED, COL_THEMES):
            if column == COL_TEXT:
                return _left_out_tip(note.text) if note.id in self._left_out else note.text
            if column == COL_THEMES:  # the column may be too narrow for them all
                return ", ".join(self._lookups.theme_names.get(t, "?") for t in note.themes) or None
            return self._merged.get(note.id) or None
        if role == _ALIGNMENT and column in (COL_TABLE, COL_QUESTION, COL_VOTES):
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_TEXT:
            return False
        note = self._notes[index.row()]
        if value == note.text or self.on_text_edited is None:
            return False
        self.on_text_edited(note, str(value))
        return True


def _left_out_notes(store, conference_id: str) -> set[str]:
    if not conference_id:
        return set()
    from app.privacy.left_out import left_out_notes  # the privacy review loads when a list is shown

    return left_out_notes(store, conference_id)


def _left_out_text(text: str) -> str:
    return QCoreApplication.translate("ReviewView", "Left out: %1").replace("%1", text)


def _left_out_tip(text: str) -> str:
    why = QCoreApplication.translate("ReviewView", "Left out of what is published; the minutes keep it.")
    return f"{why}\n\n{text}"
