"""The personal-data review before a public report or open data is written.

The secretariat sees every finding (identity and phone numbers, e-mail, personal web addresses, names
of known people, and a note that would say nothing once they are removed) in its context and decides
each: remove, keep or rewrite, or leave the whole note out (a private remark). Decisions are records made
through app.privacy, so they are saved at once, merge, and travel in the follow-up bundle. "Publish"
is enabled only when nothing is left undecided.

    dialog = PrivacyReviewDialog(parent, workspace.store, conference_id, hits)
    dialog.accepted.connect(write_the_document)
    dialog.open()
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.privacy.emptied import EMPTIED
from app.privacy.review import OMIT, WHOLE, Hit, decide_all, review
from ui.screen_room import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
KIND, WHERE, CONTEXT, DECISION = range(4)


class HitsModel(QAbstractTableModel):
    """The findings, one row each; the decision column says what will be published."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Found"), self.tr("Where"), self.tr("In context"), self.tr("Decision"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(hit, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CONTEXT:
            return hit.source.text
        if role == Qt.ItemDataRole.ToolTipRole and hit.kind == EMPTIED:
            return self.tr(
                "Once its personal data is removed, this text would say nothing but “personal data"
                " removed”. Remove holds it back from what is published; Keep publishes it as it would read;"
                " Rewrite publishes your words instead."
            )
        if role == Qt.ItemDataRole.ToolTipRole and hit.kind == WHOLE:
            return self.tr(
                "Left out of what is published: the note or proposal, or a merged proposal made from one"
                " left out. Keep publishes it as it reads now."
            )
        if role == Qt.ItemDataRole.FontRole and index.column() == DECISION and not hit.decided:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def _text(self, hit: Hit, column: int) -> str:
        if column == KIND:
            return self.kind_text(hit.kind)
        if column == WHERE:
            return self.where_text(hit)
        if column == CONTEXT:
            before, match, after = hit.context()
            return f"{before}«{match}»{after}"
        return self.decision_text(hit)

    def kind_text(self, kind: str) -> str:
        return {
            "personnummer": self.tr("Personal identity number"),
            "samordningsnummer": self.tr("Coordination number"),
            "phone": self.tr("Phone number"),
            "email": self.tr("E-mail address"),
            "url": self.tr("Personal web address"),
            "name": self.tr("Name of a person"),
            "maybe-name": self.tr("A person's name, perhaps"),
            EMPTIED: self.tr("Says nothing without its personal data"),
            WHOLE: self.tr("The whole text"),
        }.get(kind, kind)

    def where_text(self, hit: Hit) -> str:
        source = hit.source
        if source.kind == "note":
            return (
                self.tr("Table %1, question %2")
                .replace("%1", str(source.table))
                .replace("%2", str(source.question))
            )
        if source.kind == "question":
            return self.tr("Question %1").replace("%1", str(source.question))
        if source.kind == "report":
            return {
                "foreword": self.tr("Report's foreword"),
                "contact": self.tr("Report's contact"),
                "respond": self.tr("How to respond"),
                "next_steps": self.tr("What happens next"),
            }.get(source.part, source.part)
        return {
            "text": self.tr("Proposal"),
            "decision": self.tr("Proposal's decision"),
            "reason": self.tr("Proposal's reason"),
            "owner": self.tr("Proposal's owner"),
        }.get(source.field, source.field)

    def decision_text(self, hit: Hit) -> str:
        if (hit.decision is None and hit.left_out) or (hit.decision and hit.decision.action == OMIT):
            return self.tr("Proposal left out") if hit.source.kind == "proposal" else self.tr("Note left out")
        if hit.decision is None:
            return self.tr("Not decided")
        if hit.decision.action == "rewrite":
            return self.tr("Rewritten: %1").replace("%1", hit.decision.replacement)
        if hit.kind == EMPTIED:  # the whole text: left out, or published with its markers
            return self.tr("Published as it reads") if hit.decision.action == "keep" else self.tr("Held back")
        if hit.decision.action == "keep":
            return self.tr("Kept")
        if hit.decision.action == "remove":
            return self.tr("Removed")
        # a newer Rundabord's decision: this version removes the finding (publish.clean)
        return self.tr("Removed (decided in a newer Rundabord)")


class PrivacyReviewDialog(QDialog):
    def __init__(
        self, parent: QWidget, store, conference_id: str, hits: list[Hit] | None = None, workspace=None
    ) -> None:
        super().__init__(parent)
        self.store, self.conference_id = store, conference_id
        self.workspace = workspace  # its outbox: a follow-up holding a note left out here is taken out
        self.setWindowTitle(self.tr("Personal data before publishing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = HitsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Personal data found"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column in (KIND, WHERE, DECISION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTEXT, QHeaderView.ResizeMode.Stretch)

        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Leave the selected findings out of what is published"))
        self.keep_button = QPushButton(self.tr("&Keep"))
        self.keep_button.setToolTip(self.tr("Publish the selected findings as written"))
        self.rewrite_button = QPushButton(self.tr("Re&write…"))
        self.rewrite_button.setToolTip(self.tr("Publish your own words instead of the selected finding"))
        self.omit_button = QPushButton(self.tr("Leave the &note out"))
        self.omit_button.setToolTip(
            self.tr("Leave the whole note or proposal of the selected findings out of what is published")
        )
        self.remove_rest_button = QPushButton(self.tr("Remove all &undecided"))
        self.remove_button.clicked.connect(lambda: self._decide_selected("remove"))
        self.keep_button.clicked.connect(lambda: self._decide_selected("keep"))
        self.rewrite_button.clicked.connect(self._rewrite_selected)
        self.omit_button.clicked.connect(lambda: self._decide_selected(OMIT))
        self.remove_rest_button.clicked.connect(self._remove_undecided)
        actions = QHBoxLayout()
        for button in (self.remove_button, self.keep_button, self.rewrite_button, self.omit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.remove_rest_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.publish_button = self.buttons.addButton(self.tr("&Publish"), accept)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        fit_to_screen(self, 900, 480)  # 900×480 was taller than a 1366×768 laptop at 150 % leaves
        self._show(hits if hits is not None else review(store, conference_id))

    # -- the question to the user (replaced in tests) ---------------------------------------------

    def ask_rewrite(self, hit: Hit) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Rewrite"),
            self.tr("Publish instead of “%1”:").replace("%1", hit.found.text),
        )
        return text if ok else None

    # -- deciding ----------------------------------------------------------------------------------

    def selected_hits(self) -> list[Hit]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.hits[r] for r in rows]

    def _decide_selected(self, action: str, replacement: str = "") -> None:
        chosen = self.selected_hits()
        if chosen:
            self._decide(chosen, action, replacement)

    def _rewrite_selected(self) -> None:
        chosen = self.selected_hits()
        if len(chosen) != 1:
            return
        text = self.ask_rewrite(chosen[0])
        if text is not None and text.strip():
            self._decide(chosen, "rewrite", text)

    def _remove_undecided(self) -> None:
        self._decide([h for h in self.model.hits if not h.decided], "remove")

    def _decide(self, hits: list[Hit], action: str, replacement: str = "") -> None:
        last_row = max(self.model.hits.index(h) for h in hits)
        try:
            decide_all(self.store, self.conference_id, hits, action, replacement)  # all or none
        except UserError as exc:  # in the user's words (a rewrite that still names someone)
            from ui.bundle_messages import error_box

            error_box(self, self.tr("Not saved"), exc)
            return
        self._show(review(self.store, self.conference_id), after_row=last_row)
        if self.workspace is not None:  # the chairs' follow-ups holding a note now left out
            from app.proposals.followup_outbox import withdraw_left_out
            from ui.secretariat.leave_out import show_withdrawal

            show_withdrawal(self, withdraw_left_out(self.workspace, [self.conference_id]))

    def _show(self, hits: list[Hit], after_row: int = -1) -> None:
        self.model.set_hits(hits)
        waiting = sum(1 for h in hits if not h.decided)
        self.intro.setText(
            self.tr("%Ln findings of possible personal data in what would be published.", "", len(hits))
            + " "
            + self.tr(
                "Decide each: remove, keep, rewrite or leave the note out; publishing waits until all are"
                " decided."
            )
            + " "
            + self.tr("%Ln undecided.", "", waiting)
        )
        self.publish_button.setEnabled(waiting == 0)
        self.remove_rest_button.setEnabled(waiting > 0)
        # Move on to the next undecided finding, as a reviewer reads down the list.
        following = [i for i, h in enumerate(hits) if not h.decided and i > after_row]
        target = following[0] if following else min(after_row, len(hits) - 1)
        if target >= 0:
            self.view.selectRow(target)
            self.view.scrollTo(self.model.index(target, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.keep_button.setEnabled(count > 0)
        # a whole text (a note left out, a merged proposal held with it) is kept or left out, no more
        partial = not any(h.kind == WHOLE for h in self.selected_hits())
        self.remove_button.setEnabled(count > 0 and partial)
        self.rewrite_button.setEnabled(count == 1 and partial)
        self.omit_button.setEnabled(count > 0 and all(h.can_omit for h in self.selected_hits()))
