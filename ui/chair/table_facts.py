"""The table's facts: how many took part, and optional aggregate age and gender bands (counts, no names).

Signals:
    facts_entered(participants, bands)   OK with valid facts; bands holds only the non-zero counts
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model import Table
from ui.numbers import count_text

AGE_BANDS = ("age:-24", "age:25-44", "age:45-64", "age:65-")
GENDER_BANDS = ("gender:woman", "gender:man", "gender:other")


def band_labels() -> dict[str, str]:
    """What each band is called, in the window's language."""
    translate = QCoreApplication.translate
    # lupdate finds only calls spelled translate(...): a shorter alias left these in English in Swedish.
    return {
        "age:-24": translate("TableFactsDialog", "Up to 24 years"),
        "age:25-44": translate("TableFactsDialog", "25–44 years"),
        "age:45-64": translate("TableFactsDialog", "45–64 years"),
        "age:65-": translate("TableFactsDialog", "65 years or older"),
        "gender:woman": translate("TableFactsDialog", "Women"),
        "gender:man": translate("TableFactsDialog", "Men"),
        "gender:other": translate("TableFactsDialog", "Other or not stated"),
    }


class TableFactsDialog(QDialog):
    facts_entered = Signal(int, dict)

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = table.name or self.tr("Table %1").replace("%1", str(table.number))
        self.setWindowTitle(self.tr("Table facts: %1").replace("%1", name))
        self.setAccessibleName(self.windowTitle())
        self.participants = self._spin(table.participants, self.tr("Participants"))
        labels = band_labels()
        self.band_spins = {key: self._spin(table.bands.get(key, 0), labels[key]) for key in labels}

        form = QFormLayout()
        label = QLabel(self.tr("&Participants:"))
        label.setBuddy(self.participants)
        form.addRow(label, self.participants)
        age_box = QGroupBox(self.tr("Age (optional)"))
        age_form = QFormLayout(age_box)
        for key in AGE_BANDS:
            age_form.addRow(labels[key] + ":", self.band_spins[key])
        gender_box = QGroupBox(self.tr("Gender (optional)"))
        gender_form = QFormLayout(gender_box)
        for key in GENDER_BANDS:
            gender_form.addRow(labels[key] + ":", self.band_spins[key])
        hint = QLabel(self.tr("Counts only: no names are needed or kept."))
        hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("factsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #a4161a; font-weight: bold; }")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for spin in (self.participants, *self.band_spins.values()):
            spin.valueChanged.connect(self._check)  # said while typing, not after OK
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(age_box)
        layout.addWidget(gender_box)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Wide enough for the whole title in the title bar (decorations take about 160 px).
        title_width = self.fontMetrics().horizontalAdvance(self.windowTitle()) + 160
        self.setMinimumWidth(max(self.fontMetrics().averageCharWidth() * 48, title_width))
        self._check()

    def problem_text(self) -> str:
        participants = self.participants.value()
        for group in (AGE_BANDS, GENDER_BANDS):
            total = sum(self.band_spins[key].value() for key in group)
            if participants and total > participants:
                return (
                    self.tr("The bands add up to %1, more than the %2 participants.")
                    .replace("%1", count_text(total))
                    .replace("%2", count_text(participants))
                )
        return ""

    def _check(self, *args) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.problem.setAccessibleName(problem)
        self.ok_button.setEnabled(not problem)

    def _spin(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 999)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def bands(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.band_spins.items() if spin.value()}

    def accept(self) -> None:
        if self.problem_text():  # OK is greyed out then; Enter must not slip past it either
            return
        super().accept()
        self.facts_entered.emit(self.participants.value(), self.bands())
