"""All notes of a conference as a lazily filled table model, filtered by question, theme, table, kind and
full-text search.

A merged central store holds thousands of notes; the view asks for rows as it scrolls (`canFetchMore` /
`fetchMore`, a page at a time), so filtering and opening stay quick whatever the size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app import conferences
from app.model import Note
from app.records import record_type
from app.search import fts_query
from app.store import Store, decode_row

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

COL_TABLE, COL_QUESTION, COL_KIND, COL_TEXT, COL_THEMES, COL_VOTES, COL_MERGED = range(7)
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class NoteFilter:
    question_id: str = ""
    theme_id: str = ""
    table_number: int | None = None
    kind: str = ""
    text: str = ""

    def sql(self, conference_id: str) -> tuple[str, str, list[Any]]:
        """(join, where, params) selecting the live notes of a conference that pass the filter."""
        join, where, params = "", ["n.conference_id = ?", "n.deleted = 0"], [conference_id]
        if self.question_id:
            where.append("n.question_id = ?")
            params.append(self.question_id)
        if self.theme_id:
            where.append("EXISTS (SELECT 1 FROM json_each(n.themes) WHERE json_each.value = ?)")
            params.append(self.theme_id)
        if self.table_number is not None:
            where.append("n.table_number = ?")
            params.append(self.table_number)
        if self.kind:
            where.append("n.kind = ?")
            params.append(self.kind)
        query = fts_query(self.text)
        if query:
            join = " JOIN notes_fts ON notes_fts.rowid = n.rowid"
            where.append("notes_fts MATCH ?")
            params.append(query)
        return join, " AND ".join(where), params


@dataclass
class _Lookups:
    question_numbers: dict[str, int] = field(default_factory=dict)
    theme_names: dict[str, str] = field(default_factory=dict)
    kind_labels: dict[str, str] = field(default_factory=dict)


class NotesModel(QAbstractTableModel):
    """Rows are `Note`s; the text column is editable, through `on_text_edited(note, new_text)`."""

    def __init__(self, store: Store, headers: list[str], kind_labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self._headers = headers
        self._lookups = _Lookups(kind_labels=kind_labels)
        self._conference_id = ""
        self._filter = NoteFilter()
        self._notes: list[Note] = []
        self._merged: dict[str, str] = {}  # note id -> text of the merged proposal it belongs to
        self._total = 0
        self.on_text_edited = None

    # -- query ------------------------------------------------------------------------------------

    def set_query(self, conference_id: str, note_filter: NoteFilter) -> None:
        self.beginResetModel()
        self._conference_id = conference_id
        self._filter = note_filter
        self._notes = []
        self._total = 0
        if conference_id:
            c = conferences.conference(self.store, conference_id)
            self._lookups.question_numbers = {
                q.id: q.position for q in conferences.questions(self.store, c.id)
            }
            self._lookups.theme_names = {t.id: t.name for t in conferences.themes(self.store, c.process_id)}
            join, where, params = note_filter.sql(conference_id)
            self._total = self.store.conn.execute(
                f"SELECT COUNT(*) FROM notes n{join} WHERE {where}", params
            ).fetchone()[0]
            self._merged = self._load_merged(conference_id)
            self._notes = self._query(PAGE, 0)
        self.endResetModel()

    def refresh(self) -> None:
        """Read again after an edit, keeping as many rows loaded as before."""
        loaded = len(self._notes)
        self.set_query(self._conference_id, self._filter)
        while len(self._notes) < min(loaded, self._total):
            self.fetchMore(QModelIndex())

    def _load_merged(self, conference_id: str) -> dict[str, str]:
        if not self.store.db["proposal_links"].exists():
            return {}
        rows = self.store.conn.execute(
            "SELECT l.note_id, g.text FROM proposal_links l JOIN proposal_groups g ON g.id = l.group_id"
            " WHERE l.conference_id = ? AND l.deleted = 0 AND g.deleted = 0",
            (conference_id,),
        )
        return {note_id: text for note_id, text in rows}

    def _query(self, count: int, offset: int) -> list[Note]:
        join, where, params = self._filter.sql(self._conference_id)
        rows = self.store.conn.execute(
            f"SELECT n.* FROM notes n{join} LEFT JOIN questions q ON q.id = n.question_id WHERE {where}"
            " ORDER BY n.table_number, q.position, n.position, n.id LIMIT ? OFFSET ?",
            (*params, count, offset),
        ).fetchall()
        rt = record_type("note")
        return [Note.from_record(decode_row(rt, row)) for row in rows]

    def total(self) -> int:
        return self._total

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def row_of(self, note_id: str) -> int:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    def theme_names(self) -> dict[str, str]:
        return dict(self._lookups.theme_names)

    # -- lazy loading -----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._notes) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        want = min(PAGE, self._total - len(self._notes))
        if want <= 0:
            return
        first = len(self._notes)
        fetched = self._query(want, first)
        if not fetched:
            self._total = first  # the store shrank meanwhile; stop asking
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
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.EditRole and column == COL_TEXT:
            return note.text
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TABLE:
                return note.table_number
            if column == COL_QUESTION:
                return self._lookups.question_numbers.get(note.question_id, "")
            if column == COL_KIND:
                return self._lookups.kind_labels.get(note.kind, note.kind)
            if column == COL_TEXT:
                return note.text.replace("\n", " ⏎ ")
            if column == COL_THEMES:
                return ", ".join(self._lookups.theme_names.get(t, "?") for t in note.themes)
            if column == COL_VOTES:
                return note.votes if note.kind == "proposal" else ""
            if column == COL_MERGED:
                return self._merged.get(note.id, "")
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TEXT, COL_MERGED):
            return note.text if column == COL_TEXT else self._merged.get(note.id) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TABLE, COL_QUESTION, COL_VOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
