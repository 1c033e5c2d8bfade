"""A list's reload that waits while one of its cells is being edited.

Reading a model again resets it, and a reset closes the view's open editor: what she was typing is
gone, and her save would not happen. Every editable list whose store can change under it (another
window, a colleague's save) asks for its reloads through `ReloadAfterEdit`: the reload runs at once
when no editor is open, and otherwise once, after the editor closes (whether her edit was saved or
cancelled). Meanwhile the model keeps the rows the editor opened on, so her save is still checked
against what she saw.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView


class ReloadAfterEdit(QObject):
    """`request()` runs `reload` now, or once `view`'s open editor has closed. Watches the view's
    delegate and the column delegates set when made; `watch()` adds one set later."""

    def __init__(self, view: QAbstractItemView, reload: Callable[[], None]) -> None:
        super().__init__(view)
        self._view, self._reload = view, reload
        self.waiting = False  # a reload was asked for while an editor was open
        self._watched: set[int] = set()
        self.watch(view.itemDelegate())
        model = view.model()
        for column in range(model.columnCount() if model is not None else 0):
            self.watch(view.itemDelegateForColumn(column))

    def watch(self, delegate: QAbstractItemDelegate | None) -> None:
        if delegate is None or id(delegate) in self._watched:
            return
        self._watched.add(id(delegate))
        delegate.closeEditor.connect(self._editor_closed)

    def editing(self) -> bool:
        return self._view.state() == QAbstractItemView.State.EditingState

    def request(self) -> bool:
        """Reload now (True), or mark it to run when the open editor closes (False)."""
        if self.editing():
            self.waiting = True
            return False
        self.waiting = False
        self._reload()
        return True

    def _editor_closed(self, *_args: object) -> None:
        # The view leaves its editing state only after the delegate's signal: look once it has.
        if self.waiting:
            QTimer.singleShot(0, self, self._after_close)

    def _after_close(self) -> None:
        if self.waiting:
            self.request()
