"""The chair's window on a copy of the demo workspace, shown and active so shortcuts reach it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.workspace import Workspace


def open_window(qtbot, workspace: Workspace):
    from ui.chair.window import ChairWindow

    window = ChairWindow(workspace)
    window.sync_status.automatic = False  # no background syncing during a test
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def press(window, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the chair presses it: to whatever has the focus, so shortcuts and widgets both see it."""
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifiers)


@pytest.fixture
def window(qtbot, demo_workspace, demo_conference_id):
    """The chair's window with table 3 of the demo conference picked through the picker page."""
    chair = open_window(qtbot, demo_workspace)
    chair.picker.reload(demo_conference_id)
    chair.picker.select_table(3)
    chair.picker.buttons.button(chair.picker.buttons.StandardButton.Open).click()
    assert chair.session is not None
    yield chair
    chair.close()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: qtbot.keyClicks for ASCII runs; å, ä, ö and friends as key events carrying the
    character (QTest can only map ASCII characters to keys)."""
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    if run:
        qtbot.keyClicks(widget, run)
