"""A label of parts in one line, "date  ·  venue  ·  Chair: Fatima Hassan  ·  Participants: 9", that
wraps between parts where its line is too narrow: no "·" left at a line's end, no part split across two
lines while it fits on one. A plain word-wrapped label broke anywhere (at 150 % the chair's header read
"… Fatima Hassan ·" over "Deltagare: 9"). A part longer than a whole line still wraps within itself.

The label's text is its lines (set again when its width changes), so Qt's own label draws it: painting it
here would bring Qt's painter and style classes into the chair's start.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.qt_later import FontKey

SEPARATOR = "  ·  "
_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class PartsLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # a part longer than the whole line
        self._parts: list[str] = []
        # The layouts ask the same height for the same width many times (15 asks, 3 widths, at start):
        # the answers, each for its width, parts, font, screen's dots per inch and margins.
        self._heights: dict[tuple, int] = {}
        self._font_key = FontKey()  # the font's key, asked of Qt only when the font changes
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_parts(self, parts: list[str]) -> None:
        self._parts = [p for p in parts if p]
        self._show_lines(self.contentsRect().width())
        self.updateGeometry()

    def one_line(self) -> str:
        """The parts as one line, as they read where there is room."""
        return SEPARATOR.join(self._parts)

    def lines(self, width: int) -> list[str]:
        """The lines in `width`: parts joined while they fit."""
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

    def _show_lines(self, width: int) -> None:
        text = "\n".join(self.lines(width)) if width > 0 else self.one_line()
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event) -> None:
        self._show_lines(self.contentsRect().width())
        super().resizeEvent(event)

    def _extra(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def heightForWidth(self, width: int) -> int:
        extra = self._extra()
        key = (
            width,
            extra.width(),
            extra.height(),
            self._font_key(self.font()),
            self.logicalDpiY(),
            *self._parts,
        )
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 16:
                self._heights.clear()
            inner = max(1, width - extra.width())
            text = "\n".join(self.lines(inner))
            box = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), _FLAGS, text)
            height = self._heights[key] = max(box.height(), self.fontMetrics().height()) + extra.height()
        return height

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        # The whole line where there is room; the layout then asks heightForWidth for the width it gives
        width = self.fontMetrics().horizontalAdvance(self.one_line()) + self._extra().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # As narrow as a word-wrapped label may be: a part too long for the line wraps within itself
        return QSize(self.fontMetrics().averageCharWidth() * 12, self.fontMetrics().height())
