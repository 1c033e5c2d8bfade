"""The secretariat's hands on Arkiv › Exportera uppföljning… (tests/ui/secretariat/test_followup_*.py):
the menu entry clicked, the recipients' dialog, the box that says what was done, a bundle's parts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui import msgbox
from ui.collector import top_level_widgets
from ui.secretariat.followup_export import RecipientDialog

from .conftest import open_in_swedish


def click_file_menu_entry(qtbot, window, text: str) -> None:
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Arkiv"]
    [action] = [a for a in file_menu.actions() if a.text() == text]
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu.menuAction()).center())
    qtbot.waitUntil(file_menu.isVisible, timeout=3000)
    qtbot.mouseClick(file_menu, Qt.MouseButton.LeftButton, pos=file_menu.actionGeometry(action).center())


def recipient_dialog(qtbot) -> RecipientDialog:
    found: list[RecipientDialog] = []

    def shown() -> bool:
        found[:] = [w for w in top_level_widgets() if isinstance(w, RecipientDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def said_in_a_box(qtbot, words: str) -> str:
    qtbot.waitUntil(lambda: any(words in b.text() for b in msgbox.open_boxes()), timeout=10000)
    text = next(b.text() for b in msgbox.open_boxes() if words in b.text())
    for box in msgbox.open_boxes():
        box.close()
    return text


def read_bundle_parts(path: Path) -> tuple[dict, bytes]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json")), archive.read("records.jsonl")


def chairs_follow_ups_into(qtbot, qapp, monkeypatch, office, cid: str, folder: Path):
    """With no sync target, the chairs' follow-ups exported by mouse into `folder` (made here, chosen
    in the folder dialog): the window, left open, and what the box after the export said."""
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window = open_in_swedish(qtbot, qapp, office, cid)
    window.sync_status.automatic = False
    click_file_menu_entry(qtbot, window, "Exportera &uppföljning…")
    qtbot.mouseClick(recipient_dialog(qtbot).ok_button, Qt.MouseButton.LeftButton)
    return window, said_in_a_box(qtbot, str(folder))
