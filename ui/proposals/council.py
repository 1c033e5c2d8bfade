"""The growth council's view: the shortlist to decide on, what the process drives, what is under way.

The council meets between conferences and picks which shortlisted proposals the process drives
(selected) and which it does not (with a reason), and follows up what is in progress: a passed review
date is flagged. Filters pick the status, theme, owner and conference. Decisions go through the same
decision dialog and undo stack as on the board.

Signals:
    data_changed()   a decision was recorded (or undone)
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conferences, proposals
from app.proposals import Proposal
from app.workspace import Workspace
from ui.first_key import choose_current_first
from ui.numbers import count_text
from ui.proposals.decision_dialog import DecisionDialog
from ui.proposals.editing import ProposalEditor
from ui.proposals.history_dialog import HistoryDialog
from ui.proposals.model import OVERDUE_COLOR
from ui.proposals.scope import FILTER_CHARACTERS, ScopePicker, bounded, fit_popup
from ui.proposals.texts import status_name
from ui.secretariat.column_fit import ColumnFit, Fit

Index = QModelIndex | QPersistentModelIndex


FOLLOWED = ("shortlisted", "selected", "in-progress")  # what the council has on its table by default


class CouncilModel(QAbstractTableModel):
    """Proposals in a table: text, status, votes, tables, themes, conference, owner, review date."""

    COLUMNS = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Proposal] = []
        self._themes: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Proposal"),
            self.tr("Status"),
            self.tr("Votes"),
            self.tr("Tables"),
            self.tr("Themes"),
            self.tr("Conference"),
            self.tr("Owner"),
            self.tr("Review"),
        ]

    def set_rows(self, rows: list[Proposal], themes: dict[str, str], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._themes, self._titles = rows, themes, titles
        self.today = dt.date.today()
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
        return self._rows[row]

    def overdue(self, p: Proposal) -> bool:
        return p.latest is not None and p.latest.overdue(self.today)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        late = index.column() == 7 and self.overdue(p)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            if late:
                return self.tr("The review date has passed")
            return p.latest.decision if p.latest and p.latest.decision else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        latest = p.latest
        review = latest.review_date if latest else ""
        values = [
            p.text,
            status_name(p.status),
            str(p.votes),
            ", ".join(map(str, p.tables)),
            ", ".join(self._themes[t] for t in p.themes if t in self._themes),
            self._titles.get(p.conference_id, ""),
            latest.owner if latest else "",
            self.tr("⚠ %1 overdue").replace("%1", review) if late else review,
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
        self.editor = ProposalEditor(workspace, self.undo_stack, self)
        self.editor.edited.connect(self._after_edit)
        self.decision_dialog: DecisionDialog | None = None

        self.scope_combo = ScopePicker(workspace)
        self.scope_combo.fill()
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("To decide on and under way"), FOLLOWED)
        self.status_combo.addItem(self.tr("Every status"), tuple(proposals.STATUSES))
        for status in proposals.STATUSES:
            self.status_combo.addItem(status_name(status), (status,))
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        for combo in (self.theme_combo, self.owner_combo):
            bounded(combo, FILTER_CHARACTERS)
        self.overdue_check = QCheckBox(self.tr("Only &overdue reviews"))
        self.model = CouncilModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposals the council follows"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # The view's width shared out (column_fit): the proposal, which the council reads, takes what the
        # others leave; themes, conference and owner wrap from about twenty characters on. Fitted to
        # their contents, a process's theme names and conference titles took two thirds of the width at
        # 150 % and the proposals wrapped two words a line.
        self.column_fit = ColumnFit(
            self.table,
            {
                0: Fit(rest=True, least=24, word_most=24),  # a long compound does not set the floor
                1: Fit(most=14),
                2: Fit(wraps=False),
                3: Fit(most=10),
                4: Fit(most=22),
                5: Fit(most=22),
                6: Fit(most=18),
                7: Fit(wraps=False),
            },
        )
        choose_current_first(self.table)
        self.title = QLabel()
        self._elsewhere = 0  # proposals of the scope the status filter leaves out (new ones, mostly)
        from ui.empty_state import EmptyState

        self.empty_state = EmptyState(self.table, self._empty_text)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.select_button = QPushButton(self.tr("&Select for the process…"))
        self.reject_button = QPushButton(self.tr("&Do not pursue…"))
        self.status_button = QPushButton(self.tr("Change s&tatus…"))
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(self.undo_stack.canUndo())

        # Two rows of filters: at 150 % on a laptop one row would widen the tab past the window.
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, text, combo in (
            (first, self.tr("Show &proposals from:"), self.scope_combo),
            (first, self.tr("Stat&us:"), self.status_combo),
            (second, self.tr("T&heme:"), self.theme_combo),
            (second, self.tr("O&wner:"), self.owner_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            # The others stop at their text; the scope, whose conference titles are long, gets the most.
            row.addWidget(combo, {self.status_combo: 0, self.scope_combo: 3}.get(combo, 1))
            row.addSpacing(8)
        second.addWidget(self.overdue_check)
        for row in (first, second):
            row.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.select_button,
            self.reject_button,
            self.status_button,
            self.history_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.select_button.clicked.connect(self._on_select_clicked)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.status_button.clicked.connect(self._on_status_clicked)
        self.history_button.clicked.connect(self.show_history)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_status_clicked)
        self.scope_combo.currentIndexChanged.connect(self._on_scope_changed)
        for combo in (self.status_combo, self.theme_combo, self.owner_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.overdue_check.toggled.connect(self.reload)
        self._on_scope_changed()

    def _on_scope_changed(self) -> None:
        process_id = self.scope_combo.process_id()
        self.theme_combo.blockSignals(True)
        chosen = self.theme_combo.currentData()
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("All themes"), "")
        if process_id:
            for theme in conferences.themes(self.store, process_id):
                self.theme_combo.addItem(theme.name, theme.id)
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(chosen), 0))
        self.theme_combo.blockSignals(False)
        fit_popup(self.theme_combo)
        self.reload()

    def _fill_owners(self, listed: list[Proposal]) -> None:
        """The owners the listed proposals have, for the owner filter; the choice is kept if still there."""
        owners = sorted({p.latest.owner for p in listed if p.latest and p.latest.owner}, key=str.casefold)
        chosen = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Every owner"), "")
        for owner in owners:
            self.owner_combo.addItem(owner, owner)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(chosen), 0))
        self.owner_combo.blockSignals(False)
        fit_popup(self.owner_combo)

    def reload(self) -> None:
        ids = self.scope_combo.conference_ids()
        process_id = self.scope_combo.process_id()
        themes = {t.id: t.name for t in conferences.themes(self.store, process_id)} if process_id else {}
        titles = {c.id: c.title for c in conferences.conferences(self.store)}
        statuses = self.status_combo.currentData() or FOLLOWED
        theme_id = self.theme_combo.currentData() or None
        in_scope = proposals.list_proposals(self.store, ids, theme_id=theme_id) if ids else []
        listed = [p for p in in_scope if p.status in statuses]
        self._elsewhere = len(in_scope) - len(listed)
        self._fill_owners(listed)
        owner = self.owner_combo.currentData()
        if owner:
            listed = [p for p in listed if p.latest and p.latest.owner == owner]
        if self.overdue_check.isChecked():
            listed = [p for p in listed if self.model.overdue(p)]
        # What waits for the council first, then what it drives, then what is under way.
        order = {s: i for i, s in enumerate((*FOLLOWED, "new", "done", "not-pursued"))}
        listed.sort(key=lambda p: (order[p.status], -p.votes, p.text))
        self.model.set_rows(listed, themes, titles)
        self.column_fit.refit()
        self.table.resizeRowsToContents()
        late = sum(self.model.overdue(p) for p in listed)
        text = self.tr("Proposals: %1").replace("%1", count_text(len(listed)))
        if late:
            text += " · " + self.tr("overdue reviews: %1").replace("%1", str(late))
        self.title.setText(text)
        self._update_buttons()

    def _empty_text(self) -> str:
        """Why the list is empty: an empty council table beside a board of new proposals looked as if
        the proposals had gone missing."""
        if not self.scope_combo.count():
            return self.tr(
                "No conference yet. Make one on the Prepare tab, with New conference… or Load TOML…: the"
                " council follows the proposals of its tables here."
            )
        if self._elsewhere and self.status_combo.currentData() == FOLLOWED:
            return self.tr(
                "The council has no proposals to decide on yet. %Ln new proposal(s) wait on the Proposals"
                " tab: shortlist them there, or choose Status: Every status.",
                "",
                self._elsewhere,
            )
        if self._elsewhere:
            return self.tr("No proposal has this status. Choose Status: Every status to see them all.")
        return self.tr("No proposals yet: they come with the tables' notes.")

    def showEvent(self, event) -> None:
        if not self.scope_combo.count():  # a conference made since the tab was first shown
            self.scope_combo.fill()
            self._on_scope_changed()
        else:
            self.reload()
        super().showEvent(event)

    def chosen(self) -> list[Proposal]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.proposal(r) for r in rows]

    def select_ids(self, proposal_ids: list[str]) -> None:
        """Select these rows (tests, and a window that wants to point at a proposal)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.proposal(row).id in proposal_ids:
                selection.select(self.model.index(row, 0), flags)

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        self.select_button.setEnabled(bool(chosen))
        self.reject_button.setEnabled(bool(chosen))
        self.status_button.setEnabled(bool(chosen))
        self.history_button.setEnabled(len(chosen) == 1)

    def _on_select_clicked(self) -> None:
        self.decide("selected")

    def _on_reject_clicked(self) -> None:
        self.decide("not-pursued")

    def _on_status_clicked(self, *_args) -> None:
        chosen = self.chosen()
        if chosen:
            self.decide(chosen[0].status)

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
        _, events = proposals.timeline(self.store, chosen[0].id)
        dialog = HistoryDialog(chosen[0], events, self)
        dialog.open()
        return dialog

    def _after_edit(self) -> None:
        self.reload()
        self.data_changed.emit()
