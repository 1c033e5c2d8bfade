"""The chair's day in real hands once more, in Swedish on a laptop screen, driven by the mouse on what is
drawn and by the keyboard: what a chair met that the earlier tests did not reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bundles import export_table
from app.bundles.identity import create_identity
from app.bundles.reader import read_bundle_file
from ui import msgbox

from .conftest import type_text
from .real_hands import click_menu_entry, click_note, in_swedish, open_table


def _box(qtbot, starting: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in msgbox.open_boxes() if b.text().startswith(starting)]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def _click_button(qtbot, box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _note_texts(bundle_path) -> list[str]:
    bundle, _ = read_bundle_file(bundle_path)
    return [r["fields"]["text"] for r in bundle.records if r["type"] == "note"]


def test_a_copy_for_the_stick_after_new_notes_asks_to_export_again_and_holds_them(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    yesterday = export_table(demo_workspace, demo_conference_id, 3).path
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    type_text(qtbot, chair.entry, "Sent förslag: nattbuss från Åre till Östersund på lördagar 🚌")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    usb = tmp_path / "USB-MINNE"
    usb.mkdir()
    asked: list[str] = []
    chair.export_flow.ask_copy_path = lambda name: asked.append(name) or str(usb / name)

    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, chair.export_flow.save_copy_action)
    ask = _box(qtbot, "Anteckningarna har ändrats efter bordets senaste signerade export")
    assert not asked, "nothing is copied before the chair answered"
    _click_button(qtbot, ask, "Ja")
    _click_button(qtbot, _box(qtbot, "Du kommer att signera och exportera"), "Ja")
    _click_button(qtbot, _box(qtbot, "Signerat av Fatima Hassan"), "Spara en kopia…")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    copy = usb / asked[0]
    assert copy.read_bytes() != yesterday.read_bytes()
    assert "Sent förslag: nattbuss från Åre till Östersund på lördagar 🚌" in _note_texts(copy)
    for box in msgbox.open_boxes():
        box.close()
    QApplication.processEvents()
    chair.close()


def test_a_long_pasted_note_shows_its_start_and_its_tags_and_the_whole_text_on_asking(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """A chair pastes a long text from an e-mail. The list scrolls by whole notes, so a note taller than
    the list could never be read to its end, nor its kind and themes under it: it shows its start, and
    the whole text in its tooltip and in the editor."""
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3, size=(1280, 720))
    pasted = "\n".join(f"Rad {i}: bussarna i glesbygden måste gå även på kvällar" for i in range(40))
    pasted += "\nSLUTET på mejlet från Åsa"
    QApplication.clipboard().setText(pasted)  # Qt's own mime data: one made here would crash the exit
    qtbot.keyClick(chair.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    type_text(qtbot, chair.entry, "Kort notis efteråt")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    qtbot.keyClick(chair.entry, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # tag the short one

    long_row = chair.notes_model.rowCount() - 2
    click_note(qtbot, chair, long_row)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    view = chair.notes_view
    index = chair.notes_model.index(long_row)
    view.scrollTo(index)
    QApplication.processEvents()
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect), (rect, view.viewport().rect())  # kind and tags in view
    assert "SLUTET på mejlet från Åsa" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.toPlainText() == pasted
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    chair.close()


def test_tab_walks_the_buttons_in_the_order_they_are_read(qtbot, qapp, demo_workspace, demo_conference_id):
    """Keyboard only: Tab reaches the round timer's buttons as they stand (Starta, −1 min, +1 min,
    Återställ), and the tag buttons of the note just added as a sighted chair reads them: the kinds
    (left), the votes (right of them), then the themes (the row below)."""
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    type_text(qtbot, chair.entry, "Läxhjälp på biblioteket")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)  # a selected note: its tag buttons are enabled
    chair.questions_view.setFocus()
    names = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().accessibleName())
    timer = ["Starta", "−1 min", "+1 min", "Återställ"]
    kinds = ["Anteckning", "Förslag", "Ledord", "Att göra"]
    votes = ["Ta bort en röst", "Lägg till en röst"]
    themes = [t.name for t in chair.session.themes][:4]

    def run_of(expected: list[str]) -> bool:
        start = names.index(expected[0])
        return names[start : start + len(expected)] == expected

    assert run_of(timer), names
    assert run_of(kinds + votes + themes), names
    chair.close()


def test_a_whole_document_pasted_as_a_note_is_refused_in_swedish_and_the_table_still_exports(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """A chair pastes a whole report by mistake. A note longer than a bundle carries was saved, and then
    every Sign and export of the table failed; now it is refused at once, the text stays in the field."""
    from app import notes
    from app.bundles import domain

    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    words = ("bussarna", "i", "glesbygden", "måste", "gå", "även", "på", "kvällar", "och", "helger")
    report = " ".join(f"{words[i % len(words)]}{i}" for i in range(16_000))  # a 40-page report
    assert len(report) > domain._MAX_TEXT
    QApplication.clipboard().setText(report)  # Qt's own mime data: one made here would crash the exit
    qtbot.keyClick(chair.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    said = _box(qtbot, "En anteckning rymmer högst 100\u00a0000 tecken")
    assert "klistrades ett helt dokument in?" in said.text()
    said.close()
    assert chair.notes_model.rowCount() == 0 and chair.entry.toPlainText() == report  # nothing lost
    chair.entry.clear()
    type_text(qtbot, chair.entry, "Nattbuss från Åre på lördagar")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    assert "Nattbuss från Åre på lördagar" in _note_texts(
        export_table(demo_workspace, demo_conference_id, 3).path
    )
    assert notes.TEXT_MAX == domain._MAX_TEXT  # what a note may hold is what a bundle may carry
    chair.close()


def test_redo_after_undoing_the_typing_brings_the_typing_back_not_a_deleted_note(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """The chair deletes a note and undoes the delete, types a new one, undoes the typing by mistake
    (Ctrl+Z empties the field) and presses Ctrl+Y to get it back. The field's own redo must answer, not
    the window's redo of saved edits (which deleted the note again)."""
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    for text in ("Läxhjälp på biblioteket", "Fler mötesplatser för unga"):
        type_text(qtbot, chair.entry, text)
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    click_note(qtbot, chair, 0)
    qtbot.keyClick(chair.notes_view, Qt.Key.Key_Delete)
    qtbot.keyClick(chair.notes_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undeleted
    assert chair.notes_model.rowCount() == 2 and chair.undo_stack.canRedo()
    chair.entry.setFocus()
    type_text(qtbot, chair.entry, "Nattbuss till Åre")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chair.entry.toPlainText() == ""
    qtbot.keyClick(chair.entry, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert chair.entry.toPlainText() == "Nattbuss till Åre"
    assert chair.notes_model.rowCount() == 2, "the undone delete was not done again"
    chair.close()


def test_keyboard_only_a_new_chair_opens_the_pack_and_picks_her_table(qtbot, qapp, demo_workspace, tmp_path):
    """Ctrl+O, the pack, the fingerprint accepted with the keyboard, then Down and Enter: the table
    opens. After the pack was opened the keys went to the list of conferences, where Enter did nothing."""
    from app.bundles import export_pack
    from app.demo import ensure_demo
    from app.workspace import Workspace

    from .conftest import open_window

    in_swedish(qapp)
    create_identity(demo_workspace, "Region Exempellän, kansliet")
    pack = export_pack(demo_workspace, ensure_demo(demo_workspace.store), tmp_path / "paket.rbz").path
    laptop = Workspace.create(tmp_path / "karin", "chair")
    chair = open_window(qtbot, laptop)
    chair.picker.ask_file = lambda: pack  # the file dialog, answered
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    box = _box(qtbot, "Signerat av Region Exempellän, kansliet")
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # "&Ja"
    qtbot.waitUntil(lambda: chair.picker.table_model.rowCount() == 40, timeout=5000)
    chair.activateWindow()
    QApplication.processEvents()
    for _ in range(7):  # Bord 1 first (none was chosen), then down to Karin Sjöström's table 7
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert chair.session is not None and chair.session.table.chair_name == "Karin Sjöström"
    assert QApplication.focusWidget() is chair.entry
    chair.close()
    laptop.close()
