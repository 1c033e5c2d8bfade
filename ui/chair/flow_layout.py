"""A layout that puts its widgets in a row and wraps them onto the next line when the row is full, so
nine theme buttons fit a 911-pixel-wide window (a 1366×768 laptop at 150 %) as well as a wide screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # The layouts above ask the same height for the same width many times (27 asks at start): the
        # answers per width, forgotten whenever Qt invalidates the layout (an item added, taken, shown,
        # hidden or resized, the margins or the spacing changed), as its own box layouts forget theirs.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 16:
                self._heights.clear()
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        left, top, right, bottom = self.getContentsMargins()
        return size + QSize(left + right, top + bottom)

    def gap(self) -> int:
        """The room between two buttons on a line."""
        return self._spacing(True)

    def _spacing(self, horizontal: bool) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        # Only for a style that gives no layout spacing (spacing() asks it first, in C++): PySide makes
        # QStyle's 600 enum members when QStyle is first imported, which no start needs to pay for.
        from PySide6.QtWidgets import QStyle

        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        left, top, right, bottom = self.getContentsMargins()
        area = rect.adjusted(left, top, -right, -bottom)
        x, y, line_height = area.x(), area.y(), 0
        gap_x, gap_y = self._spacing(True), self._spacing(False)
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + line_height + gap_y
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + bottom


def flow_policy(widget: QWidget) -> None:
    """A widget holding a FlowLayout must ask for its height from its width."""
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
    widget.setSizePolicy(policy)
