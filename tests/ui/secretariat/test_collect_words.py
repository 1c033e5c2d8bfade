"""Collect's own words while it verifies the afternoon's bundles are the secretary's Swedish (they were
filed for translation under a context Qt never looks in, and showed in English)."""

from __future__ import annotations

from ui.secretariat.inbox import inbox_for, scan_inbox

from .conftest import open_in_swedish


def test_the_scan_of_the_bundles_is_titled_in_swedish(qtbot, qapp, secretariat, afternoon, sync_ops):
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    collect = window.collect_view
    inbox_for(collect.context).add_folder(str(afternoon.stick))
    operation = scan_inbox(collect.context, collect)  # the dialog a slow scan shows bears its title
    assert operation.title == "Kontrollerar paketen"
    assert inbox_for(collect.context).entries, "nothing was verified"


def test_the_summary_adds_up_with_the_secretariats_own_pack_in_the_list(qtbot, qapp, secretariat, afternoon):
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    pack = afternoon.secretariat_template.parent / "pack.rbz"  # the pack the chairs fetched, on the share
    collect.add_paths([str(pack), str(afternoon.unknown)])
    qtbot.waitUntil(lambda: len(collect.inbox.entries) == 2 and not collect.scanning, timeout=30_000)
    assert collect.summary.text() == (
        "2 paket: 0 klara att slå samman, 0 redan inlästa, 1 väntar på beslut om nyckeln,"
        " 0 avvisade eller skadade, 1 skickat härifrån. Alla gäller Rundabordssamtal våren 2026 (2026-03-12)."
    )
