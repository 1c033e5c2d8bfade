"""Where the chair is: the open table (its session), the question on screen, the selected note, the
filter, and remembering all of it for the next start.

The window owns the widgets; this controller decides what they show. It never writes the store.

The question *discussed* (where the next note goes, whose round the timer counts) changes only when the
chair picks a question in the list or steps with Ctrl+PgUp/PgDown. Following a moved note or a search
hit only *shows* another question; the label then says where new notes still go.

Signals:
    table_opened(conference_id, table_number)   a table is shown for capture
    question_shown(question, discussed)          another question's notes are on screen; `discussed`
                                                 is True when the chair chose it for the round
    selection_changed()                          the selected note (or the question) changed
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QCryptographicHash,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.draft_keeper import DraftKeeper, draft_path
from app.errors import UserError
from app.workspace import Workspace
from ui.chair.capture_view import CaptureView
from ui.chair.models import NotesModel, QuestionsModel
from ui.chair.session import TableSession

# The half-typed note is handed to its keeper this long after the typing changed it, not on every key.
# The keeper's own thread writes it to the disk (app/draft_keeper.py): the window's thread never waits for
# that. A crash loses at most this much of a draft, never a note.
DRAFT_SAVE_MS = 1000


def _cursor_to_end(entry: QPlainTextEdit) -> None:
    from PySide6.QtGui import QTextCursor  # when needed: PySide makes a class's enums at its first import

    entry.moveCursor(QTextCursor.MoveOperation.End)


class TablePlace(QObject):
    table_opened = Signal(str, int)
    question_shown = Signal(object, bool)
    selection_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        capture: CaptureView,
        questions_model: QuestionsModel,
        notes_model: NotesModel,
        settings: QSettings,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.capture = capture
        self.questions_model, self.notes_model = questions_model, notes_model
        self.settings = settings
        self.session: TableSession | None = None
        self.discussed_question_id: str | None = None
        self._browsing = False  # set while the window shows a question the chair did not choose
        self._selecting = False  # set while select_note_row selects: it says so once, after
        capture.questions_view.selectionModel().currentChanged.connect(self._on_question_current_changed)
        # A mouse press makes the note current first and selects it after: follow both, or a click
        # would leave the tag actions greyed out.
        notes_selection = capture.notes_view.selectionModel()
        notes_selection.currentChanged.connect(self._on_note_current_changed)
        notes_selection.selectionChanged.connect(self._on_note_current_changed)
        capture.notes_view.typed_elsewhere = self._type_in_entry
        capture.filter_edit.installEventFilter(self)
        capture.filter_edit.textChanged.connect(self._on_filter_text_changed)
        capture.entry.textChanged.connect(self._on_entry_text_changed)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self._hand_draft_over)
        self._settings_key = ""
        self._drafts: DraftKeeper | None = None

    # -- the table --------------------------------------------------------------------------------------

    def settings_key(self) -> str:
        if not self._settings_key:  # resolving the folder asks the file system: once is enough
            # Qt's SHA-256, the same digest as hashlib's: hashlib would load OpenSSL before the first frame.
            folder = str(self.workspace.dir.resolve()).encode("utf-8")
            digest = bytes(QCryptographicHash.hash(folder, QCryptographicHash.Algorithm.Sha256).toHex())
            digest = digest.decode("ascii")[:16]
            self._settings_key = f"chair/last_table/{digest}"
        return self._settings_key

    def drafts(self) -> DraftKeeper:
        """The keeper of this workspace's draft: a file of its own in the user's data folder (one per
        workspace folder, named as the settings key), not in the preferences file."""
        if self._drafts is None:
            self._drafts = DraftKeeper(draft_path(self.settings_key().rsplit("/", 1)[-1]))
        return self._drafts

    def open_table(self, conference_id: str, table_number: int, question_id: str | None = None) -> bool:
        try:
            session = TableSession.open(self.workspace, conference_id, table_number)
        except UserError as exc:
            from ui.bundle_messages import error_box

            error_box(self.capture.window(), self.tr("Cannot open the table"), exc)
            return False
        self._show_session(session, question_id)
        return True

    def _show_session(self, session: TableSession, question_id: str | None) -> None:
        self.session = session
        self.discussed_question_id = None
        self.notes_model.set_scope(None, None)  # the same question ids belong to every table
        self.questions_model.set_session(session)
        row = 0
        if question_id is not None:
            try:
                row = session.question_index(question_id)
            except KeyError:
                row = 0
        self.select_question(row)
        self.remember_table()
        self.table_opened.emit(session.conference.id, session.table.number)

    def reload_facts(self) -> None:
        if self.session is not None:
            self.session = self.session.reload_table(self.workspace)

    def restore_last_table(self) -> bool:
        raw = self.settings.value(self.settings_key(), "")
        try:
            last = json.loads(raw) if raw else None
            if not last:
                return False
            session = TableSession.open(self.workspace, last["conference"], int(last["table"]))
        except (ValueError, KeyError, TypeError, UserError):
            return False  # gone or unreadable since: the open screen, without an error box
        self._show_session(session, last.get("question"))
        draft = self.drafts().read()
        if draft is None:  # an earlier Rundabord kept the draft in the settings
            draft = str(self.settings.value(self.settings_key() + "_draft", "") or "")
        # A note half typed when the window closed: not in the store yet, never lost. Unless the draft is
        # the question's last note itself: a crash came between its Enter and the emptied entry's draft
        # reaching the disk (handed over at once: `note_added_from_entry`). A draft that only starts like
        # the last note is a new note begun like it ("Ungdomsrådet …" again), and comes back.
        if draft and not self._is_last_note(draft):
            self.capture.entry.setPlainText(draft)
            _cursor_to_end(self.capture.entry)
        return True

    def remember_table(self) -> None:
        if self.session is None:
            return
        place = {
            "conference": self.session.conference.id,
            "table": self.session.table.number,
            "question": self.current_question_id(),
        }
        text = json.dumps(place)
        # The same place again (every start restores it, and selects its question): no write. QSettings
        # would rewrite its file for it (a lock, a copy, two fsyncs) before the first frame.
        if self.settings.value(self.settings_key(), "") != text:
            self.settings.setValue(self.settings_key(), text)

    def save_draft(self) -> None:
        """The draft on the disk before this returns (a closing window): the keeper writes it if it
        changed, and the settings keep no draft of their own any more."""
        if self.session is None and self._drafts is None:
            return  # no table was open: no draft, and no file made for none
        self._hand_draft_over()
        drafts = self.drafts()
        drafts.stop()  # written, and the thread ended: a window closed leaves none behind
        legacy = self.settings_key() + "_draft"
        if drafts.error is None and self.settings.contains(legacy):
            self.settings.remove(legacy)  # an earlier Rundabord's: the file now holds the draft

    def _hand_draft_over(self) -> None:
        """The entry's text to the keeper, if it changed; its thread writes it (the same text again, an
        emptied entry emptied by the next Enter, is no write at all)."""
        self._draft_timer.stop()
        self.drafts().put(self.capture.entry.toPlainText())

    def _on_entry_text_changed(self) -> None:
        if self.session is not None and not self._draft_timer.isActive():
            self._draft_timer.start()

    def _is_last_note(self, draft: str) -> bool:
        rows = self.notes_model.rowCount()
        return rows > 0 and self.notes_model.note(rows - 1).text == draft.strip()

    def note_added_from_entry(self) -> None:
        """The entry emptied by a saved note: the empty draft to the keeper at once (its thread writes
        it), not a second later, so that a crash after the Enter brings back no draft of that note."""
        if self.session is not None:
            self._hand_draft_over()

    # -- questions --------------------------------------------------------------------------------------

    def current_question_id(self) -> str | None:
        return self.notes_model.question_id

    def select_question(self, row: int) -> None:
        if self.session is None or not 0 <= row < len(self.session.questions):
            return
        self.capture.questions_view.setCurrentIndex(self.questions_model.index(row))

    def show_question(self, question_id: str) -> None:
        """Show a question's notes without making it the discussed one (a search hit, a moved note)."""
        if self.session is not None and question_id != self.current_question_id():
            self._browsing = True
            try:
                self.select_question(self.session.question_index(question_id))
            finally:
                self._browsing = False

    def show_discussed_question(self) -> None:
        if self.discussed_question_id is not None:
            self.show_question(self.discussed_question_id)

    def step_question(self, delta: int) -> None:
        self.select_question(self.capture.questions_view.currentIndex().row() + delta)

    def _on_question_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self.session is None or not current.isValid():
            return
        question = self.session.questions[current.row()]
        if question.id == self.notes_model.question_id:
            return
        self.capture.filter_edit.clear()
        self.notes_model.set_filter("")
        self.notes_model.set_scope(self.session, question.id)
        chosen = not self._browsing or self.discussed_question_id is None
        if chosen:
            self.discussed_question_id = question.id
        self._show_question_label()
        self.select_last_note()
        self.remember_table()
        self.question_shown.emit(question, chosen)
        self.selection_changed.emit()

    def _show_question_label(self) -> None:
        assert self.session is not None
        shown = self.session.questions[self.session.question_index(self.current_question_id() or "")]
        text = f"{shown.position}. {shown.text}"
        self.capture.typing_goes_to = None
        if self.discussed_question_id not in (None, shown.id):
            discussed = self.session.questions[self.session.question_index(self.discussed_question_id)]
            where = self.tr("(new notes still go to question %1)").replace("%1", str(discussed.position))
            text = f"{text}  {where}"
            self.capture.typing_goes_to = discussed.position
        self.capture.question_label.setText(text)
        self.capture.notes_empty.update()  # its words depend on where typing goes

    # -- notes ------------------------------------------------------------------------------------------

    def select_last_note(self) -> None:
        count = self.notes_model.rowCount()
        if count:
            self.select_note_row(count - 1)
        self.capture.notes_view.scrollToBottom()

    def select_note_row(self, row: int) -> None:
        index = self.notes_model.index(row)
        view = self.capture.notes_view
        # In view first: the view finds where a row is drawn by walking from the first row shown, so
        # selecting the 1,000th note of a list scrolled to the top would measure every note on the way.
        view.scrollTo(index)
        # Selecting makes a row current and selected: two signals, one answer (the tags shown, the
        # actions enabled), given once when both are done.
        self._selecting = True
        try:
            view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._selecting = False
        self.selection_changed.emit()

    def select_note(self, note_id: str) -> bool:
        """Select a note of the question on screen (clearing a filter that hides it)."""
        row = self.notes_model.row_of(note_id)
        if row < 0 and self.notes_model.filter_text:
            self.capture.filter_edit.clear()
            row = self.notes_model.row_of(note_id)
        if row >= 0:
            self.select_note_row(row)
        return row >= 0

    def selected_note_id(self) -> str | None:
        view = self.capture.notes_view
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            return None
        return self.notes_model.note_id(index.row())  # the model itself: index.data() goes through Qt

    def selected_row(self) -> int:
        return self.capture.notes_view.currentIndex().row()

    def select_relative(self, delta: int) -> None:
        count = self.notes_model.rowCount()
        if not count:
            return
        row = self.selected_row()
        row = count - 1 if row < 0 else max(0, min(count - 1, row + delta))
        self.select_note_row(row)

    def _on_note_current_changed(self, *args) -> None:
        if not self._selecting:
            self.selection_changed.emit()

    def _type_in_entry(self, event: QKeyEvent) -> bool:
        """Words typed while the notes list has the focus go to the new-note field, never into the list's
        type-ahead (where they were lost); the list keeps its own keys (arrows, F2, Delete...)."""
        ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if not (event.text() and event.text().isprintable() and not event.modifiers() & ctrl_alt):
            return False
        entry = self.capture.entry
        entry.setFocus(Qt.FocusReason.OtherFocusReason)
        _cursor_to_end(entry)
        QApplication.sendEvent(entry, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the filter field: the filter gone, back to typing notes."""
        if (
            watched is self.capture.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape
        ):
            self.capture.filter_edit.clear()
            self.capture.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    def theme_name(self, theme_id: str) -> str:
        return self.session.theme_name(theme_id) if self.session else ""

    # -- filter -----------------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.capture.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.capture.filter_edit.selectAll()

    def _on_filter_text_changed(self, text: str) -> None:
        # The note the chair picked stays picked while the filter shows it: Escape after clicking a match
        # selected the question's last note, so the next tag or delete went to a note she never chose.
        kept = self.selected_note_id()
        self.notes_model.set_filter(text)
        row = self.notes_model.row_of(kept) if kept is not None else -1
        if row >= 0:
            self.select_note_row(row)
        else:
            self.select_last_note()
        self.selection_changed.emit()
