"""Suggested groups of similar proposals, computed off the UI thread; merge the ticked members of one.

Every member of a suggested group comes ticked; the secretary unticks what does not belong and merges
the rest (two or more). Unticked members stay proposals of their own. Merging goes through the board,
so it lands on the same undo stack and the board reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
)

from app import proposals
from app.workspace import Workspace
from ui.numbers import count_text
from ui.operations import Operation
from ui.screen_room import fit_to_screen

GroupRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
NumberRole = Qt.ItemDataRole.UserRole + 3


def _suggest(workspace_dir, conference_ids: list[str]):
    def work(progress, cancel) -> tuple[list[tuple[list[str], list[proposals.Proposal]]], set[str]]:
        workspace = Workspace(workspace_dir)  # this thread's own store
        try:
            found, methods = [], set()
            for done, conference_id in enumerate(conference_ids):
                cancel.raise_if_cancelled()
                progress(done, len(conference_ids))
                listed = {p.id: p for p in proposals.list_proposals(workspace.store, conference_id)}
                groups, method = proposals.suggest_groups_by(workspace.store, conference_id)
                methods.add(method)
                for group in groups:
                    found.append((group, [listed[i] for i in group]))
            progress(len(conference_ids), len(conference_ids))
            return found, methods
        finally:
            workspace.close()

    return work


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped proposal texts: a tree view asks its delegate for a size without telling
    it the column's width, so the text would be measured on one line (and elided)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.column() != 0:
            return super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        width = self.tree.header().sectionSize(0) - self.tree.indentation() * (depth + 1)
        item.rect = QRect(0, 0, max(width, 80), option.rect.height() or 1)  # a copy: assign, not mutate
        style = self.tree.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, item, QSize(), self.tree)


class SimilarDialog(QDialog):
    def __init__(self, board, conference_ids: list[str]) -> None:
        super().__init__(board)
        self.board = board
        self.conference_ids = conference_ids
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Similar proposals"))
        fit_to_screen(self, 820, 520)  # 520 is more than a 1366x768 laptop at 150 % has
        self.explain = QLabel(
            self.tr(
                "Groups of proposals that seem to say the same thing. Untick a proposal that does not belong;"
                " the ticked ones are merged. Merging keeps every original proposal, its table and its"
                " votes; the votes are added up. Merging can be undone."
            )
        )
        self.explain.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Proposal"), self.tr("Table"), self.tr("Votes")])
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Groups of similar proposals"))  # no label names it
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The proposal's words are what the secretariat compares: that column takes the width, long
        # texts wrap (rows grow), and the tooltip always holds the full text.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.status = QLabel(self.tr("Looking for similar proposals…"))
        self.status.setWordWrap(True)
        self.method: str | None = None  # "meaning" or "words", once the groups are shown
        self.merge_button = QPushButton(self.tr("&Merge the ticked proposals"))
        self.merge_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def start(self) -> Operation:
        work = _suggest(self.board.workspace.dir, self.conference_ids)
        return Operation(
            self,
            work,
            title=self.tr("Looking for similar proposals"),
            on_success=self._show,
            show_progress=False,
        ).run()

    def _show(self, result) -> None:
        found, methods = result
        self.model.removeRows(0, self.model.rowCount())
        for number, (ids, members) in enumerate(found, 1):
            votes = sum(p.votes for p in members)
            head = QStandardItem(
                self.tr("Group %1: %2 proposals")
                .replace("%1", str(number))
                .replace("%2", count_text(len(ids)))
            )
            head.setData(ids, GroupRole)
            head.setData(number, NumberRole)
            row = [head, QStandardItem(""), QStandardItem(str(votes))]
            for p in members:
                text = QStandardItem(p.text)
                text.setToolTip(p.text)
                text.setCheckable(True)
                text.setCheckState(Qt.CheckState.Checked)
                text.setData(p.id, IdRole)
                child = [
                    text,
                    QStandardItem(", ".join(map(str, p.tables))),
                    QStandardItem(str(p.votes)),
                ]
                for item in child:
                    item.setEditable(False)
                    item.setData(ids, GroupRole)
                head.appendRow(child)
            for item in row:
                item.setEditable(False)
                item.setData(ids, GroupRole)
            self.model.appendRow(row)
        self.tree.expandAll()
        counted = (
            self.tr("Groups found: %1").replace("%1", count_text(len(found)))
            if found
            else self.tr("No similar proposals found.")
        )
        self.method = "words" if "words" in methods else "meaning"
        how = (
            self.tr("Compared by meaning, with a language model that runs on this computer.")
            if self.method == "meaning"
            else self.tr("Compared by shared words only: the language model does not run on this computer.")
        )
        self.status.setText(f"{counted}\n{how}")
        self.tree.selectionModel().currentChanged.connect(self._update)
        self.model.itemChanged.connect(self._update)
        if found:
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._update()

    def _update(self, *_args) -> None:
        ticked = self.ticked()
        self.merge_button.setEnabled(len(ticked) >= 2)

    def _group_item(self) -> QStandardItem | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        top = index.parent() if index.parent().isValid() else index
        return self.model.item(top.row(), 0)

    def current_group(self) -> list[str] | None:
        index = self.tree.currentIndex()
        return index.data(GroupRole) if index.isValid() else None

    def ticked(self) -> list[str]:
        """The ids of the current group's ticked members."""
        head = self._group_item()
        if head is None:
            return []
        children = (head.child(row, 0) for row in range(head.rowCount()))
        return [c.data(IdRole) for c in children if c.checkState() == Qt.CheckState.Checked]

    def merge_current(self) -> None:
        ids = self.ticked()
        if len(ids) < 2:
            return
        head = self._group_item()
        if self.board.merge_ids(ids):
            for row in reversed(range(head.rowCount())):
                if head.child(row, 0).data(IdRole) in ids:
                    head.removeRow(row)
            if head.rowCount() < 2:  # what is left is no group to merge
                self.model.removeRow(head.row())
            else:  # the unticked rest stays, for another merge or none
                left = [head.child(r, 0).data(IdRole) for r in range(head.rowCount())]
                head.setData(left, GroupRole)
                head.setText(
                    self.tr("Group %1: %2 proposals")
                    .replace("%1", str(head.data(NumberRole)))
                    .replace("%2", count_text(len(left)))
                )
            self.status.setText(self.tr("Merged. Undo on the board brings the proposals back apart."))
            self._update()
