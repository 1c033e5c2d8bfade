"""The edits a proposals view makes, each one undoable: status changes, merging and unmerging.

A decision is checked against the status the cards showed: when another secretary changed one since,
she is named and the secretary chooses whether hers or the new decision stands.

Shared by the board and the council's view; both put their steps on the same undo stack when given one.

Signals:
    edited()   an edit, an undo or a redo changed the store
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from app import proposals
from app.errors import UserError
from app.proposals import Proposal
from ui import msgbox
from ui.proposals.decision_dialog import DecisionDialog
from ui.proposals.texts import status_name
from ui.undo import FAILURES, error_box, push_edit_with_result

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
        self.seen: dict[str, str] = {}  # proposal id -> its latest status change, as the dialog showed it

    def _after(self) -> None:
        self.edited.emit()

    def ask_decision(self, chosen: list[Proposal], status: str) -> DecisionDialog:
        """Open the decision dialog; on OK the status change is recorded for every chosen proposal,
        unless another secretary changed one of them since they were shown (then she is asked)."""
        meetings = proposals.meetings(self.store, {p.conference_id for p in chosen})
        dialog = DecisionDialog(
            chosen[0], status, self.widget, [p.id for p in chosen], [p.text for p in chosen], meetings
        )
        if len(chosen) > 1:
            dialog.setWindowTitle(self.tr("Decision on %1 proposals").replace("%1", str(len(chosen))))
        self.seen = {p.id: proposals.latest_seen(p) for p in chosen}
        # A bound slot, not a lambda: a lambda on a signal of a dialog deleted on close crashes PySide6.
        dialog.decided.connect(self.change_status)
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def change_status(self, proposal_ids: list[str], status: str, details: dict) -> bool:
        """Record the decision; proposals shown by `ask_decision` are checked against what it showed."""
        seen = {pid: self.seen[pid] for pid in proposal_ids if pid in self.seen}
        try:
            if len(seen) == len(proposal_ids):
                change_ids = proposals.set_statuses_as_seen(self.store, seen, status, **details)
            else:
                change_ids = proposals.set_statuses(self.store, proposal_ids, status, **details)
        except proposals.StatusChangedMeanwhile as exc:
            self.ask_over_theirs(exc.changed, proposal_ids, status, details)
            return False
        except FAILURES as exc:
            error_box(self.widget, self.tr("Cannot change the status"), exc)
            return False
        return push_edit_with_result(  # made already: the step only remembers it for undo and redo
            self.undo_stack,
            self.widget,
            self.tr("Status: %1").replace("%1", status_name(status)),
            lambda: change_ids,
            lambda done: proposals.retract_all(self.store, done),
            lambda done: proposals.reinstate_all(self.store, done),
            error_title=self.tr("Cannot change the status"),
            after=self._after,
        )

    def ask_over_theirs(
        self, changed: list[proposals.ChangedMeanwhile], proposal_ids: list[str], status: str, details: dict
    ) -> QMessageBox:
        """Changed by another secretary meanwhile: keep her decision, or record this one over it."""
        lines = [
            self.tr("%1 changed the status of “%2” to “%3” meanwhile.")
            .replace("%1", c.writer or self.tr("Another secretary"))
            .replace("%2", _shortened(c.proposal.text))
            .replace("%3", status_name(c.proposal.status))
            for c in changed
        ]
        question = self.tr("Record yours (%1) over it, or keep what is there?").replace(
            "%1", status_name(status)
        )

        def answered(yes: bool) -> None:
            self.seen = {}
            if yes:
                self.change_status(proposal_ids, status, details)
            else:
                self.edited.emit()  # show what is there now

        box = msgbox.question(
            self.widget, self.tr("Changed meanwhile"), "\n".join([*lines, "", question]), on_answer=answered
        )
        if isinstance(box, QMessageBox):  # tests may stand in for the box
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Record &mine"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep theirs"))
            box.adjustSize()  # the box was laid out for the standard words, shorter than these
        return box

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


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
