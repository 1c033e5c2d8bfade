"""A line of guidance inside an item view while it has no rows, so an empty list never just looks broken.

    EmptyState(self.notes_view, lambda: self.tr("No notes yet. Type below and press Enter."))

The text is a callable, asked each time the rows change, so it can depend on a filter or on the
language chosen meanwhile. The label ignores the mouse and is not in the focus chain; while the view is
empty its accessible description carries the same text, so a screen reader says why the list is empty.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget


def viewport_of(view: QAbstractItemView) -> QWidget:
    """The view's viewport. The first `viewport()` asked of Python makes PySide look up every class of
    QtWidgets (about 20 ms, on the window's start); the same widget found by its object name does not."""
    found = view.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else view.viewport()


class EmptyState(QObject):
    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self._description = view.accessibleDescription()  # what the view says when it has rows
        self._viewport = viewport_of(view)
        self.label = QLabel(self._viewport)
        self.label.setObjectName("empty_state")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.setEnabled(False)  # drawn in the palette's muted text colour, light or dark
        self._viewport.installEventFilter(self)
        self._model = None
        self._said: str | None = None  # the text last shown ("" while the view has rows)
        self._connect_model()
        self.update()

    def _connect_model(self) -> None:
        model = self._view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.update)

    def is_shown(self) -> bool:
        return not self.label.isHidden()

    def update(self, *_args) -> None:
        self._connect_model()
        model = self._view.model()
        empty = model is None or model.rowCount() == 0
        text = self._text() if empty else ""
        if text == self._said == "":  # rows before and after (each Enter on a long list): nothing to do
            return
        self._said = text
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self._view.setAccessibleDescription(text or self._description)
        self._place()

    def _place(self) -> None:
        margin = 24 if self._viewport.width() > 300 else 8  # a board's narrow column keeps its words
        rect = self._viewport.rect().adjusted(margin, 24, -margin, -24)
        needed = max(120, self.label.heightForWidth(rect.width()))  # a long text wraps rather than clips
        self.label.setGeometry(rect.x(), rect.y(), rect.width(), min(rect.height(), needed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
