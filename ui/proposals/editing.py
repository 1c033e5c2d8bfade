"""The edits a proposals view makes, each one undoable: decisions, merges, wordings, links, summaries.

Every edit is made on what the cards and dialogs showed (app/proposals/as_seen.py): when another
secretary, or another window, changed it since, she is named and the secretary chooses, seeing theirs and
hers side by side, whether hers is saved over it or theirs stays (ui/proposals/changed_meanwhile.py).
Undo and redo are checked the same way.

Shared by the board and the council's view; both put their steps on the same undo stack when given one.

Signals:
    edited()   an edit, an undo or a redo changed the store
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app import proposals
from app.edits import ChangedMeanwhile, Seen
from app.errors import UserError
from app.proposals import Proposal
from ui.numbers import count_text
from ui.proposals.changed_meanwhile import SeenStep, apart_again, as_now, ask_over_theirs
from ui.proposals.decision_dialog import DecisionDialog
from ui.proposals.texts import status_name
from ui.undo import FAILURES, error_box

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
            dialog.setWindowTitle(self.tr("Decision on %1 proposals").replace("%1", count_text(len(chosen))))
        self.seen = {p.id: proposals.latest_seen(p) for p in chosen}
        # A bound slot, not a lambda: a lambda on a signal of a dialog deleted on close crashes PySide6.
        dialog.decided.connect(self.change_status)
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def change_status(self, proposal_ids: list[str], status: str, details: dict) -> bool:
        """Record the decision; proposals shown by `ask_decision` are checked against what it showed."""
        shown = [Seen(pid, "status", self.seen[pid]) for pid in proposal_ids if pid in self.seen]
        return self._save(
            self.tr("Status: %1").replace("%1", status_name(status)),
            shown if len(shown) == len(proposal_ids) else [],
            lambda: proposals.set_statuses(self.store, proposal_ids, status, **details),
            lambda done: proposals.retract_all(self.store, done),
            lambda done: proposals.reinstate_all(self.store, done),
            error_title=self.tr("Cannot change the status"),
            mine=status_name(status),
            undo_mine=self.tr("The status before yours (undo)"),
        )

    def _save(
        self,
        text: str,
        seen: list[Seen],
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        redo: Callable[[Any], Any],
        *,
        error_title: str,
        mine: str | Callable[[], str],
        undo_mine: str | Callable[[Any], str],
    ) -> bool:
        """Make an edit on what the board showed (`seen`) and put it on the undo stack. When it changed
        meanwhile, nothing is saved and the secretary is asked, theirs beside hers (`mine`: what hers
        would do, said when she is asked); saving hers then is checked against what the question showed."""
        try:
            result, after = proposals.save_as_seen(self.store, seen, do)
        except ChangedMeanwhile as exc:
            again = as_now(seen, exc.changes)

            def answered(yes: bool) -> None:
                if yes:
                    self._save(
                        text, again, do, undo, redo, error_title=error_title, mine=mine, undo_mine=undo_mine
                    )
                else:
                    self.edited.emit()  # show what is there now

            said = mine() if callable(mine) else mine
            self.question = ask_over_theirs(self.widget, self.store, exc.changes, said, answered)
            return False
        except FAILURES as exc:
            error_box(self.widget, error_title, exc)
            return False
        self.undo_stack.push(
            SeenStep(
                text,
                self.store,
                after,
                lambda: undo(result),
                lambda: redo(result),
                parent=self.widget,
                after=self._after,
                undo_mine=undo_mine(result) if callable(undo_mine) else undo_mine,
                redo_mine=mine,
            )
        )
        return True

    def merge(self, chosen: list[Proposal]) -> bool:
        """Merge the proposals as the cards showed them; when one of them is merged already, the others
        join it (and undo takes out only them). Saved over a change she was shown, the same holds for
        the proposals as they are then."""
        ids = [p.id for p in chosen]

        def do() -> tuple[str, Any]:
            now = [proposals.find_proposal(self.store, i) for i in ids]
            target = proposals.join_target(now)
            if target is None:
                return "merged", proposals.merge(self.store, ids)
            others = list(dict.fromkeys(p.id for p in now if p.id != target))
            return "joined", proposals.add_to_group(self.store, target, others)

        def undo(done: tuple[str, Any]) -> None:
            kind, made = done
            if kind == "merged":
                proposals.unmerge(self.store, made)
            else:
                proposals.drop_links(self.store, made)

        def redo(done: tuple[str, Any]) -> None:
            kind, made = done
            if kind == "merged":
                proposals.remerge(self.store, made)
            else:
                proposals.restore_links(self.store, made)

        def mine() -> str:
            """What saving hers would do to the proposals as they are now: merge them, or put them all
            in the merged proposal one of them has joined meanwhile."""
            texts = "; ".join(_shortened(p.text, 40) for p in chosen)
            try:
                target = proposals.join_target([proposals.find_proposal(self.store, i) for i in ids])
                joined = proposals.find_proposal(self.store, target) if target else None
            except UserError:  # gone meanwhile: saving hers will say so
                joined = None
            if joined is None:
                return self.tr("Merged into one: %1").replace("%1", texts)
            return (
                self.tr("All in the merged “%1”: %2")
                .replace("%1", _shortened(joined.text, 40))
                .replace("%2", texts)
            )

        return self._save(
            self.tr("Merge %1 proposals").replace("%1", count_text(len(chosen))),
            [s for p in chosen for s in proposals.shown(self.store, p, "members")],
            do,
            undo,
            redo,
            error_title=self.tr("Cannot merge"),
            mine=mine,
            undo_mine=self.tr("Apart again (undo)"),
        )

    def _group_seen(self, group: Proposal) -> list[Seen]:
        """A merged proposal as its card showed it: the group and each original merged in it."""
        [members] = proposals.shown(self.store, group, "members")
        return [Seen(i, "members", members.value) for i in group.unit_ids]

    def unmerge(self, group: Proposal) -> bool:
        """Unmerge the merged proposal as its card showed it: when its wording or status was changed since
        (or what it is merged from), she is asked first, told what unmerging it now loses and keeps."""

        def do() -> str:
            proposals.unmerge(self.store, group.id)
            return group.id

        return self._save(
            self.tr("Unmerge a proposal"),
            [*self._group_seen(group), *proposals.shown(self.store, group, "wording", "status")],
            do,
            lambda gid: proposals.remerge(self.store, gid),
            lambda gid: proposals.unmerge(self.store, gid),
            error_title=self.tr("Cannot unmerge"),
            mine=lambda: apart_again(self.store, group.id),
            undo_mine=self.tr("Merged again (undo)"),
        )

    def rename(self, group: Proposal, text: str) -> bool:
        """Change a merged proposal's wording (the originals keep theirs), as the card showed it; undo
        brings back the wording her save replaced (another secretary's, when she chose hers over it)."""

        def do() -> str:
            before = proposals.find_proposal(self.store, group.id).text
            proposals.rename_group(self.store, group.id, text)
            return before

        return self._save(
            self.tr("Reword a merged proposal"),
            proposals.shown(self.store, group, "wording"),
            do,
            lambda before: proposals.rename_group(self.store, group.id, before),
            lambda _: proposals.rename_group(self.store, group.id, text),
            error_title=self.tr("Cannot change the wording"),
            mine=text.strip(),
            undo_mine=lambda before: before,
        )

    def take_out(self, group: Proposal, note_id: str) -> bool:
        """Take one original out of a merged proposal (the rest stay merged)."""
        text = next((n.text for n in group.originals if n.id == note_id), "")
        return self._save(
            self.tr("Take a proposal out of a merged one"),
            self._group_seen(group),
            lambda: proposals.remove_from_group(self.store, group.id, note_id),
            lambda removal: proposals.put_back(self.store, removal),
            lambda removal: proposals.take_out_again(self.store, removal),
            error_title=self.tr("Cannot take the proposal out"),
            mine=self.tr("Taken out: %1").replace("%1", _shortened(text)),
            undo_mine=self.tr("Put back (undo)"),
        )

    def link_again(self, later: Proposal, earlier: Proposal, links_shown: list[Seen]) -> bool:
        """Record "same proposal, raised again" between proposals of two conferences, as shown: the
        cards, and `links_shown` (the later one's links as the dialog listed them when it opened)."""
        seen = [
            *links_shown,
            *proposals.shown(self.store, later, "members"),
            *proposals.shown(self.store, earlier, "members"),
        ]
        return self._save(
            self.tr("Link to an earlier proposal"),
            seen,
            lambda: proposals.link_again(self.store, later.id, earlier.id),
            lambda link_id: proposals.unlink(self.store, link_id),
            lambda link_id: proposals.relink(self.store, link_id),
            error_title=self.tr("Cannot link the proposals"),
            mine=self.tr("Linked to this one too: %1").replace("%1", _shortened(earlier.text)),
            undo_mine=self.tr("Not linked (undo)"),
        )

    def unlink(self, link_id: str, links_shown: list[Seen]) -> bool:
        """Remove a "raised again" link, checked against the links as they were shown."""

        def do() -> str:
            proposals.unlink(self.store, link_id)
            return link_id

        return self._save(
            self.tr("Remove a link to an earlier proposal"),
            links_shown,
            do,
            lambda done: proposals.relink(self.store, done),
            lambda done: proposals.unlink(self.store, done),
            error_title=self.tr("Cannot remove the link"),
            mine=self.tr("Link removed"),
            undo_mine=self.tr("Linked again (undo)"),
        )

    def set_summary(self, proposal: Proposal, text: str, shown_summary: str) -> bool:
        """Write the summary participants read in the public report, over the one the dialog showed."""
        return self._save(
            self.tr("Summary for participants"),
            [Seen(proposal.id, "summary", shown_summary)],
            lambda: proposals.set_summary(self.store, proposal.id, text),
            lambda done: proposals.restore_summary(self.store, done[0], done[1]),
            lambda done: proposals.restore_summary(self.store, done[0], text.strip()),
            error_title=self.tr("Cannot save the summary"),
            mine=text.strip(),
            undo_mine=lambda done: done[1] or self.tr("(no summary)"),
        )


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
