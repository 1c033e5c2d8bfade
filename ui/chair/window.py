"""The chair's main window: open the conference, pick the table, capture two or three timed rounds,
review, print the table minutes, sign and export.

Keyboard first: the quick-entry field keeps the focus; Enter adds a note, which becomes the selected
note, and the tag shortcuts (Ctrl+1..9 themes, Ctrl+Shift+N/P/G/A kinds, Ctrl++ / Ctrl+- votes,
Alt+Up/Down order) act on the selected note. F1 lists every shortcut. Every edit is one step on the undo
stack and is committed to the store before the step returns; the "Saved" indicator says so only then.

Signals:
    table_opened(conference_id, table_number)   a table is shown for capture
    note_added(note_id)                          a note from the quick entry is in the store
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from app import notes
from app.errors import UserError
from app.model import Note
from app.records import NOTE_KINDS
from app.workspace import Workspace
from ui import i18n, msgbox
from ui.bundle_messages import dialog_text, error_box, explain_error
from ui.chair import commands
from ui.chair.capture_view import CaptureView
from ui.chair.export_flow import ExportFlow
from ui.chair.models import IdRole, NotesModel, QuestionsModel
from ui.chair.open_dialog import Loaded, OpenConferenceDialog, load_conference_file
from ui.chair.review import ReviewPage
from ui.chair.session import TableSession
from ui.chair.tag_bar import TagBar, escape_mnemonic
from ui.operations import CancelToken, Operation, Progress, show_failure

KIND_KEYS = {
    "note": "Ctrl+Shift+N",
    "proposal": "Ctrl+Shift+P",
    "guiding-word": "Ctrl+Shift+G",
    "action": "Ctrl+Shift+A",
}
PAGE_PICKER, PAGE_CAPTURE, PAGE_REVIEW = range(3)


_open_windows: set[ChairWindow] = set()


class SaveIndicator(QLabel):
    """Says "Saved" only after the store has committed; a failed write is said loudly and stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Save status"))
        self.state = "idle"
        self.setText(self.tr("Every change is saved at once"))

    def mark_saved(self) -> None:
        self.state = "saved"
        self.setStyleSheet("")
        self.setToolTip("")
        self.setText(self.tr("Saved %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))
        self.setAccessibleDescription(self.text())

    def mark_failed(self, reason: str, detail: str = "") -> None:
        self.state = "failed"
        self.setToolTip(detail)  # the core's own (English) words, for whoever helps the chair
        self.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 0 4px; }"
        )
        self.setText(self.tr("NOT saved: %1").replace("%1", reason))
        self.setAccessibleDescription(self.text())


