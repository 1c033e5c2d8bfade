"""Columns fitted while their list's tab is not shown (a watched folder's scan adds rows while the
secretary is on another tab): back on the tab, they end at the list's right edge, the vertical scroll bar
already there counted once (counted twice, they stopped a scroll bar's width short of it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget

from ui.secretariat.column_fit import ColumnFit, Fit


def _click_tab(qtbot, tabs: QTabWidget, index: int) -> None:
    """A click on the tab: it is shown at once, before the event loop turns again."""
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_columns_fitted_on_a_hidden_tab_end_at_the_lists_edge(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    view, model = QTableView(), QStandardItemModel(0, 3)
    view.setModel(model)
    tabs.addTab(view, "Samla in")
    tabs.addTab(QLabel("Granska"), "Granska")
    fit = ColumnFit(view, {0: Fit(), 1: Fit(), 2: Fit(rest=True)})
    tabs.resize(600, 300)
    tabs.show()
    qtbot.waitExposed(tabs)

    def arrive(count: int) -> None:
        for i in range(count):
            row = [
                QStandardItem(f"bord-{i}.rbz från Karin"),
                QStandardItem("klart att slå samman"),
                QStandardItem(""),
            ]
            model.appendRow(row)
        fit.refit()

    def columns() -> int:
        return sum(view.horizontalHeader().sectionSize(c) for c in range(model.columnCount()))

    arrive(30)
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible() and not fit.refit_due, timeout=2000)
    assert columns() == view.viewport().width()
    _click_tab(qtbot, tabs, 1)
    arrive(5)
    _click_tab(qtbot, tabs, 0)
    # as it is first painted: not only once a resize of the list, on a later turn, has them fitted again
    assert columns() == view.viewport().width(), (columns(), view.viewport().width())
    qtbot.waitUntil(lambda: not fit.refit_due, timeout=2000)
    assert columns() == view.viewport().width() and not view.horizontalScrollBar().isVisible()
