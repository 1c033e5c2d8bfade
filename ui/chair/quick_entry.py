"""The quick-entry field: always focused while capturing; Enter adds the note, Shift+Enter breaks the line.

The window's own shortcuts win over the editor's: Ctrl+Z is the notes' undo (the field's own undo is
off, a half-typed draft is not an edit of the record), and the keys in `passed_to_window` reach the
window's actions even while the cursor is here.

Signals:
    submitted(str)   Enter with some text: the text, already stripped; the field is then empty
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class QuickEntry(QPlainTextEdit):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.passed_to_window: list[QKeySequence] = [
            QKeySequence(QKeySequence.StandardKey.Undo),
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        ]

    def sizeHint(self) -> QSize:
        lines = 3  # room for a sentence or two without scrolling; grows with the system font
        height = QFontMetrics(self.font()).lineSpacing() * lines + 2 * self.frameWidth() + 12
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, QFontMetrics(self.font()).lineSpacing() * 2 + 2 * self.frameWidth() + 8)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self.passed_to_window
            ):
                event.ignore()  # not ours: let the window's shortcut have it
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
