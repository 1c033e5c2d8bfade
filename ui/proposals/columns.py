"""The proposals board's columns: one list of cards per status, taking cards dropped from the others,
under a name that wraps rather than clips; `EvenHeaders` keeps the names one height so the lists line up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QSizePolicy, QVBoxLayout, QWidget

from app.proposals import Proposal
from ui.empty_state import EmptyState
from ui.proposals.model import CardDelegate, ProposalRole, ProposalsModel, StatusFilter, ids_from_mime
from ui.proposals.texts import status_name


class ColumnView(QListView):
    """A status column's list of cards; accepts cards dropped from other columns.

    Signals:
        cards_dropped(list, str)   proposal ids dropped here, and this column's status
    """

    cards_dropped = Signal(list, str)

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CardDelegate(self))

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first card current when the list gets focus, and the card delegate frames the
        # current card: a frame on a card nobody chose, with every button disabled. Until she chooses a
        # card (a click, or an arrow key, which starts at the first) none is current, so none is framed.
        had_current = self.currentIndex().isValid()
        super().focusInEvent(event)
        current = self.currentIndex()
        if not had_current and current.isValid() and not self.selectionModel().isSelected(current):
            self.selectionModel().setCurrentIndex(QModelIndex(), self.selectionModel().SelectionFlag.NoUpdate)

    def _acceptable(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return bool(ids_from_mime(event.mimeData())) and event.source() is not self

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._acceptable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._acceptable(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        if not ids or event.source() is self:
            event.ignore()
            return
        # Copy, not move: the model reloads from the store; Qt must not remove rows from the source view.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.cards_dropped.emit(ids, self.status)


class StatusColumn(QWidget):
    def __init__(
        self,
        status: str,
        model: ProposalsModel,
        parent: QWidget | None = None,
        explain: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.proxy = StatusFilter(status, self)
        self.proxy.setSourceModel(model)
        self.header = QLabel()
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        # "Valt av tillväxtrådet (0)" is wider than a column at 150 % on a laptop: wrap, never cut the count.
        self.header.setWordWrap(True)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.view = ColumnView(status)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(status_name(status))
        self.header.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.view)
        self.setMinimumWidth(130)  # six columns fit 911 logical pixels (a 1366 laptop at 150 %)
        self.empty_state = EmptyState(self.view, explain)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self.update_header)
        self.update_header()

    def update_header(self) -> None:
        self.header.setText(f"{status_name(self.status)} ({self.proxy.rowCount()})")

    def selected(self) -> list[Proposal]:
        return [i.data(ProposalRole) for i in self.view.selectionModel().selectedIndexes()]


class EvenHeaders(QObject):
    """Gives every column's name the height of the tallest, so that one wrapped name does not push its
    column's list lower than the others."""

    def __init__(self, headers: list[QLabel], parent: QObject) -> None:
        super().__init__(parent)
        self._headers = headers
        for header in headers:
            header.installEventFilter(self)

    def even(self) -> None:
        # Measured from the text: a label's own heightForWidth never falls below the minimum set here.
        tallest = max(_text_height(h) for h in self._headers)
        for header in self._headers:
            if header.minimumHeight() != tallest:
                header.setMinimumHeight(tallest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.even()
        return False


def _text_height(label: QLabel) -> int:
    room = QRect(0, 0, max(1, label.contentsRect().width()), 10_000)
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    return label.fontMetrics().boundingRect(room, flags, label.text()).height()
