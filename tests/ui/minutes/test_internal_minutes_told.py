"""The conference minutes print the notes as written, personal data included (only the public report
and open data are reviewed). The secretary is told how much there is, in Swedish, before the file is
made; the document keeps it all when she goes on, and nothing is made when she says no."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app import notes
from ui import msgbox

from ..secretariat.conftest import open_in_swedish
from .minutes_menu import choose_from_print_menu

PASTED = "Ring Anna på 070-123 45 67 eller anna.berg@example.se om läxhjälpen"
NUMBERS = ("Eva Ek 19800101-1234 vill vara mentor", "kontakt: 19811218-9876, eva.ek@example.se")


def _fill(workspace, conference_id: str) -> None:
    notes.add_note(workspace.store, conference_id, 2, 1, PASTED)
    for text in NUMBERS:
        notes.add_note(workspace.store, conference_id, 5, 2, text)


def _choose_conference_minutes(qtbot, window, target: Path) -> list[Path]:
    """The Print menu by mouse, then "Konferensens minnesanteckningar…"; the file dialog answers `target`."""
    entry, text = "conference_minutes_action", "&Konferensens minnesanteckningar…"
    return choose_from_print_menu(qtbot, window, entry, text, target)


def _told(qtbot):
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=3000)
    [box] = msgbox.open_boxes()
    return box


def test_she_is_told_of_the_personal_data_and_the_minutes_keep_it(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, sync_ops
):
    _fill(demo_workspace, demo_conference_id)
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(895, 472))
    window.sync_status.automatic = False
    target = tmp_path / "minnesanteckningar.pdf"
    asked = _choose_conference_minutes(qtbot, window, target)
    box = _told(qtbot)
    assert box.windowTitle() == "Personuppgifter i minnesanteckningarna"
    text = box.text()
    assert "2 personnummer, 2 e-postadresser och 1 telefonnummer" in text, text
    assert "internt dokument" in text and "återkopplingen till deltagarna" in text
    assert not asked, "nothing is made before she answers"
    qtbot.mouseClick(box.button(msgbox.Button.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    printed = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    for kept in ("19800101-1234", "eva.ek@example.se", "anna.berg@example.se"):
        assert kept in printed  # the internal document itself is unchanged
    for box in msgbox.open_boxes():
        box.close()
    window.close()


def test_no_makes_nothing_and_notes_without_personal_data_ask_nothing(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, sync_ops
):
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(895, 472))
    window.sync_status.automatic = False
    asked = _choose_conference_minutes(qtbot, window, tmp_path / "utan.pdf")
    assert asked, "no personal data: straight to the file dialog"
    qtbot.waitUntil((tmp_path / "utan.pdf").exists, timeout=10000)
    for box in msgbox.open_boxes():
        assert "Personuppgifter" not in box.windowTitle()
        box.close()

    _fill(demo_workspace, demo_conference_id)
    asked = _choose_conference_minutes(qtbot, window, tmp_path / "nej.pdf")
    box = _told(qtbot)
    qtbot.mouseClick(box.button(msgbox.Button.No), Qt.MouseButton.LeftButton)
    assert not asked and not (tmp_path / "nej.pdf").exists()
    window.close()
