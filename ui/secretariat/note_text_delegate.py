"""The Review tab's editor of a note's text: several lines, Enter keeps line breaks, Ctrl+Enter or
leaving the editor saves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem


class NoteTextDelegate(QStyledItemDelegate):
    """Edits a note's text in a multi-line editor: Enter keeps line breaks, Ctrl+Enter or leaving saves.
    Shows it wrapped: the rows have room for two lines, and a long note ended in "…" on the first."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # the second line ends in "…"

    def createEditor(self, parent, option, index):
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index):
        first = not editor.property("filled")
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        if first:  # F2 to add a word: the cursor after the text, as in a spreadsheet, not before it
            editor.setProperty("filled", True)
            editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor, model, index):
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height() * 3, 72))
        # Three rows down from the row's top ran past the list's foot on its last rows, where the list
        # cut the editor to one line: there it opens upwards, and never taller than the list.
        area = editor.parentWidget().rect()
        rect.setHeight(min(rect.height(), area.height()))
        if rect.bottom() > area.bottom():
            rect.moveBottom(area.bottom())
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)
