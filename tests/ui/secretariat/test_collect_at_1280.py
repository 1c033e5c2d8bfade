"""Collect read at 1280×720 in Swedish, by mouse: what to do is never cut short (a long reason wraps
onto more lines of its row, and nothing scrolls sideways), a rescan keeps the bundle the secretary
chose, and what a known key is trusted for names the conference: a chair trusted for table 1 last
year is not thereby table 1's chair this year."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle

from ui.secretariat import inbox as inbox_mod
from ui.secretariat.inbox_columns import CHAIR_COLUMN, bundle_identity

from .conftest import UNKNOWN_TABLE, open_in_swedish
from .returning_scene import NEXT_YEAR, returning_chair_bundle

WHAT_TO_DO = 6


def _idle(collect) -> bool:
    """The tab's first scan done, and no other running or due (the list is not about to be made anew)."""
    return collect._scan_operation is not None and not collect.scanning


def _scan(qtbot, collect, paths=None) -> None:
    """Scan (the button, or adding `paths`) once the scan the tab started on showing is done."""
    qtbot.waitUntil(lambda: _idle(collect), timeout=60_000)
    if paths is None:
        qtbot.mouseClick(collect.scan_button, Qt.MouseButton.LeftButton)
    else:
        collect.add_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: _idle(collect), timeout=60_000)


def _click(qtbot, collect, predicate) -> None:
    model, proxy, view = collect.model, collect.proxy, collect.view
    row = next(r for r in range(model.rowCount()) if predicate(model.row_at(r)))
    index = proxy.mapFromSource(model.index(row, 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _all_lines_shown(qtbot, label) -> None:
    """The wrapped label has the height its text needs, nothing of it cut off: below the divider under
    the list its lines are shown, or reached by scrolling (once the layout has had its turn)."""

    def shown() -> bool:
        needed = label.heightForWidth(label.width())
        return label.isVisible() and label.height() >= needed > 0

    qtbot.waitUntil(shown)


def _cut_cells(view, column: int) -> list[str]:
    """The cells of `column` whose text needs more lines than its row gives, at the column's width."""
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, column)
        text = str(index.data() or "")
        cell = view.visualRect(index)
        needed = metrics.boundingRect(
            QRect(0, 0, cell.width() - 2 * margin, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        if needed.width() > cell.width() - 2 * margin or needed.height() > cell.height():
            cut.append(text)
    return cut


def test_what_to_do_is_never_cut_and_a_rescan_keeps_the_chosen_bundle(
    qtbot, qapp, secretariat, afternoon, sync_ops, tmp_path
):
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    _scan(qtbot, collect, [afternoon.stick, afternoon.second_folder])
    view = collect.view
    reasons = [str(view.model().index(r, WHAT_TO_DO).data() or "") for r in range(view.model().rowCount())]
    assert "Filen är inte ett läsbart Rundabord-paket: den är skadad eller en annan sorts fil." in reasons
    assert any(r.startswith("jämför fingeravtrycket") for r in reasons)
    header = view.horizontalHeader()
    assert (
        header.sectionViewportPosition(WHAT_TO_DO) + header.sectionSize(WHAT_TO_DO) <= view.viewport().width()
    )
    assert not view.horizontalScrollBar().isVisible()  # never a sideways scroll
    assert _cut_cells(view, WHAT_TO_DO) == [] and _cut_cells(view, CHAIR_COLUMN) == []
    window.grab().save(str(tmp_path / "samla-in-1280.png"))

    # The unknown key's bundle is chosen; a rescan makes every entry anew and keeps it chosen
    _click(qtbot, collect, lambda e: e.tables == (UNKNOWN_TABLE,) and e.state == inbox_mod.UNKNOWN_KEY)
    chosen = collect.selected_entry()
    details = collect.details.text()
    assert chosen is not None and collect.trust_button.isEnabled()
    entries_before = collect.inbox.entries
    _scan(qtbot, collect)
    assert collect.inbox.entries is not entries_before  # really scanned anew
    again = collect.selected_entry()
    assert again is not None and bundle_identity(again) == bundle_identity(chosen)
    assert [bundle_identity(e) for e in collect.selected_entries()] == [bundle_identity(chosen)]
    assert collect.details.text() == details and collect.trust_button.isEnabled()
    _all_lines_shown(qtbot, collect.details)


def test_a_known_keys_trust_names_the_conference_it_was_given_for(
    qtbot, qapp, secretariat, afternoon, sync_ops, tmp_path
):
    share = tmp_path / "delad"
    next_year = returning_chair_bundle(secretariat, afternoon, tmp_path, share)
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    _scan(qtbot, collect, [share / next_year])
    _click(qtbot, collect, lambda e: e.tables == (1,))
    lines = collect.details.text().splitlines()
    assert lines[0].startswith(f"Bord 1 på {NEXT_YEAR} (2027-03-11), Anna Lindqvist")
    # Trusted for table 1 of this spring's conference, not of next year's: said with its title and date
    assert lines[1].startswith(
        "Signerat av Anna Lindqvist (godkänd som: bordsordförande för bord 1 i Rundabordssamtal våren 2026"
        " (2026-03-12)), nyckel "
    ), lines
    _all_lines_shown(qtbot, collect.details)
    window.grab().save(str(tmp_path / "samla-in-återkommande.png"))