class ChairWindow(QMainWindow):
    table_opened = Signal(str, int)
    note_added = Signal(str)

    def __init__(self, workspace: Workspace, *, restore: bool = True) -> None:
        super().__init__()
        self.workspace = workspace
        self.store = workspace.store
        self.session: TableSession | None = None
        self.undo_stack = QUndoStack(self)
        self.editor = commands.Editor(self.store, self._on_store_changed, self._on_edit_failed)
        self.setObjectName("ChairWindow")
        # One QSettings for the window's life: each new one writes the file when it goes away, and
        # remembering the question on every switch must not cost a disk write on the UI thread.
        self.settings = QSettings()
        self.setWindowTitle(self.tr("Rundabord – chair"))

        self._build_pages()
        self._build_actions()
        self._build_menus()
        self.saved_indicator = SaveIndicator(self)
        self.statusBar().addPermanentWidget(self.saved_indicator)
        self._attach_sync_status()
        self._set_tab_order()
        self._update_actions()
        self.resize(1100, 760)
        if restore:
            self.restore_layout()
            self.restore_last_table()
        if self.session is None:
            self.show_picker()

    # == building =========================================================================================

    def _build_pages(self) -> None:
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)

        self.picker = OpenConferenceDialog(self.workspace, self)
        self.picker.setWindowFlags(Qt.WindowType.Widget)  # embedded as the first page, not a window
        self.picker.table_chosen.connect(self._on_picker_table_chosen)
        self.picker.rejected.connect(self._on_picker_rejected)
        self.pages.addWidget(self.picker)

        self.questions_model = QuestionsModel(self.store, self)
        self.notes_model = NotesModel(self.store, self)
        self.notes_model.text_edit_requested.connect(self._on_text_edit_requested)
        self.notes_model.reorder_requested.connect(self._on_reorder_requested)
        self.capture = CaptureView(self.questions_model, self.notes_model, self._theme_name)
        self.pages.addWidget(self.capture)
        c = self.capture  # the window works with these parts directly
        self.header_title, self.header_details, self.timer = c.header_title, c.header_details, c.timer
        self.questions_view, self.question_label, self.filter_edit = (
            c.questions_view,
            c.question_label,
            c.filter_edit,
        )
        self.notes_view, self.notes_delegate, self.tag_slot = c.notes_view, c.notes_delegate, c.tag_slot
        self.entry, self.splitter = c.entry, c.splitter
        self.timer.expired.connect(self._on_timer_expired)
        self.questions_view.selectionModel().currentChanged.connect(self._on_question_current_changed)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.notes_view.customContextMenuRequested.connect(self._on_notes_context_menu_requested)
        self.notes_view.selectionModel().currentChanged.connect(self._on_note_current_changed)
        self.entry.submitted.connect(self._on_entry_submitted)
        self.entry.textChanged.connect(self._on_entry_text_changed)

        self.review = ReviewPage()
        self.review.back_requested.connect(self.show_capture)
        self.pages.addWidget(self.review)

    def _action(
        self, text: str, slot, keys: str | QKeySequence.StandardKey | list | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            if isinstance(keys, list):
                action.setShortcuts([QKeySequence(k) for k in keys])
            else:
                action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in this window
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.open_action = a(
            self.tr("&Open conference…"),
            self.show_picker,
            QKeySequence.StandardKey.Open,
            self.tr("Choose the conference and your table, or open a conference pack"),
        )
        self.facts_action = a(
            self.tr("Table &facts…"),
            self.open_table_facts,
            "Ctrl+I",
            self.tr("Participants and optional age and gender bands"),
        )
        self.review_action = a(
            self.tr("&Review table…"),
            self.show_review,
            "Ctrl+R",
            self.tr("Everything the table said, per question, with the proposals and votes"),
        )
        self.export_action = a(
            self.tr("&Sign and export…"),
            self.sign_and_export,
            "Ctrl+E",
            self.tr("Sign the table's results into a bundle in the outbox"),
        )
        self.settings_action = a(
            self.tr("Se&ttings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            self.tr("Language, signing identity and sync target"),
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)

        self.edit_action = a(
            self.tr("&Edit note"), self.edit_selected, "F2", self.tr("Edit the selected note in place")
        )
        self.delete_action = a(
            self.tr("&Delete note"), self.delete_selected, None, self.tr("Delete the selected note")
        )
        # Delete belongs to the list: in the quick entry the key deletes characters.
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.notes_view.addAction(self.delete_action)
        self.removeAction(self.delete_action)
        self.delete_key_action = a(self.tr("Delete note"), self.delete_selected, "Ctrl+Shift+Backspace")
        self.move_up_action = a(self.tr("Move note &up"), lambda: self.move_selected(-1), "Alt+Up")
        self.move_down_action = a(self.tr("Move note do&wn"), lambda: self.move_selected(+1), "Alt+Down")
        self.select_prev_action = a(
            self.tr("Select previous note"), lambda: self.select_relative(-1), "Ctrl+Up"
        )
        self.select_next_action = a(
            self.tr("Select next note"), lambda: self.select_relative(+1), "Ctrl+Down"
        )
        self.vote_up_action = a(
            self.tr("Add a &vote"),
            lambda: self.vote(+1),
            ["Ctrl++", "Ctrl+="],
            self.tr("One more dot vote for the selected note"),
        )
        self.vote_down_action = a(
            self.tr("Remove a v&ote"),
            lambda: self.vote(-1),
            "Ctrl+-",
            self.tr("One dot vote less for the selected note"),
        )
        self.move_question_action = a(
            self.tr("&Move to question…"),
            self.popup_move_menu,
            "Ctrl+M",
            self.tr("Move the selected note to another question"),
        )
        self.search_action = a(self.tr("&Search all notes…"), self.open_search, QKeySequence.StandardKey.Find)
        self.filter_action = a(self.tr("&Filter this question"), self._focus_filter, "Ctrl+L")
        self.focus_entry_action = a(self.tr("Back to the &new note field"), self.focus_entry, "Ctrl+N")

        self.prev_question_action = a(
            self.tr("&Previous question"), lambda: self.step_question(-1), "Ctrl+PgUp"
        )
        self.next_question_action = a(
            self.tr("&Next question"), lambda: self.step_question(+1), "Ctrl+PgDown"
        )
        self.timer_action = a(self.tr("&Start or pause the timer"), self.timer.toggle, "Ctrl+T")
        self.timer_more_action = a(
            self.tr("One minute &more"), lambda: self.timer.adjust(+1), "Ctrl+Shift+Up"
        )
        self.timer_less_action = a(
            self.tr("One minute &less"), lambda: self.timer.adjust(-1), "Ctrl+Shift+Down"
        )
        self.timer_reset_action = a(self.tr("&Reset the timer"), self.timer.reset, "Ctrl+Shift+T")

        self.kind_group = QActionGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_actions: dict[str, QAction] = {}
        kind_names = {
            "note": self.tr("&Note"),
            "proposal": self.tr("&Proposal"),
            "guiding-word": self.tr("&Guiding word"),
            "action": self.tr("&Action"),
        }
        for kind in NOTE_KINDS:
            action = a(kind_names[kind], lambda checked=False, k=kind: self.set_kind(k), KIND_KEYS[kind])
            action.setCheckable(True)
            action.setActionGroup(self.kind_group)
            action.setToolTip(
                self.tr("Mark the selected note as: %1").replace("%1", kind_names[kind].replace("&", ""))
            )
            self.kind_actions[kind] = action
        self.theme_actions: list[QAction] = []

        self.help_action = a(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        if self.help_action.shortcut().isEmpty():
            self.help_action.setShortcut(QKeySequence("F1"))

        from ui.minutes_actions import MinutesActions

        self.minutes = MinutesActions(self, self.workspace, self._conference_id, self._table_number)
        self.print_minutes_action = self.minutes.table_minutes_action
        self.print_minutes_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.addAction(self.print_minutes_action)
        self.review.print_button.clicked.connect(self.print_minutes_action.trigger)
        self.review.export_button.clicked.connect(self.export_action.trigger)

        self.tag_bar = TagBar(list(self.kind_actions.values()), self.vote_down_action, self.vote_up_action)
        self.tag_bar.theme_toggled.connect(self.toggle_theme)
        self.tag_slot.addWidget(self.tag_bar)
        self.export_flow = ExportFlow(self, self.workspace, self._open_table_key)
        self.export_flow.exported.connect(self._on_exported)
        self.export_flow.identity_needed.connect(self.open_settings)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.conference_menu = bar.addMenu(self.tr("&Conference"))
        for action in (self.open_action, self.facts_action, self.review_action):
            self.conference_menu.addAction(action)
        self.conference_menu.addSeparator()
        self.conference_menu.addAction(self.print_minutes_action)
        self.conference_menu.addAction(self.minutes.print_action)
        self.conference_menu.addAction(self.export_action)
        self.conference_menu.addSeparator()
        self.sync_menu_anchor = self.conference_menu.addSeparator()
        self.conference_menu.addAction(self.settings_action)
        self.conference_menu.addAction(self.quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.edit_action, self.delete_action, self.move_up_action, self.move_down_action):
            edit.addAction(action)
        self.move_menu = QMenu(self.tr("&Move to question"), self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        edit.addMenu(self.move_menu)
        edit.addSeparator()
        for action in (self.select_prev_action, self.select_next_action, self.focus_entry_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.search_action)
        edit.addAction(self.filter_action)

        self.tags_menu = bar.addMenu(self.tr("&Tags"))
        round_menu = bar.addMenu(self.tr("&Round"))
        for action in (
            self.prev_question_action,
            self.next_question_action,
            self.timer_action,
            self.timer_more_action,
            self.timer_less_action,
            self.timer_reset_action,
        ):
            round_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)

    def _attach_sync_status(self) -> None:
        from ui.sync_status import attach_sync_status

        menu = QMenu(self)
        self.sync_status = attach_sync_status(self, self.workspace, menu=menu)
        for action in menu.actions():
            self.conference_menu.insertAction(self.sync_menu_anchor, action)
            self.addAction(action)
        self.sync_status.synced.connect(self._on_synced)

    def _on_synced(self, report) -> None:
        """A sync may have brought a new or updated conference pack: show it without a restart."""
        if self.pages.currentWidget() is self.picker:
            self.picker.reload(self.picker.selected_conference())
        if self.session is None:
            return
        try:
            fresh = TableSession.open(self.store, self.session.conference.id, self.session.table.number)
        except UserError:
            return
        if (fresh.questions, fresh.themes, fresh.conference) != (
            self.session.questions,
            self.session.themes,
            self.session.conference,
        ):
            self.open_table(fresh.conference.id, fresh.table.number, self.current_question_id())

    def _rebuild_tags(self) -> None:
        """The Tags menu and the theme buttons for the open table's process (Ctrl+1..9)."""
        themes = self.session.themes if self.session else ()
        self.theme_actions = self.tag_bar.set_themes(themes, self)
        self.tags_menu.clear()
        for action in self.kind_actions.values():
            self.tags_menu.addAction(action)
        self.tags_menu.addSeparator()
        for action in self.theme_actions:
            self.tags_menu.addAction(action)
        self.tags_menu.addSeparator()
        for action in (self.vote_down_action, self.vote_up_action):
            self.tags_menu.addAction(action)
        self._show_selected_tags()

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.entry, self.notes_view)
        self.setTabOrder(self.notes_view, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.questions_view)

    # == opening a table ==================================================================================

    def _settings_key(self) -> str:
        digest = hashlib.sha256(str(self.workspace.dir.resolve()).encode("utf-8")).hexdigest()[:16]
        return f"chair/last_table/{digest}"

    def open_table(self, conference_id: str, table_number: int, question_id: str | None = None) -> None:
        try:
            session = TableSession.open(self.store, conference_id, table_number)
        except UserError as exc:
            error_box(self, self.tr("Cannot open the table"), exc)
            return
        self.session = session
        self.undo_stack.clear()  # steps of another table must not be undone here
        self.notes_model.set_scope(None, None)  # the same question ids belong to every table
        self.questions_model.set_session(session)
        self._rebuild_tags()
        self._show_header()
        row = 0
        if question_id is not None:
            try:
                row = session.question_index(question_id)
            except KeyError:
                row = 0
        self.pages.setCurrentIndex(PAGE_CAPTURE)
        self.select_question(row)
        self._remember_table()
        self._update_actions()
        self.focus_entry()
        self.table_opened.emit(session.conference.id, table_number)

    def restore_last_table(self) -> bool:
        raw = self.settings.value(self._settings_key(), "")
        try:
            last = json.loads(raw) if raw else None
            if not last:
                return False
            TableSession.open(self.store, last["conference"], int(last["table"]))
        except (ValueError, KeyError, TypeError, UserError):
            return False
        self.open_table(last["conference"], int(last["table"]), last.get("question"))
        draft = self.settings.value(self._settings_key() + "_draft", "")
        if draft:  # a note half typed when the window closed: not in the store yet, never lost
            self.entry.setPlainText(str(draft))
            self.entry.moveCursor(QTextCursor.MoveOperation.End)
        return True

    def _remember_table(self) -> None:
        if self.session is None:
            return
        self.settings.setValue(
            self._settings_key(),
            json.dumps(
                {
                    "conference": self.session.conference.id,
                    "table": self.session.table.number,
                    "question": self.current_question_id(),
                }
            ),
        )

    def _show_header(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("Rundabord – chair"))
            return
        s = self.session
        table_name = s.table.name or self.tr("Table %1").replace("%1", str(s.table.number))
        self.header_title.setText(f"{s.conference.title} – {table_name}")
        details = [d for d in (s.conference.date, s.conference.venue) if d]
        details.append(self.tr("Chair: %1").replace("%1", s.table.chair_name or "–"))
        details.append(self.tr("Participants: %1").replace("%1", str(s.table.participants)))
        self.header_details.setText("  ·  ".join(details))
        chair = f" ({s.table.chair_name})" if s.table.chair_name else ""
        self.setWindowTitle(f"{s.conference.title} – {table_name}{chair}")

    def show_picker(self) -> None:
        current = self.session.conference.id if self.session else None
        self.picker.reload(current)
        if self.session is not None:
            self.picker.select_table(self.session.table.number)
        cancel = self.picker.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setVisible(self.session is not None)
        self.picker.show()
        self.pages.setCurrentIndex(PAGE_PICKER)
        self._update_actions()
        self.picker.conference_view.setFocus()

    def _on_picker_table_chosen(self, conference_id: str, number: int) -> None:
        self.open_table(conference_id, number)

    def _on_picker_rejected(self) -> None:
        self.picker.show()  # Escape hides a dialog, even an embedded one; the page must not go blank
        if self.session is not None:
            self.show_capture()

    def open_bundle(self, path: Path) -> None:
        """A conference pack handed over by the file manager: import it, then let the chair pick the table."""
        workspace_dir = self.workspace.dir

        def work(progress: Progress, cancel: CancelToken) -> Loaded:
            return load_conference_file(workspace_dir, Path(path))

        def done(loaded: Loaded) -> None:
            self.show_picker()
            self.picker._on_loaded(loaded)

        name = Path(path).name
        Operation(
            self,
            work,
            title=self.tr("Opening %1").replace("%1", name),
            on_success=done,
            on_failure=lambda exc: show_failure(self, self.tr("Cannot open %1").replace("%1", name), exc),
        ).run()

    # == questions and notes ===============================================================================

    def current_question_id(self) -> str | None:
        return self.notes_model.question_id

    def select_question(self, row: int) -> None:
        if self.session is None or not 0 <= row < len(self.session.questions):
            return
        self.questions_view.setCurrentIndex(self.questions_model.index(row))

    def step_question(self, delta: int) -> None:
        row = self.questions_view.currentIndex().row()
        self.select_question(row + delta)

    def _on_question_current_changed(self, current, previous) -> None:
        if self.session is None or not current.isValid():
            return
        question = self.session.questions[current.row()]
        if question.id == self.notes_model.question_id:
            return
        self.filter_edit.clear()
        self.notes_model.set_filter("")
        self.notes_model.set_scope(self.session, question.id)
        self.question_label.setText(f"{question.position}. {question.text}")
        self.timer.set_length(question.round_minutes or self.session.conference.round_minutes)
        self._select_last_note()
        self._remember_table()
        self._show_selected_tags()

    def _select_last_note(self) -> None:
        count = self.notes_model.rowCount()
        if count:
            self.select_note_row(count - 1)
        self.notes_view.scrollToBottom()

    def select_note_row(self, row: int) -> None:
        index = self.notes_model.index(row)
        self.notes_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.notes_view.scrollTo(index)

    def selected_note_id(self) -> str | None:
        index = self.notes_view.currentIndex()
        if not index.isValid() or not self.notes_view.selectionModel().isSelected(index):
            return None
        return index.data(IdRole)

    def select_relative(self, delta: int) -> None:
        count = self.notes_model.rowCount()
        if not count:
            return
        row = self.notes_view.currentIndex().row()
        row = count - 1 if row < 0 else max(0, min(count - 1, row + delta))
        self.select_note_row(row)

    def _on_note_current_changed(self, *args) -> None:
        self._show_selected_tags()
        self._update_actions()

    def _show_selected_tags(self) -> None:
        note_id = self.selected_note_id()
        note = self.notes_model.note(self.notes_view.currentIndex().row()) if note_id else None
        for kind, action in self.kind_actions.items():
            action.setChecked(note is not None and note.kind == kind)
        themes = self.session.themes if self.session else ()
        for theme, action in zip(themes, self.theme_actions, strict=False):
            action.setChecked(note is not None and theme.id in note.themes)
        self.tag_bar.show_votes(note.votes if note is not None else None)

    def _theme_name(self, theme_id: str) -> str:
        return self.session.theme_name(theme_id) if self.session else ""

    def focus_entry(self) -> None:
        if self.pages.currentIndex() == PAGE_CAPTURE:
            self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter_text_changed(self, text: str) -> None:
        self.notes_model.set_filter(text)
        self._select_last_note()
        self._show_selected_tags()

    # == edits: each one step on the undo stack ============================================================

    def _push(self, make: Callable[[], commands._StoreCommand]) -> commands._StoreCommand | None:
        """Build a command (it reads the current state, which may refuse) and push it; None if refused."""
        try:
            command = make()
        except (UserError, sqlite3.Error) as exc:
            self._on_edit_failed("", exc)
            return None
        self.undo_stack.push(command)
        return command if command.ok else None

    def _on_entry_text_changed(self) -> None:
        # In memory at once, on disk when Qt next syncs the settings: a crash loses seconds, not a note.
        if self.session is not None:
            self.settings.setValue(self._settings_key() + "_draft", self.entry.toPlainText())

    def _on_entry_submitted(self, text: str) -> None:
        self.add_note(text)

    def add_note(self, text: str, kind: str = "note") -> str | None:
        """Add a note to the current question; the entry is emptied only once it is saved."""
        question_id = self.current_question_id()
        if self.session is None or question_id is None:
            return None
        if self.notes_model.filter_text:
            self.filter_edit.clear()  # the new note must be seen, not hidden by a filter
        s = self.session
        command = self._push(
            lambda: commands.AddNote(self.editor, s.conference.id, s.table.number, question_id, text, kind)
        )
        if command is None:
            return None
        self.entry.clear_after_add()
        self.note_added.emit(command.note_id)
        return command.note_id

    def _edit(self, label: str, changes: Callable[[Note], dict]) -> None:
        """One EditNote step on the selected note; `changes` computes the new values from the note as
        stored now (a note deleted meanwhile refuses here, with a message)."""
        note_id = self.selected_note_id()
        if note_id is None:
            self.statusBar().showMessage(self.tr("Select a note first (Ctrl+Up, Ctrl+Down)"), 4000)
            return

        def make() -> commands.EditNote:
            return commands.EditNote(self.editor, note_id, label, **changes(notes.note(self.store, note_id)))

        self._push(make)
        self._show_selected_tags()

    def set_kind(self, kind: str) -> None:
        self._edit(self.tr("Change kind"), lambda note: {"kind": kind})

    def toggle_theme(self, theme_id: str) -> None:
        order = [t.id for t in self.session.themes] if self.session else []

        def changes(note: Note) -> dict:
            chosen = set(note.themes) ^ {theme_id}
            return {"themes": [t for t in order if t in chosen]}

        self._edit(self.tr("Change themes"), changes)

    def vote(self, delta: int) -> None:
        label = self.tr("Add a vote") if delta > 0 else self.tr("Remove a vote")
        self._edit(label, lambda note: {"votes": max(0, note.votes + delta)})

    def _on_text_edit_requested(self, note_id: str, text: str) -> None:
        self._push(lambda: commands.EditNote(self.editor, note_id, self.tr("Edit note"), text=text))
        self.focus_entry()

    def edit_selected(self) -> None:
        index = self.notes_view.currentIndex()
        if index.isValid():
            self.notes_view.setFocus()
            self.notes_view.edit(index)

    def delete_selected(self) -> None:
        note_id = self.selected_note_id()
        if note_id is None:
            return
        row = self.notes_view.currentIndex().row()
        if self._push(lambda: commands.DeleteNote(self.editor, note_id)) and self.notes_model.rowCount():
            self.select_note_row(min(row, self.notes_model.rowCount() - 1))

    def move_selected(self, delta: int) -> None:
        note_id = self.selected_note_id()
        row = self.notes_view.currentIndex().row()
        other = row + delta
        if note_id is None or not 0 <= other < self.notes_model.rowCount():
            return
        if self.notes_model.filter_text:
            self.statusBar().showMessage(self.tr("Clear the filter to reorder notes"), 4000)
            return
        text = self.tr("Move note up") if delta < 0 else self.tr("Move note down")
        self._push(lambda: commands.SwapNotes(self.editor, note_id, self.notes_model.ids()[other], text))

    def _on_reorder_requested(self, order: list) -> None:
        question_id = self.current_question_id()
        if question_id is None:
            return
        moved = self.selected_note_id()
        self._push(lambda: commands.ReorderNotes(self.editor, question_id, list(order), moved))

    def move_to_question(self, question_id: str) -> None:
        note_id = self.selected_note_id()
        if note_id is None or question_id == self.current_question_id():
            return
        self._push(lambda: commands.MoveToQuestion(self.editor, note_id, question_id))

    def _fill_move_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.move_menu
        menu.clear()
        if self.session is None:
            return
        for question in self.session.questions:
            text = f"&{question.position}. {escape_mnemonic(question.text)}"
            action = menu.addAction(text)
            action.setEnabled(
                question.id != self.current_question_id() and self.selected_note_id() is not None
            )
            action.triggered.connect(lambda checked=False, q=question.id: self.move_to_question(q))

    def popup_move_menu(self) -> None:
        if self.selected_note_id() is None:
            return
        self._fill_move_menu()
        rect = self.notes_view.visualRect(self.notes_view.currentIndex())
        self.move_menu.popup(self.notes_view.viewport().mapToGlobal(rect.bottomLeft()))

    def _on_notes_context_menu_requested(self, position) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in (self.edit_action, self.delete_action, self.move_up_action, self.move_down_action):
            menu.addAction(action)
        menu.addMenu(self.move_menu)
        self._fill_move_menu()
        menu.addSeparator()
        for action in (self.vote_up_action, self.vote_down_action):
            menu.addAction(action)
        menu.popup(self.notes_view.viewport().mapToGlobal(position))

    def open_table_facts(self) -> None:
        if self.session is None:
            return
        from ui.chair.table_facts import TableFactsDialog

        dialog = TableFactsDialog(self.session.table, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.facts_entered.connect(self._on_facts_entered)
        dialog.open()
        self.facts_dialog = dialog

    def _on_facts_entered(self, participants: int, bands: dict) -> None:
        if self.session is None:
            return
        s = self.session
        self._push(
            lambda: commands.SetTableFacts(self.editor, s.conference.id, s.table.number, participants, bands)
        )

    # == after every store write =========================================================================

    def _on_store_changed(self, note_id: str | None, question_id: str | None) -> None:
        """Called by each command right after its write committed: follow it in the views."""
        if self.store.conn.in_transaction:  # cannot happen after a service call; never claim "saved" if so
            self.saved_indicator.mark_failed(self.tr("the change is still waiting in a transaction"))
            return
        self.saved_indicator.mark_saved()
        if self.session is None:
            return
        self.session = self.session.reload_table(self.store)
        self._show_header()
        if question_id is not None and question_id != self.current_question_id():
            self.select_question(self.session.question_index(question_id))
        self.notes_model.refresh(note_id)
        self.questions_model.refresh_counts()
        if note_id is not None:
            row = self.notes_model.row_of(note_id)
            if row < 0 and self.notes_model.filter_text:
                self.filter_edit.clear()
                row = self.notes_model.row_of(note_id)
            if row >= 0:
                self.select_note_row(row)
        self._show_selected_tags()
        if self.pages.currentIndex() == PAGE_REVIEW:
            self.review.show_table(self.store, self.session)

    def _on_edit_failed(self, what: str, exc: BaseException) -> None:
        self.saved_indicator.mark_failed(
            what or self.tr("the change was refused")
            if isinstance(exc, UserError)
            else self.tr("the disk refused the change"),
            str(exc),
        )
        msgbox.error(
            self,
            what or self.tr("Cannot change the note"),
            dialog_text(*explain_error(exc))
            if isinstance(exc, UserError)
            else self.tr(
                "The workspace could not save this change: %1. Your earlier notes are safe. "
                "Try again; if it keeps failing, check that the disk is not full."
            ).replace("%1", str(exc)),
        )

    def _on_undo_index_changed(self, *args) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        capturing = self.session is not None and self.pages.currentIndex() == PAGE_CAPTURE
        has_table = self.session is not None
        selected = capturing and self.selected_note_id() is not None
        for action in (self.facts_action, self.review_action, self.export_action, self.print_minutes_action):
            action.setEnabled(has_table)
        for action in (
            self.edit_action,
            self.delete_action,
            self.delete_key_action,
            self.move_up_action,
            self.move_down_action,
            self.vote_up_action,
            self.vote_down_action,
            self.move_question_action,
            *self.kind_actions.values(),
            *self.theme_actions,
        ):
            action.setEnabled(selected)
        for action in (
            self.prev_question_action,
            self.next_question_action,
            self.timer_action,
            self.filter_action,
        ):
            action.setEnabled(capturing)

    # == review, export, search, settings, help ===========================================================

    def show_review(self) -> None:
        if self.session is None:
            return
        self.review.show_table(self.store, self.session)
        self.pages.setCurrentIndex(PAGE_REVIEW)
        self._update_actions()
        self.review.browser.setFocus()

    def show_capture(self) -> None:
        if self.session is None:
            self.show_picker()
            return
        self.pages.setCurrentIndex(PAGE_CAPTURE)
        self._update_actions()
        self.focus_entry()

    def _open_table_key(self) -> tuple[str, int] | None:
        return (self.session.conference.id, self.session.table.number) if self.session else None

    def _conference_id(self) -> str | None:
        return self.session.conference.id if self.session else None

    def _table_number(self) -> int | None:
        return self.session.table.number if self.session else None

    def sign_and_export(self, passphrase: str | None = None) -> Operation | None:
        return self.export_flow.run(passphrase)

    def _on_exported(self, result) -> None:
        self.review.export_status.setText(self.export_flow.last_message)
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(result.path)), 10_000)
        self.sync_status.refresh()

    def open_search(self) -> None:
        from ui.chair.search_dialog import SearchDialog

        dialog = SearchDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.note_chosen.connect(self.show_note)
        dialog.open()
        self.search_dialog = dialog

    def show_note(self, note_id: str) -> None:
        """Jump to a note: its table, its question, selected."""
        try:
            note = notes.note(self.store, note_id)
        except UserError as exc:
            error_box(self, self.tr("Search notes"), exc)
            return
        if self.session is None or (self.session.conference.id, self.session.table.number) != (
            note.conference_id,
            note.table_number,
        ):
            self.open_table(note.conference_id, note.table_number, note.question_id)
        self.show_capture()
        self.filter_edit.clear()
        self.select_question(self.session.question_index(note.question_id))
        row = self.notes_model.row_of(note_id)
        if row >= 0:
            self.select_note_row(row)

    def open_settings(self) -> None:
        from ui.chair.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sync_settings_requested.connect(self._on_sync_settings_requested)
        dialog.accepted.connect(self._on_settings_accepted)
        dialog.open()
        self.settings_dialog = dialog

    def _on_settings_accepted(self) -> None:
        language = i18n.chosen_language()
        if language != i18n.installed_language():
            i18n.install(language)
            QTimer.singleShot(0, self.reopen)  # after the dialog has finished closing

    def reopen(self) -> ChairWindow:
        """The same window built again (a new language shows in every text): same workspace, table,
        question, size and layout. Returns the new window; this one closes."""
        self.save_layout()
        replacement = ChairWindow(self.workspace)
        _open_windows.add(replacement)  # no parent holds it: keep it alive until it is destroyed
        replacement.destroyed.connect(lambda *_: _open_windows.discard(replacement))
        replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        replacement.show()
        self.replaced_by = replacement
        self.close()
        return replacement

    def _on_sync_settings_requested(self) -> None:
        self.sync_status.open_settings()

    def shortcut_actions(self) -> list[QAction | tuple[str, QAction]]:
        """Every action with a shortcut, in the order the help lists them (the rest, e.g. sync, after)."""
        ordered = [
            self.open_action,
            self.facts_action,
            self.review_action,
            self.print_minutes_action,
            self.export_action,
            self.settings_action,
            self.edit_action,
            self.delete_action,
            self.delete_key_action,
            self.move_up_action,
            self.move_down_action,
            self.move_question_action,
            self.select_prev_action,
            self.select_next_action,
            self.focus_entry_action,
            self.vote_up_action,
            self.vote_down_action,
            *self.kind_actions.values(),
            *self.theme_actions,
            self.prev_question_action,
            self.next_question_action,
            self.timer_action,
            self.timer_more_action,
            self.timer_less_action,
            self.timer_reset_action,
            self.search_action,
            self.filter_action,
        ]
        skip = {*ordered, self.undo_action, self.redo_action, self.help_action, self.quit_action}
        rest = [a for a in self.actions() if a not in skip]
        undo = [(self.tr("Undo"), self.undo_action), (self.tr("Redo"), self.redo_action)]
        return [*ordered[:6], *undo, *ordered[6:], *rest, self.help_action, self.quit_action]

    def show_shortcuts(self) -> None:
        from ui.chair.shortcut_help import ShortcutHelpDialog

        dialog = ShortcutHelpDialog(self.shortcut_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcut_dialog = dialog

    def _on_timer_expired(self) -> None:
        self.statusBar().showMessage(self.tr("Time is up for this question"), 15_000)

    # == layout and closing ================================================================================

    def restore_layout(self) -> None:
        settings = self.settings
        geometry = settings.value("chair/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("chair/window_state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("chair/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        settings = self.settings
        settings.setValue("chair/geometry", self.saveGeometry())
        settings.setValue("chair/window_state", self.saveState())
        settings.setValue("chair/splitter", self.splitter.saveState())
        self._remember_table()
        settings.setValue(self._settings_key() + "_draft", self.entry.toPlainText())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.timer.pause()
        self.sync_status.timer.stop()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_entry)
