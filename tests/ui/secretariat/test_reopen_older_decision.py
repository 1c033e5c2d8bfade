"""Reopening an older decision after the field moved on, in Swedish at 1280×720, by mouse: the secretary
kept her own text, the chair (not having seen it) wrote again, she corrected the note once more, and then
reopens the first decision from "Avgjorda…". Every version that decision weighed is listed again, and
her own text with them, each once, beside her correction in use now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import conflicts, notes
from app.bundles import export_table, import_files
from app.merge import value_key
from app.workspace import Workspace
from ui import msgbox
from ui.secretariat.settled_dialog import SettledDialog

from ..chair.conftest import type_text
from .conflict_scene import CHAIR_TEXT, EDITED_TABLES, SECRETARIAT_TEXT, merged_with_conflicts
from .conftest import open_in_swedish

TABLE = EDITED_TABLES[0]
OWN_TEXT = "Bord 5: lokalerna öppnas för unga på kvällar och helger, med tydlig ansvarsfördelning."
CHAIRS_AGAIN = "Bord 5: lokalerna ska vara öppna och gratis för unga, och unga väljer tiderna."
CORRECTED = "Bord 5: lokalerna öppnas för unga (kansliets rättelse efter samtal med ordföranden)."


def _click_line(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _yes(qtbot) -> None:
    [box] = msgbox.open_boxes()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def _text_lines(panel) -> list[tuple[str, str]]:
    """(written by, version) of every list line of the table's text conflicts."""
    rows = [r for r in panel.model.rows() if r.conflict.field == "text" and r.conflict.table_number == TABLE]
    return [(panel.words.writer_cell(r), r.value) for r in rows]


def test_an_older_decision_reopened_puts_back_what_it_weighed_and_her_own_text(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    merged_with_conflicts(secretariat, afternoon, tmp_path)
    store = secretariat.store
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    [text] = [c for c in panel.conflicts() if c.field == "text" and c.table_number == TABLE]
    [chair] = [who for who, value in _text_lines(panel) if value == CHAIR_TEXT.format(n=TABLE)]
    chair = chair.removesuffix(" – gäller nu")
    assert not chair.startswith("Sekretariatet")

    # She writes her own text in place of both versions
    _click_line(qtbot, panel.view, panel.model.index(panel.row_of(text), 5))
    edit = panel.union_edit
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, OWN_TEXT)
    qtbot.mouseClick(panel.keep_union_button, Qt.MouseButton.LeftButton)
    _yes(qtbot)
    assert notes.note(store, text.record_id).text == OWN_TEXT
    assert _text_lines(panel) == []

    # The chair, who has not seen that, writes again; her bundle brings it in
    laptop = Workspace(tmp_path / f"laptop-{TABLE}")
    notes.edit_note(laptop.store, text.record_id, text=CHAIRS_AGAIN)
    path = export_table(laptop, afternoon.conference_id, TABLE, tmp_path / "bord-5-tredje.rbz").path
    laptop.close()
    [receipt] = import_files(secretariat, [path])
    assert receipt.status == "imported"
    panel.context.changed()
    assert sorted(_text_lines(panel)) == sorted(
        [(f"{chair} – gäller nu", CHAIRS_AGAIN), ("Sekretariatet", OWN_TEXT)]
    )

    # She corrects the note in Review once more: her correction follows both, nothing is left to weigh
    notes.edit_note(store, text.record_id, text=CORRECTED)
    panel.context.changed()
    assert _text_lines(panel) == []

    # ...and reopens the first decision from the settled list
    qtbot.mouseClick(panel.settled_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(SettledDialog)
    [row] = [r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 1).data() == "text"]
    assert dialog.model.index(row, 2).data() == panel.words.preview(OWN_TEXT, "text")
    _click_line(qtbot, dialog.view, dialog.model.index(row, 1))
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    dialog.close()

    lines = _text_lines(panel)
    in_use = [line for line in lines if line[0].endswith(" – gäller nu")]
    assert {value for _who, value in in_use} == {CORRECTED}  # her correction, on each conflict's first line
    # (two saves of this workspace in one conflict are told apart as its earlier and later save)
    earlier = "Sekretariatets tidigare sparning"
    assert sorted(line for line in lines if line not in in_use) == sorted(
        [
            (earlier, SECRETARIAT_TEXT.format(n=TABLE)),  # her first correction
            (chair, CHAIR_TEXT.format(n=TABLE)),  # the chair's version the decision set aside
            (earlier, OWN_TEXT),  # the text the decision kept
        ]
    )
    open_values = [
        value_key(c.theirs)
        for c in conflicts.open_conflicts(store)
        if (c.record_id, c.field) == (text.record_id, "text")
    ]
    assert len(open_values) == len(set(open_values)) == 3
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "äldre-beslut-öppnat-igen.png"))
