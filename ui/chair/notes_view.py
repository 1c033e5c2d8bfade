"""The list of one question's notes, drawn by NoteDelegate.

A QTreeView with one column and no header or branches, not a QListView: a QListView lays out every row
(asking every note's wrapped height) on each inserted or moved note, so Enter on a 1,000-note question
cost tens of milliseconds. The tree view asks heights only of the rows it shows and scrolls by whole
notes, so a keystroke costs the same on a long list as on a short one (bench/bench_chair.py).

Its scroll bar repaints on every Enter (the range grows by one). Qt's raster engine splits a fill taller
than 96 lines among its own worker threads and waits for them: drawing the Fusion scroll bar's groove and
lines made the window's thread wait on them about ten times per Enter, each wait a wake-up that a busy
machine delays. On a long list the bar looks the same after each Enter (the handle at its least length,
at the bottom), so `SteadyScrollBar` keeps its last drawing and copies it while nothing it shows changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QScrollBar, QTreeView

from ui.qt_later import classes_later


class NotesView(QTreeView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAllColumnsShowFocus(True)
        # Per note, not per pixel: a per-pixel scroll bar needs every note's height.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.header().setStretchLastSection(True)
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
        self._font_key: str | None = None
        self._laid_out_width = -1  # the viewport's width the rows' heights were measured at
        # Who takes a key the list would use for its type-ahead search (TablePlace: words typed go to
        # the new-note field): asked only on a key press, where an event filter is a call into Python
        # for every event the list gets (each paint, each queued call).
        self.typed_elsewhere: Callable[[QKeyEvent], bool] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        taken = self.typed_elsewhere
        if taken is None or not taken(event):
            super().keyPressEvent(event)

    def font_key(self) -> str:
        """The font's key, kept until the font changes: each row's size and drawing is keyed on it, and
        Qt makes the string anew on every call."""
        if self._font_key is None:
            self._font_key = self.font().key()
        return self._font_key

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._font_key = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        """The rows' delegate is told once what they all share (see NoteDelegate.paint_pass)."""
        delegate = self.itemDelegate()
        paint_pass = getattr(delegate, "paint_pass", None)
        if paint_pass is None:
            super().paintEvent(event)
            return
        paint_pass(True)
        try:
            super().paintEvent(event)
        finally:
            paint_pass(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The rows wrap in the viewport's width: when it changes (the window resized, the splitter
        # dragged) each row is measured again, or a note that now wraps to one more line keeps its old
        # height and its kind/themes line is cut off. Only on a width change: an Enter resizes nothing.
        width = self.viewport().width()
        if width != self._laid_out_width:
            self._laid_out_width = width
            self.scheduleDelayedItemsLayout()
        # The chosen note, in view before, stays whole in view when the list grows shorter: following a
        # moved note to its question gives the label above a second line ("(nya anteckningar hamnar …)")
        # after the note was scrolled to, and cut the note's lower half off.
        current = self.currentIndex()
        if current.isValid():
            rect, shown = self.visualRect(current), self.viewport().rect()
            if rect.intersects(shown) and not shown.contains(rect):
                self.scrollTo(current)

    def dropEvent(self, event: QDropEvent) -> None:
        """Dropped notes land between rows: above the note under the pointer or below it, by which half
        the pointer is in (the model's rows accept drops, so Qt alone would also offer "onto")."""
        model = self.model()
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            rect = self.visualRect(index)
            row = index.row() + (1 if event.position().y() >= rect.center().y() else 0)
        else:
            row = model.rowCount()
        model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex())
        event.ignore()  # the undo command moves the notes; the drag must never remove rows itself
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()


# The classes the bar's drawing needs: imported at its first paint, not with the window.
_painting = classes_later(
    "QtGui.QImage", "QtGui.QPainter", "QtWidgets.QStyle", "QtWidgets.QStyleOptionSlider"
)


