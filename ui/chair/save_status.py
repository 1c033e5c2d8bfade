"""The save indicator in the chair's status bar, and what the chair is told when a write fails or the
workspace cannot be written at all (app.disk_errors names the problem; disk_advice says what to do).

The indicator is in the first frame; the classification, the advice and the dialogs are imported when a
write fails or the workspace is checked (right after that frame)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTime
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import UserError
from app.workspace import Workspace

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size
translate = QCoreApplication.translate  # lupdate finds calls spelled translate("Context", "text")


class SaveIndicator(QLabel):
    """Says "Saved" only after the store has committed; a failed write is said loudly and stays.

    Idle or saved, its size is fixed to fit the idle words and "Saved" with any time: the time changes
    every second while the chair types, and a label whose size may change asks the whole window to lay
    out again on each new text. A failure's reason has no bounded width, so it frees the size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Save status"))
        self.state = "idle"
        self.setText(self.tr("Every change is saved at once"))
        self._fix_size()

    def _saved_text(self, time: str) -> str:
        return self.tr("Saved %1").replace("%1", time)

    def _fix_size(self) -> None:
        """Fixed (minimum = maximum) to the largest size any idle or saved text asks for: Qt sends no
        layout request up from a fixed-size widget when its text changes, only a repaint of the label."""
        shown = self.text()
        texts = [self.tr("Every change is saved at once"), self.tr("Saving…")]
        texts += [self._saved_text(":".join([str(digit) * 2] * 3)) for digit in range(10)]
        width = height = 0
        for text in texts:  # each digit's width in every place covers any time of day
            self.setText(text)
            hint = super().sizeHint()
            width, height = max(width, hint.width()), max(height, hint.height())
        self.setText(shown)
        self.setFixedSize(QSize(width, height))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.state != "failed":
            self._fix_size()

    def mark_saving(self) -> None:
        """A step is committed but not yet on the disk: "Saved" with an older time would claim it is.
        Said once per burst (NoteEditing.saving); a failure stays shown until a save succeeds."""
        if self.state == "failed":
            return
        self.state = "saving"
        self.setText(self.tr("Saving…"))
        self.setAccessibleDescription(self.text())

    def mark_saved(self, at: QTime | None = None) -> None:
        if self.state == "failed":
            self.setStyleSheet("")
            self.setToolTip("")
        self.state = "saved"
        if self.minimumSize() != self.maximumSize():  # freed by a failure
            self._fix_size()
        self.setText(self._saved_text((at or QTime.currentTime()).toString("HH:mm:ss")))
        self.setAccessibleDescription(self.text())

    def mark_failed(self, reason: str, detail: str = "") -> None:
        self.state = "failed"
        self.setToolTip(detail)  # the core's own (English) words, for whoever helps the chair
        self.setMinimumSize(0, 0)  # a reason of any length is shown whole
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        self.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 0 4px; }"
        )
        self.setText(self.tr("NOT saved: %1").replace("%1", reason))
        self.setAccessibleDescription(self.text())


def report_edit_failure(parent: QWidget, indicator: SaveIndicator, what: str, exc: BaseException) -> None:
    """A refused edit: the indicator says NOT saved and why; a dialog explains, with the disk's advice."""
    from app import disk_errors
    from ui import msgbox
    from ui.bundle_messages import dialog_text, explain_error
    from ui.chair import disk_advice

    problem = disk_errors.classify(exc)
    title = what or translate("SaveStatus", "Cannot change the note")
    if isinstance(exc, UserError) or problem is None:
        indicator.mark_failed(what or translate("SaveStatus", "the change was refused"), str(exc))
        msgbox.error(parent, title, dialog_text(*explain_error(exc)))
        return
    indicator.mark_failed(disk_advice.short_reason(problem), str(exc))
    text = translate("SaveStatus", "The workspace could not save this change. Your earlier notes are safe.")
    msgbox.error(parent, title, f"{text}\n\n{disk_advice.advice(problem)}")


def warn_if_unwritable(parent: QWidget, indicator: SaveIndicator, workspace: Workspace) -> None:
    from app import disk_errors
    from ui import msgbox
    from ui.chair import disk_advice

    problem = disk_errors.workspace_write_problem(workspace.dir, workspace.store)
    if problem is None:
        return
    indicator.mark_failed(disk_advice.short_reason(problem), problem.detail)
    text = translate("SaveStatus", "Notes cannot be saved in this workspace right now (%1).")
    msgbox.warning(
        parent,
        translate("SaveStatus", "The workspace cannot be written"),
        f"{text.replace('%1', str(workspace.dir))}\n\n{disk_advice.advice(problem)}",
    )
