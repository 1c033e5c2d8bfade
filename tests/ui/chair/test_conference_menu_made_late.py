"""The Conference menu's minutes and paper-table entries are made when the menu first opens (the chair's
start does not load them), and then stand where they always stood, working."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .real_hands import in_swedish, open_table

ENTRIES = [
    "&Öppna konferens…",
    "Uppgifter om &bordet…",
    "&Granska bordet…",
    "",
    "S&kriv ut bordets minnesanteckningar…",
    "Spara bordets minnesanteckningar som P&DF…",
    "Skriv &ut senaste dokumentet…",
    "&Signera och exportera…",
    "Signera och exportera i &äldsta formatet…",
    "Spara en ko&pia av det signerade paketet…",
    "",
    "Spara en &mall för bord utan dator…",
    "&Importera anteckningar från kalkylark…",
    "F&oton av bordens papper…",
    "",
    "S&ynka nu",
    "Synkins&tällningar…",
    "",
    "Inställ&ningar…",
    "&Avsluta",
]


def test_the_conference_menu_opened_from_the_menu_bar_lists_and_runs_the_minutes_and_paper_entries(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    actions = chair.chair_actions
    menu = actions.conference_menu
    assert actions._minutes is None and actions._paper is None  # not made with the window
    bar = chair.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    assert [a.text() for a in menu.actions()] == ENTRIES
    save_minutes = actions.save_minutes_action
    assert save_minutes.isEnabled()  # a table is open
    template = actions.paper.template_action
    asked: list[object] = []
    actions.paper.ask_save_path = lambda default: asked.append(default)  # the chair cancels the dialog
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(template).center())
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)
    # Opened again: the entries are not added twice.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    assert [a.text() for a in menu.actions()] == ENTRIES
    menu.hide()
    chair.close()
