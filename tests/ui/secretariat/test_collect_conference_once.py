"""Collect names the conference once while every bundle is for it, in Swedish at 150 % on a 1366×768
laptop (a 911×512 window): its full title and date in every row were the list's widest column, four
lines a row, and told no bundle from another. A bundle of another conference brings the column back,
naming each."""

from __future__ import annotations

from app import conferences
from ui.secretariat.inbox_columns import CONFERENCE_COLUMN

from .conftest import open_in_swedish
from .returning_scene import NEXT_YEAR, returning_chair_bundle
from .test_collect_at_1280 import _scan


def test_the_conference_is_named_once_until_a_bundle_of_another_comes(
    qtbot, qapp, secretariat, afternoon, sync_ops, tmp_path
):
    share = tmp_path / "delad"
    next_year = returning_chair_bundle(secretariat, afternoon, tmp_path, share)
    this = conferences.conference(secretariat.store, afternoon.conference_id)
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (911, 512))
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    _scan(qtbot, collect, [afternoon.stick])
    view, header = collect.view, collect.view.horizontalHeader()
    assert len(collect.inbox.entries) > 40
    assert header.isSectionHidden(CONFERENCE_COLUMN)
    assert collect.summary.text().endswith(f" Alla gäller {this.title} ({this.date}).")
    # The columns that are shown share the list's width, to its right edge
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    assert not view.horizontalScrollBar().isVisible()

    _scan(qtbot, collect, [share / next_year])
    assert not header.isSectionHidden(CONFERENCE_COLUMN)
    named = {view.model().index(r, CONFERENCE_COLUMN).data() for r in range(view.model().rowCount())}
    assert {f"{this.title} ({this.date})", f"{NEXT_YEAR} (2027-03-11)"} <= named
    assert "Alla gäller" not in collect.summary.text()
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
