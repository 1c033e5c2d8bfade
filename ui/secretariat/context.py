"""What every view of the secretariat's window shares: the workspace, the chosen conference, one undo
stack, and one signal that says the store changed (after an edit, an import or a merge). Long work
(ui/operations.py) announces what it changed through `operations.hub()`; the context turns that into
`data_changed`, so no operation's callback has to refresh the views itself.

Signals:
    conference_changed(conference_id)  another conference was chosen ("" when there is none)
    data_changed()                     the store changed; views reload what they show
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app import conferences
from app.errors import NotFound
from app.model import Conference
from app.workspace import Workspace
from ui.live_watch import LiveWatch

STORE_CHANGES = frozenset({"notes", "bundles", "conflicts"})  # what the views show


class SecretariatContext(QObject):
    conference_changed = Signal(str)
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.undo_stack = QUndoStack(self)
        # The note versions this window's own steps saved: a change by this workspace that is not among
        # them is another window's, and a save over it keeps both (ui/secretariat/seen_edits.py).
        self.saved_here: set[tuple[str, str]] = set()
        self.conference_id = ""
        self.closing = False  # the window is closing: start no new work
        from ui.operations import hub

        hub().changed.connect(self._on_operation_changed)
        self._watch = LiveWatch(self.store, self)  # a store shared with other secretaries: hear their changes
        self._watch.changed.connect(self._on_others_changes)

    def conference(self) -> Conference | None:
        if not self.conference_id:
            return None
        try:
            return conferences.conference(self.store, self.conference_id)
        except NotFound:  # deleted meanwhile (an undo, a merged tombstone)
            return None

    def choose_conference(self, conference_id: str) -> None:
        if conference_id != self.conference_id:
            self.conference_id = conference_id
            self.conference_changed.emit(conference_id)

    def changed(self) -> None:
        if not self.closing:  # nobody will look at the views again
            self.data_changed.emit()

    def _on_others_changes(self, kinds: frozenset[str]) -> None:
        if self.closing:
            self.stop_watching()
        elif kinds & STORE_CHANGES:
            self.changed()

    def stop_watching(self) -> None:
        """Stop hearing other secretaries' changes (the window is closing; its store is closed next)."""
        self._watch.stop()

    def _on_operation_changed(self, changes: frozenset[str]) -> None:
        if changes & STORE_CHANGES:
            self.changed()
