"""The proposals board: one column per status, cards dragged between columns with a decision dialog.

Filters pick the conferences (one, or all of a process) and a theme. Selected cards can be merged into
one proposal (unmerge splits it again); "Similar proposals" suggests groups to merge. Every edit goes on
the undo stack (the secretariat window's, when it passes its own).

Signals:
    data_changed()   the board changed the store (a status, a merge); other views may reload
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import conferences, proposals
from app.errors import UserError
from app.proposals import STATUSES, Proposal
from app.workspace import Workspace
from ui.bundle_messages import error_box
from ui.numbers import count_text
from ui.proposals.card_actions import CardActions
from ui.proposals.columns import EvenHeaders, StatusColumn
from ui.proposals.decision_dialog import DecisionDialog
from ui.proposals.editing import ProposalEditor
from ui.proposals.history_dialog import HistoryDialog
from ui.proposals.model import ProposalRole, ProposalsModel
from ui.proposals.scope import FILTER_CHARACTERS, ScopePicker, bounded, fit_popup
from ui.undo_names import undo_redo_actions


class ProposalsBoard(QWidget):
    data_changed = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        owns_stack = undo_stack is None
        self.undo_stack = QUndoStack(self) if undo_stack is None else undo_stack
        self.editor = ProposalEditor(workspace, self.undo_stack, self)
        self.editor.edited.connect(self._after_edit)
        self.model = ProposalsModel(self)
        self.similar_dialog = None

        self.scope_combo = ScopePicker(workspace)
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        bounded(self.theme_combo, FILTER_CHARACTERS)
        # Embedded in the secretariat window this sits under its "Conference:" selector and follows it,
        # yet can also widen to every conference of the process: the label says what it chooses.
        scope_label = QLabel(self.tr("Show &proposals from:"))
        scope_label.setBuddy(self.scope_combo)
        theme_label = QLabel(self.tr("T&heme:"))
        theme_label.setBuddy(self.theme_combo)

        self.status_button = QPushButton(self.tr("Change &status…"))
        self.merge_button = QPushButton(self.tr("&Merge selected"))
        self.unmerge_button = QPushButton(self.tr("&Unmerge"))
        self.reword_button = QPushButton(self.tr("&Wording…"))
        self.reword_button.setToolTip(self.tr("Change the wording of a merged proposal"))
        self.reword_dialog: QInputDialog | None = None
        self.similar_button = QPushButton(self.tr("Simi&lar proposals…"))
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.merge_button.setToolTip(
            self.tr("Merge the selected proposals; with a merged proposal among them, the others join it")
        )
        self.take_out_button = QPushButton(self.tr("Take &out…"))
        self.take_out_button.setToolTip(
            self.tr("Take one proposal out of a merged one; the rest stay merged")
        )
        self.link_button = QPushButton(self.tr("Raised &again…"))
        self.link_button.setToolTip(
            self.tr("Link the proposal to the same proposal at another conference of the process")
        )
        self.summary_button = QPushButton(self.tr("Summ&ary…"))
        self.summary_button.setToolTip(
            self.tr("What participants read about the proposal in the public report")
        )
        self.card_actions = CardActions(self)
        self.summary = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(scope_label)
        filters.addWidget(self.scope_combo, 3)
        filters.addSpacing(12)
        filters.addWidget(theme_label)
        filters.addWidget(self.theme_combo, 1)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        # A toolbar, not a row: on a narrow screen (150 % on a laptop) what does not fit moves behind its
        # extension button (») instead of widening the board past the window.
        actions = QToolBar(self.tr("Proposal actions"))
        actions.setAccessibleName(self.tr("Proposal actions"))
        actions.setMovable(False)
        actions.setFloatable(False)
        for button in (
            self.status_button,
            self.history_button,
            self.merge_button,
            self.unmerge_button,
            self.take_out_button,
            self.reword_button,
            self.similar_button,
            self.link_button,
            self.summary_button,
        ):
            actions.addWidget(button)

        self.columns: dict[str, StatusColumn] = {}
        columns = QHBoxLayout()
        for status in STATUSES:
            explain = self._empty_text if status == STATUSES[0] else (lambda: "")
            column = StatusColumn(status, self.model, self, explain)
            column.view.cards_dropped.connect(self._on_cards_dropped)
            column.view.selectionModel().selectionChanged.connect(self._update_buttons)
            column.view.doubleClicked.connect(self._on_card_double_clicked)
            self.columns[status] = column
            columns.addWidget(column)
        self._even_headers = EvenHeaders([c.header for c in self.columns.values()], self)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(actions)
        layout.addLayout(columns, 1)

        if owns_stack:
            # Standalone, the board has its own Undo/Redo keys; embedded, the window's Edit menu has them
            # (two actions on one key in one window would make the key do nothing).
            self.undo_action, self.redo_action = undo_redo_actions(
                self.undo_stack, self, self.tr("&Undo"), self.tr("&Redo")
            )
            self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
            self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
            for action in (self.undo_action, self.redo_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        merge_shortcut = QAction(self)
        merge_shortcut.setShortcut(QKeySequence("Ctrl+M"))
        merge_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        merge_shortcut.triggered.connect(self.merge_selected)
        self.addAction(merge_shortcut)

        self.status_button.clicked.connect(self._on_status_clicked)
        self.merge_button.clicked.connect(self.merge_selected)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.reword_button.clicked.connect(self.reword_selected)
        self.similar_button.clicked.connect(self.show_similar)
        self.take_out_button.clicked.connect(self.take_out_selected)
        self.link_button.clicked.connect(self.link_selected)
        self.summary_button.clicked.connect(self.edit_summary)
        self.history_button.clicked.connect(self.show_history)
        self.scope_combo.fill()
        self.scope_combo.currentIndexChanged.connect(self._on_scope_changed)
        self.theme_combo.currentIndexChanged.connect(self.reload)
        self._on_scope_changed()

    @property
    def decision_dialog(self) -> DecisionDialog | None:
        return self.editor.decision_dialog

    # -- filters ----------------------------------------------------------------------------------

    def choose_conference(self, conference_id: str) -> None:
        """Show one conference (the secretariat window calls this when its conference changes)."""
        if self.scope_combo.findData(("conference", conference_id)) < 0:
            self.scope_combo.fill()  # a conference created since the board was built
        self.scope_combo.choose_conference(conference_id)

    def _on_scope_changed(self) -> None:
        self.theme_combo.blockSignals(True)
        chosen = self.theme_combo.currentData()
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("All themes"), "")
        process_id = self.scope_combo.process_id()
        if process_id:
            for theme in conferences.themes(self.store, process_id):
                self.theme_combo.addItem(theme.name, theme.id)
        row = self.theme_combo.findData(chosen)
        self.theme_combo.setCurrentIndex(max(row, 0))
        self.theme_combo.blockSignals(False)
        fit_popup(self.theme_combo)
        self.reload()

    def _empty_text(self) -> str:
        """What the first column says while the whole board is empty: six bare columns on a new
        workspace looked broken, and a theme filter that hides every card looked like lost proposals."""
        if self.model.rowCount():
            return ""
        if self.theme_combo.currentData():
            return self.tr("No proposal has this theme. Choose Theme: All themes to see them all.")
        return self.tr(
            "No proposals yet. They come with the tables' notes: a note of the kind Proposal lands here"
            " once its table's bundle is merged."
        )

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the proposals again (after an edit, an import, a merge of bundles, another secretary's
        change); the cards chosen stay chosen."""
        chosen = [p.id for p in self.selected()]
        ids = self.scope_combo.conference_ids()
        theme_id = self.theme_combo.currentData() or None
        listed = proposals.list_proposals(self.store, ids, theme_id=theme_id) if ids else []
        process_id = self.scope_combo.process_id()
        names = {t.id: t.name for t in conferences.themes(self.store, process_id)} if process_id else {}
        titles = {c.id: c.title for c in conferences.conferences(self.store)}
        self.model.show_conference = len(ids) > 1
        self.model.set_proposals(listed, names, titles, proposals.related_by_proposal(self.store, listed))
        if chosen:
            self.select(chosen)
        votes = sum(p.votes for p in listed)
        self.summary.setText(
            (
                self.tr("1 proposal")
                if len(listed) == 1
                else self.tr("%1 proposals").replace("%1", count_text(len(listed)))
            )
            + " · "
            + (self.tr("1 vote") if votes == 1 else self.tr("%1 votes").replace("%1", count_text(votes)))
        )
        self._update_buttons()

    def showEvent(self, event) -> None:
        if not self.scope_combo.count():
            self.scope_combo.fill()
            self._on_scope_changed()
        else:
            self.reload()
        super().showEvent(event)

    def _after_edit(self) -> None:
        self.reload()
        self.data_changed.emit()

    # -- selection --------------------------------------------------------------------------------

    def selected(self) -> list[Proposal]:
        return [p for column in self.columns.values() for p in column.selected()]

    def select(self, proposal_ids: list[str]) -> None:
        """Select these cards (tests and the similar-proposals dialog use it)."""
        for column in self.columns.values():
            view = column.view
            view.clearSelection()
            for row in range(column.proxy.rowCount()):
                index = column.proxy.index(row, 0)
                if index.data(ProposalRole).id in proposal_ids:
                    view.selectionModel().select(index, view.selectionModel().SelectionFlag.Select)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.status_button.setEnabled(len(chosen) >= 1)
        self.history_button.setEnabled(len(chosen) == 1)
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.unmerge_button.setEnabled(len(chosen) == 1 and chosen[0].is_group)
        self.reword_button.setEnabled(len(chosen) == 1 and chosen[0].is_group)
        self.take_out_button.setEnabled(len(chosen) == 1 and chosen[0].is_group)
        self.link_button.setEnabled(len(chosen) == 1)
        self.summary_button.setEnabled(len(chosen) == 1)
        self.similar_button.setEnabled(bool(self.scope_combo.conference_ids()))

    # -- status changes ---------------------------------------------------------------------------

    def _on_cards_dropped(self, ids: list[str], status: str) -> None:
        chosen = [self.model.proposal(row) for row in map(self.model.row_of, ids) if row >= 0]
        if chosen:
            self.ask_decision(chosen, status)

    def _on_status_clicked(self) -> None:
        chosen = self.selected()
        if chosen:
            self.ask_decision(chosen, chosen[0].status)

    def _on_card_double_clicked(self, index) -> None:
        proposal = index.data(ProposalRole)
        if proposal is not None:
            self.ask_decision([proposal], proposal.status)

    def ask_decision(self, chosen: list[Proposal], status: str) -> DecisionDialog:
        """Open the decision dialog; on OK the status change is recorded for every chosen proposal."""
        return self.editor.ask_decision(chosen, status)

    def change_status(self, proposal_ids: list[str], status: str, details: dict) -> bool:
        return self.editor.change_status(proposal_ids, status, details)

    # -- merging ----------------------------------------------------------------------------------

    def merge_selected(self) -> bool:
        chosen = self.selected()
        if len(chosen) < 2:
            return False
        return self.merge_ids([p.id for p in chosen])

    def merge_ids(self, ids: list[str]) -> bool:
        """Merge these proposals as their cards show them (one not on the board: as it is now)."""
        chosen = []
        for proposal_id in ids:
            row = self.model.row_of(proposal_id)
            try:
                chosen.append(
                    self.model.proposal(row) if row >= 0 else proposals.find_proposal(self.store, proposal_id)
                )
            except UserError as exc:
                error_box(self, self.tr("Cannot merge"), exc)
                return False
        return self.editor.merge(chosen)

    def unmerge_selected(self) -> bool:
        chosen = self.selected()
        if len(chosen) != 1 or not chosen[0].is_group:
            return False
        return self.editor.unmerge(chosen[0])

    def reword_selected(self) -> QInputDialog | None:
        chosen = self.selected()
        if len(chosen) != 1 or not chosen[0].is_group:
            return None
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Wording of a merged proposal"))
        dialog.setLabelText(
            self.tr("The merged proposal's words (its %1 original proposals keep theirs):").replace(
                "%1", count_text(len(chosen[0].originals))
            )
        )
        dialog.setTextValue(chosen[0].text)
        dialog.resize(640, dialog.sizeHint().height())
        self._reword_card = chosen[0]  # the wording it showed, for the check against what is there
        dialog.textValueSelected.connect(self._on_reworded)
        self.reword_dialog = dialog
        dialog.open()
        return dialog

    def _on_reworded(self, text: str) -> None:
        if text.strip() != self._reword_card.text:
            self.editor.rename(self._reword_card, text)

    def show_similar(self):
        from ui.proposals.similar_dialog import SimilarDialog

        ids = self.scope_combo.conference_ids()
        if not ids:
            return None
        dialog = SimilarDialog(self, ids)
        self.similar_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def show_history(self) -> HistoryDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        try:
            _, events = proposals.timeline(self.store, chosen[0].id)
        except UserError as exc:
            error_box(self, self.tr("Cannot show the history"), exc)
            return None
        dialog = HistoryDialog(chosen[0], events, self)
        dialog.open()
        return dialog

    # -- across conferences, members, summaries (ui/proposals/card_actions.py) -----------------------

    def take_out_selected(self) -> QInputDialog | None:
        return self.card_actions.take_out(self.selected())

    def link_selected(self):
        return self.card_actions.link(self.selected())

    def edit_summary(self) -> QInputDialog | None:
        return self.card_actions.summary(self.selected())
