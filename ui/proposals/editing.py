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
from app.errors import UserError
from app.proposals import Proposal
from ui.proposals.decision_dialog import DecisionDialog
from ui.proposals.texts import status_name
from ui.undo import error_box, push_edit_with_result

if TYPE_CHECKING:
    from app.workspace import Workspace


class ProposalEditor(QObject):
    edited = Signal()

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = workspace.store  # a handle passed to app/ services
        self.undo_stack = undo_stack
        self.widget = parent  # where dialogs and error boxes appear
        self.decision_dialog: DecisionDialog | None = None

    def _after(self) -> None:
        self.edited.emit()

    def ask_decision(self, chosen: list[Proposal], status: str) -> DecisionDialog:
        """Open the decision dialog; on OK the status change is recorded for every chosen proposal."""
        meetings = proposals.meetings(self.store, {p.conference_id for p in chosen})
        dialog = DecisionDialog(
            chosen[0], status, self.widget, [p.id for p in chosen], [p.text for p in chosen], meetings
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
        """Merge the proposals; when one of them is merged already, the others join it (and undo takes
        out only them)."""
        try:
            target = proposals.join_target([proposals.find_proposal(self.store, i) for i in ids])
        except UserError as exc:
            error_box(self.widget, self.tr("Cannot merge"), exc)
            return False
        if target is not None:
            others = [i for i in ids if proposals.find_proposal(self.store, i).id != target]
            return push_edit_with_result(
                self.undo_stack,
                self.widget,
                self.tr("Add %1 proposals to a merged one").replace("%1", str(len(others))),
                lambda: proposals.add_to_group(self.store, target, others),
                lambda link_ids: proposals.drop_links(self.store, link_ids),
                lambda link_ids: proposals.restore_links(self.store, link_ids),
                error_title=self.tr("Cannot merge"),
                after=self._after,
            )

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

    def take_out(self, group_id: str, note_id: str) -> bool:
        """Take one original out of a merged proposal (the rest stay merged)."""

        def do():
            return proposals.remove_from_group(self.store, group_id, note_id)

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Take a proposal out of a merged one"),
            do,
            lambda removal: proposals.put_back(self.store, removal),
            lambda removal: proposals.take_out_again(self.store, removal),
            error_title=self.tr("Cannot take the proposal out"),
            after=self._after,
        )

    def link_again(self, later_id: str, earlier_id: str) -> bool:
        """Record "same proposal, raised again" between proposals of two conferences."""

        def do() -> str:
            return proposals.link_again(self.store, later_id, earlier_id)

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Link to an earlier proposal"),
            do,
            lambda link_id: proposals.unlink(self.store, link_id),
            lambda link_id: proposals.relink(self.store, link_id),
            error_title=self.tr("Cannot link the proposals"),
            after=self._after,
        )

    def unlink(self, link_id: str) -> bool:
        def do() -> str:
            proposals.unlink(self.store, link_id)
            return link_id

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Remove a link to an earlier proposal"),
            do,
            lambda done: proposals.relink(self.store, done),
            lambda done: proposals.unlink(self.store, done),
            error_title=self.tr("Cannot remove the link"),
            after=self._after,
        )

    def set_summary(self, proposal_id: str, text: str) -> bool:
        """Write the summary participants read in the public report."""

        def do() -> tuple[str, str]:
            return proposals.set_summary(self.store, proposal_id, text)

        return push_edit_with_result(
            self.undo_stack,
            self.widget,
            self.tr("Summary for participants"),
            do,
            lambda done: proposals.restore_summary(self.store, done[0], done[1]),
            lambda done: proposals.restore_summary(self.store, done[0], text.strip()),
            error_title=self.tr("Cannot save the summary"),
            after=self._after,
        )
