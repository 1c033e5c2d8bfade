"""The list of one question's notes, drawn by NoteDelegate.

A QTreeView with one column and no header or branches, not a QListView: a QListView lays out every row
(asking every note's wrapped height) on each inserted or moved note, so Enter on a 1,000-note question
cost tens of milliseconds. The tree view asks heights only of the rows it shows and scrolls by whole
notes, so a keystroke costs the same on a long list as on a short one (bench/bench_chair.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView


class NotesView(QTreeView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAllColumnsShowFocus(True)
        # Per note, not per pixel: a per-pixel scroll bar needs every note's height.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.header().setStretchLastSection(True)

    def dropEvent(self, event: QDropEvent) -> None:
        """Dropped notes land between rows: above the note under the pointer or below it, by which half
        the pointer is in (the model's rows accept drops, so Qt alone would also offer "onto")."""
        model = self.model()
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            rect = self.visualRect(index)
            row = index.row() + (1 if event.position().y() >= rect.center().y() else 0)
        else:
            row = model.rowCount()
        model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex())
        event.ignore()  # the undo command moves the notes; the drag must never remove rows itself
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
