"""After work that wrote notes (an import, a sync), and after the window's own edits have left a few
small segments, the search index's segments are merged in a worker (app/search_index.py: whoever writes
merges; FTS5 merges nothing by itself).

Each import adds segments to the notes' full-text index; `app.search_index.merge` merges them in short
transactions, with pauses that let the window's own edits and the next import take the write lock. It
runs on a worker's own connection (ui/operations.py), never on the window's thread, shows nothing, and
stops between steps when the window closes (what is left, the next run does). On PostgreSQL the server
maintains its index itself, so nothing starts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app import search_index
from ui.operations import Operation, hub
from ui.secretariat.context import SecretariatContext


class IndexUpkeep(QObject):
    def __init__(self, window: QWidget, context: SecretariatContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.operation: Operation | None = None
        self._again = False  # notes changed while a merge ran: look once more when it ends
        hub().changed.connect(self._on_changed)
        context.data_changed.connect(self._on_edited)

    def _on_changed(self, changes: frozenset[str]) -> None:
        if "notes" in changes:
            self._merge_soon()

    def _on_edited(self) -> None:
        if not self._context.closing and search_index.edits_to_merge(self._context.store):
            self._merge_soon()

    def _merge_soon(self) -> None:
        if self._context.closing:
            return
        if self.operation is not None and self.operation.is_running:
            self._again = True
            return
        self.start()

    def start(self) -> Operation | None:
        """Merge the index in a worker, if this store's has segments to merge."""
        store = self._context.store
        if not search_index.pending(store):
            return None

        def work(workspace, _progress, cancel) -> search_index.Merged:
            return search_index.merge(workspace.store, cancel=cancel)

        self._again = False
        self.operation = Operation(
            self._window,
            work,
            title=self.tr("Tidying the search index"),
            on_failure=lambda _exc: None,  # logged by the runner; the next import tries again
            show_progress=False,
            workspace_dir=self._context.workspace.dir,
        )
        self.operation.finished.connect(self._on_finished)
        return self.operation.run()

    def _on_finished(self) -> None:
        if self._again and not self._context.closing:
            self.start()
