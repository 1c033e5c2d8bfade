"""Who has reported: every table of the conference, its chair, whether its bundle has arrived and when,
and how many notes and how many proposals it holds (counted apart, as `rundabord status` does)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.roster import TableReport, roster
from ui.local_time import local_time
from ui.numbers import count_text
from ui.secretariat.column_fit import ColumnFit, Fit
from ui.secretariat.context import SecretariatContext
from ui.secretariat.report_table import report_table
from ui.secretariat.rows_model import Column, RowsModel


def tint(base: QColor, colour: QColor, mix: float = 0.22) -> QBrush:
    """`colour` mixed into the palette's base colour: a hint that reads in light and dark palettes alike."""
    return QBrush(
        QColor(
            round(base.red() * (1 - mix) + colour.red() * mix),
            round(base.green() * (1 - mix) + colour.green() * mix),
            round(base.blue() * (1 - mix) + colour.blue() * mix),
        )
    )


def attention_brush(base: QColor) -> QBrush:
    """Amber: something is still missing or waits for a decision."""
    return tint(base, QColor(255, 170, 0))


def problem_brush(base: QColor) -> QBrush:
    """Red: refused, damaged."""
    return tint(base, QColor(220, 40, 40), 0.2)


class OverviewView(QWidget):
    """Signals:
    table_activated(number)  Enter or a double click on a table: the window shows its notes in Review
    """

    table_activated = Signal(int)

    def __init__(self, context: SecretariatContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        yes, no, empty = self.tr("Yes"), self.tr("Not yet"), self.tr("Empty export")
        self.model = RowsModel(
            [
                Column("number", self.tr("Table"), lambda r: r.number, align_right=True),
                Column("chair", self.tr("Chair"), lambda r: r.chair_name),
                Column(
                    "reported",
                    self.tr("Reported"),
                    lambda r: yes if r.reported else empty if r.empty_export else no,
                ),
                Column(
                    "arrived",
                    self.tr("Arrived"),
                    lambda r: local_time(r.last_import or ""),
                    sort=lambda r: r.last_import or "",
                ),
                Column("signer", self.tr("Signed by"), lambda r: ", ".join(r.signers)),
                # Apart, as `rundabord status` counts them (app.roster): a proposal is not also a note.
                Column(
                    "notes",
                    # Not "Notes": the minutes count every note, proposals too, under that word.
                    self.tr("Other notes"),
                    lambda r: r.notes,
                    align_right=True,
                    header_tip=self.tr("The table's notes that are not proposals"),
                ),
                Column(
                    "proposals",
                    self.tr("Proposals"),
                    lambda r: r.proposals,
                    align_right=True,
                    header_tip=self.tr("The table's proposals (not counted under Other notes)"),
                ),
                Column("participants", self.tr("Participants"), lambda r: r.participants, align_right=True),
            ],
            self._load,
            parent=self,
            background=lambda r: None if r.reported else self._missing_brush,
        )
        self._missing_brush = attention_brush(self.palette().color(QPalette.ColorRole.Base))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setAccessibleName(self.tr("Reported tables"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.proxy, self.view = report_table(self.model, self, self.tr("Tables and their reports"), 0)
        # The view's width shared out (column_fit): the chair's name and every heading whole, who signed
        # wrapping in what is left. The chair's column stretched into what the others left over, and at
        # 150 % with two signers on a row that was nothing: "Anna …" under "dsordföra".
        self.column_fit = ColumnFit(
            self.view,
            {
                0: Fit(wraps=False),
                1: Fit(wraps=False, first=True),
                2: Fit(wraps=False),
                3: Fit(wraps=False),
                4: Fit(rest=True, least=12),
                5: Fit(wraps=False),
                6: Fit(wraps=False),
                7: Fit(wraps=False),
            },
        )
        layout.addWidget(self.view)
        self.view.activated.connect(self._on_activated)
        self.view.setToolTip(self.tr("Enter or double-click: the table's notes in Review"))
        # Not a focus proxy: Qt 6 then skips, on Tab, the controls made before the view (filters, buttons).
        self.initial_focus = self.view
        self._stale = True
        context.conference_changed.connect(self.refresh)
        context.data_changed.connect(self.refresh)

    def _load(self) -> list[TableReport]:
        c = self.context.conference()
        return roster(self.context.store, c.id).tables if c else []

    def refresh(self, *_args) -> None:
        """Count again now if the overview is on screen; else when it is next shown (after a merge or an
        edit elsewhere, counting 100,000 notes costs some 50 ms nobody needs to wait for)."""
        if not self.isVisible():
            self._stale = True
            return
        self._recount()

    def showEvent(self, event) -> None:
        if self._stale:
            self._recount()
        super().showEvent(event)

    def _recount(self) -> None:
        self._stale = False
        self.model.reload()
        self.column_fit.refit()
        rows = self.model.rows()
        reported = sum(r.reported for r in rows)
        if not rows:
            self.summary.setText(
                self.tr("The conference has no tables yet.")
                if self.context.conference()
                else self.tr("No conference yet: create one under Prepare, or load a TOML description.")
            )
            return
        text = (
            self.tr("%1 of %2 tables have reported")
            .replace("%1", count_text(reported))
            .replace("%2", count_text(len(rows)))
        )
        missing = [str(r.number) for r in rows if not r.reported]
        if 0 < len(missing) <= 12:  # a longer list is easier to read in the tinted rows below
            text += " · " + self.tr("missing: %1").replace("%1", ", ".join(missing))
        self.summary.setText(text)

    def _on_activated(self, index) -> None:
        self.table_activated.emit(self.model.row_at(self.proxy.mapToSource(index).row()).number)

    def reported_count(self) -> tuple[int, int]:
        if self._stale:
            self._recount()
        rows = self.model.rows()
        return sum(r.reported for r in rows), len(rows)
