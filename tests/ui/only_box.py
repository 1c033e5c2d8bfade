"""The text of the one message box a window shows, waited for and closed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui import msgbox


def said_in_the_only_box(qtbot) -> str:
    """Waits for a message box, takes the text of the only one open, closes it."""
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()))
    [box] = msgbox.open_boxes()
    text = box.text()
    box.close()
    QApplication.processEvents()
    return text
