"""Work that waits until a window's first frame is on the screen.

A timer started in `showEvent` fires before the first paint (Qt runs due timers ahead of the paint in
the same round of the event loop); one started while the frame is painted fires in the next round, after
it. `after_first_paint(window, work)` watches the window's own events (not the application's) until its
first Paint, then starts such a timer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_waiting: set[_FirstPaint] = set()


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work = work
        _waiting.add(self)
        self.destroyed.connect(lambda: _waiting.discard(self))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        _waiting.discard(self)
        self._work()


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    _FirstPaint(window, work)


def first_paint_pending() -> bool:
    """Whether some shown window's after-first-paint work has not run yet (the smoke run waits for it)."""
    return bool(_waiting)
