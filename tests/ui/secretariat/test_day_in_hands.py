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


def test_a_table_facts_conflict_is_said_in_swedish_words(qtbot, qapp, afternoon, secretariat, tmp_path):
    """The chair counted 9 participants and 3 aged 25–44 while the secretariat typed 10 and 2 under 25:
    the conflict names the fields and says the values as words, not "bands" and '{"age:25-44": 3}'."""
    import shutil

    from app import conferences
    from app.bundles import export_table
    from app.workspace import Workspace

    assert import_files(secretariat, [afternoon.stick / "bord-5.rbz"])[0].status == "imported"
    laptop_dir = tmp_path / "t5"
    shutil.copytree(afternoon.secretariat_template.parent / "laptops" / "t5", laptop_dir)
    laptop = Workspace(laptop_dir)
    conference = afternoon.conference_id
    conferences.set_table_facts(laptop.store, conference, 5, participants=9, bands={"age:25-44": 3})
    again = export_table(laptop, conference, 5, tmp_path / "bord-5-igen.rbz").path
    laptop.close()
    conferences.set_table_facts(secretariat.store, conference, 5, participants=10, bands={"age:-24": 2})
    assert import_files(secretariat, [again])[0].status == "imported"

    window = open_in_swedish(qtbot, qapp, secretariat, conference)
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    view, model = panel.view, panel.view.model()
    said = {}
    for row in range(model.rowCount()):
        field = model.index(row, 1).data()
        if not field:
            continue
        index = model.index(row, 0)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
        said[field] = {panel.ours_edit.toPlainText(), panel.theirs_edit.toPlainText()}
    assert said == {
        "deltagare": {"10 deltagare", "9 deltagare"},
        "ålders- och könsgrupper": {"Upp till 24 år: 2", "25–44 år: 3"},
    }

    # Settled, the list of settled conflicts names the table (it was empty for a table's own facts).
    from PySide6.QtWidgets import QMessageBox

    from ui import msgbox
    from ui.secretariat.settled_dialog import SettledDialog

    [participants] = [c for c in panel.conflicts() if c.field == "participants"]
    index = model.index(panel.row_of(participants), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.mouseClick(panel.keep_ours_button, Qt.MouseButton.LeftButton)
    [box] = msgbox.open_boxes()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.settled_button, Qt.MouseButton.LeftButton)
    settled = panel.findChild(SettledDialog).model
    rows = [[settled.index(r, c).data() for c in range(3)] for r in range(settled.rowCount())]
    assert rows == [["5", "deltagare", "10 deltagare"]]


def test_a_held_bundle_whose_key_was_trusted_since_is_ready_and_merges(qtbot, qapp, afternoon, secretariat):
    """Table 40's export came before its chair's key card: held. Once the card is trusted, Collect said
    "I karantän (okänd nyckel)" over a trusted key, and nothing was ready to merge."""
    from app.bundles import quarantine
    from app.bundles.identity import require_identity
    from app.workspace import Workspace
    from ui.secretariat import inbox as inbox_mod

    from .conftest import UNKNOWN_TABLE

    assert import_files(secretariat, [afternoon.unknown])[0].status == "quarantined"
    laptop = Workspace(afternoon.secretariat_template.parent / "laptops" / f"t{UNKNOWN_TABLE}")
    key = require_identity(laptop)
    laptop.close()
    trust.add(secretariat.store, key.public_key, key.name, "chair", afternoon.conference_id, UNKNOWN_TABLE)

    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    collect = window.collect_view
    _click_tab(qtbot, window, collect)
    qtbot.mouseClick(collect.scan_button, Qt.MouseButton.LeftButton)

    def row_of_40():
        model = collect.model
        rows = [
            model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).tables == (UNKNOWN_TABLE,)
        ]
        return rows[0] if len(rows) == 1 else None

    qtbot.waitUntil(lambda: row_of_40() is not None and row_of_40().state == inbox_mod.READY)
    merge = window.merge_view
    _click_tab(qtbot, window, merge)
    assert merge.merge_button.isEnabled()
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.model.rowCount() == 1, timeout=20000)
    assert quarantine.held(secretariat.store) == []
    assert "40" in {str(merge.model.index(r, 0).data()) for r in range(merge.model.rowCount())}
