"""The capture page: the header with the round timer, the questions, the current question's notes, the
tag bar's place and the new-note field. Only widgets and their looks; the window wires the behaviour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.chair.models import NotesModel, QuestionsModel
from ui.chair.note_delegate import NoteDelegate
from ui.chair.notes_view import NotesView
from ui.chair.quick_entry import QuickEntry
from ui.chair.round_timer import RoundTimer
from ui.empty_state import EmptyState
from ui.parts_label import PartsLabel


class QuestionsView(QListView):
    """The questions, each with its count of notes, which changes on every note added. A QListView lays
    out and repaints every question on any changed one (word wrapping each again); a question whose
    height stays what it was laid out with is repainted alone."""

    def __init__(self) -> None:
        super().__init__()
        self._laid_out: list[int] = []  # each question's height at the last layout

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        self._laid_out = [self.visualRect(model.index(row, 0)).height() for row in range(rows)]

    def keep_sizes(self) -> None:
        """Each question's size measured once per text and width (QuestionDelegate), from now on."""
        from ui.chair.question_delegate import QuestionDelegate

        self.setItemDelegate(QuestionDelegate(self.model(), self))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            forget = getattr(self.itemDelegate(), "forget", None)
            if forget is not None:
                forget()

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if top_left == bottom_right and self._same_height(top_left):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
        else:
            super().dataChanged(top_left, bottom_right, list(roles))

    def _same_height(self, index: QModelIndex) -> bool:
        """Whether the item's height now is the one it was laid out with (none before the first layout).
        A list view places an item where the last layout put it, with the height its data asks now: a
        taller one would cover the next question."""
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._laid_out):
            return False
        shown = self.visualRect(index)
        return not shown.isEmpty() and shown.height() == self._laid_out[row]


class CaptureView(QWidget):
    def __init__(
        self,
        questions_model: QuestionsModel,
        notes_model: NotesModel,
        theme_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.header_title = QLabel()
        self.header_title.setObjectName("headerTitle")
        font = self.header_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.header_title.setFont(font)
        self.header_title.setWordWrap(True)
        self.header_details = PartsLabel()
        self.header_details.setAccessibleName(self.tr("Table and chair"))
        self.timer = RoundTimer()
        header = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(self.header_title)
        header_text.addWidget(self.header_details)
        header.addLayout(header_text, 1)
        header.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)

        self.questions_view = QuestionsView()
        self.questions_view.setModel(questions_model)
        self.questions_view.setWordWrap(True)
        self.questions_view.setSpacing(2)
        self.questions_view.setAccessibleName(self.tr("Questions"))
        self.questions_view.setAccessibleDescription(
            self.tr("The conference's questions, each with its count of notes")
        )
        self.questions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.question_label = QLabel()
        self.question_label.setObjectName("currentQuestion")
        self.question_label.setWordWrap(True)
        qfont = self.question_label.font()
        qfont.setPointSizeF(qfont.pointSizeF() * 1.15)
        qfont.setBold(True)
        self.question_label.setFont(qfont)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter this question's notes"))
        self.filter_edit.setAccessibleName(self.tr("Filter notes"))
        # Its clear button (an icon the style makes, a millisecond) is added with the first text typed:
        # it shows only while there is text.
        self.filter_edit.textChanged.connect(self._offer_clear_button)

        self.notes_view = NotesView()
        self.notes_view.setModel(notes_model)
        self.notes_delegate = NoteDelegate(notes_model, theme_name, self.notes_view)
        self.notes_view.setItemDelegate(self.notes_delegate)
        self.notes_view.setAccessibleName(self.tr("Notes of this question"))
        self.notes_view.setAccessibleDescription(
            self.tr("F2 edits, Delete removes, Alt+Up and Alt+Down move, drag to reorder")
        )
        # The question new notes go to, while another one is shown (a search hit, a moved note)
        self.typing_goes_to: int | None = None
        self.notes_empty = EmptyState(self.notes_view, self._empty_text)
        self.notes_view.setAlternatingRowColors(True)
        self.notes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.notes_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.notes_view.setDragEnabled(True)
        self.notes_view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.notes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.tag_slot = QVBoxLayout()  # the TagBar goes here once the actions it shows exist

        self.entry = QuickEntry()
        self.entry.setObjectName("quickEntry")
        # A frame the eye finds at once: where the next words go. One width in both states: the text area
        # is laid out once, so a wider border on focus alone would be hidden under it.
        self.entry.setStyleSheet(
            "QPlainTextEdit#quickEntry { border: 3px solid palette(midlight); border-radius: 3px; }"
            "QPlainTextEdit#quickEntry:focus { border-color: palette(highlight); }"
        )
        self.entry.setPlaceholderText(
            self.tr("Type what the table says. Enter adds the note, Shift+Enter starts a new line.")
        )
        self.entry.setAccessibleName(self.tr("New note"))
        self.entry.setAccessibleDescription(self.tr("Enter adds the note, Shift+Enter starts a new line"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.question_label)
        right_layout.addWidget(self.filter_edit)
        right_layout.addWidget(self.notes_view, 1)
        right_layout.addLayout(self.tag_slot)
        right_layout.addWidget(self.entry)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("captureSplitter")
        self.splitter.addWidget(self.questions_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().averageCharWidth()
        self.questions_view.setMinimumWidth(em * 28)  # room for a question's words, scaled with the font

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def _offer_clear_button(self, text: str) -> None:
        if text and not self.filter_edit.isClearButtonEnabled():
            self.filter_edit.setClearButtonEnabled(True)

    def _empty_text(self) -> str:
        if self.filter_edit.text().strip():
            return self.tr("No note matches the filter.")
        if self.typing_goes_to is not None:
            return self.tr(
                "No notes for this question. What you type below goes to question %1, the one being "
                "discussed."
            ).replace("%1", str(self.typing_goes_to))
        return self.tr("No notes for this question yet. Type what the table says below and press Enter.")
