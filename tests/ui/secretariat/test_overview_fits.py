""" "Vilka har rapporterat" at 150 % (a 1366x768 laptop gives the window 895x472): the chair's column took
what the others left, and with table 7 signed from two laptops that was nothing: "Anna …" under a heading
cut to "dsordföra". The columns now share the width: every heading and chair's name whole, the signers
wrapping, nothing to scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.bundles import import_files

from .conftest import open_in_swedish


def test_every_heading_and_chair_name_is_whole_at_150_percent(qtbot, qapp, afternoon, secretariat):
    bundles = [afternoon.stick / f"bord-{n}.rbz" for n in range(1, 13)] + [afternoon.laptop_b]
    receipts = import_files(secretariat, bundles)
    assert all(r.status == "imported" for r in receipts), [r.status for r in receipts]
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, size=(895, 472))
    window.sync_status.automatic = False
    bar = window.tabs.tabBar()
    overview = window.overview_view
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(overview)).center())
    view, header = overview.view, overview.view.horizontalHeader()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 40, timeout=3000)
    qtbot.waitUntil(lambda: header.sectionSize(1) > 0, timeout=3000)
    proxy = view.model()
    seven = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == 7)
    assert ", " in proxy.index(seven, 4).data()  # two laptops signed table 7

    for column in range(header.count()):
        heading = header.sectionSizeFromContents(column).width()
        assert header.sectionSize(column) >= heading, (proxy.headerData(column, Qt.Orientation.Horizontal),)
    metrics = view.fontMetrics()
    names = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert header.sectionSize(1) >= widest + metrics.averageCharWidth(), (header.sectionSize(1), widest)
    assert header.length() <= view.viewport().width()  # nothing to scroll sideways
    window.close()
