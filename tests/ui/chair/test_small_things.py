"""The small things chairs trip on, in Swedish on a 1366×768 window, driven by keys and mouse."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton

from app import notes

from ..menu_mnemonics import menu_mnemonic_problems
from .conftest import type_text
from .real_hands import fill_question, in_swedish, note_point, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _fill(button: QAbstractButton) -> QColor:
    image = button.grab().toImage()
    return QColor(image.pixel(image.width() // 2, 3))  # above the text, inside the border


def test_escape_in_the_filter_clears_it_and_returns_to_the_new_note_field(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 60)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    qtbot.keyClick(chair.entry, Qt.Key.Key_L, CTRL)
    type_text(qtbot, chair.filter_edit, "busskort")
    assert 0 < chair.notes_model.rowCount() < 60
    qtbot.keyClick(chair.filter_edit, Qt.Key.Key_Escape)
    assert chair.filter_edit.text() == "" and chair.notes_model.rowCount() == 60
    assert QApplication.focusWidget() is chair.entry
    chair.close()


def test_focus_frame_and_checked_buttons_are_unmistakable(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair.add_note("Ett förslag om läxhjälp")
    chair.entry.setFocus()
    QApplication.processEvents()
    focused = chair.entry.grab().toImage()
    chair.notes_view.setFocus()
    QApplication.processEvents()
    unfocused = chair.entry.grab().toImage()
    edge = (1, focused.height() // 2)
    assert _contrast(QColor(focused.pixel(*edge)), QColor(unfocused.pixel(*edge))) >= 1.5  # the frame shows

    acts = chair.chair_actions
    rect_point = note_point(chair, 0)
    qtbot.mouseClick(chair.notes_view.viewport(), Qt.MouseButton.LeftButton, pos=rect_point)
    buttons = {b.defaultAction(): b for b in chair.tag_bar.findChildren(QToolButton)}
    qtbot.mouseClick(buttons[acts.kind_actions["proposal"]], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    checked, unchecked = buttons[acts.kind_actions["proposal"]], buttons[acts.kind_actions["note"]]
    assert checked.isChecked() and not unchecked.isChecked()
    assert _contrast(_fill(checked), _fill(unchecked)) >= 3.0
    assert checked.text().startswith("✓") and not unchecked.text().startswith("✓")  # not colour alone
    chair.close()


def test_ctrl_o_on_the_open_screen_asks_for_a_pack(qtbot, qapp, demo_workspace):
    in_swedish(qapp)
    from .conftest import open_window

    chair = open_window(qtbot, demo_workspace)
    asked = []
    chair.picker.ask_file = lambda: asked.append(True) or None
    assert chair.pages.currentWidget() is chair.picker_page and chair.picker.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or chair, Qt.Key.Key_O, CTRL)
    assert asked == [True]
    chair.close()


def _mnemonics(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        match = re.search(r"(?<!&)&([^&\s])", text)
        if match:
            found.append(match.group(1).lower())
    return found


def test_alt_mnemonics_are_unique_in_the_window_and_each_menu(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    bar = _mnemonics([a.text() for a in chair.menuBar().actions()])
    buttons = [
        w.text()
        for w in chair.findChildren(QAbstractButton)
        if w.isVisible() and w.window() is chair and not isinstance(w, QToolButton)
    ]
    labels = [w.text() for w in chair.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    window_level = bar + _mnemonics(buttons + labels)
    assert len(window_level) == len(set(window_level)), window_level
    assert menu_mnemonic_problems(chair) == []  # each menu: every entry a letter, none twice
    chair.show_review()
    review_buttons = [b.text() for b in chair.review.findChildren(QAbstractButton) if b.isVisible()]
    letters = bar + _mnemonics(review_buttons)
    assert len(letters) == len(set(letters)), letters
    chair.close()


def test_search_hits_are_highlighted_not_bracketed(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 80)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    qtbot.keyClick(chair.entry, Qt.Key.Key_F, CTRL)
    dialog = chair.search_dialog
    type_text(qtbot, dialog.query, "busskort")
    dialog.run_search()
    model = dialog.model
    assert model.rowCount() > 0
    shown = model.data(model.index(0))
    assert "[" not in shown and "]" not in shown and "busskort" in shown.lower()
    assert "background-color" in model.data(model.index(0), Qt.ItemDataRole.UserRole + 1)
    image = dialog.results.viewport().grab().toImage()
    marks = sum(
        QColor(image.pixel(x, y)).name() == "#ffe066"
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 60), 2)
    )
    assert marks > 10  # the highlight is really drawn
    dialog.close()
    chair.close()


def test_table_facts_title_is_whole_and_it_validates_as_you_type(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    qtbot.keyClick(chair.entry, Qt.Key.Key_I, CTRL)
    dialog = chair.editing.facts_dialog
    assert dialog.windowTitle() == "Uppgifter om bordet: Bord 3"
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100
    dialog.participants.setValue(5)
    dialog.band_spins["gender:woman"].setValue(4)
    assert dialog.ok_button.isEnabled() and not dialog.problem.isVisible()
    dialog.band_spins["gender:man"].setValue(3)  # 7 of 5: said at once, OK greyed out
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.isVisible() and "7" in dialog.problem.text() and "5" in dialog.problem.text()
    dialog.band_spins["gender:man"].setValue(1)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert chair.session.table.bands == {"gender:woman": 4, "gender:man": 1}
    assert notes  # (the store module is what the dialog's edit went through)
    chair.close()
