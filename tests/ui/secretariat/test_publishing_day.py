"""The public feedback report as the publishing region reads it: made from the secretariat's window in
Swedish with the mouse (Skriv ut › Återkoppling till deltagarna, the personal-data review, Publicera), then
the PDF opened and read back page by page."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from ui import msgbox

from .conftest import open_in_swedish

# A personnummer typed with one digit wrong (its check digit fails) is still someone's number, and so is
# a samordningsnummer: the region must never publish either.
MISTYPED_PERSONNUMMER = "19800101-1234"
MISTYPED_SAMORDNINGSNUMMER = "800161-1237"


def _click_menu_entry(qtbot, window, menu, action) -> None:
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    assert action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _public_report(qtbot, window, tmp_path: Path) -> str:
    acts = window.minutes_actions
    acts.open_in_viewer = False
    written: list[Path] = []
    acts.document_written.connect(lambda path: written.append(Path(path)))
    acts.ask_save_path = lambda title, default, filters: tmp_path / default.name
    _click_menu_entry(qtbot, window, window.print_menu, acts.public_report_action)
    qtbot.waitUntil(lambda: acts.privacy_dialog is not None and acts.privacy_dialog.isVisible(), timeout=5000)
    review = acts.privacy_dialog
    found = [
        (review.model.data(review.model.index(row, 0)), review.model.hits[row].found.text)
        for row in range(review.model.rowCount())
    ]
    qtbot.mouseClick(review.remove_rest_button, Qt.MouseButton.LeftButton)  # "Ta bort alla obeslutade"
    qtbot.mouseClick(review.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    for box in msgbox.open_boxes():
        box.close()
    QApplication.processEvents()
    assert ("Personnummer", MISTYPED_PERSONNUMMER) in found, found
    assert ("Samordningsnummer", MISTYPED_SAMORDNINGSNUMMER) in found, found
    assert ("Namn på en person", "Eva Ek") in found, found
    return "\n".join(page.extract_text() for page in PdfReader(str(written[0])).pages)


def test_a_mistyped_personnummer_is_found_before_publishing_and_never_printed(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, tmp_path
):
    store = demo_workspace.store
    notes.add_note(store, demo_conference_id, 1, 1, f"Kontakta oss, {MISTYPED_PERSONNUMMER}, om läxhjälpen")
    notes.add_note(
        store, demo_conference_id, 2, 3, f"Samordningsnummer {MISTYPED_SAMORDNINGSNUMMER} stod på lappen"
    )
    notes.add_note(store, demo_conference_id, 3, 2, "Mötet 2026-03-12 kostade 1 250 000 kr", kind="note")
    # Eva Strand chairs table 13; Eva Ek is nobody the workspace knows: her whole name goes, not "Eva" alone.
    notes.add_note(store, demo_conference_id, 4, 1, "Ring Eva Ek på biblioteket om lokalen")
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)

    text = _public_report(qtbot, window, tmp_path)
    assert "om läxhjälpen" in text and "stod på lappen" in text  # the notes are there, the numbers not
    for digits in ("1234", "1237", "800101", "800161"):
        assert digits not in text
    assert "1 250 000 kr" in text  # an amount and a date are no personal data
    assert "på biblioteket om lokalen" in text and " Ek " not in " ".join(text.split())
    window.close()


def test_notes_with_emoji_print_their_emoji_and_mark_what_no_font_draws(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, tmp_path
):
    """Chairs type emoji. DejaVu draws none of them: they printed as empty boxes with NULs in the text
    layer, and then were left out ("Äldre behöver buss"). They now print in the fallback font (Symbola)
    and read back as typed; a skin tone prints as the plain emoji; a character no embedded font draws
    (日本, 🥳: newer than Symbola) prints as the replacement sign "�", not as nothing."""
    store = demo_workspace.store
    notes.add_note(store, demo_conference_id, 2, 1, "Äldre behöver 🚌 buss på söndagar 👍🏽", themes=["Unga"])
    notes.add_note(
        store, demo_conference_id, 2, 3, "Gratis kulturskola 😀🎻 för alla", kind="proposal", votes=3
    )
    notes.add_note(store, demo_conference_id, 4, 2, "Vänort i 日本 🥳 – och 👍👍")
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    acts = window.minutes_actions
    acts.open_in_viewer = False
    written: list[Path] = []
    acts.document_written.connect(lambda path: written.append(Path(path)))
    acts.ask_save_path = lambda title, default, filters: tmp_path / default.name
    _click_menu_entry(qtbot, window, window.print_menu, acts.conference_minutes_action)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    for box in msgbox.open_boxes():
        box.close()
    reader = PdfReader(str(written[0]))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "\x00" not in text
    assert "Äldre behöver 🚌 buss på söndagar 👍" in text and "🏽" not in text
    assert "Gratis kulturskola 😀🎻 för alla" in text
    assert "Vänort i \ufffd\ufffd \ufffd – och 👍👍" in text
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert "Symbola" in fonts and "DejaVuSans" in fonts, fonts  # embedded, as PDF/A asks
    window.close()
