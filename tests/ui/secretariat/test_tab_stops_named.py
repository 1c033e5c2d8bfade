"""Every place Tab takes a keyboard or screen-reader user in the secretariat's window says what it is. On
Förbered the first stop after the tabs was the page's scroll area, unnamed and with nothing to do; in
Samla in the chosen bundle's details were an unnamed stop. Swedish, 1366x768, tabs chosen by mouse,
then Tab pressed as she would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..tab_stops import nameless, tab_stops
from .conftest import open_in_swedish
from .test_collect_trust import _click_row, collect_the_stick


def test_each_tab_stop_has_a_name(qtbot, qapp, secretariat_dir, afternoon, sync_ops):
    from app.workspace import Workspace

    workspace = Workspace(secretariat_dir)
    try:
        window = open_in_swedish(qtbot, qapp, workspace, afternoon.conference_id)
        window.sync_status.automatic = False
        with qtbot.waitActive(window):
            window.activateWindow()
        collect = collect_the_stick(qtbot, window, afternoon, 3)
        _click_row(qtbot, collect.view, collect.proxy, collect.model, lambda e: e.tables == (1,))
        bar = window.tabs.tabBar()
        for index in range(window.tabs.count()):
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            stops = tab_stops(qtbot, bar)
            assert len(stops) >= 2, (window.tabs.tabText(index), stops)
            assert not nameless(stops), (window.tabs.tabText(index), nameless(stops))
            if index == 0:  # Förbered: straight to its first button, not to the page around it
                assert stops[0] is window.prepare_view.new_button
        assert collect.details_area.accessibleName() == "Det valda paketet"
    finally:
        window.close()
        workspace.close()
