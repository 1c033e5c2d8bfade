"""Search every note of the workspace (SQLite FTS5 through app.search) and jump to a hit.

Signals:
    note_chosen(note_id)   the user activated a hit (Enter or double click)
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import conferences, search
from app.search import Hit
from app.workspace import Workspace
from ui.numbers import count_text

Index = QModelIndex | QPersistentModelIndex
LIMIT = 200
HtmlRole = Qt.ItemDataRole.UserRole + 1
MARK_STYLE = "background-color: #ffe066; color: #000000; font-weight: bold;"


def plain_snippet(marked: str) -> str:
    """The snippet as words, without the marks app.search puts around the matches."""
    return marked.replace(search.MARK_START, "").replace(search.MARK_END, "")


def marked_snippet(marked: str) -> str:
    """The snippet as HTML with the matched words highlighted (a note's own brackets shown as written)."""
    parts = re.split(f"{search.MARK_START}([^{search.MARK_END}]*){search.MARK_END}", marked)
    out = []
    for i, part in enumerate(parts):
        text = html.escape(part).replace("\n", "<br>")
        out.append(f'<span style="{MARK_STYLE}">{text}</span>' if i % 2 else text)
    return "".join(out)


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as rich text: the snippet with its matches highlighted, then where the note is."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HtmlRole) or "")
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


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
            return f"{plain_snippet(hit.marked)}\n{where}"
        if role == HtmlRole:
            return f"{marked_snippet(hit.marked)}<br><small>{html.escape(where)}</small>"
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
        self.results.setItemDelegate(HitDelegate(self.results))
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
            self.tr("Notes found: %1").replace("%1", count_text(count)) if self.query.text().strip() else ""
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
