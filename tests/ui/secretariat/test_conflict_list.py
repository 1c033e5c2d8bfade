"""The conflict list read by a secretary, in Swedish, at both window sizes: every version on its own line
named by its writer's trusted name (or "Sekretariatet"), when and from which export; field names and
values in words; choosing asks first and can be reopened. Driven with real clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import conferences, conflicts
from ui import msgbox

from .conflict_scene import EDITED_TABLES, merged_with_conflicts
from .conftest import TWO_LAPTOPS_TABLE, open_in_swedish

TABLE = EDITED_TABLES[0]  # the secretariat and the chair changed its text, its votes and its themes


def _lines(panel, conflict) -> list[list[str]]:
    first = panel.row_of(conflict)
    model = panel.model
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in (first, first + 1)]


def _click(qtbot, panel, row: int) -> None:
    index = panel.model.index(row, 5)
    panel.view.scrollTo(index)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_each_version_is_a_line_named_by_its_writer_and_deciding_asks_first(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops, size
):
    merged_with_conflicts(secretariat, afternoon, tmp_path)
    chairs = {t.number: t.chair_name for t in conferences.tables(secretariat.store, afternoon.conference_id)}
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, size)
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Bord", "Fält", "Skrivet av", "Ändrat", "Från", "Version"]
    assert panel.summary.text() == "8 öppna konflikter"
    assert [(c.table_number, c.field) for c in panel.conflicts()] == [
        (TABLE, "text"),
        (TABLE, "themes"),
        (TABLE, "votes"),
        (TWO_LAPTOPS_TABLE, "text"),
        (EDITED_TABLES[1], "text"),
        (EDITED_TABLES[1], "votes"),
        (EDITED_TABLES[2], "text"),
        (EDITED_TABLES[2], "votes"),
    ]

    by_field = {c.field: c for c in panel.conflicts() if c.table_number == TABLE}
    text_lines = _lines(panel, by_field["text"])
    assert [line[:2] for line in text_lines] == [[str(TABLE), "text"], ["", ""]]  # said once per conflict
    writers = sorted(line[2] for line in text_lines)
    in_use = [w for w in writers if w.endswith(" – gäller nu")]
    assert len(in_use) == 1, writers  # which one prints if nobody decides
    assert {w.removesuffix(" – gäller nu") for w in writers} == {chairs[TABLE], "Sekretariatet"}
    sources = {line[2].removesuffix(" – gäller nu"): line[4] for line in text_lines}
    assert sources == {chairs[TABLE]: "export nr 2", "Sekretariatet": "den här arbetsytan"}
    assert all(line[3][:4].isdigit() for line in text_lines)  # when, in local time
    votes = {line[5] for line in _lines(panel, by_field["votes"])}
    assert votes == {"6 röster", "7 röster"}  # votes as words, not bare numbers
    assert _lines(panel, by_field["votes"])[0][1] == "röster"
    themes = {line[5] for line in _lines(panel, by_field["themes"])}
    assert themes == {"Självbild & stolthet", "Unga, Mångfald & integration"}  # theme names, not ids
    seven = _lines(panel, next(c for c in panel.conflicts() if c.table_number == TWO_LAPTOPS_TABLE))
    assert {line[2].removesuffix(" – gäller nu") for line in seven} == {
        chairs[TWO_LAPTOPS_TABLE],
        f"{chairs[TWO_LAPTOPS_TABLE]} (laptop 2)",
    }

    # What a glance needs is drawn whole: no name cut off, the list wider than nothing
    header = panel.view.horizontalHeader()
    metrics = panel.view.fontMetrics()
    for column in (2, 3, 4):
        widest = max(
            metrics.horizontalAdvance(str(model.index(r, column).data())) for r in range(model.rowCount())
        )
        assert header.sectionSize(column) >= widest, (column, headers[column])
    assert header.sectionSize(5) >= 300  # room for the text itself
    assert not panel.view.horizontalScrollBar().isVisible()
    assert panel.view.viewport().height() >= 6 * panel.view.rowHeight(0)  # three conflicts at a glance
    assert window.minimumSizeHint().width() <= size[0] and window.minimumSizeHint().height() <= size[1]

    # A real click on the second version's line chooses the conflict: both its lines are selected
    conflict = by_field["text"]
    _click(qtbot, panel, panel.row_of(conflict) + 1)
    assert panel.current() == conflict
    selected = {i.row() for i in panel.view.selectionModel().selectedRows()}
    assert selected == {panel.row_of(conflict), panel.row_of(conflict) + 1}
    assert panel.union_edit.isVisible()
    labels = {panel.ours_label.text(), panel.theirs_label.text()}
    assert any(t.startswith(f"{chairs[TABLE]}, ändrat ") and "(export nr 2, signerad " in t for t in labels)
    assert any(t.startswith("Sekretariatet, ändrat ") for t in labels)
    assert panel.theirs_edit.accessibleName().startswith("Versionen från ")
    window.grab().save(str(tmp_path / f"konflikter-{size[0]}.png"))

    # Keeping the chair's version asks first, naming both sides; "Nej" changes nothing
    chair_button = next(
        b for b in (panel.keep_ours_button, panel.keep_theirs_button) if b.text().endswith(chairs[TABLE])
    )
    assert chair_button.text() == f"Behåll versionen från {chairs[TABLE]}"
    qtbot.mouseClick(chair_button, Qt.MouseButton.LeftButton)
    [box] = msgbox.open_boxes()
    assert box.text() == (
        f"Versionen från {chairs[TABLE]} behålls och versionen från sekretariatet läggs åt sidan. Du kan"
        " öppna konflikten igen efteråt med ”Öppna igen den senast avgjorda konflikten”. Beslutet följer"
        " med till alla kopior av posten, och texten kan fortfarande ändras under Anteckningar."
    )
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert conflict in panel.conflicts()
    qtbot.mouseClick(chair_button, Qt.MouseButton.LeftButton)
    [box] = msgbox.open_boxes()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert conflict.id not in {c.id for c in panel.conflicts()}
    assert panel.summary.text() == "7 öppna konflikter"

    # ...and the choice is reopened with a click: every version it weighed is listed again
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert conflict.id in {c.id for c in conflicts.open_conflicts(secretariat.store, afternoon.conference_id)}
    assert panel.summary.text() == "8 öppna konflikter"


def test_a_count_or_a_theme_list_offers_no_union_to_write_and_says_why(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    merged_with_conflicts(secretariat, afternoon, tmp_path)
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    votes = next(c for c in panel.conflicts() if c.field == "votes")
    _click(qtbot, panel, panel.row_of(votes))
    assert {panel.ours_edit.toPlainText(), panel.theirs_edit.toPlainText()} == {"6 röster", "7 röster"}
    assert not panel.union_edit.isEnabled() and not panel.keep_union_button.isEnabled()
    assert panel.union_edit.toPlainText() == ""
    why = "Det här är ingen text som går att skriva med egna ord: behåll en av de två versionerna."
    assert panel.union_edit.placeholderText() == why == panel.keep_union_button.toolTip()
    assert panel.reopen_button.isVisible()


def test_a_screen_reader_hears_the_table_and_field_on_both_lines_of_a_conflict(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    from PySide6.QtGui import QAccessible

    merged_with_conflicts(secretariat, afternoon, tmp_path)
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1366, 768))
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    votes = next(c for c in panel.conflicts() if c.field == "votes")
    second = panel.row_of(votes) + 1
    assert panel.model.index(second, 0).data() == ""  # blank to the eye: the line above says it
    view = QAccessible.queryAccessibleInterface(panel.view)
    children = (view.child(i) for i in range(view.childCount()))
    cells = [child for child in children if child.role() == QAccessible.Role.Cell]  # by line, then column
    columns = panel.model.columnCount()
    heard = [cells[second * columns + c].text(QAccessible.Text.Name) for c in range(3)]
    assert heard[:2] == [f"Bord {TABLE}", "röster"] and heard[2].startswith(("Sekretariatet", "Maria"))


def test_after_settling_a_conflict_the_next_one_in_the_list_is_chosen(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    merged_with_conflicts(secretariat, afternoon, tmp_path)
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    listed = panel.conflicts()
    middle = next(c for c in listed if (c.table_number, c.field) == (EDITED_TABLES[1], "text"))
    _click(qtbot, panel, panel.row_of(middle))
    qtbot.mouseClick(panel.keep_ours_button, Qt.MouseButton.LeftButton)
    [box] = msgbox.open_boxes()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert middle.id not in {c.id for c in panel.conflicts()}
    assert (panel.current().table_number, panel.current().field) == (EDITED_TABLES[1], "votes")


def test_any_settled_conflict_can_be_reopened_not_only_the_last(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    """Two conflicts settled one after the other; the first of them is reopened from "Avgjorda…" by
    mouse, and the second stays settled."""
    from ui.secretariat.settled_dialog import SettledDialog

    merged_with_conflicts(secretariat, afternoon, tmp_path)
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    assert not panel.settled_button.isEnabled()
    first, second = (c for c in panel.conflicts() if c.table_number == TABLE and c.field in ("text", "votes"))
    for conflict in (first, second):
        _click(qtbot, panel, panel.row_of(conflict))
        qtbot.mouseClick(panel.keep_ours_button, Qt.MouseButton.LeftButton)
        [box] = msgbox.open_boxes()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert panel.summary.text() == "6 öppna konflikter"
    qtbot.mouseClick(panel.settled_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(SettledDialog)
    assert dialog.windowTitle() == "Avgjorda konflikter"
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Bord", "Fält", "Behölls", "Avgjord"]
    rows = [[model.index(r, c).data() for c in range(2)] for r in range(model.rowCount())]
    assert rows == [[str(TABLE), "röster"], [str(TABLE), "text"]]  # the newest first
    index = model.index(1, 1)
    qtbot.mouseClick(
        dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=dialog.view.visualRect(index).center()
    )
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    open_now = {c.id for c in panel.conflicts()}
    assert first.id in open_now and second.id not in open_now
    assert panel.summary.text() == "7 öppna konflikter"
    assert [[model.index(r, c).data() for c in range(2)] for r in range(model.rowCount())] == [
        [str(TABLE), "röster"]
    ]
