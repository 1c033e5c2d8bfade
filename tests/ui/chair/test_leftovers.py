"""Two things a chair met in real hands, in Swedish at 1366×768: an empty question shown while new notes
go to another says where typing goes (not "type below"), and "Spara en kopia" of the signed bundle is in
the Conference menu whenever the open table has one (not only in the box right after an export)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bundles import export_table
from app.bundles.identity import create_identity

from .conftest import press, type_text
from .real_hands import click_menu_entry, in_swedish, open_table


def test_an_empty_question_shown_while_typing_goes_elsewhere_says_where_typing_goes(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    empty = chair.capture.notes_empty
    assert empty.label.text().startswith("Inga anteckningar till frågan än. Skriv")
    type_text(qtbot, chair.entry, "fel fråga – hör till fråga två")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    press(chair, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # move it to question 2
    menu = chair.editing.move_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    qtbot.keyClick(menu, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)
    chair.place.show_question(chair.session.questions[1].id)  # the moved note is followed
    QApplication.processEvents()
    assert "(nya anteckningar hamnar fortfarande under fråga 1)" in chair.capture.question_label.text()
    chair.place.select_note_row(0)
    delete = chair.chair_actions.delete_action
    [edit_menu] = [a.menu() for a in chair.menuBar().actions() if a.menu() and delete in a.menu().actions()]
    click_menu_entry(qtbot, chair, edit_menu, delete)  # Redigera > Ta bort anteckning, by mouse
    QApplication.processEvents()  # deleted: the question shown is empty, typing still goes to question 1
    assert chair.notes_model.rowCount() == 0 and empty.is_shown()
    assert empty.label.text() == (
        "Inga anteckningar till den här frågan. "
        "Det du skriver nedan hamnar under fråga 1, den som diskuteras."
    )
    chair.place.show_discussed_question()
    QApplication.processEvents()
    assert empty.label.text().startswith("Inga anteckningar till frågan än. Skriv")
    chair.close()


def test_save_a_copy_is_in_the_conference_menu_whenever_the_table_has_a_signed_bundle(
    qtbot, qapp, boxes, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    bundle = export_table(demo_workspace, demo_conference_id, 3).path  # exported yesterday, say
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    action = chair.export_flow.save_copy_action
    menu = chair.chair_actions.conference_menu
    assert action in menu.actions() and action.text() == "Spara en ko&pia av det signerade paketet…"
    usb = tmp_path / "USB-MINNE"
    usb.mkdir()
    asked: list[str] = []
    chair.export_flow.ask_copy_path = lambda name: asked.append(name) or str(usb / name)
    click_menu_entry(qtbot, chair, menu, action)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked == ["Bord-03-Rundabordssamtal-varen-2026-03-12.rbz"]
    assert (usb / asked[0]).read_bytes() == bundle.read_bytes()

    chair.open_table(demo_conference_id, 4)  # a table never exported: nothing to copy
    QApplication.processEvents()
    assert not action.isEnabled()
    chair.close()
