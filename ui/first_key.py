"""The first Up or Down in a list where nothing is chosen chooses the row it stands on.

Taking the focus, Qt makes a list's first row current without choosing it (nothing is drawn as chosen),
and the first Down then moved on to the second row: a chair who wanted Bord 1 got Bord 2, a secretary
Tabbing into the tables skipped the first. `choose_current_first(view)` mends that for one view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView


def chose_current(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Whether `event` (a key press) chose the view's current row, unchosen till now; then it is done."""
    current = view.currentIndex()
    selection = view.selectionModel()
    if (
        event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
        and current.isValid()
        and selection is not None
        and not selection.isSelected(current)
    ):
        view.setCurrentIndex(current)  # chosen, as the view's selection mode chooses (a whole row)
        event.accept()
        return True
    return False


class _FirstKey(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractItemView):
            return chose_current(watched, event)  # type: ignore[arg-type]
        return False


def choose_current_first(view: QAbstractItemView) -> None:
    view.installEventFilter(_FirstKey(view))
