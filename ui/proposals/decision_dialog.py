"""The decision that comes with a status change: what was decided, who owns it, when to look again.

Opened window-modal and non-blocking (`open()`); `decided(status, details)` carries the answer, where
`details` are the keyword arguments of app.proposals.set_status. "Decided by" is remembered in
QSettings, since one secretary usually records many decisions in a row.

Signals:
    decided(list, str, dict)   OK was pressed: the proposal ids, the status and the details
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.proposals import STATUSES, Proposal
from app.proposals.lifecycle import OWNER_KINDS
from ui.proposals.texts import heading_text, owner_kind_name, set_heading, status_name

DECIDED_BY_KEY = "proposals/decided_by"


class DecisionDialog(QDialog):
    decided = Signal(list, str, dict)

    def __init__(
        self,
        proposal: Proposal,
        status: str,
        parent: QWidget | None = None,
        proposal_ids: list[str] | None = None,
        texts: list[str] | None = None,
        meetings: list[str] | None = None,
    ) -> None:
        """`proposal` gives the dialog's defaults; `proposal_ids` and `texts` list every proposal decided;
        `meetings` are the meetings earlier decisions were taken at, offered in the meeting field."""
        super().__init__(parent)
        self.proposal_ids = proposal_ids or [proposal.id]
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Decision on a proposal"))
        self.setMinimumWidth(520)
        self.proposal = proposal
        latest = proposal.latest

        texts = texts or [proposal.text]
        shown = texts[:6] + (["…"] if len(texts) > 6 else [])
        about = QLabel()
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        if len(texts) == 1:
            set_heading(about, proposal.text)
        else:
            about.setText("\n".join(f"• {heading_text(t, 120)}" for t in shown))
        font = about.font()
        font.setBold(True)
        about.setFont(font)

        self.status_combo = QComboBox()
        for code in STATUSES:
            self.status_combo.addItem(status_name(code), code)
        self.status_combo.setCurrentIndex(STATUSES.index(status))
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setPlaceholderText(self.tr("What was decided, and what happens next"))
        self.decision_edit.setTabChangesFocus(True)
        self.decision_edit.setFixedHeight(80)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why the process does not pursue it (required)"))
        self.owner_edit = QLineEdit(latest.owner if latest else "")
        self.owner_edit.setPlaceholderText(self.tr("Person or organisation that drives it"))
        self.owner_kind = QComboBox()
        for kind in OWNER_KINDS:
            self.owner_kind.addItem(owner_kind_name(kind), kind)
        if latest and latest.owner_kind in OWNER_KINDS:
            self.owner_kind.setCurrentIndex(OWNER_KINDS.index(latest.owner_kind))
        self.owner_kind.setToolTip(
            self.tr("An organisation is named in the public feedback; a person never is.")
        )
        self.owner_kind.setAccessibleName(self.tr("Kind of owner"))  # its label names the field beside it
        self.contact_edit = QLineEdit(latest.contact if latest else "")
        self.contact_edit.setPlaceholderText(self.tr("E-mail or telephone (never published)"))
        self.review_check = QCheckBox(self.tr("Review on"))
        self.review_date = QDateEdit()
        self.review_date.setCalendarPopup(True)
        self.review_date.setAccessibleName(self.tr("Review date"))  # its label names the box before it
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        if latest and latest.review_date:
            self.review_check.setChecked(True)
            self.review_date.setDate(QDate.fromString(latest.review_date, "yyyy-MM-dd"))
        else:
            self.review_date.setDate(QDate.currentDate().addMonths(3))
        self.review_date.setEnabled(self.review_check.isChecked())
        self.review_check.toggled.connect(self.review_date.setEnabled)
        # The council meets after the conference: the day and the meeting are what was, not when typed.
        self.decided_on = QDateEdit(QDate.currentDate())
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("yyyy-MM-dd")
        self.decided_on.setMaximumDate(QDate.currentDate())
        self.decided_on.setAccessibleName(self.tr("Decided on"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setEditable(True)
        self.meeting_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.meeting_combo.addItems(["", *(meetings or [])])
        self.meeting_combo.setCurrentIndex(0)
        self.meeting_combo.lineEdit().setPlaceholderText(self.tr("e.g. the growth council, 20 May"))
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.by_edit = QLineEdit(str(QSettings().value(DECIDED_BY_KEY, "") or ""))
        self.by_edit.setPlaceholderText(self.tr("Who decided: the council, the secretariat, a name"))

        review_row = QHBoxLayout()
        review_row.addWidget(self.review_check)
        review_row.addWidget(self.review_date)
        review_row.addStretch(1)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_edit, 1)
        owner_row.addWidget(self.owner_kind)

        form = QFormLayout()
        rows = [
            (self.tr("&Status:"), self.status_combo),
            (self.tr("&Decision:"), self.decision_edit),
            (self.tr("&Reason:"), self.reason_edit),
            (self.tr("&Owner:"), owner_row),
            (self.tr("&Contact:"), self.contact_edit),
            (self.tr("Re&view:"), review_row),
            (self.tr("Decided o&n:"), self.decided_on),
            (self.tr("&Meeting:"), self.meeting_combo),
            (self.tr("Decided &by:"), self.by_edit),
        ]
        self._labels: dict[str, QLabel] = {}
        for text, field in rows:
            label = QLabel(text)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
            self._labels[text] = label
        self._reason_label = self._labels[self.tr("&Reason:")]
        self._labels[self.tr("&Owner:")].setBuddy(self.owner_edit)
        self._labels[self.tr("Re&view:")].setBuddy(self.review_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self.status_combo.currentIndexChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.decision_edit.setFocus()

    @property
    def status(self) -> str:
        return self.status_combo.currentData()

    def _update(self) -> None:
        needs_reason = self.status == "not-pursued"
        self.reason_edit.setVisible(needs_reason)
        self._reason_label.setVisible(needs_reason)
        missing = needs_reason and not self.reason_edit.text().strip()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.hint.setText(
            self.tr("Give the reason: participants will read it in the feedback.") if missing else ""
        )

    def details(self) -> dict[str, str]:
        return {
            "decision": self.decision_edit.toPlainText().strip(),
            "reason": self.reason_edit.text().strip() if self.status == "not-pursued" else "",
            "owner": self.owner_edit.text().strip(),
            "owner_kind": self.owner_kind.currentData(),
            "contact": self.contact_edit.text().strip(),
            "review_date": self.review_date.date().toString("yyyy-MM-dd")
            if self.review_check.isChecked()
            else "",
            "decided_by": self.by_edit.text().strip(),
            # Today is "now", with the time; an earlier day is the day the meeting decided.
            "decided_on": ""
            if self.decided_on.date() == QDate.currentDate()
            else self.decided_on.date().toString("yyyy-MM-dd"),
            "meeting": self.meeting_combo.currentText().strip(),
        }

    def _on_accepted(self) -> None:
        QSettings().setValue(DECIDED_BY_KEY, self.by_edit.text().strip())
        self.decided.emit(self.proposal_ids, self.status, self.details())
        self.accept()
