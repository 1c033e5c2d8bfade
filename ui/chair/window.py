"""The chair's main window: open the conference, pick the table, capture two or three timed rounds,
review, print the table minutes, sign and export.

Keyboard first: the quick-entry field keeps the focus; Enter adds a note and selects it; the tag shortcuts
(Ctrl+1..9 themes, Ctrl+Shift+N/P/G/A kinds, Ctrl++/- votes, Alt+Up/Down order; F1 lists all) act on it.
Every edit is one undo step, committed before the step returns; only then does "Saved" say so.

The window holds the pages and wires three parts: `TablePlace` (which table, question and note),
`NoteEditing` (the edits as undo steps) and `ChairActions` (actions, menus, tag bar); its dialogs
(search, settings, shortcuts) are in `window_dialogs`, what it remembers between starts in `window_layout`.

Signals:
    table_opened(conference_id, table_number)   a table is shown for capture
    note_added(note_id)                          a note from the quick entry is in the store
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget

from app.errors import UserError
from app.workspace import Workspace
from ui.chair import save_status
from ui.chair.actions import ChairActions
from ui.chair.capture_view import CaptureView
from ui.chair.export_flow import ExportFlow
from ui.chair.models import NotesModel, QuestionsModel, follow_one_note
from ui.chair.note_editing import NoteEditing
from ui.chair.save_status import SaveIndicator
from ui.chair.session import TableSession
from ui.chair.table_place import TablePlace
from ui.chair.window_dialogs import ChairDialogs
from ui.chair.window_layout import ChairLayout
from ui.lazy_page import LazyPage
from ui.numbers import numbers_held
from ui.undo_names import UndoneLine

if TYPE_CHECKING:
    from ui.chair.commands import Change
    from ui.chair.open_dialog import OpenConferenceDialog
    from ui.chair.review import ReviewPage

PAGE_PICKER, PAGE_CAPTURE, PAGE_REVIEW = range(3)


class ChairWindow(ChairDialogs, ChairLayout, QMainWindow):
    table_opened = Signal(str, int)
    note_added = Signal(str)

    def __init__(self, workspace: Workspace, *, restore: bool = True) -> None:
        super().__init__()
        self.workspace = workspace
        self.store = workspace.store
        self.setObjectName("ChairWindow")
        # One QSettings for the window's life: each new one writes the file when it goes away, and
        # remembering the question on every switch must not cost a disk write on the UI thread.
        self.settings = QSettings()
        self.setWindowTitle(self.tr("Rundabord – chair"))

        self._build_pages()
        self._following_step = False  # while a step is followed in the views (_on_store_changed)
        self.place = TablePlace(
            workspace, self.capture, self.questions_model, self.notes_model, self.settings, self
        )
        self.place.table_opened.connect(self._on_table_opened)
        self.place.question_shown.connect(self._on_question_shown)
        self.place.selection_changed.connect(self._on_selection_changed)
        self.editing = NoteEditing(
            workspace, self.place, self.statusBar(), self._on_store_changed, self._on_edit_failed, self
        )
        self.undo_stack = self.editing.undo_stack
        # No update of the actions on the undo stack's index: every step (done, undone, redone) calls
        # _on_store_changed, which updates them once, after the selection has followed the step.
        self.chair_actions = ChairActions(self)
        self.undone_line = UndoneLine(self.undo_stack, self.statusBar())
        self.chair_actions.undo_action.triggered.connect(lambda: self.undone_line.say(self.tr("Undone: %1")))
        self.chair_actions.redo_action.triggered.connect(
            lambda: self.undone_line.say(self.tr("Redone: %1"), 1)
        )
        self.tag_bar = self.chair_actions.tag_bar
        self.tag_slot.addWidget(self.tag_bar)
        self.export_flow = ExportFlow(self, self.workspace, self.open_table_key)
        self.export_flow.exported.connect(self._on_exported)
        self.export_flow.identity_needed.connect(lambda: self.open_settings(for_signing=True))
        menu = self.chair_actions.conference_menu
        menu.insertAction(self.chair_actions.export_after, self.export_flow.oldest_action)
        menu.insertAction(self.chair_actions.export_after, self.export_flow.save_copy_action)
        self.export_flow.follow(self.chair_actions.export_action)
        menu.aboutToShow.connect(self.export_flow.refresh_copy_action)

        self.saved_indicator = SaveIndicator(self)
        self.editing.saved.connect(self.saved_indicator.mark_saved)
        self.editing.saving.connect(self.saved_indicator.mark_saving)
        self._quit_confirmed = False
        self._painted = False  # what the first frame does not show waits until it is painted
        self.statusBar().addPermanentWidget(self.export_flow.export_again_button)
        self.statusBar().addPermanentWidget(self.saved_indicator)
        self._attach_sync_status()
        self._set_tab_order()
        self._fit_first_size()
        if restore:
            self.restore_layout()
            self.place.restore_last_table()
        # The actions are enabled for what is shown once, by the table opened (_on_table_opened) or by the
        # open screen (show_picker): not first for no table, which flipped every tag button twice.
        if self.session is None:
            self.show_picker()

    def _fit_first_size(self) -> None:
        """A first start opens at a comfortable size that never exceeds the screen it opens on, with room
        for the frame and title bar the window manager adds (else the status bar's "Saved" hides under a
        taskbar)."""
        available = self.screen().availableGeometry().size()
        self.resize(min(1100, available.width() - 16), min(760, available.height() - 40))

    @property
    def session(self) -> TableSession | None:
        return self.place.session

    # == building =========================================================================================

    def _build_pages(self) -> None:
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)

        # The open screen is made when it is first shown: a chair whose table opens at start never sees it.
        self.picker_page = LazyPage(self._make_picker)
        self.pages.addWidget(self.picker_page)

        self.questions_model = QuestionsModel(self.workspace, self)
        self.notes_model = NotesModel(self.workspace, self)
        self.notes_model.text_edit_requested.connect(self.focus_entry)
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
        self.notes_view.customContextMenuRequested.connect(self._on_notes_context_menu_requested)
        self.entry.submitted.connect(self._on_entry_submitted)
        self._review: ReviewPage | None = None  # the third page, made when first shown (`review`)

    @property
    def review(self) -> ReviewPage:
        """The review screen (the third page), made the first time it is needed: most starts never show
        it, and its module and Qt's rich-text classes need not load before the first frame."""
        if self._review is None:
            from ui.chair.review import ReviewPage

            review = self._review = ReviewPage()
            review.back_requested.connect(self.show_capture)
            review.print_button.clicked.connect(self.chair_actions.print_minutes_action.trigger)
            review.export_button.clicked.connect(self.chair_actions.export_action.trigger)
            self.pages.addWidget(review)  # PAGE_REVIEW: the open screen and the capture page come first
            if self._painted:
                self._show_export_status()
        return self._review

    def _make_picker(self) -> OpenConferenceDialog:
        from ui.chair.open_dialog import OpenConferenceDialog

        picker = OpenConferenceDialog(self.workspace, self)
        picker.setWindowFlags(Qt.WindowType.Widget)  # embedded as the first page, not a window
        picker.table_chosen.connect(self._on_picker_table_chosen)
        picker.conference_loaded.connect(self._on_picker_conference_loaded)
        picker.rejected.connect(self._on_picker_rejected)
        return picker

    def _on_picker_conference_loaded(self, _conference_id: str) -> None:
        self.copied_profile_bar.refresh()  # a pack may carry the secretariat's word: this laptop was copied

    @property
    def picker(self) -> OpenConferenceDialog:
        """The open screen (the first page), made now if it was never shown."""
        return self.picker_page.view()

    def _attach_sync_status(self) -> None:
        from ui.chair.copied_profile import attach_copied_profile_bar
        from ui.sync_status import attach_sync_status

        menu = QMenu(self)
        self.sync_status = attach_sync_status(self, self.workspace, menu=menu, started=False)
        self.chair_actions.add_sync_actions(menu)
        self.sync_status.synced.connect(self._on_synced)
        self.copied_profile_bar = attach_copied_profile_bar(self, self.workspace, self.sync_status)

    def _on_synced(self, report) -> None:
        """A sync may have brought a new or updated conference pack: show it without a restart."""
        if self.pages.currentWidget() is self.picker_page:
            self.picker.reload(self.picker.selected_conference())
        if self.session is None:
            return
        try:
            fresh = TableSession.open(self.workspace, self.session.conference.id, self.session.table.number)
        except UserError:
            return
        if (fresh.questions, fresh.themes, fresh.conference) != (
            self.session.questions,
            self.session.themes,
            self.session.conference,
        ):
            self.open_table(fresh.conference.id, fresh.table.number, self.place.current_question_id())

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.entry, self.notes_view)
        self.setTabOrder(self.notes_view, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.questions_view)

    # == the table and the notes ==========================================================================

    def open_table(self, conference_id: str, table_number: int, question_id: str | None = None) -> None:
        self.place.open_table(conference_id, table_number, question_id)

    def _on_table_opened(self, conference_id: str, table_number: int) -> None:
        self.undo_stack.clear()  # steps of another table must not be undone here
        if self._painted:  # at start, right after the first frame: see _after_first_paint
            self._show_export_state()
        self.restore_round(conference_id, table_number)
        self.chair_actions.rebuild_tags()
        self._show_header()
        self.pages.setCurrentIndex(PAGE_CAPTURE)
        self._on_selection_changed()
        if self.isVisible():  # a pack opened by hand may carry the secretariat's word; at start the
            self.copied_profile_bar.refresh()  # bar looks right after the first paint (showEvent)
        self.focus_entry()
        self.table_opened.emit(conference_id, table_number)

    def _on_question_shown(self, question, discussed: bool) -> None:
        """A new round gets its question's length, but only on a clock not yet started: browsing,
        following a moved note or a search hit never resets or stops a running round."""
        assert self.session is not None
        if discussed and self.timer.untouched:
            self.timer.set_length(question.round_minutes or self.session.conference.round_minutes)

    def _on_selection_changed(self) -> None:
        self._show_selected_tags()
        if not self._following_step:  # else once, when the step has been followed
            self._update_actions()

    def _show_selected_tags(self) -> None:
        note_id = self.place.selected_note_id()
        note = self.notes_model.note(self.place.selected_row()) if note_id else None
        self.chair_actions.show_note_tags(note, self.session.themes if self.session else ())

    def _show_header(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("Rundabord – chair"))
            return
        s = self.session
        table_name = s.table.name or self.tr("Table %1").replace("%1", str(s.table.number))
        self.header_title.setText(f"{s.conference.title} – {numbers_held(table_name)}")
        details = [d for d in (s.conference.date, s.conference.venue) if d]
        details.append(self.tr("Chair: %1").replace("%1", s.table.chair_name or "–"))
        # 0 is "never counted" (the minutes print no count): not a count of nobody
        details.append(self.tr("Participants: %1").replace("%1", str(s.table.participants or "–")))
        self.header_details.set_parts(details)
        chair = f" ({s.table.chair_name})" if s.table.chair_name else ""
        self.setWindowTitle(f"{s.conference.title} – {table_name}{chair}")

    def show_picker(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox  # with the open screen, not at start

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

    def open_conference(self) -> None:
        """Ctrl+O: the open screen, or, when it is already shown, its Open file… for a pack."""
        if self.pages.currentIndex() == PAGE_PICKER:
            self.picker.file_button.click()
        else:
            self.show_picker()

    def _on_picker_table_chosen(self, conference_id: str, number: int) -> None:
        self.open_table(conference_id, number)

    def _on_picker_rejected(self) -> None:
        self.picker.show()  # Escape hides a dialog, even an embedded one; the page must not go blank
        if self.session is not None:
            self.show_capture()

    def open_bundle(self, path: Path) -> None:
        """A conference pack handed over by the file manager: import it, then let the chair pick the table."""
        self.show_picker()
        self.picker.open_file(Path(path))

    def _theme_name(self, theme_id: str) -> str:
        return self.place.theme_name(theme_id)

    def focus_entry(self) -> None:
        if self.pages.currentIndex() == PAGE_CAPTURE:
            self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_entry_submitted(self, text: str) -> None:
        self.add_note(text)

    def add_note(self, text: str, kind: str = "note") -> str | None:
        """Add a note to the current question; the entry is emptied only once it is saved."""
        note_id = self.editing.add_note(text, kind)
        if note_id is not None:
            self.entry.clear_after_add()
            self.note_added.emit(note_id)
        return note_id

    def _on_notes_context_menu_requested(self, position) -> None:
        acts = self.chair_actions
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in (acts.edit_action, acts.delete_action, acts.move_up_action, acts.move_down_action):
            menu.addAction(action)
        menu.addMenu(self.editing.move_menu)
        self.editing.fill_move_menu()
        menu.addSeparator()
        for action in (acts.vote_up_action, acts.vote_down_action):
            menu.addAction(action)
        menu.popup(self.notes_view.viewport().mapToGlobal(position))

    # == after every store write =========================================================================

    def _on_store_changed(self, note_id: str | None, question_id: str | None, change: Change | None = None):
        """Called by each command right after its write committed: follow it in the views. A step on one
        note shown (Enter, a tag, Alt+Up) updates that row alone, never reading a long list again."""
        self._following_step = True
        try:
            self._follow_step(note_id, question_id, change)
        finally:
            self._following_step = False
        self._update_actions()

    def _follow_step(self, note_id: str | None, question_id: str | None, change: Change | None) -> None:
        if self.session is None:
            return
        shown = self.place.current_question_id()
        one_row = bool(change) and follow_one_note(
            self.notes_model, self.questions_model, change, question_id, shown
        )
        if not one_row:
            self.place.reload_facts()
            self._show_header()
            if question_id is not None:
                self.place.show_question(question_id)
            self.notes_model.refresh(note_id)
            self.questions_model.refresh_counts()
        if note_id is None or not self.place.select_note(note_id):  # selecting shows its tags itself
            self._show_selected_tags()
        if self._review is not None and self.pages.currentIndex() == PAGE_REVIEW:
            self.review.show_table(self.workspace, self.session)
        if not one_row or self.export_flow.export_may_change():
            self._show_export_status()

    def _on_edit_failed(self, what: str, exc: BaseException) -> None:
        save_status.report_edit_failure(self, self.saved_indicator, what, exc)

    def warn_if_unwritable(self) -> None:
        """At start: a workspace that cannot be written is said at once, not at the first lost note."""
        if self.isVisible():  # not for a window already closed (its workspace may be closed too)
            save_status.warn_if_unwritable(self, self.saved_indicator, self.workspace)

    def _update_actions(self, *args) -> None:
        capturing = self.session is not None and self.pages.currentIndex() == PAGE_CAPTURE
        self.chair_actions.update_enabled(
            has_table=self.session is not None,
            capturing=capturing,
            selected=capturing and self.place.selected_note_id() is not None,
        )

    # == review, export, search, settings, help ===========================================================

    def show_review(self) -> None:
        if self.session is None:
            return
        kept = self._review is not None  # a page made now was told the export state as it was made
        self.review.show_table(self.workspace, self.session)
        if kept or not self._painted:
            self._show_export_status()  # an export made elsewhere (the command line) shows here too
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

    def open_table_key(self) -> tuple[str, int] | None:
        return (self.session.conference.id, self.session.table.number) if self.session else None

    def sign_and_export(self, passphrase: str | None = None) -> None:
        self.export_flow.run(passphrase)

    def _on_exported(self, result) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(result.path)), 10_000)
        self.sync_status.refresh()
        self._show_export_status()

    def _show_export_state(self) -> None:
        """Whether "Save a copy" has a bundle, "export again" is due, and the review page's line."""
        self.export_flow.refresh_copy_action()
        self._show_export_status()

    def _show_export_status(self) -> None:
        text = self.export_flow.status_text()  # also shows or hides "export again" in the status bar
        if self._review is not None:
            self._review.export_status.setText(text)

    def request_quit(self) -> None:
        """Quit (Ctrl+Q, or the window's close button): ask first while notes are not exported."""
        has_notes = self.session is not None and self.questions_model.total() > 0
        self.export_flow.confirm_quit(has_notes, self._quit)

    def _quit(self) -> None:
        self._quit_confirmed = True
        self.close()

    def _on_timer_expired(self) -> None:
        self.statusBar().showMessage(self.tr("Time is up for this question"), 15_000)

    # == layout and closing ================================================================================

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self._quit_confirmed:  # the title bar's close button
            event.ignore()
            self.request_quit()
            return
        self.save_layout()
        self.timer.pause()
        # Nothing may read the workspace once it closes: the watcher, the timers and running work stop now.
        self.sync_status.stop()
        from ui.operations import finish_all  # the worker machinery: loaded by the first work, if any

        finish_all()
        self.editing.stop()
        gc.unfreeze()  # what the window held may be collected again once it goes
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_entry)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            # A timer started while the first frame is painted fires in the event loop's next round,
            # after the frame is on the screen (one started in showEvent fires before the paint).
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first frame does not show, read right after it: the sync summary in the status bar,
        the export's state ("export again", the review page's line, "Save a copy"), whether the
        workspace can be written (said at once, not at the first lost note), and whether another
        computer signs as this laptop (the bar)."""
        if not self.isVisible():  # a window already closed (its workspace may be closed too)
            return
        self.sync_status.start()
        if self.session is not None:
            self._show_export_state()
        self.warn_if_unwritable()
        self.copied_profile_bar.refresh()
        self.editing.editor  # noqa: B018  (the undo steps' module, loaded now rather than on the first Enter)
        self.capture.questions_view.keep_sizes()  # each Enter changes a count: measured once, not thrice
        self.editing.wal.start()  # the disk's keeper: its thread and its connection, no work for the start
        # What the start built lives as long as the window: kept out of the collector's full passes, which
        # would otherwise walk all of it again now and then, a pause of tens of ms on some keystroke
        # (given back when the window closes).
        gc.freeze()
