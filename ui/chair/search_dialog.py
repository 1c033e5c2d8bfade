"""Search every note of the workspace (SQLite FTS5 through app.search) and jump to a hit.

Signals:
    note_chosen(note_id)   the user activated a hit (Enter or double click)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app import conferences, search
from app.search import Hit
from app.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
LIMIT = 200


class HitsModel(QAbstractListModel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._store = workspace.store
        self._hits: list[Hit] = []
        self._questions: dict[str, int] = {}

    def search(self, text: str) -> None:
        self.beginResetModel()
        self._hits = search.search(self._store, text, limit=LIMIT)
        needed = {h.note.conference_id for h in self._hits}
        self._questions = {q.id: q.position for c in needed for q in conferences.questions(self._store, c)}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        where = self.tr("Table %1, question %2").replace("%1", str(hit.note.table_number))
        where = where.replace("%2", str(self._questions.get(hit.note.question_id, "?")))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.snippet}\n{where}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.note.text} ({where})"
        if role == Qt.ItemDataRole.UserRole:
            return hit.note.id
        return None


class SearchDialog(QDialog):
    note_chosen = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search notes"))
        self.setAccessibleName(self.windowTitle())
        self.model = HitsModel(workspace, self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words to find, e.g. ungdom busstrafik"))
        self.query.setAccessibleName(self.tr("Search words"))
        self.query.setClearButtonEnabled(True)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._on_results_activated)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Number of results"))
        label = QLabel(self.tr("&Find:"))
        label.setBuddy(self.query)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)  # search once typing pauses, not on every key
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 26)

    def run_search(self) -> None:
        self._debounce.stop()
        self.model.search(self.query.text())
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("Notes found: %1").replace("%1", str(count)) if self.query.text().strip() else ""
        )
        if count:
            self.results.setCurrentIndex(self.model.index(0))

    def _on_query_return_pressed(self) -> None:
        if self._debounce.isActive() or not self.model.rowCount():
            self.run_search()
            return
        self._on_results_activated(self.results.currentIndex())

    def _on_results_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.note_chosen.emit(self.model.data(index, Qt.ItemDataRole.UserRole))
            self.accept()
