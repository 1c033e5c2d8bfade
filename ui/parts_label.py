"""A label of parts in one line, "date  ·  venue  ·  Chair: Fatima Hassan  ·  Participants: 9", that
wraps between parts where its line is too narrow: no "·" left at a line's end, no part split across two
lines while it fits on one. A plain word-wrapped label broke anywhere (at 150 % the chair's header read
"… Fatima Hassan ·" over "Deltagare: 9"). A part longer than a whole line still wraps within itself.

`text()` stays the one line with its dots (for screen readers and tests); only the painting is in lines.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SEPARATOR = "  ·  "
_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class PartsLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._parts: list[str] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_parts(self, parts: list[str]) -> None:
        self._parts = [p for p in parts if p]
        self.setText(SEPARATOR.join(self._parts))
        self.updateGeometry()

    def lines(self, width: int | None = None) -> list[str]:
        """The lines as painted in `width` (the label's own by default): parts joined while they fit."""
        width = self.contentsRect().width() if width is None else width
        metrics = self.fontMetrics()
        lines: list[str] = []
        line = ""
        for part in self._parts:
            joined = f"{line}{SEPARATOR}{part}" if line else part
            if line and metrics.horizontalAdvance(joined) > width:
                lines.append(line)
                line = part
            else:
                line = joined
        return [*lines, line] if line else lines

    def _extra(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def heightForWidth(self, width: int) -> int:
        inner = max(1, width - self._extra().width())
        text = "\n".join(self.lines(inner))
        box = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), _FLAGS, text)
        return max(box.height(), self.fontMetrics().height()) + self._extra().height()

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        # The whole line where there is room; the layout then asks heightForWidth for the width it gives
        width = self.fontMetrics().horizontalAdvance(self.text()) + self._extra().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # As narrow as a word-wrapped label may be: a part too long for the line wraps within itself
        return QSize(self.fontMetrics().averageCharWidth() * 12, self.fontMetrics().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(_FLAGS),
            self.palette(),
            self.isEnabled(),
            "\n".join(self.lines()),
            self.foregroundRole(),
        )
