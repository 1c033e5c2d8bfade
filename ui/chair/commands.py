"""Undo commands of the chair's window: each step calls one app service, so an undo is an ordinary edit
that is saved at once and merges like any other.

A command gets an `Editor`: the workspace to write to, and the window's `changed(note_id, question_id,
change)` to call after every write so views and the "Saved" indicator follow; `change` says what one
step did to one note when it knows (a `Change`), so the views update that row alone. The error policy
is ui/undo.py's, the same in both windows; a failure is reported through `editor.failed`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app import conferences, notes
from app.model import Note
from app.workspace import Workspace
from ui.undo import ServiceCommand


@dataclass(frozen=True)
class Change:
    """What one step did, when it was one note: added (as stored), edited (as stored) or swapped with
    its neighbour. Without one, the views read the question's list again."""

    added: Note | None = None
    edited: Note | None = None
    swapped: tuple[str, str] | None = None


@dataclass
class Editor:
    workspace: Workspace
    # (note id to select, question id to show, what changed if known)
    changed: Callable[[str | None, str | None, Change | None], None]
    failed: Callable[[str, BaseException], None]  # (what was being done, why it failed)
    # Around each step: its commit waits for no disk (app/wal_keeper.py); after it, `committed()` asks for
    # the disk's confirmation, which "Saved" waits for.
    deferred: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext
    committed: Callable[[], None] = lambda: None


class NoteCommand(ServiceCommand):
    """A chair's step: after each service call, the window shows the note and question it touched."""

    def __init__(self, editor: Editor, text: str) -> None:
        super().__init__(text, editor.failed)
        self.editor = editor

    def _run(self, step: Callable[[], tuple]) -> tuple[bool, Any]:
        """`step` returns (note id, question id) or (note id, question id, Change)."""
        with self.editor.deferred():
            done, where = super()._run(step)
        if done:
            self.editor.committed()
            note_id, question_id, *change = where
            self.editor.changed(note_id, question_id, change[0] if change else None)
        return done, where


class AddNote(NoteCommand):
    """Adds a note; undo deletes it (a tombstone), redo restores the same note, id and place."""

    def __init__(
        self, editor: Editor, conference_id: str, table: int, question_id: str, text: str, kind: str
    ):
        label = QCoreApplication.translate("ChairCommands", "Add the note “%1”")
        short = " ".join(text.split())
        super().__init__(editor, label.replace("%1", short if len(short) <= 40 else short[:39] + "…"))
        self.conference_id, self.table, self.question_id = conference_id, table, question_id
        self.note_text, self.kind = text, kind
        self.note_id: str | None = None

    def redo(self) -> None:
        def step():
            store = self.editor.workspace.store
            if self.note_id is None:
                self.note_id = notes.add_note(
                    store, self.conference_id, self.table, self.question_id, self.note_text, kind=self.kind
                )
                return self.note_id, self.question_id, Change(added=notes.note(store, self.note_id))
            notes.restore_note(store, self.note_id)
            return self.note_id, self.question_id

        self._run(step)

    def undo(self) -> None:
        def step():
            notes.delete_note(self.editor.workspace.store, self.note_id)
            return None, self.question_id

        self._run(step)


class EditNote(NoteCommand):
    """Changes fields of one note (text, kind, themes or votes); undo puts the old values back."""

    def __init__(self, editor: Editor, note_id: str, label: str, **changes: Any) -> None:
        super().__init__(editor, label)
        current = notes.note(editor.workspace.store, note_id)
        self.note_id = note_id
        self.question_id = current.question_id
        self.new = changes
        self.old = {
            name: list(getattr(current, name)) if name == "themes" else getattr(current, name)
            for name in changes
        }

    def redo(self) -> None:
        self._run(lambda: self._apply(self.new))

    def undo(self) -> None:
        self._run(lambda: self._apply(self.old))

    def _apply(self, values: dict[str, Any]) -> tuple[str, str, Change]:
        store = self.editor.workspace.store
        notes.edit_note(store, self.note_id, **values)
        return self.note_id, self.question_id, Change(edited=notes.note(store, self.note_id))


