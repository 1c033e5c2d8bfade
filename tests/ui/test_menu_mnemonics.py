"""Every entry of every menu of both windows, and every menu bar title, can be reached by Alt and a letter:
each has a mnemonic, and no other entry of its menu has the same one. In Swedish and in English, on a
conference with themes whose names have no mark of their own (the chair's Tags menu)."""

from __future__ import annotations

import pytest

from tests.ui.chair.conftest import open_window
from tests.ui.menu_mnemonics import menu_mnemonic_problems
from ui import i18n


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_menu_entry_of_both_windows_has_its_own_mnemonic(
    qtbot, qapp, demo_workspace, demo_conference_id, language
):
    loaded = i18n.install(language, qapp)
    if language == "sv":
        assert any(name.endswith("common_sv.qm") for name in loaded), "run `make translations` first"
    chair = open_window(qtbot, demo_workspace)
    chair.resize(1366, 768)
    chair.open_table(demo_conference_id, 3)
    assert chair.chair_actions.theme_actions  # the demo's themes are in the Tags menu
    first_title = chair.menuBar().actions()[0].text()
    assert first_title == ("&Konferens" if language == "sv" else "&Conference")  # the language is in use
    chair_problems = menu_mnemonic_problems(chair)
    chair.close()

    from ui.secretariat.window import SecretariatWindow

    secretariat = SecretariatWindow(demo_workspace)
    secretariat.sync_status.automatic = False
    qtbot.addWidget(secretariat)
    secretariat.resize(1366, 768)
    secretariat.show()
    secretariat.choose_conference(demo_conference_id)
    secretariat_problems = menu_mnemonic_problems(secretariat)
    secretariat.close()
    i18n.install("en", qapp)
    assert chair_problems == [] and secretariat_problems == [], chair_problems + secretariat_problems


def test_the_walk_sees_a_missing_and_a_shared_mnemonic(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Arkiv")
    menu.addAction("&Öppna")
    menu.addAction("Ö&verst")  # its own letter
    menu.addAction("Synka nu")  # none
    sub = menu.addMenu("&Senaste")  # a submenu is walked too
    sub.addAction("Ett && två")  # "&&" is an ampersand, not a mark
    sub.addAction("&Tre")
    sub.addAction("&Tolv")
    window.menuBar().addMenu("&Avsluta")  # shares "a" with Arkiv on the bar
    problems = menu_mnemonic_problems(window)
    assert problems == [
        "menu bar: '&Avsluta' and '&Arkiv' share &a",
        "&Arkiv: no mnemonic in 'Synka nu'",
        "&Arkiv › &Senaste: no mnemonic in 'Ett && två'",
        "&Arkiv › &Senaste: '&Tolv' and '&Tre' share &t",
    ]
