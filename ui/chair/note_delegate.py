"""How a note looks in the list: its text, wrapped, over a smaller line with kind, themes and votes;
edited in place in a multi-line editor (Enter saves, Shift+Enter breaks the line, Escape cancels).

A long note shows its first MAX_LINES lines, the last one ending in "…": the list scrolls by whole notes,
so a note taller than the list could never be seen to its end, nor its kind and themes below it. The whole
text is in its tooltip and in the editor (F2)."""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QWidget

from ui.chair.models import NotesModel
from ui.numbers import count_text
from ui.qt_later import FontKey, classes_later

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QStyleOptionViewItem

    from app.model import Note

# The classes that only drawing or editing a note needs (QPainter, QPalette, QPixmap, QTextLayout,
# QStyleOptionViewItem, QTextCursor...) are imported where a row is first drawn or edited: PySide makes
# each class with all its enums when it is first imported, and a start on a question with no notes draws
# none.

MARGIN = 6
MAX_LINES = 8
PIXMAP_BUDGET = 32 * 1024 * 1024  # bytes of drawn rows kept: a few screens of notes, even at 200 %


def _wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    """The whole text's height, wrapped at `width` (a row shows at most MAX_LINES lines of it)."""
    return metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()


def _first_lines(text: str, font: QFont, width: int) -> list[str]:
    """The text as wrapped at `width`, cut after MAX_LINES lines; a cut text's last line ends in "…"."""
    from PySide6.QtGui import QTextLayout, QTextOption

    flat = text.replace("\n", "\u2028")  # QTextLayout breaks lines at the line separator
    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) <= MAX_LINES:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [flat[start : start + length].rstrip("\u2028 ") for start, length in spans[:MAX_LINES]]
    if len(spans) > MAX_LINES:
        rest = flat[spans[MAX_LINES - 1][0] :].replace("\u2028", " ")
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


_drawing = classes_later(
    "QtGui.QPainter",
    "QtGui.QPalette",
    "QtGui.QPixmap",
    "QtGui.QTextOption",
    "QtWidgets.QStyle",
    "QtWidgets.QStyleOptionViewItem",
)


