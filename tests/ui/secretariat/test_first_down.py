"""Keyboard in the secretariat's lists, in Swedish: Tab (or Shift+Tab) into a list where nothing is chosen,
then Down, chooses the first row. Qt made the first row current but unchosen as the list took the focus,
and Down went on to the second: the secretary skipped table 1 and the first theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import open_in_swedish


def _click_tab(qtbot, window, widget) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(widget)).center())


def _chosen(view) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedIndexes()})


def test_the_first_down_in_a_list_chooses_its_first_row(qtbot, qapp, demo_workspace, demo_conference_id):
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    with qtbot.waitActive(window):  # the keys go where a person's would
        window.activateWindow()
    prepare = window.prepare_view
    _click_tab(qtbot, window, prepare)
    qtbot.mouseClick(prepare.new_theme_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(prepare.new_theme_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is prepare.themes_view and _chosen(prepare.themes_view) == []
    qtbot.keyClick(prepare.themes_view, Qt.Key.Key_Down)
    assert _chosen(prepare.themes_view) == [0]
    qtbot.keyClick(prepare.themes_view, Qt.Key.Key_Down)
    assert _chosen(prepare.themes_view) == [1]  # and on, one row a press

    overview = window.overview_view
    _click_tab(qtbot, window, overview)
    overview.view.setFocus(Qt.FocusReason.TabFocusReason)
    assert _chosen(overview.view) == []
    qtbot.keyClick(overview.view, Qt.Key.Key_Down)
    [row] = _chosen(overview.view)
    assert str(overview.view.model().index(row, 0).data()) == "1"  # Bord 1, not Bord 2
    window.close()
