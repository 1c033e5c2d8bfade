"""Two secretariat windows on Review, in Swedish, as two secretaries (or one in two windows) have them
open, and an edit of a note's text made as a person makes it: a double click on the drawn text, typing
over it, Ctrl+Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.secretariat.notes_model import COL_TEXT

from ..chair.conftest import type_text
from .conftest import open_in_swedish

CTRL = Qt.KeyboardModifier.ControlModifier
EVENTUALLY = 5_000  # waits for an event, never a promise of speed


def open_on_review(qtbot, qapp, workspaces, conference_id: str, rows: int = 1) -> tuple:
    """One window per workspace (1366x768, then 1280x720), each on Review showing `rows` notes."""
    sizes = ((1366, 768), (1280, 720))
    windows = tuple(
        open_in_swedish(qtbot, qapp, workspace, conference_id, size=size)
        for workspace, size in zip(workspaces, sizes, strict=True)
    )
    for window in windows:
        window.sync_status.automatic = False
        window.tabs.setCurrentWidget(window.review_view)
        qtbot.waitUntil(
            lambda w=window: not w.review_view.model.loading and w.review_view.model.rowCount() == rows,
            timeout=EVENTUALLY,
        )
    return windows


def edit_text(qtbot, window, text: str) -> None:
    """Activate the window, double-click the first note's text, type over it and save with Ctrl+Enter."""
    with qtbot.waitActive(window):
        window.activateWindow()
    review = window.review_view
    cell = review.view.visualRect(review.model.index(0, COL_TEXT)).center()
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not review.view
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
