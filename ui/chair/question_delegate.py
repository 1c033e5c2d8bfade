"""How a question looks in the questions list: Qt's own drawing, with each size it measured remembered.

Every Enter changes one question's count of notes, and the list then asks that question's size three
times (its height check, its place, the rectangle to repaint); each answer from Qt's delegate lays out the
whole question's words again, wrapped. The size depends only on the text, the style and the option's
width, font, features and decoration, so the same question asked again in the same width is answered from
memory. Drawing is left to Qt. The window sets it after its first frame: the Python classes of its
arguments (QStyleOptionViewItem) cost a start that shows no note milliseconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel, QObject
    from PySide6.QtWidgets import QStyleOptionViewItem

_DISPLAY = Qt.ItemDataRole.DisplayRole
_KEPT = 2_000  # sizes remembered: a conference's questions, each at a few widths and counts


class QuestionDelegate(QStyledItemDelegate):
    def __init__(self, model: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._sizes: dict[tuple, QSize] = {}
        self._last_font: QFont | None = None
        self._last_font_key = ""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        font = option.font
        if self._last_font is None or font != self._last_font:  # a font's key is a costly string
            self._last_font, self._last_font_key = QFont(font), font.key()
        rect = option.rect
        size = option.decorationSize
        key = (
            self._model.data(index, _DISPLAY),
            rect.width(),
            rect.isValid(),
            self._last_font_key,
            option.features.value,
            option.decorationPosition.value,
            size.width(),
            size.height(),
        )
        known = self._sizes.get(key)
        if known is None:
            if len(self._sizes) > _KEPT:
                self._sizes.clear()
            known = self._sizes[key] = super().sizeHint(option, index)
        return QSize(known)

    def forget(self) -> None:
        """Another style measures differently (QuestionsView calls this on a style change)."""
        self._sizes.clear()
