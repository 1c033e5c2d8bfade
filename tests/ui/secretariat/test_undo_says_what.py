"""One history serves every tab of the secretariat's window, so Ctrl+Z may undo an edit made in a tab not
shown: the status bar says what was undone or redone, in Swedish (the chair's window does the same)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from ui.secretariat.notes_model import COL_TEXT

from ..chair.conftest import type_text
from .conftest import open_in_swedish

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_in_another_tab_says_what_it_undid(qtbot, qapp, demo_workspace, demo_conference_id, sync_ops):
    store = demo_workspace.store
    note_id = notes.add_note(store, demo_conference_id, 2, 1, "Äldreomsorg nära hemet")
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Granska
    review = window.review_view
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 1, timeout=3000)
    cell = review.view.visualRect(review.model.index(0, COL_TEXT)).center()
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "Äldreomsorg nära hemmet")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: notes.note(store, note_id).text == "Äldreomsorg nära hemmet", timeout=3000)

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # Förbered: the note is not on screen
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert notes.note(store, note_id).text == "Äldreomsorg nära hemet"
    assert window.statusBar().currentMessage() == "Ångrade: ändra anteckning"
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier
    )
    assert notes.note(store, note_id).text == "Äldreomsorg nära hemmet"
    assert window.statusBar().currentMessage() == "Gjorde om: ändra anteckning"
    assert window.workspace_label.text().startswith("Arbetsyta: ")
    window.close()


def test_ctrl_f_from_any_tab_goes_to_the_search_of_the_notes(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops
):
    """The search field says "(Ctrl+F)", but only in Review did the key do anything."""
    notes.add_note(demo_workspace.store, demo_conference_id, 2, 1, "Fler mötesplatser för unga")
    notes.add_note(demo_workspace.store, demo_conference_id, 3, 1, "Äldreomsorg nära hemmet")
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    with qtbot.waitActive(window):
        window.activateWindow()
    review = window.review_view
    for tab in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_5):  # Förbered, Samla in, Granska itself
        qtbot.keyClick(window, tab, CTRL)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, CTRL)
        assert window.tabs.currentWidget() is review
        assert QApplication.focusWidget() is review.search_edit
    type_text(qtbot, review.search_edit, "mötesplats")
    qtbot.keyClick(review.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 1, timeout=3000)
    assert review.model.note_at(0).text == "Fler mötesplatser för unga"
    window.close()
