"""The secretariat's read-only report tables (inbox, merge report, who has reported): one look and feel."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.first_key import choose_current_first
from ui.secretariat.rows_model import SORT_ROLE


def report_table(
    model: QAbstractItemModel, owner: QObject, accessible_name: str, sort_column: int
) -> tuple[QSortFilterProxyModel, QTableView]:
    """A table of whole rows over `model`, sorted through a proxy by each column's sort key.

    Read-only, one line a row, and Tab moves on to the next control instead of from cell to cell, so
    keyboard users are not trapped in a long list. Columns fit their contents until a caller says more.
    """
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    choose_current_first(view)
    return proxy, view
