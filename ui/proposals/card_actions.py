"""The board's actions on one card that open a dialog: take an original out of a merged proposal, link
a proposal to the same one at another conference ("raised again"), write its summary for participants.

Every edit goes through the board's ProposalEditor, onto its undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog

from app import conferences, proposals
from app.proposals import Proposal
from ui.text_input import several_lines_dialog


class CardActions(QObject):
    def __init__(self, board) -> None:
        super().__init__(board)
        self.board = board
        self.take_out_dialog: QInputDialog | None = None
        self.link_dialog = None
        self.summary_dialog: QInputDialog | None = None

    def take_out(self, chosen: list[Proposal]) -> QInputDialog | None:
        """Ask which original to take out of the selected merged proposal."""
        if len(chosen) != 1 or not chosen[0].is_group:
            return None
        group = chosen[0]
        dialog = QInputDialog(self.board)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Take a proposal out"))
        dialog.setLabelText(self.tr("Which proposal becomes a proposal of its own again?"))
        texts = [
            self.tr("Table %1: %2").replace("%1", str(n.table_number)).replace("%2", n.text)
            for n in group.originals
        ]
        dialog.setComboBoxItems(texts)
        dialog.setOkButtonText(self.tr("Take out"))
        dialog.resize(640, dialog.sizeHint().height())
        self._take_out = (group, [n.id for n in group.originals], texts)
        dialog.textValueSelected.connect(self._on_take_out_chosen)
        self.take_out_dialog = dialog
        dialog.open()
        return dialog

    def _on_take_out_chosen(self, text: str) -> None:
        group, note_ids, texts = self._take_out
        if text in texts:
            self.board.editor.take_out(group, note_ids[texts.index(text)])

    def link(self, chosen: list[Proposal]):
        """Open the "raised again" dialog for the selected proposal."""
        from ui.proposals.link_dialog import LinkDialog

        if len(chosen) != 1:
            return None
        proposal = chosen[0]
        titles = {c.id: c.title for c in conferences.conferences(self.board.store)}
        candidates = proposals.link_candidates(self.board.store, proposal.id)
        self._candidates = {p.id: p for p, _score in candidates}  # as the dialog shows them
        dialog = LinkDialog(
            proposal,
            candidates,
            proposals.recurrences(self.board.store, [proposal]),
            titles,
            self.board,
        )
        self._link_from = proposal
        self._links_shown = proposals.shown(self.board.store, proposal, "links")  # as the dialog lists them
        dialog.chosen.connect(self._on_link_chosen)
        self.link_dialog = dialog
        dialog.open()
        return dialog

    def _on_link_chosen(self, other_id: str) -> None:
        other = self._candidates.get(other_id) or proposals.find_proposal(self.board.store, other_id)
        self.board.editor.link_again(self._link_from, other, self._links_shown)

    def summary(self, chosen: list[Proposal]) -> QInputDialog | None:
        """Write what participants read about the selected proposal in the public report."""
        if len(chosen) != 1:
            return None
        shown = proposals.summary_of(self.board.store, chosen[0].id)
        dialog = several_lines_dialog(
            self.board,
            self.tr("Summary for participants"),
            self.tr("What has happened to “%1”, in plain words (printed in the public report):").replace(
                "%1", chosen[0].text
            ),
            shown,
        )
        dialog.resize(640, 360)
        self._summary_for = (chosen[0], shown)  # what it showed, checked when she saves
        dialog.textValueSelected.connect(self._on_summary_written)
        self.summary_dialog = dialog
        dialog.open()
        return dialog

    def _on_summary_written(self, text: str) -> None:
        proposal, shown = self._summary_for
        if text.strip() != shown:
            self.board.editor.set_summary(proposal, text, shown)
