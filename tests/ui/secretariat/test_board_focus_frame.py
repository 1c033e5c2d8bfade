"""The proposals board drew a focus frame on its first card as soon as its tab opened, while no card was
selected and every button was disabled: the frame claimed a choice the secretary had not made. The frame
now shows only on a card she has chosen, by mouse or by keyboard, and the buttons follow it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes

from .conftest import open_in_swedish
from .test_first_look_hands import _board_index, _click_tab, _new_secretariat


def _framed_but_not_chosen(board) -> list[str]:
    """Cards the delegate draws with the focus frame (the focused view's current card) not selected."""
    wrong = []
    for status, column in board.columns.items():
        view = column.view
        current = view.currentIndex()
        if view.hasFocus() and current.isValid() and not view.selectionModel().isSelected(current):
            wrong.append(f"{status}: {current.data()}")
    return wrong


def test_the_board_frames_no_card_the_secretary_has_not_chosen(qtbot, qapp, tmp_path):
    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    for table in (2, 5, 9):
        notes.add_note(workspace.store, conference_id, table, 1, f"Läxhjälp, bord {table}", kind="proposal")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id)
        with qtbot.waitActive(window):
            window.activateWindow()
        _click_tab(qtbot, window, 2)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)  # focus somewhere on a page
        _click_tab(qtbot, window, _board_index(window))
        board = window.proposals_view
        qapp.processEvents()
        first = board.columns["new"].view
        if not first.hasFocus():  # however focus came to the board, by keyboard it reaches the column
            first.setFocus(Qt.FocusReason.TabFocusReason)
            qapp.processEvents()
        assert first.hasFocus() and board.selected() == []
        assert not board.status_button.isEnabled()
        assert _framed_but_not_chosen(board) == []

        qtbot.keyClick(first, Qt.Key.Key_Down)  # the keyboard chooses the first card: framed and selected
        assert [p.text for p in board.selected()] == [first.model().index(0, 0).data()]
        assert board.status_button.isEnabled() and board.history_button.isEnabled()
        assert _framed_but_not_chosen(board) == []

        second = first.visualRect(first.model().index(1, 0)).center()
        qtbot.mouseClick(first.viewport(), Qt.MouseButton.LeftButton, pos=second)
        assert len(board.selected()) == 1 and first.currentIndex().row() == 1
        first.clearFocus()
        first.setFocus(Qt.FocusReason.TabFocusReason)  # coming back keeps her card, framed
        assert first.currentIndex().row() == 1 and _framed_but_not_chosen(board) == []
    finally:
        window.close()
        workspace.close()
