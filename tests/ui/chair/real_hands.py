"""Helpers for driving the chair's window as a new chair does: Swedish, a real screen size, a question
holding hundreds of messy notes, and the mouse on what is drawn."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app import notes
from ui import application

from .conftest import open_window

_STARTS = [
    "Fler mötesplatser för unga",
    "busskort!! för alla under 20",
    "Kollektivtrafik efter skoltid & på helger",
    "Läxhjälp på biblioteket",
    "vi behöver   ett ungdomsråd",
    "Bredband till ALLA byar",
    "Äldreomsorg nära hemmet",
    "mentorer för nyanlända (språkcafé?)",
    "Föreningslivet tappar ledare – varför?",
    "Cykelväg Åre–Järpen",
    "Sommarjobb i kommunen, fler platser",
    "Trygghet i centrum på kvällen",
    '<b>inte html</b> & citat "så här"',
]
_TAILS = [
    "",
    " – viktigt",
    " (sa tre personer)",
    "\nandra raden om samma sak",
    " osv…",
    " ?!",
    " – se punkt 3",
]


def messy_swedish_notes(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(_STARTS)}{rng.choice(_TAILS)} #{i}" for i in range(count)]


def fill_question(workspace, conference_id: str, table: int, question: int, count: int) -> None:
    store = workspace.store
    with store.transaction():
        for text in messy_swedish_notes(count):
            notes.add_note(store, conference_id, table, question, text)


def in_swedish(qapp) -> None:
    QSettings().setValue("language", "sv")
    assert application.configure(qapp) == "sv"


def open_table(qtbot, workspace, conference_id: str, number: int = 3, size: tuple[int, int] = (1366, 768)):
    chair = open_window(qtbot, workspace)
    chair.resize(*size)
    chair.open_table(conference_id, number)
    QApplication.processEvents()
    return chair


def note_point(chair, row: int) -> QPoint:
    """The middle of a note as it is drawn (scrolled into view first, as a chair's eye would)."""
    chair.notes_view.scrollTo(chair.notes_model.index(row))
    QApplication.processEvents()  # may read the list again: the index is taken anew after it
    return chair.notes_view.visualRect(chair.notes_model.index(row)).center()


def click_note(qtbot, chair, row: int) -> None:
    qtbot.mouseClick(chair.notes_view.viewport(), Qt.MouseButton.LeftButton, pos=note_point(chair, row))


def row_is_visible(chair, row: int) -> bool:
    rect = chair.notes_view.visualRect(chair.notes_model.index(row))
    return rect.isValid() and chair.notes_view.viewport().rect().contains(rect.center())


def open_menu(qtbot, window, menu) -> None:
    """Open `menu` by a click on its title where the menu bar draws it."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)


def click_menu_entry(qtbot, window, menu, action) -> None:
    """Open the menu from the menu bar and click the entry, both where they are drawn."""
    open_menu(qtbot, window, menu)
    assert action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
