"""Every status change of one proposal, oldest first, in a read-only table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.proposals import Proposal, StatusChange
from ui.proposals.texts import owner_kind_name, status_name


class HistoryDialog(QDialog):
    def __init__(
        self, proposal: Proposal, changes: list[StatusChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("History of a proposal"))
        self.resize(1040, 380)
        about = QLabel(proposal.text)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Status"),
                self.tr("Decision or reason"),
                self.tr("Owner"),
                self.tr("Contact"),
                self.tr("Review"),
                self.tr("Decided by"),
            ]
        )
        for c in changes:
            owner = f"{c.owner} ({owner_kind_name(c.owner_kind)})" if c.owner else ""
            words = "\n".join(x for x in (c.decision, c.reason) if x)
            row = [c.decided_at.replace("T", " ")[:16], status_name(c.status), words, owner]
            row += [c.contact, c.review_date, c.decided_by]
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        if not changes:
            empty = QStandardItem(self.tr("No decisions yet: the proposal is new."))
            empty.setEditable(False)
            self.model.appendRow([empty])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the decision: wraps, never cut
        header.setMinimumSectionSize(60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the decision column's width is known only once shown
