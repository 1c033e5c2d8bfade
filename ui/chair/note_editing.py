"""The chair's edits: each one step on the undo stack that calls one app service (see commands.py).

Adding, tagging (kind, themes, votes), editing in place, deleting, ordering, moving to another question
and the table's facts all act on the note the `TablePlace` has selected, and report failures to the
window through `failed`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from app import notes
from app.errors import STORAGE_FAILURES, UserError
from app.model import Note
from app.wal_keeper import WalKeeper
from app.workspace import Workspace
from ui.chair.table_place import TablePlace
from ui.chair.tag_bar import escape_mnemonic

if TYPE_CHECKING:
    from ui.chair import commands


# How long after an edit's frame the keeper is asked to put it on the disk: past the frame, and far
# less than "Saved" could be seen to wait. A step within that time asks again after its own frame (the
# chair types on: one wake-up of the keeper for the burst), but no step waits for the disk's question
# longer than ASK_DISK_AT_MOST_MS.
ASK_DISK_AFTER_FRAME_MS = 10
ASK_DISK_AT_MOST_MS = 250


@functools.cache
def _steps() -> ModuleType:
    """The undo steps' module, imported at its first use (never before the window's first frame) and kept:
    an import statement run on each Enter costs 20-45 us through PySide's import hook."""
    from ui.chair import commands

    return commands


