"""A QInputDialog for a text of several lines whose edit box a screen reader names.

With UsePlainTextEditForTextInput, Qt shows a QPlainTextEdit but keeps the label as the buddy of its
hidden one-line edit: the box the secretary types in was read out as an unnamed edit. Here the label's
words name the visible box, as they name a one-line edit. (Not by making the label its buddy: a label
with a buddy takes "&" for a mnemonic, and "Tid & pengar" in a proposal's text would lose it.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget


def several_lines_dialog(parent: QWidget, title: str, label: str, text: str) -> QInputDialog:
    """A non-modal text dialog (deleted on close) with `label` above a several-line box holding `text`;
    connect its textValueSelected, then open() it."""
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    [box] = dialog.findChildren(QPlainTextEdit)
    box.setAccessibleName(label)
    return dialog
