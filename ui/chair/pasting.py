"""The chair's text fields for a note (the quick entry, a note edited in place): what is pasted or
dropped in comes in tidied (app.pasted_text), as one step of the field's undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPlainTextEdit

from app.pasted_text import tidy_pasted

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData


class NoteTextEdit(QPlainTextEdit):
    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(tidy_pasted(source.text()))
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)
