"""The quick-entry field: always focused while capturing; Enter adds the note, Shift+Enter breaks the line.

Ctrl+Z respects where the chair is: with text in the field it undoes the typing; in an empty field it
reaches the window and undoes the last saved edit. Redo likewise, except that typing just undone (the
field emptied by Ctrl+Z) is redone in the field first. The field's undo history starts afresh with each
note, so typing is never undone into an earlier note. A paste comes in tidied (ui.chair.pasting).

Signals:
    submitted(str)   Enter with some text: the text, already stripped; the field is then empty
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui.chair.pasting import NoteTextEdit


class QuickEntry(NoteTextEdit):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(True)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.undo_keys: list[QKeySequence] = [QKeySequence(QKeySequence.StandardKey.Undo)]
        self.redo_keys: list[QKeySequence] = [
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        ]
        self.undo_redo_keys = self.undo_keys + self.redo_keys

    def sizeHint(self) -> QSize:
        lines = 3  # room for a sentence or two without scrolling; grows with the system font
        height = QFontMetrics(self.font()).lineSpacing() * lines + 2 * self.frameWidth() + 12
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, QFontMetrics(self.font()).lineSpacing() * 2 + 2 * self.frameWidth() + 8)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())

            def among(keys: list[QKeySequence]) -> bool:
                return any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in keys)

            redo_here = among(self.redo_keys) and self.document().isRedoAvailable()
            if among(self.undo_redo_keys) and not self.toPlainText() and not redo_here:
                event.ignore()  # nothing typed here: the window's undo of saved edits has it
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.submit()
                return
        super().keyPressEvent(event)

    def submit(self) -> None:
        text = self.toPlainText().strip()
        if not text:
            return
        self.submitted.emit(text)

    def clear_after_add(self) -> None:
        """Called by the window once the note is safely in the store (never before: nothing is lost)."""
        self.clear()
