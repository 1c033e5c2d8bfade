"""The edits a proposals view makes, each one undoable: status changes, merging and unmerging.

Shared by the board and the council's view; both put their steps on the same undo stack when given one.

Signals:
    edited()   an edit, an undo or a redo changed the store
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app import proposals
from app.proposals import Proposal
from ui.proposals.decision_dialog import DecisionDialog
from ui.proposals.texts import status_name
from ui.undo import push_edit_with_result

if TYPE_CHECKING:  # a handle the window passes to app/ services, never used directly
    from app.store import Store


class ProposalEditor(QObject):
    edited = Signal()

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.widget = parent  # where dialogs and error boxes appear
        self.decision_dialog: DecisionDialog | None = None

    def _after(self) -> None:
        self.edited.emit()

    def ask_decision(self, chosen: list[Proposal], status: str) -> DecisionDialog:
        """Open the decision dialog; on OK the status change is recorded for every chosen proposal."""
        dialog = DecisionDialog(
            chosen[0], status, self.widget, [p.id for p in chosen], [p.text for p in chosen]
        )
        if len(chosen) > 1:
            dialog.setWindowTitle(self.tr("Decision on %1 proposals").replace("%1", str(len(chosen))))
        # A bound slot, not a lambda: a lambda on a signal of a dialog deleted on close crashes PySide6.
        dialog.decided.connect(self.change_status)
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def change_status(self, proposal_ids: list[str], status: str, details: dict) -> bool:
        def do() -> list[str]:
            return proposals.set_statuses(self.store, proposal_ids, status, **details)

        def undo(change_ids: list[str]) -> None:
            proposals.retract_all(self.store, change_ids)

        def redo(change_ids: list[str]) -> None:
            proposals.reinstate_all(self.store, change_ids)

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Status: %1").replace("%1", status_name(status)),
            do,
            undo,
            redo,
            error_title=self.tr("Cannot change the status"),
            after=self._after,
        )

    def merge(self, ids: list[str]) -> bool:
        def do() -> str:
            return proposals.merge(self.store, ids)

        def undo(group_id: str) -> None:
            proposals.unmerge(self.store, group_id)

        def redo(group_id: str) -> None:
            proposals.remerge(self.store, group_id)

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Merge %1 proposals").replace("%1", str(len(ids))),
            do,
            undo,
            redo,
            error_title=self.tr("Cannot merge"),
            after=self._after,
        )

    def unmerge(self, group_id: str) -> bool:
        def do() -> str:
            proposals.unmerge(self.store, group_id)
            return group_id

        def undo(gid: str) -> None:
            proposals.remerge(self.store, gid)

        def redo(gid: str) -> None:
            proposals.unmerge(self.store, gid)

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Unmerge a proposal"),
            do,
            undo,
            redo,
            error_title=self.tr("Cannot unmerge"),
            after=self._after,
        )

    def rename(self, group_id: str, text: str) -> bool:
        """Change a merged proposal's wording (the originals keep theirs)."""
        old = proposals.find_proposal(self.store, group_id).text

        def do() -> str:
            proposals.rename_group(self.store, group_id, text)
            return old

        def undo(previous: str) -> None:
            proposals.rename_group(self.store, group_id, previous)

        def redo(_previous: str) -> None:
            proposals.rename_group(self.store, group_id, text)

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Reword a merged proposal"),
            do,
            undo,
            redo,
            error_title=self.tr("Cannot change the wording"),
            after=self._after,
        )
