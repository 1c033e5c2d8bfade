"""Hearing, in a window, what other secretaries change in a store they share (app/live.py).

`LiveWatch(store, parent)` looks a few times a second and emits `changed(kinds)` with the kinds of data
("notes", "bundles", "conflicts") another person changed; on a store only this person writes (SQLite)
it does nothing. The secretariat's window has one for all its views; a proposals view shown on its own
makes its own.

Signals:
    changed(frozenset)   another secretary changed these kinds of data
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app import live

WATCH_MS = 300  # how often to look: the views refresh within a second


class LiveWatch(QObject):
    changed = Signal(frozenset)

    def __init__(self, store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = live.watch(store)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._look)
        if self._watcher is not None:
            self._timer.start(WATCH_MS)

    @property
    def active(self) -> bool:
        return self._watcher is not None

    def _look(self) -> None:
        if self._watcher is None:
            self.stop()
            return
        kinds = self._watcher.changed()
        if kinds:
            self.changed.emit(kinds)

    def stop(self) -> None:
        """Stop hearing (the window closes; its store is closed next)."""
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
