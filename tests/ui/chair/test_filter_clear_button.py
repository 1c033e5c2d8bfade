"""The filter's clear button is made with the first text typed (not at the window's start) and then works
as before: shown while there is text, a click empties the filter and every note is listed again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from .conftest import type_text
from .real_hands import in_swedish, open_table


def test_the_filter_clear_button_appears_with_text_and_a_click_clears_the_filter(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    for text in ("ungdomar", "kollektivtrafik"):
        type_text(qtbot, chair.entry, text)
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    assert chair.notes_model.rowCount() == 2
    edit = chair.filter_edit
    assert not edit.findChildren(QToolButton)  # nothing made before it is needed
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, edit, "kollektiv")
    qtbot.waitUntil(lambda: chair.notes_model.rowCount() == 1, timeout=3000)
    [button] = edit.findChildren(QToolButton)
    qtbot.waitUntil(button.isVisible, timeout=3000)
    assert edit.rect().contains(button.geometry())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert edit.text() == ""
    qtbot.waitUntil(lambda: chair.notes_model.rowCount() == 2, timeout=3000)
    chair.close()
