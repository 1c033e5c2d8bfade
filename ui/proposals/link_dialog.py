"""Link a proposal to the same proposal at another conference of the process ("raised again").

Lists the proposals of the process's other conferences, most alike first, with a filter field; the
links the proposal already has are listed above, each removable. The edits go through the board's
editor, so they are undoable.

Signals:
    chosen(str)   OK: the id of the proposal to link to
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.proposals import Proposal, Recurrence
from ui.proposals.texts import heading_text, status_name
from ui.screen_room import fit_to_screen

IdRole = Qt.ItemDataRole.UserRole + 1


class LinkDialog(QDialog):
    chosen = Signal(str)

    def __init__(
        self,
        proposal: Proposal,
        candidates: list[tuple[Proposal, float]],
        existing: list[Recurrence],
        titles: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Same proposal, raised again"))
        fit_to_screen(self, 900, 520)  # 520 is more than a 1366x768 laptop at 150 % has
        about = QLabel(
            self.tr("Which proposal of another conference is the same as: %1").replace(
                "%1", heading_text(proposal.text)
            )
        )
        about.setToolTip(
            proposal.text if heading_text(proposal.text) != " ".join(proposal.text.split()) else ""
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        linked = [r.earlier if r.later.id == proposal.id else r.later for r in existing]
        already = QLabel(
            self.tr("Linked already: %1").replace(
                "%1", "; ".join(f"{titles.get(p.conference_id, '')}: {p.text}" for p in linked)
            )
            if linked
            else self.tr("Not linked to any other conference's proposal yet.")
        )
        already.setWordWrap(True)
        already.setTextFormat(Qt.TextFormat.PlainText)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Conference"), self.tr("Proposal"), self.tr("Status"), self.tr("Votes")]
        )
        for candidate, _score in candidates:
            row = [
                QStandardItem(titles.get(candidate.conference_id, "")),
                QStandardItem(candidate.text),
                QStandardItem(status_name(candidate.status)),
                QStandardItem(str(candidate.votes)),
            ]
            row[1].setToolTip(candidate.text)
            for item in row:
                item.setEditable(False)
                item.setData(candidate.id, IdRole)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by words or conference"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Proposals of other conferences, most alike first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self._on_accepted)
        self.table.selectionModel().selectionChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(already)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update()
        self.filter_edit.setFocus()

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.current_id() is not None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _on_accepted(self, *_args) -> None:
        chosen = self.current_id()
        if chosen is None:
            return
        self.chosen.emit(chosen)
        self.accept()
