"""A proposal's history as one timeline across conferences, oldest first, in a read-only table:
raised (each original, at its conference and table), merged, every decision, raised again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.proposals import Proposal, TimelineEvent
from ui.proposals.texts import owner_kind_name, set_heading, status_name
from ui.screen_room import fit_to_screen


class HistoryDialog(QDialog):
    def __init__(
        self, proposal: Proposal, events: list[TimelineEvent], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("History of a proposal"))
        fit_to_screen(self, 1100, 420)  # at 150 % on a laptop 1100 ran past the screen's edge
        about = QLabel()
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        set_heading(about, proposal.text)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Conference"),
                self.tr("Decision, reason or words"),
                self.tr("Owner"),
                self.tr("Review"),
                self.tr("Decided by"),
            ]
        )
        for event in events:
            self.model.appendRow([self._item(text) for text in self._row(event)])
        if not any(e.change for e in events):
            self.model.appendRow(
                [self._item(""), self._item(self.tr("No decisions yet: the proposal is new."))]
            )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the words: wrap, never cut
        header.setMinimumSectionSize(60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    @staticmethod
    def _item(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        return item

    def _row(self, event: TimelineEvent) -> list[str]:
        c = event.change
        if c is None:
            what = {
                "raised": self.tr("Raised at table %1"),
                "raised-again": self.tr("Raised again at table %1"),
                "merged": self.tr("Merged"),
            }[event.kind].replace("%1", str(event.table_number or ""))
            return [event.day, what, event.conference_title, event.text, "", "", ""]
        when = c.decided_at.replace("T", " ")[:16]
        what = status_name(c.status)
        if c.meeting:
            what = self.tr("%1, at %2").replace("%1", what).replace("%2", c.meeting)
        owner = f"{c.owner} ({owner_kind_name(c.owner_kind)})" if c.owner else ""
        words = "\n".join(x for x in (c.decision, c.reason) if x)
        return [when, what, event.conference_title, words, owner, c.review_date, c.decided_by]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the words column's width is known only once shown