class SteadyScrollBar(QScrollBar):
    """A scroll bar that draws through the style only when what it shows changed (see the module).

    The groove, the handle and the arrows are kept as three drawings and put together on each paint:
    the handle's place changes as the list scrolls (a note moved up with Alt+Up moves it a pixel every
    few steps), and drawing the whole bar anew made Qt's raster engine share the groove's tall gradient
    out among its worker threads and wait for them: about ten waits per drawing, 1-4 ms of the window's
    time under load (up to 30) for a fraction of a millisecond of work. The handle alone is short."""

    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        self._groove: tuple[tuple, object] | None = None  # (key, drawing)
        self._handle: tuple[tuple, object] | None = None

    def _keys(self, option, style) -> tuple[tuple, tuple, QRect]:
        """What the groove's drawing and the handle's depend on (where each part is, not the numbers
        that place it; the states, the palette, the style and the pixel ratio), and the handle's place."""
        _, _, QStyle, _ = _painting()
        control, part = QStyle.ComplexControl.CC_ScrollBar, QStyle.SubControl
        fixed = (part.SC_ScrollBarGroove, part.SC_ScrollBarAddLine, part.SC_ScrollBarSubLine)
        handle = style.subControlRect(control, option, part.SC_ScrollBarSlider, self)
        ends = (
            option.minimum == option.maximum,
            option.sliderPosition == option.minimum,
            option.sliderPosition == option.maximum,
        )
        common = (
            option.rect.getRect(),
            option.state.value,
            option.activeSubControls.value,
            option.palette.cacheKey(),
            self.devicePixelRatioF(),
            id(style),
            ends,
        )
        groove = (common, tuple(style.subControlRect(control, option, p, self).getRect() for p in fixed))
        if self.devicePixelRatioF().is_integer():
            # The style draws the handle's outline a pixel beyond its rectangle: a margin keeps it whole.
            around = handle.adjusted(-2, -2, 2, 2).intersected(option.rect)
        else:  # at 150 % a handle a pixel further lands between device pixels: drawn in place, as Qt does
            around = QRect(option.rect)
        placed = (around.x() - handle.x(), around.y() - handle.y(), around.width(), around.height())
        return groove, (common, handle.width(), handle.height(), placed), around

    def _draw(self, option, style, parts, rect: QRect):
        """`parts` of the bar as the style draws them, the picture covering `rect` of the bar."""
        QImage, QPainter, QStyle, QStyleOptionSlider = _painting()
        ratio = self.devicePixelRatioF()
        image = QImage(
            max(1, round(rect.width() * ratio)),
            max(1, round(rect.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        only = QStyleOptionSlider(option)
        only.subControls = parts
        painter = QPainter(image)
        painter.translate(-rect.x(), -rect.y())
        style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, only, painter, self)
        painter.end()
        return image

    def paintEvent(self, event) -> None:
        if self.underMouse() or self.isSliderDown():  # a part hovered or pressed: Qt alone knows which
            self._groove = self._handle = None
            super().paintEvent(event)
            return
        _, QPainter, QStyle, QStyleOptionSlider = _painting()
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All  # as QScrollBar.paintEvent draws it, untouched
        option.activeSubControls = QStyle.SubControl.SC_None
        style = self.style()
        groove_key, handle_key, handle = self._keys(option, style)
        part = QStyle.SubControl
        if self._groove is None or self._groove[0] != groove_key:
            under = part.SC_ScrollBarGroove | part.SC_ScrollBarAddPage | part.SC_ScrollBarSubPage
            over = (
                part.SC_ScrollBarAddLine
                | part.SC_ScrollBarSubLine
                | part.SC_ScrollBarFirst
                | part.SC_ScrollBarLast
            )
            drawn = (
                self._draw(option, style, under, option.rect),
                self._draw(option, style, over, option.rect),
            )
            self._groove = (groove_key, drawn)
        if self._handle is None or self._handle[0] != handle_key:
            self._handle = (handle_key, self._draw(option, style, part.SC_ScrollBarSlider, handle))
        painter = QPainter(self)
        groove, arrows = self._groove[1]
        painter.drawImage(0, 0, groove)  # in the style's own order: the groove, the handle, the arrows
        painter.drawImage(handle.x(), handle.y(), self._handle[1])
        painter.drawImage(0, 0, arrows)
        painter.end()