class NoteDelegate(QStyledItemDelegate):
    def __init__(self, model: NotesModel, theme_names, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._theme_names = theme_names  # callable: theme id -> name
        self._small_heights: dict[str, int] = {}  # font key -> height of the smaller meta line
        # (text, width, font key) -> (row height, the whole text's wrapped height): wrapping text is the
        # costly part of a layout, and drawing the row needs the same measure again
        self._heights: dict[tuple[str, int, str], tuple[int, int]] = {}
        self._pixmaps: OrderedDict[tuple, QPixmap] = OrderedDict()  # rows as drawn, oldest first
        self._pixmap_bytes = 0
        self._font_key = FontKey()
        # Inside one paint of the view (NotesView.paintEvent says when): what every row shares, asked of
        # the first row's option and painter only (asked of each, they cost more than copying its pixels):
        # (palette cache key, font key), the device's pixel ratio, and the meta lines made so far.
        self._in_pass = False
        self._shared: tuple[int, str] | None = None
        self._pass_ratio = 1.0
        self._pass_meta: dict[tuple, str] = {}
        self._view_font_key = getattr(parent, "font_key", None)  # NotesView's, kept until its font changes

    def paint_pass(self, painting: bool) -> None:
        """The view's paint of its rows begins (True) or ends. What a paint learns is forgotten with it:
        a theme renamed or another language shows in the next paint."""
        self._in_pass = painting
        self._shared = None
        self._pass_meta.clear()

    def meta_text(self, note: Note) -> str:
        """The smaller line under a note's text: kind, themes, votes."""
        parts = [self._model.kind_label(note.kind)]
        parts += [self._theme_names(t) for t in note.themes]
        if note.votes:
            votes = QCoreApplication.translate("NotesModel", "Votes: %1").replace(
                "%1", count_text(note.votes)
            )
            parts.append("● " + votes)
        return "  ·  ".join(p for p in parts if p)

    @staticmethod
    def _small_font(base: QFont) -> QFont:
        font = QFont(base)  # a copy: the option's own font dies with the option
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = max(self._row_width(option), 200) - 2 * MARGIN
        # The tree view asks with its own font: the key it keeps is the same string.
        font_key = self._view_font_key() if self._view_font_key else self._font_key(option.font)
        note = self._model.shown_note(index.row())
        text = (note.text if note is not None else "") or " "
        known = self._heights.get((text, width, font_key))
        if known is None:
            font = option.font
            metrics = QFontMetrics(font)
            full = _wrapped_height(metrics, width, text)
            small = self._small_heights.get(font_key)
            if small is None:  # metrics of a new font are costly: once per font
                small = self._small_heights[font_key] = QFontMetrics(self._small_font(font)).height()
            height = min(full, metrics.lineSpacing() * MAX_LINES) + small + 3 * MARGIN
            known = self._remember((text, width, font_key), height, full)
        return QSize(width, known[0])

    def _remember(self, key: tuple[str, int, str], height: int, full: int) -> tuple[int, int]:
        if len(self._heights) > 20_000:
            self._heights.clear()
        known = self._heights[key] = (height, full)
        return known

    @staticmethod
    def _row_width(option: QStyleOptionViewItem) -> int:
        """The width a row wraps in: a tree view asks heights with no width (-1), so take its viewport's."""
        if option.rect.width() > 0:
            return option.rect.width()
        view = option.widget
        return view.viewport().width() if view is not None else 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Each row as drawn before when nothing it shows has changed: an added note makes the tree view
        repaint every visible row (it lays out again on any inserted row), and drawing a row's wrapped
        text costs far more than copying its pixels. The key holds everything a row's pixels depend on
        (text, meta line, size, state, palette, font, pixel ratio), so an edit draws the row anew."""
        note = self._model.shown_note(index.row())
        if note is None:
            return
        x, y, width, height = option.rect.getRect()
        if not self._in_pass:  # painted other than by NotesView.paintEvent (a drag's picture)
            shared = (option.palette.cacheKey(), self._font_key(option.font))
            ratio = painter.device().devicePixelRatioF()
            meta = self.meta_text(note)
        else:  # one paint of the view: one painter, and most rows share a meta line ("Anteckning")
            shared, ratio = self._shared, self._pass_ratio
            if shared is None:
                font_key = self._view_font_key() if self._view_font_key else self._font_key(option.font)
                shared = self._shared = (option.palette.cacheKey(), font_key)
                ratio = self._pass_ratio = painter.device().devicePixelRatioF()
            tags = (note.kind, note.themes, note.votes)
            meta = self._pass_meta.get(tags)
            if meta is None:
                meta = self._pass_meta[tags] = self.meta_text(note)
        key = (note.text, meta, width, height, option.state.value, option.features.value, shared, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._draw_row(option, index, note.text, meta, ratio)
            self._keep(key, pixmap)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(x, y, pixmap)

    def kept_rows(self) -> int:
        return len(self._pixmaps)

    def _keep(self, key: tuple, pixmap: QPixmap) -> None:
        self._pixmaps[key] = pixmap
        self._pixmap_bytes += pixmap.width() * pixmap.height() * 4
        while self._pixmap_bytes > PIXMAP_BUDGET and len(self._pixmaps) > 1:
            _, old = self._pixmaps.popitem(last=False)
            self._pixmap_bytes -= old.width() * old.height() * 4

    def _draw_row(
        self, option: QStyleOptionViewItem, index: QModelIndex, text: str, meta: str, ratio: float
    ) -> QPixmap:
        QPainter, QPalette, QPixmap, QTextOption, QStyle, QStyleOptionViewItem = _drawing()
        opt = QStyleOptionViewItem(option)
        # What initStyleOption would set from this model, without asking it eight roles through Qt (each
        # a call into Python): it answers none of font, alignment, colours, check state, icon or
        # background, and every row has a text (drawn below, not by the style).
        opt.index = index
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        opt.styleObject = None
        size = opt.rect.size()
        opt.rect = QRect(QPoint(0, 0), size)
        pixmap = QPixmap(max(1, math.ceil(size.width() * ratio)), max(1, math.ceil(size.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        pixmap.fill(opt.palette.color(group, QPalette.ColorRole.Base))  # the viewport's own background
        painter = QPainter(pixmap)
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        if style is not None:  # what the view draws under a row (alternate rows), then the item itself
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, opt, painter, opt.widget)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(group, role))
        rect = opt.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        font = QFont(opt.font)
        painter.setFont(font)
        option_text = QTextOption()
        option_text.setWrapMode(QTextOption.WrapMode.WordWrap)
        metrics = QFontMetrics(font)
        # Measured already when the view asked the row's height, with the same text, width and font.
        known = self._heights.get((text or " ", rect.width(), self._font_key(font)))
        full_height = _wrapped_height(metrics, rect.width(), text or " ") if known is None else known[1]
        text_height = min(full_height, metrics.lineSpacing() * MAX_LINES)
        if full_height <= text_height:
            painter.drawText(QRect(rect.left(), rect.top(), rect.width(), text_height), text, option_text)
        else:
            step = metrics.lineSpacing()
            for i, line in enumerate(_first_lines(text, font, rect.width())):
                line_rect = QRect(rect.left(), rect.top() + i * step, rect.width(), step)
                painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft, line)
        small = self._small_font(font)
        painter.setFont(small)
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        meta_top = rect.top() + text_height + MARGIN // 2
        painter.drawText(
            QRect(rect.left(), meta_top, rect.width(), QFontMetrics(small).height()),
            Qt.AlignmentFlag.AlignLeft,
            meta,
        )
        painter.end()
        return pixmap

    # -- editing in place ------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        from ui.chair.pasting import NoteTextEdit  # with the first editor, not the window's start

        editor = NoteTextEdit(parent)
        editor.setAccessibleName(QCoreApplication.translate("NotesModel", "Edit note"))
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        # The cursor after the last character, nothing selected: F2 is mostly pressed to add to a note,
        # and a selected text would be replaced by the first key typed.
        from PySide6.QtGui import QTextCursor  # with the first editor, not the window's start

        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        # An emptied text goes on too: the window takes it as "delete this note" and says so, undoably.
        model.setData(index, editor.toPlainText().strip(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        editor.setGeometry(option.rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and isinstance(editor, QPlainTextEdit) and event.key() in enter:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                editor.insertPlainText("\n")
                return True
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)
