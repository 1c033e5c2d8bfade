"""What a secretary met opening the window the morning after the CLI had synced: the Merge tab said
"nothing has been merged yet" over a workspace holding every table, and "Who has reported" named a key
by the name it had before the secretary renamed it. Swedish, by mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.bundles import import_files, trust
from app.bundles.naming import rename

from .conftest import open_in_swedish


def _click_tab(qtbot, window, widget) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(widget)).center())
    assert window.tabs.currentWidget() is widget


def test_merged_before_the_window_opened_is_not_called_nothing_and_a_renamed_key_reads_renamed(
    qtbot, qapp, afternoon, secretariat
):
    receipts = import_files(secretariat, [afternoon.stick / "bord-1.rbz", afternoon.stick / "bord-2.rbz"])
    assert [r.status for r in receipts] == ["imported", "imported"]
    [first] = [e for e in trust.entries(secretariat.store) if e.table_number == 1]
    rename(secretariat.store, first.key_id, "Anna Lindqvist (dator 1)")
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)

    _click_tab(qtbot, window, window.merge_view)
    empty = window.merge_view.empty_state
    assert empty.is_shown()
    said = empty.label.text()
    assert said.startswith("Inget har slagits samman sedan fönstret öppnades.")
    assert "”Redan inläst” under Samla in" in said and "än." not in said

    _click_tab(qtbot, window, window.overview_view)
    model = window.overview_view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    signed = headers.index("Signerat av")
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() in (1, "1")]
    assert model.index(row, signed).data() == "Anna Lindqvist (dator 1)"
