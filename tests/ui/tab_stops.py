"""Tab as a keyboard or screen-reader user presses it: the stops it goes to, and what each is called."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says a stop is: its own name, a button's words, or its label's."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    labels = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    return labels[0].text() if labels else ""


def tab_stops(qtbot, start: QWidget) -> list[QWidget]:
    """The widgets Tab goes to from `start`, once round."""
    start.setFocus()
    stops: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start or widget in stops:
            break
        stops.append(widget)
    return stops


def nameless(stops: list[QWidget]) -> list[str]:
    """The stops a screen reader could only call by their kind (a tab bar says its tabs)."""
    return [type(w).__name__ for w in stops if not isinstance(w, QTabBar) and not spoken_name(w)]
