"""The growth council's view: the shortlist to decide on, and what the council already drives.

The council meets between conferences and picks which shortlisted proposals the process drives
(selected) and which it does not (with a reason). Both decisions go through the same decision dialog
and undo stack as on the board.

Signals:
    data_changed()   a decision was recorded (or undone)
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conferences, proposals
from app.proposals import Proposal
from app.workspace import Workspace
from ui.proposals.decision_dialog import DecisionDialog
from ui.proposals.editing import ProposalEditor
from ui.proposals.history_dialog import HistoryDialog
from ui.proposals.scope import ScopePicker

Index = QModelIndex | QPersistentModelIndex


class ShortlistModel(QAbstractTableModel):
    """Proposals in a table: text, votes, tables, themes, conference, and (for decided ones) owner, review."""

    def __init__(self, with_decision: bool, parent=None) -> None:
        super().__init__(parent)
        self.with_decision = with_decision
        self._rows: list[Proposal] = []
        self._themes: dict[str, str] = {}
        self._titles: dict[str, str] = {}

    def headers(self) -> list[str]:
        names = [
            self.tr("Proposal"),
            self.tr("Votes"),
            self.tr("Tables"),
            self.tr("Themes"),
            self.tr("Conference"),
        ]
        if self.with_decision:
            names += [self.tr("Owner"), self.tr("Review")]
        return names

    def set_rows(self, rows: list[Proposal], themes: dict[str, str], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._themes, self._titles = rows, themes, titles
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and p.latest and p.latest.decision:
            return p.latest.decision
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        latest = p.latest
        values = [
            p.text,
            str(p.votes),
            ", ".join(map(str, p.tables)),
            ", ".join(self._themes[t] for t in p.themes if t in self._themes),
            self._titles.get(p.conference_id, ""),
            latest.owner if latest else "",
            latest.review_date if latest else "",
        ]
        return values[index.column()]


class CouncilView(QWidget):
    data_changed = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.editor = ProposalEditor(self.store, self.undo_stack, self)
        self.editor.edited.connect(self._after_edit)
        self.decision_dialog: DecisionDialog | None = None

        self.scope_combo = ScopePicker(self.store)
        self.scope_combo.fill()
        label = QLabel(self.tr("Show &proposals from:"))
        label.setBuddy(self.scope_combo)
        self.shortlist = ShortlistModel(False, self)
        self.selected_model = ShortlistModel(True, self)
        self.shortlist_view = self._table(self.shortlist, self.tr("Shortlist"))
        self.selected_view = self._table(self.selected_model, self.tr("Selected by the council"))
        self.shortlist_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.shortlist_title = QLabel()
        self.selected_title = QLabel()
        for title in (self.shortlist_title, self.selected_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        self.select_button = QPushButton(self.tr("&Select for the process…"))
        self.reject_button = QPushButton(self.tr("&Do not pursue…"))
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(self.undo_stack.canUndo())

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.scope_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.select_button, self.reject_button, self.history_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.shortlist_title)
        layout.addWidget(self.shortlist_view, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.selected_title)
        layout.addWidget(self.selected_view, 2)

        self.select_button.clicked.connect(self._on_select_clicked)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.history_button.clicked.connect(self.show_history)
        self.shortlist_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.shortlist_view.doubleClicked.connect(self._on_select_clicked)
        self.scope_combo.currentIndexChanged.connect(self.reload)
        self.reload()

    def _table(self, model: ShortlistModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def reload(self) -> None:
        ids = self.scope_combo.conference_ids()
        process_id = self.scope_combo.process_id()
        themes = {t.id: t.name for t in conferences.themes(self.store, process_id)} if process_id else {}
        titles = {c.id: c.title for c in conferences.conferences(self.store)}
        shortlisted = proposals.list_proposals(self.store, ids, status="shortlisted") if ids else []
        selected = proposals.list_proposals(self.store, ids, status="selected") if ids else []
        self.shortlist.set_rows(shortlisted, themes, titles)
        self.selected_model.set_rows(selected, themes, titles)
        self.shortlist_view.resizeRowsToContents()
        self.selected_view.resizeRowsToContents()
        self.shortlist_title.setText(
            self.tr("Shortlist, to decide on: %1").replace("%1", str(len(shortlisted)))
        )
        self.selected_title.setText(self.tr("Selected by the council: %1").replace("%1", str(len(selected))))
        self._update_buttons()

    def showEvent(self, event) -> None:
        self.reload()
        super().showEvent(event)

    def chosen(self) -> list[Proposal]:
        rows = sorted({i.row() for i in self.shortlist_view.selectionModel().selectedRows()})
        return [self.shortlist.proposal(r) for r in rows]

    def _update_buttons(self) -> None:
        count = len(self.chosen())
        self.select_button.setEnabled(count >= 1)
        self.reject_button.setEnabled(count >= 1)
        self.history_button.setEnabled(count == 1)

    def _on_select_clicked(self, *_args) -> None:
        self.decide("selected")

    def _on_reject_clicked(self) -> None:
        self.decide("not-pursued")

    def decide(self, status: str) -> DecisionDialog | None:
        chosen = self.chosen()
        if not chosen:
            return None
        self.decision_dialog = self.editor.ask_decision(chosen, status)
        return self.decision_dialog

    def show_history(self) -> HistoryDialog | None:
        chosen = self.chosen()
        if len(chosen) != 1:
            return None
        proposal, changes = proposals.unit_history(self.store, chosen[0].id)
        dialog = HistoryDialog(proposal, changes, self)
        dialog.open()
        return dialog

    def _after_edit(self) -> None:
        self.reload()
        self.data_changed.emit()
