"""The review window in Swedish: each of its buttons has an Alt key of its own (Alt+O was "Skriv om…"
and "Ta bort alla obeslutade" both, so Alt+O only moved the focus between them), and its intro names
all four choices, leaving the note out too."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMainWindow, QPushButton

from app import notes
from ui.minutes_privacy import PrivacyReviewDialog


def test_every_button_has_an_alt_key_of_its_own_and_the_intro_names_leave_out(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    from ui import i18n

    i18n.install("sv", qapp)
    notes.add_note(demo_workspace.store, demo_conference_id, 3, 1, "Ring föreningen på 070-123 45 67")
    window = QMainWindow()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    window.show()
    dialog = PrivacyReviewDialog(window, demo_workspace.store, demo_conference_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    letters: dict[str, str] = {}
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            found = re.search(r"&(\w)", button.text())
            if found:
                letters.setdefault(found.group(1).lower(), button.text())
                assert letters[found.group(1).lower()] == button.text(), (button.text(), letters)
    assert len(letters) >= 6, letters  # ta bort, behåll, skriv om, utelämna, alla obeslutade, publicera
    assert "utelämna anteckningen" in dialog.intro.text()
    dialog.reject()
