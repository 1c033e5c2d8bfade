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

if TYPE_CHECKING:
    from app.workspace import Workspace


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
        for label, widget in (
            (self.tr("Pro&cess:"), self.process_combo),
            (self.tr("Or&ganisation:"), self.organisation_edit),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("Ven&ue:"), self.venue_edit),
            (self.tr("&Round length:"), self.minutes_spin),
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
            )
        except UserError as exc:
            from ui.bundle_messages import explain_error, technical

            what, detail = explain_error(exc)
            self.problem.setText(f"{what}\n{technical(detail)}")
            return None
        self.created.emit(conference_id)
        self.accept()
        return conference_id
