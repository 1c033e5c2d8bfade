"""The theme report prints the process's guiding words, actions and proposals as they were written, and
passes no personal-data review; unlike the conference minutes it was made without a word, so a
personnummer a chair typed into an action went into a report handed to the theme's working group. The
secretary is now told, in Swedish, what it holds before the file is made; a note the report does not
print (an ordinary note) asks nothing."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app import notes
from ui import msgbox

from ..secretariat.conftest import open_in_swedish
from .minutes_menu import choose_from_print_menu

ACTION = "Eva Ek 19800101-1234 ringer skolorna, 070-123 45 67"


def _choose_theme_report(qtbot, window, theme: str, target: Path) -> list[Path]:
    """The Print menu by mouse, then "Temarapport…" and `theme`; the file dialog answers `target`."""
    window.minutes_actions.ask_item = lambda title, label, items: theme if theme in items else None
    return choose_from_print_menu(qtbot, window, "theme_report_action", "&Temarapport…", target)


def test_she_is_told_what_the_theme_report_prints_and_no_makes_nothing(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, sync_ops
):
    store = demo_workspace.store
    notes.add_note(store, demo_conference_id, 3, 3, ACTION, kind="action", themes=["Unga"])
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(895, 472))
    window.sync_status.automatic = False

    asked = _choose_theme_report(qtbot, window, "Unga", tmp_path / "nej.pdf")
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=3000)
    [box] = msgbox.open_boxes()
    assert box.windowTitle() == "Personuppgifter i temarapporten"
    assert "1 personnummer, 1 telefonnummer och 1 personnamn" in box.text(), box.text()  # Eva Ek is known
    assert "utanför sekretariatet" in box.text()
    assert box.defaultButton() is box.button(msgbox.Button.No), "Enter makes nothing: it leaves the house"
    assert not asked, "nothing is made before she answers"
    qtbot.mouseClick(box.button(msgbox.Button.No), Qt.MouseButton.LeftButton)
    assert not asked and not (tmp_path / "nej.pdf").exists()

    target = tmp_path / "unga.pdf"
    asked = _choose_theme_report(qtbot, window, "Unga", target)
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=3000)
    [box] = msgbox.open_boxes()
    qtbot.mouseClick(box.button(msgbox.Button.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    printed = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "19800101-1234" in printed  # the report itself is unchanged
    for box in msgbox.open_boxes():
        box.close()
    window.close()


def test_personal_data_the_report_does_not_print_asks_nothing(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, sync_ops
):
    store = demo_workspace.store
    notes.add_note(store, demo_conference_id, 3, 3, ACTION, themes=["Unga"])  # an ordinary note
    notes.add_note(store, demo_conference_id, 3, 3, "Läxhjälp på biblioteket", kind="action", themes=["Unga"])
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(895, 472))
    window.sync_status.automatic = False
    target = tmp_path / "alla.pdf"
    asked = _choose_theme_report(qtbot, window, "Alla teman", target)
    assert asked, "nothing personal in what it prints: straight to the file dialog"
    qtbot.waitUntil(target.exists, timeout=10000)
    for box in msgbox.open_boxes():
        assert "Personuppgifter" not in box.windowTitle()
        box.close()
    window.close()


def test_a_name_nobody_knows_perhaps_is_told_too(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, sync_ops
):
    store = demo_workspace.store
    action = "Kontaktperson: Kerstin Öhrström, hon samordnar läxhjälpen"
    notes.add_note(store, demo_conference_id, 3, 3, action, kind="action", themes=["Unga"])
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(1366, 768))
    window.sync_status.automatic = False
    asked = _choose_theme_report(qtbot, window, "Unga", tmp_path / "unga.pdf")
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=3000)
    [box] = msgbox.open_boxes()
    assert box.windowTitle() == "Personuppgifter i temarapporten"
    assert "där finns 1 möjligt personnamn, och" in box.text(), box.text()
    qtbot.mouseClick(box.button(msgbox.Button.No), Qt.MouseButton.LeftButton)
    assert not asked and not (tmp_path / "unga.pdf").exists()
    window.close()
