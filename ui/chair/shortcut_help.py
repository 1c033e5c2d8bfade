"""F1: every keyboard shortcut of the window, read from its actions, so the list is never out of date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget


def plain_text(action_text: str) -> str:
    """An action's text as a person reads it: no mnemonic marks, no trailing ellipsis."""
    return action_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(actions: list[QAction | tuple[str, QAction]]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, in the given order. An entry may be
    (label, action) where the action's own text changes (undo names the step it would undo). Actions
    that read the same (Delete in the list, and a second key that works from anywhere) are one row with
    every key, where the first of them stood: the same words twice looks like two different things."""
    keys_of: dict[str, list[str]] = {}
    for entry in actions:
        label, action = entry if isinstance(entry, tuple) else (plain_text(entry.text()), entry)
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            known = keys_of.setdefault(label, [])
            known += [k for k in keys if k not in known]
    return [(label, either(keys)) for label, keys in keys_of.items()]


def either(keys: list[str]) -> str:
    """'Del', 'Del or Ctrl+Shift+Backspace', 'A, B or C': any of the keys does it."""
    if len(keys) == 1:
        return keys[0]
    text = QCoreApplication.translate("ShortcutHelpDialog", "%1 or %2")
    return text.replace("%1", ", ".join(keys[:-1])).replace("%2", keys[-1])


class ShortcutHelpDialog(QDialog):
    def __init__(self, actions: list[QAction | tuple[str, QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.windowTitle())
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for what, keys in shortcut_rows(actions):
            self.model.appendRow([QStandardItem(what), QStandardItem(keys)])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Shortcuts"))
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        # Every shortcut at a glance where the screen allows; within it always (a 1280×720 laptop has
        # fewer than 44 lines, one at 150 % has 512 points): the list scrolls, the Close button stays.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        width = self.fontMetrics().averageCharWidth() * 90
        height = self.fontMetrics().height() * 44
        self.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))
