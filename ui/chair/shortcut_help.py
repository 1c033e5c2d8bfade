"""F1: every keyboard shortcut of the window, read from its actions, so the list is never out of date."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget


def plain_text(action_text: str) -> str:
    """An action's text as a person reads it: no mnemonic marks, no trailing ellipsis."""
    return action_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(actions: list[QAction | tuple[str, QAction]]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, in the given order. An entry may be
    (label, action) where the action's own text changes (undo names the step it would undo)."""
    rows = []
    for entry in actions:
        label, action = entry if isinstance(entry, tuple) else (plain_text(entry.text()), entry)
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            rows.append((label, keys))
    return rows


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
