"""Collect says whether its list may still be made anew (`scanning`), with real worker threads: a scan's
end resets the list, and a model index taken before it points at freed rows (the screen script that
waited for ten bundles listed read such an index and Qt crashed). `scanning` must hold from the tab's
first showing, across the turn between a scan and the one asked for during it, and while Merge's scan
after a merge runs, which also publishes into the shared inbox."""

from __future__ import annotations

from ui.secretariat.inbox import scan_inbox

from .conftest import open_in_swedish


def _opened(qtbot, qapp, secretariat, afternoon):
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    collect = window.collect_view
    collect.inbox.add_folder(str(afternoon.stick))
    window.tabs.setCurrentWidget(collect)
    return window, collect


def test_scanning_from_the_first_showing_and_between_a_scan_and_the_one_asked_during_it(
    qtbot, qapp, secretariat, afternoon
):
    window, collect = _opened(qtbot, qapp, secretariat, afternoon)
    assert collect.scanning, "the tab's first scan is due once it has painted"
    first = collect.scan()
    assert first is not None and first.is_running
    assert collect.scan() is first  # asked again while it runs: one more scan after this one
    resets: list[bool] = []
    collect.model.modelReset.connect(lambda: resets.append(collect.scanning))
    between: list[bool] = []
    first.finished.connect(lambda: between.append(collect.scanning))  # after Collect's own handler
    qtbot.waitUntil(lambda: not collect.scanning, timeout=60_000)
    assert between == [True], (
        "idle for a turn while the next scan was due: a test went on and read stale rows"
    )
    assert collect._scan_operation is not first  # the scan asked for during the first one ran
    assert len(resets) == 2 and all(resets), "the list was made anew while Collect said it was idle"
    assert {e.name for e in collect.inbox.entries} >= {p.name for p in afternoon.stick.glob("*.rbz")}
    window.close()


def test_scanning_while_merges_scan_publishes_into_the_shared_inbox(qtbot, qapp, secretariat, afternoon):
    window, collect = _opened(qtbot, qapp, secretariat, afternoon)
    qtbot.waitUntil(lambda: collect._scan_operation is not None and not collect.scanning, timeout=60_000)
    resets: list[bool] = []
    collect.model.modelReset.connect(lambda: resets.append(collect.scanning))
    merges_scan = scan_inbox(window.merge_view.context, window.merge_view)  # what Merge runs after a merge
    assert merges_scan.is_running and collect.scanning
    qtbot.waitUntil(lambda: not merges_scan.is_running, timeout=60_000)
    assert resets == [True]  # Collect's list made anew by it, and Collect said so meanwhile
    assert not collect.scanning
    window.close()
