"""How a question looks in the questions list: its words wrapped, its count of notes on a line under them,
over the style's own item panel (selection, hover, focus).

Every Enter changes one question's count of notes, and the list then asks that question's size (its
height check, its place, the rectangle to repaint) and draws it again. Qt's delegate lays out all of the
question's words again, wrapped, for each of those, and twice more to draw them, although only the count
changed. This delegate lays out the words and the count line each on its own, keeps each layout by its
text, width, font and direction, and draws the kept layouts: on an Enter only the short count line is
new. The text is the model's display text (QuestionsModel.shown_lines, the two lines a screen reader and
the tests read too), placed as Qt's style places an item's text: inside the item's margins, centred in
its height. The window sets it after its first frame: the Python classes of its arguments
(QStyleOptionViewItem) cost a start that shows no note milliseconds.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate

from ui.qt_later import FontKey, classes_later

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QTextLayout
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.chair.models import QuestionsModel

_KEPT = 2_000  # layouts kept: a conference's questions at a few widths, and the counts shown
_NO_WRAP = -1  # the width asked of a layout that is not wrapped (Qt's list asked a size without one)


# What measuring and drawing need, imported with the first question measured.
_classes = classes_later(
    "QtCore.QPointF",
    "QtGui.QPalette",
    "QtGui.QTextLayout",
    "QtGui.QTextOption",
    "QtWidgets.QStyle",
    "QtWidgets.QStyleOptionViewItem",
)


class QuestionDelegate(QStyledItemDelegate):
    def __init__(self, model: QuestionsModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        # (text, width, font key, direction) -> (the layout, its height, its widest line)
        self._layouts: dict[tuple, tuple[QTextLayout, float, float]] = {}
        self._margins: dict[int, int] = {}  # id(style) -> the text's margin left and right
        self._font_key = FontKey()  # the font's key, asked of Qt only when the font changes

    def _margin(self, option: QStyleOptionViewItem) -> int:
        """The margin Qt's style leaves left and right of an item's text (its focus frame's, plus one)."""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            from PySide6.QtWidgets import QApplication

            style = QApplication.style()
        margin = self._margins.get(id(style))
        if margin is None:
            QStyle = _classes()[4]
            margin = self._margins[id(style)] = (
                style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            )
        return margin

    def _laid_out(self, text: str, width: int, font: QFont, direction) -> tuple[QTextLayout, float, float]:
        """`text` laid out in lines of `width` (unwrapped for _NO_WRAP), as Qt's style lays out an item's."""
        key = (text, width, self._font_key(font), direction.value)
        known = self._layouts.get(key)
        if known is not None:
            return known
        _, _, QTextLayout, QTextOption, QStyle, _ = _classes()
        layout = QTextLayout(text, font)
        option = QTextOption()
        # A word wider than the list (a compound at 150 %) is broken inside: a line wider than the list
        # made the list lay out every question at that width, and clipped them all at its edge.
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            if width != _NO_WRAP
            else QTextOption.WrapMode.ManualWrap
        )
        option.setTextDirection(direction)
        option.setAlignment(QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft))
        layout.setTextOption(option)
        height = widest = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width if width != _NO_WRAP else 1_000_000)
            line.setPosition(_classes()[0](0, height))
            height += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        if len(self._layouts) > _KEPT:
            self._layouts.clear()
        known = self._layouts[key] = (layout, height, widest)
        return known

    def _lines(self, option: QStyleOptionViewItem, row: int, width: int):
        words, count = self._model.shown_lines(row)
        font, direction = option.font, option.direction
        return self._laid_out(words, width, font, direction), self._laid_out(count, width, font, direction)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if not index.isValid() or index.row() >= self._model.rowCount():
            return QSize()
        margin = self._margin(option)
        rect = option.rect
        wraps = rect.isValid() and bool(option.features & _classes()[5].ViewItemFeature.WrapText)
        width = max(rect.width() - 2 * margin, 1) if wraps else _NO_WRAP
        words, count = self._lines(option, index.row(), width)
        return QSize(math.ceil(max(words[2], count[2])) + 2 * margin, math.ceil(words[1] + count[1]))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= self._model.rowCount():
            return
        QPointF, QPalette, _, _, QStyle, _ = _classes()
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the panel: selection, hover and focus, as Qt draws them (the view's
            # option carries no text: the style draws none)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        state = option.state
        if not state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        selected = bool(state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        margin = self._margin(option)
        x, y, width, height = option.rect.getRect()
        words, count = self._lines(option, index.row(), max(width - 2 * margin, 1))
        top = y + (height - (words[1] + count[1])) / 2  # centred, as the style places an item's text
        painter.save()
        painter.setPen(option.palette.color(group, role))
        painter.setClipRect(option.rect)
        words[0].draw(painter, QPointF(x + margin, top))
        count[0].draw(painter, QPointF(x + margin, top + words[1]))
        painter.restore()

    def forget(self) -> None:
        """Another style measures differently (QuestionsView calls this on a style change)."""
        self._layouts.clear()
        self._margins.clear()