class DeleteNote(NoteCommand):
    def __init__(self, editor: Editor, note_id: str, label: str | None = None) -> None:
        super().__init__(editor, label or QCoreApplication.translate("ChairCommands", "Delete note"))
        self.note_id = note_id
        self.question_id = notes.note(editor.workspace.store, note_id).question_id

    def redo(self) -> None:
        def step():
            notes.delete_note(self.editor.workspace.store, self.note_id)
            return None, self.question_id

        self._run(step)

    def undo(self) -> None:
        def step():
            notes.restore_note(self.editor.workspace.store, self.note_id)
            return self.note_id, self.question_id

        self._run(step)


class MoveToQuestion(NoteCommand):
    """Moves a note to the end of another question's list; undo brings it back to its old place."""

    def __init__(self, editor: Editor, note_id: str, question_id: str) -> None:
        super().__init__(editor, QCoreApplication.translate("ChairCommands", "Move note to another question"))
        current = notes.note(editor.workspace.store, note_id)
        self.note_id, self.target = note_id, question_id
        self.source, self.old_position = current.question_id, current.position

    def redo(self) -> None:
        def step():
            notes.move_to_question(self.editor.workspace.store, self.note_id, self.target)
            return self.note_id, self.target

        self._run(step)

    def undo(self) -> None:
        def step():
            notes.move_to_question(
                self.editor.workspace.store, self.note_id, self.source, position=self.old_position
            )
            return self.note_id, self.source

        self._run(step)


class SwapNotes(NoteCommand):
    """One step of Alt+Up / Alt+Down: two neighbours exchange places; its own inverse."""

    def __init__(self, editor: Editor, moving_id: str, other_id: str, label: str) -> None:
        super().__init__(editor, label)
        self.moving_id, self.other_id = moving_id, other_id
        self.question_id = notes.note(editor.workspace.store, moving_id).question_id

    def _swap(self) -> tuple[str, str, Change]:
        notes.swap_positions(self.editor.workspace.store, self.moving_id, self.other_id)
        return self.moving_id, self.question_id, Change(swapped=(self.moving_id, self.other_id))

    def redo(self) -> None:
        self._run(self._swap)

    def undo(self) -> None:
        self._run(self._swap)


class ReorderNotes(NoteCommand):
    """A drag and drop: the list takes a new order; undo restores the old positions exactly."""

    def __init__(self, editor: Editor, question_id: str, new_order: list[str], moved_id: str | None) -> None:
        super().__init__(editor, QCoreApplication.translate("ChairCommands", "Reorder notes"))
        store = editor.workspace.store
        self.question_id, self.new_order, self.moved_id = question_id, new_order, moved_id
        self.old_positions = {i: notes.note(store, i).position for i in new_order}

    def redo(self) -> None:
        def step():
            notes.reorder(self.editor.workspace.store, self.new_order)
            return self.moved_id, self.question_id

        self._run(step)

    def undo(self) -> None:
        def step():
            notes.set_positions(self.editor.workspace.store, self.old_positions)
            return self.moved_id, self.question_id

        self._run(step)


class SetTableFacts(NoteCommand):
    """Participants and the optional aggregate bands of the table."""

    def __init__(
        self,
        editor: Editor,
        conference_id: str,
        table: int,
        participants: int,
        bands: dict[str, int],
    ) -> None:
        super().__init__(editor, QCoreApplication.translate("ChairCommands", "Change table facts"))
        current = conferences.table(editor.workspace.store, conference_id, table)
        self.conference_id, self.table = conference_id, table
        self.new = (participants, bands)
        self.old = (current.participants, dict(current.bands))

    def _apply(self, values: tuple[int, dict[str, int]]) -> tuple[None, None]:
        participants, bands = values
        conferences.set_table_facts(
            self.editor.workspace.store,
            self.conference_id,
            self.table,
            participants=participants,
            bands=bands,
        )
        return None, None

    def redo(self) -> None:
        self._run(lambda: self._apply(self.new))

    def undo(self) -> None:
        self._run(lambda: self._apply(self.old))
