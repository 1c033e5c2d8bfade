"""A dialog that creates a conference, in an existing process or a new one.

Signals:
    created(conference_id)  the conference is in the store
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app import conferences, prepare
from app.errors import UserError
from ui.elided_combo import ElidedComboBox
from ui.proposals.scope import bounded

if TYPE_CHECKING:
    from app.workspace import Workspace


TABLES_CHARACTERS = 30


class NewConferenceDialog(QDialog):
    created = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store = workspace.store  # a handle passed to app/ services
        self.setWindowTitle(self.tr("New conference"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.process_combo = QComboBox()
        self.process_combo.setEditable(True)
        for p in conferences.processes(store):
            self.process_combo.addItem(p.name, p.id)
        self.process_combo.setCurrentIndex(self.process_combo.count() - 1)
        self.process_combo.lineEdit().setPlaceholderText(self.tr("Name of a new or existing process"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("for a new process, e.g. Region Exempellän"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Round-table conversations, spring 2026"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.venue_edit = QLineEdit()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, prepare.MAX_ROUND_MINUTES)
        self.minutes_spin.setValue(conferences.DEFAULT_ROUND_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        # Next year's conference of a programme mostly has this year's tables and chairs: forty of them
        # were typed again, one by one, or the TOML file edited by hand.
        self.tables_combo = ElidedComboBox()
        bounded(self.tables_combo, TABLES_CHARACTERS)  # a long title must not widen the dialog past a laptop
        self.tables_combo.setToolTip(
            self.tr(
                "Start with an earlier conference's tables and chairs; nothing reported at them is copied"
            )
        )
        self.process_combo.currentTextChanged.connect(self._fill_tables)
        self._fill_tables()
        for label, widget in (
            (self.tr("Pro&cess:"), self.process_combo),
            (self.tr("Or&ganisation:"), self.organisation_edit),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("Ven&ue:"), self.venue_edit),
            (self.tr("&Round length:"), self.minutes_spin),
            (self.tr("Ta&bles:"), self.tables_combo),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title_edit.setFocus()

    def _fill_tables(self, *_args) -> None:
        """The earlier conferences of the chosen process (latest first), whose tables can be copied."""
        process = conferences.find_process(self.store, self.process_combo.currentText().strip())
        every = conferences.conferences(self.store) if process is not None else []
        earlier = [c for c in every if process is not None and c.process_id == process.id]
        self.tables_combo.clear()
        for c in sorted(earlier, key=lambda c: (c.date, c.title), reverse=True):
            count = len(conferences.tables(self.store, c.id))
            named = conferences.named(c)
            shown = (
                self.tr("As at %1: %2 tables with their chairs")
                .replace("%1", named)
                .replace("%2", str(count))
            )
            self.tables_combo.addItem(shown, c.id)
        self.tables_combo.addItem(self.tr("None: I add the tables on the Prepare tab"), None)
        self.tables_combo.setCurrentIndex(0)
        self.tables_combo.setToolTip(self.tables_combo.currentText())
        if self.isVisible():
            self._show_tables_whole()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_tables_whole()

    def _show_tables_whole(self) -> None:
        """The tables' choice ends in what she chooses by ("…: 40 tables with their chairs"): cut to the
        box at 520 pixels, that was lost. The dialog widens by what is cut, as far as the screen has room
        (the box stays bounded, so a long title does not ask for more than that)."""
        combo = self.tables_combo
        metrics = combo.fontMetrics()
        shown = combo.shown_text()
        missing = metrics.horizontalAdvance(combo.currentText()) - metrics.horizontalAdvance(shown)
        if shown == combo.currentText() or missing <= 0:
            return
        missing += metrics.horizontalAdvance("…") + metrics.averageCharWidth()
        frame = self.frameGeometry().width() - self.width()
        screen = self.screen().availableGeometry()
        wider = min(self.width() + missing, screen.width() - frame)
        left = self.x() - (wider - self.width()) // 2  # still centred where it was placed
        self.resize(wider, self.height())
        self.move(max(screen.left(), min(left, screen.right() + 1 - wider - frame)), self.y())

    def _refuse(self, text: str, field) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def create(self) -> str | None:
        """Create the process if it is new, then the conference; problems are shown in the dialog."""
        name = self.process_combo.currentText().strip()
        # The usual slips, said in the secretary's language before the core is asked.
        if not name:
            return self._refuse(
                self.tr("Give the process a name (for example the programme's)."), self.process_combo
            )
        if not self.title_edit.text().strip():
            return self._refuse(self.tr("Give the conference a title."), self.title_edit)
        try:
            conference_id = prepare.create_conference_in_process(
                self.store,
                name,
                self.organisation_edit.text(),
                self.title_edit.text(),
                date=self.date_edit.date().toString("yyyy-MM-dd"),
                venue=self.venue_edit.text(),
                round_minutes=self.minutes_spin.value(),
                tables_from=self.tables_combo.currentData(),
            )
        except UserError as exc:
            from ui.bundle_messages import explain_error, technical

            what, detail = explain_error(exc)
            self.problem.setText(f"{what}\n{technical(detail)}")
            return None
        self.created.emit(conference_id)
        self.accept()
        return conference_id