class NoteEditing(QObject):
    saved = Signal()  # every edit so far is on the disk
    saving = Signal()  # the first step not yet on the disk since the last `saved`

    def __init__(
        self,
        workspace: Workspace,
        place: TablePlace,
        status_bar: QStatusBar,
        changed: Callable[[str | None, str | None], None],
        failed: Callable[[str, BaseException], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self.place = place
        self.status_bar = status_bar
        self.undo_stack = QUndoStack(self)
        # The edits commit on this thread; the disk's confirmation and the checkpoints come from the
        # keeper's (stop() it before the workspace closes). "Saved" waits for the confirmation. Its thread
        # and connection start after the window's first frame (ChairWindow), or at the first question to
        # the disk, or at stop(): an edit committed before then is made durable by its first round.
        self.wal = WalKeeper(workspace.store, start=False)
        self._ticket = 0
        # The keeper's thread needs Python's lock to start an fsync: woken inside a step, it would take
        # turns with this thread through the repaint. A zero timer fires once the posted events (the
        # repaint among them) are done; the fsync for every step committed until then is asked for a
        # little later still, while the chair types on: waking the sleeping keeper lets the system hand
        # it this thread's processor at once (2 ms, and up to 16, measured under load), time this thread
        # then waits for before it can take the next key.
        self._wake_keeper = QTimer(self, interval=0, singleShot=True)
        self._wake_keeper.timeout.connect(self._after_frame)
        self._ask_disk = QTimer(self, interval=ASK_DISK_AFTER_FRAME_MS, singleShot=True)
        self._ask_disk.timeout.connect(self._request_saved)
        # Each wake-up of the keeper is a turn for Python's lock that the window's thread may wait for,
        # a time slice on a busy machine: keys typed in a burst are put on the disk together, once the
        # chair pauses, or once the first of them has waited ASK_DISK_AT_MOST_MS ("overdue").
        self._ask_disk_by = QTimer(self, interval=ASK_DISK_AT_MOST_MS, singleShot=True)
        self._ask_disk_by.timeout.connect(self._on_ask_disk_overdue)
        self._overdue = False
        self._unsaved = False  # a step committed since the last `saved` (or failure)
        self._saved_check = QTimer(self, interval=2)
        self._saved_check.timeout.connect(self._check_saved)
        self._editor_parts = (workspace, changed, failed)
        self._failed = failed
        self._parent = parent
        model = place.notes_model
        model.text_edit_requested.connect(self._on_text_edit_requested)
        model.reorder_requested.connect(self._on_reorder_requested)
        self.move_menu = QMenu(self.tr("&Move to question"), parent)
        self.move_menu.aboutToShow.connect(self.fill_move_menu)

    @cached_property
    def editor(self) -> commands.Editor:
        """What every step writes with. The commands' module (with the undo steps' error policy) is
        loaded with the first edit, or right after the window's first frame (ChairWindow), not before it."""
        workspace, changed, failed = self._editor_parts
        return _steps().Editor(workspace, changed, failed, self.wal.deferred, self._await_saved)

    def _await_saved(self) -> None:
        if not self._unsaved:  # once per burst: one repaint of the label, no layout (its size is fixed)
            self._unsaved = True
            self.saving.emit()
        if not self._overdue:
            self._ask_disk.stop()  # asked again after this step's frame
        if not self._wake_keeper.isActive() and not self._ask_disk.isActive():  # one asked covers it
            self._wake_keeper.start()

    def _after_frame(self) -> None:
        if self._overdue:  # the first step not yet asked for waited long enough: asked now
            self._request_saved()
            return
        self._ask_disk.start()
        if not self._ask_disk_by.isActive():
            self._ask_disk_by.start()

    def _on_ask_disk_overdue(self) -> None:
        self._overdue = True  # no later step puts the question off again
        if not self._wake_keeper.isActive():  # else asked once the frame on its way is over
            self._request_saved()

    def _request_saved(self) -> None:
        self._ask_disk.stop()
        self._ask_disk_by.stop()
        self._overdue = False
        self._ticket = self.wal.request()
        if not self._saved_check.isActive():
            self._saved_check.start()

    def _check_saved(self) -> None:
        if self.wal.error is not None:
            self._saved_check.stop()
            error, self.wal.error = self.wal.error, None
            self._unsaved = False
            self._failed("", error)
        elif (
            self.wal.synced(self._ticket)
            and not self._wake_keeper.isActive()
            and not self._ask_disk.isActive()
        ):
            self._saved_check.stop()
            self._unsaved = False
            self.saved.emit()

    def stop(self) -> None:
        """Before the workspace closes: everything committed made durable, the keeper's thread ended."""
        self._wake_keeper.stop()
        self._ask_disk.stop()
        self._ask_disk_by.stop()
        self._saved_check.stop()
        self.wal.stop()

    def push(self, make: Callable[[], commands.NoteCommand]) -> commands.NoteCommand | None:
        """Build a command (it reads the current state, which may refuse) and push it; None if refused."""
        try:
            command = make()
        except (UserError, *STORAGE_FAILURES) as exc:
            self._failed("", exc)
            return None
        self.undo_stack.push(command)
        return command if command.ok else None

    def add_note(self, text: str, kind: str = "note") -> str | None:
        """Add a note to the current question; returns its id, None when refused."""
        question_id = self.place.discussed_question_id
        s = self.place.session
        if s is None or question_id is None:
            return None
        if self.place.notes_model.filter_text:
            self.place.capture.filter_edit.clear()  # the new note must be seen, not hidden by a filter
        command = self.push(
            lambda: _steps().AddNote(self.editor, s.conference.id, s.table.number, question_id, text, kind)
        )
        return None if command is None else command.note_id

    def _edit(self, label: str, changes: Callable[[Note], dict]) -> None:
        """One EditNote step on the selected note; `changes` computes the new values from the note as
        stored now (a note deleted meanwhile refuses here, with a message)."""
        note_id = self.place.selected_note_id()
        if note_id is None:
            self.status_bar.showMessage(self.tr("Select a note first (Ctrl+Up, Ctrl+Down)"), 4000)
            return

        def make() -> commands.EditNote:
            return _steps().EditNote(self.editor, note_id, label, **changes(notes.note(self.store, note_id)))

        self.push(make)

    def set_kind(self, kind: str) -> None:
        self._edit(self.tr("Change kind"), lambda note: {"kind": kind})

    def toggle_theme(self, theme_id: str) -> None:
        session = self.place.session
        order = [t.id for t in session.themes] if session else []

        def changes(note: Note) -> dict:
            chosen = set(note.themes) ^ {theme_id}
            return {"themes": [t for t in order if t in chosen]}

        self._edit(self.tr("Change themes"), changes)

    def vote(self, delta: int) -> None:
        label = self.tr("Add a vote") if delta > 0 else self.tr("Remove a vote")
        self._edit(label, lambda note: {"votes": max(0, note.votes + delta)})

    def _on_text_edit_requested(self, note_id: str, text: str) -> None:
        if not text.strip():
            # After the editor has closed: the row it edits goes away.
            QTimer.singleShot(0, lambda: self._delete_emptied(note_id))
            return
        self.push(lambda: _steps().EditNote(self.editor, note_id, self.tr("Edit note"), text=text))

    def _delete_emptied(self, note_id: str) -> None:
        """A note whose text the chair emptied is deleted, as one undoable step, and the status line says
        so with its old words: a note holds text, and a silent "nothing happened" left her guessing."""
        try:
            old = notes.note(self.store, note_id).text
        except UserError:
            return  # gone meanwhile (a merge, another step): nothing left to delete
        short = _short(old)
        model = self.place.notes_model
        row = model.ids().index(note_id) if note_id in model.ids() else self.place.selected_row()
        label = self.tr("Delete the emptied note “%1”").replace("%1", short)
        if self.push(lambda: _steps().DeleteNote(self.editor, note_id, label)) is None:
            return
        if model.rowCount():
            self.place.select_note_row(min(max(row, 0), model.rowCount() - 1))
        self.place.capture.notes_view.setFocus()
        said = self.tr("The note “%1” was emptied, so it was deleted. Ctrl+Z brings it back.")
        self.status_bar.showMessage(said.replace("%1", short), 15_000)

    def edit_selected(self) -> None:
        view = self.place.capture.notes_view
        index = view.currentIndex()
        if index.isValid():
            view.setFocus()
            view.edit(index)

    def delete_selected(self) -> None:
        note_id = self.place.selected_note_id()
        if note_id is None:
            return
        row = self.place.selected_row()
        model = self.place.notes_model
        old = model.note(row).text
        if not self.push(lambda: _steps().DeleteNote(self.editor, note_id)):
            return
        if model.rowCount():
            self.place.select_note_row(min(row, model.rowCount() - 1))
        # Said, as an emptied note's deletion is: Delete on the list by mistake left no trace on screen.
        said = self.tr("The note “%1” was deleted. Ctrl+Z brings it back.")
        self.status_bar.showMessage(said.replace("%1", _short(old)), 15_000)

    def move_selected(self, delta: int) -> None:
        note_id = self.place.selected_note_id()
        model = self.place.notes_model
        other = self.place.selected_row() + delta
        if note_id is None or not 0 <= other < model.rowCount():
            return
        if model.filter_text:
            self.status_bar.showMessage(self.tr("Clear the filter to reorder notes"), 4000)
            return
        text = self.tr("Move note up") if delta < 0 else self.tr("Move note down")
        self.push(lambda: _steps().SwapNotes(self.editor, note_id, model.ids()[other], text))

    def _on_reorder_requested(self, order: list) -> None:
        question_id = self.place.current_question_id()
        if question_id is None:
            return
        moved = self.place.selected_note_id()
        self.push(lambda: _steps().ReorderNotes(self.editor, question_id, list(order), moved))

    def move_to_question(self, question_id: str) -> None:
        note_id = self.place.selected_note_id()
        if note_id is None or question_id == self.place.current_question_id():
            return
        self.push(lambda: _steps().MoveToQuestion(self.editor, note_id, question_id))

    def fill_move_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.move_menu
        menu.clear()
        session = self.place.session
        if session is None:
            return
        selected = self.place.selected_note_id() is not None
        for question in session.questions:
            action = menu.addAction(f"&{question.position}. {escape_mnemonic(question.text)}")
            action.setEnabled(selected and question.id != self.place.current_question_id())
            action.triggered.connect(lambda checked=False, q=question.id: self.move_to_question(q))

    def popup_move_menu(self) -> None:
        if self.place.selected_note_id() is None:
            return
        self.fill_move_menu()
        view = self.place.capture.notes_view
        rect = view.visualRect(view.currentIndex())
        self.move_menu.popup(view.viewport().mapToGlobal(rect.bottomLeft()))

    def open_table_facts(self) -> None:
        if self.place.session is None:
            return
        from ui.chair.table_facts import TableFactsDialog

        dialog = TableFactsDialog(self.place.session.table, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.facts_entered.connect(self._on_facts_entered)
        dialog.open()
        self.facts_dialog = dialog

    def _on_facts_entered(self, participants: int, bands: dict) -> None:
        s = self.place.session
        if s is None:
            return
        self.push(
            lambda: _steps().SetTableFacts(self.editor, s.conference.id, s.table.number, participants, bands)
        )


def _short(text: str) -> str:
    """A note's words on one line, at most 40 characters: what the status line names it by."""
    short = " ".join(text.split())
    return short if len(short) <= 40 else short[:39] + "…"
