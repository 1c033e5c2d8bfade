"""The secretariat's own words in the public feedback report, written in the window.

Four multi-line fields: a foreword or summary, who to contact, how to respond and what happens next
(the same parts as `rundabord public-text`, saved through app.minutes.report_texts). An empty field
leaves the report's own wording, shown in the field as a grey hint. Saving is one undo step in the
window's history; Cancel leaves the saved texts as they were and asks before dropping typed changes.
"Save and preview" saves, closes and makes the report, which goes through the personal-data review
like every publication.

    dialog = PublicTextsDialog(parent, workspace.store, conference_id, undo_stack=stack, preview=make)
    dialog.open()  # window-modal; saving closes it
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.minutes.report_texts import PARTS, default_texts, report_texts, set_report_texts
from ui import msgbox
from ui.bundle_messages import error_box
from ui.undo import FAILURES, push_edit


class PublicTextsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        store: Any,  # the window's store handle, passed on to app services
        conference_id: str,
        *,
        language: str = "sv",  # the documents' language: the defaults are shown as the report prints them
        undo_stack: QUndoStack | None = None,
        preview: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._conference_id = conference_id
        self._undo_stack = undo_stack
        self._preview = preview
        self._confirmed_discard = False
        self.setWindowTitle(self.tr("Texts of the public report"))
        self.saved = {part: text for part, (_id, text) in report_texts(store, conference_id).items()}

        intro = QLabel(
            self.tr(
                "The feedback report opens with these texts. An empty field keeps the wording shown in "
                "grey. The texts pass the personal-data review before anything is published."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: room to write
        self.fields: dict[str, QPlainTextEdit] = {}
        defaults = default_texts(store, conference_id, language)
        for part, (label, hint, lines) in self._parts(defaults).items():
            field = QPlainTextEdit(self.saved.get(part, ""))
            field.setTabChangesFocus(True)  # Tab leaves the field: keyboard users are not trapped
            field.setPlaceholderText(hint)
            field.setObjectName(part)
            field.setAccessibleName(label.replace("&", ""))
            field.setAccessibleDescription(hint)
            field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 12)
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
            self.fields[part] = field

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("&Save"))
        self.preview_button = QPushButton(self.tr("Save and &preview the report…"))
        self.preview_button.setToolTip(self.tr("Save the texts, then make the public report to look at it"))
        self.preview_button.setEnabled(preview is not None)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.save_and_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Room to write, within the screen (a 1366×768 laptop at 150 % has 911×512 points).
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(680, screen.width() - 40), min(620, screen.height() - 60))

    def _parts(self, defaults: dict[str, str]) -> dict[str, tuple[str, str, int]]:
        """part -> (label, grey hint in the empty field, lines of room)."""

        def otherwise(part: str) -> str:
            return self.tr("Left empty, the report says: “%1”").replace("%1", defaults[part])

        return {
            "foreword": (
                self.tr("&Foreword or summary:"),
                self.tr("A few lines on what the day was about and what came out of it."),
                5,
            ),
            "contact": (
                self.tr("&Contact:"),
                self.tr("A function and an address, e.g. the development unit, utveckling@region.se"),
                2,
            ),
            "respond": (self.tr("How to &respond:"), otherwise("respond"), 3),
            "next_steps": (self.tr("What happens &next:"), otherwise("next_steps"), 3),
        }

    # -- what the buttons do --------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {part: field.toPlainText().strip() for part, field in self.fields.items()}

    def changed(self) -> bool:
        return any(text != self.saved.get(part, "") for part, text in self.texts().items())

    def save(self) -> bool:
        """Write the changed parts as one undo step (or at once without a history); close on success."""
        if not self.changed():
            self.accept()
            return True
        new, old = self.texts(), {part: self.saved.get(part, "") for part in PARTS}
        store, conference_id = self._store, self._conference_id
        title = self.tr("Cannot save the texts")
        if self._undo_stack is not None:
            done = push_edit(
                self._undo_stack,
                self,
                self.tr("Edit the public report's texts"),
                lambda: set_report_texts(store, conference_id, new),
                lambda: set_report_texts(store, conference_id, old),
                error_title=title,
            )
        else:
            try:
                set_report_texts(store, conference_id, new)
                done = True
            except FAILURES as exc:
                error_box(self, title, exc)
                done = False
        if done:
            self.saved = {part: text for part, text in new.items() if text}
            self.accept()
        return done

    def save_and_preview(self) -> None:
        if self.save() and self._preview is not None:
            self._preview()

    def reject(self) -> None:
        """Cancel (or Escape): the saved texts stay; typed changes go only when the user says so."""
        if not self.changed() or self._confirmed_discard:
            super().reject()
            return

        def answered(discard: bool) -> None:
            if discard:
                self._confirmed_discard = True
                self.reject()

        msgbox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("The texts you changed are not saved. Discard the changes?"),
            on_answer=answered,
        )
