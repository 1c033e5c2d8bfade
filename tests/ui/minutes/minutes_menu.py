"""The minutes actions as these tests reach them: on a bare window of a given size, or in the
secretariat's real window through its Print menu, by mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.minutes_actions import MinutesActions, populate_secretariat_menu


def on_a_window(qtbot, workspace, conference_id: str, width: int, height: int) -> MinutesActions:
    """The secretariat's minutes actions on a shown window of `width`×`height`; a document made is not
    opened in the system's viewer."""
    window = QMainWindow()
    window.resize(width, height)
    qtbot.addWidget(window)
    window.show()
    made = populate_secretariat_menu(QMenu(window), workspace, lambda: conference_id, window)
    made.open_in_viewer = False
    return made


def choose_from_print_menu(qtbot, window, entry: str, text: str, target: Path) -> list[Path]:
    """The Print menu by mouse, then its entry `entry` (the minutes actions' attribute, shown as `text`);
    the file dialog answers `target`. Returns the default paths the file dialog was offered."""
    asked: list[Path] = []
    actions = window.minutes_actions
    actions.open_in_viewer = False
    actions.ask_save_path = lambda title, default, filters: asked.append(default) or target
    bar, menu = window.menuBar(), window.print_menu
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    action = getattr(actions, entry)
    assert action.text() == text
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    return asked
