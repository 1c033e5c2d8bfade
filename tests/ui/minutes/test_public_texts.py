"""The public report's own words written in the secretariat's window, in Swedish, with the mouse and the
keyboard: saved through the same service as `rundabord public-text`, one step in the window's undo
history, Cancel keeps what was saved, and the preview makes the real report whose PDF says them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.minutes.report_texts import report_texts, set_report_text
from tests.ui.chair.conftest import type_text
from ui.secretariat.window import SecretariatWindow

FOREWORD = "Tack för att ni kom! Över 280 personer delade med sig av idéer för länet."
CONTACT = "Utvecklingsenheten, utveckling@exempellan.se"
RESPOND = "Svara senast 30 april"


@pytest.fixture
def window(qtbot, qapp, demo_workspace, demo_conference_id, sync_ops):
    from ui import i18n

    loaded = i18n.install("sv", qapp)
    assert any(name.endswith("minutes_sv.qm") for name in loaded), "run `make translations` first"
    w = SecretariatWindow(demo_workspace)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.choose_conference(demo_conference_id)
    w.minutes_actions.open_in_viewer = False
    return w


def _open(qtbot, window):
    window.minutes_actions.public_texts_action.trigger()
    dialog = window.minutes_actions.texts_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_into(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton, pos=field.viewport().rect().center())
    assert field.hasFocus()
    type_text(qtbot, field, text)


def _saved(window, conference_id: str) -> dict[str, str]:
    return {part: text for part, (_id, text) in report_texts(window.workspace.store, conference_id).items()}


def test_texts_are_written_saved_undone_and_redone_in_swedish(qtbot, window, demo_conference_id):
    texts_action = window.minutes_actions.public_texts_action
    assert texts_action.text() == "Texter i återkopplings&rapporten…"
    assert texts_action in window.print_menu.actions()
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Texter i återkopplingsrapporten"
    # Every field has a label that names it (its buddy, with a mnemonic) and an accessible name.
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert [labels[dialog.fields[p]] for p in ("foreword", "contact", "respond", "next_steps")] == [
        "&Förord eller sammanfattning:",
        "&Kontakt:",
        "&Hur man svarar:",
        "&Vad händer sedan:",
    ]
    for field in dialog.fields.values():
        assert field.accessibleName() and field.accessibleName() in labels[field].replace("&", "")
    # The report's own wording shows in an empty field, as the report prints it (in Swedish).
    assert "Tillväxtrådet går igenom förslagen" in dialog.fields["next_steps"].placeholderText()

    _type_into(qtbot, dialog.fields["foreword"], FOREWORD)
    _type_into(qtbot, dialog.fields["contact"], CONTACT)
    qtbot.keyClick(dialog.fields["contact"], Qt.Key.Key_Tab)  # Tab leaves a multi-line field
    assert dialog.fields["respond"].hasFocus()
    type_text(qtbot, dialog.fields["respond"], RESPOND)
    assert dialog.save_button.text() == "&Spara"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _saved(window, demo_conference_id) == {
        "foreword": FOREWORD,
        "contact": CONTACT,
        "respond": RESPOND,
    }

    # One step in the window's history, named in Swedish: undone and redone as a whole.
    stack = window.context.undo_stack
    assert stack.undoText() == "Ändra återkopplingsrapportens texter"
    stack.undo()
    assert _saved(window, demo_conference_id) == {}
    stack.redo()
    assert _saved(window, demo_conference_id)["contact"] == CONTACT


def test_cancel_keeps_what_was_saved_and_asks_before_dropping_changes(
    qtbot, window, demo_conference_id, boxes
):
    set_report_text(window.workspace.store, demo_conference_id, "foreword", "Det sparade förordet.")
    dialog = _open(qtbot, window)
    assert dialog.fields["foreword"].toPlainText() == "Det sparade förordet."
    _type_into(qtbot, dialog.fields["foreword"], " Och mer.")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    boxes.question.assert_called_once()
    assert boxes.question.call_args.args[1] == "Kasta ändringarna?"
    assert dialog.isVisible()  # nothing is dropped before the answer
    boxes.question.call_args.kwargs["on_answer"](False)  # "No": keep editing
    assert dialog.isVisible() and dialog.fields["foreword"].toPlainText().endswith("Och mer.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    boxes.question.call_args.kwargs["on_answer"](True)
    assert not dialog.isVisible()
    assert _saved(window, demo_conference_id) == {"foreword": "Det sparade förordet."}
    assert not window.context.undo_stack.canUndo()

    unchanged = _open(qtbot, window)  # nothing typed: Cancel closes at once
    qtbot.mouseClick(unchanged.cancel_button, Qt.MouseButton.LeftButton)
    assert not unchanged.isVisible() and boxes.question.call_count == 2


def test_preview_saves_and_makes_the_report_that_says_the_texts(qtbot, window, demo_conference_id, tmp_path):
    dialog = _open(qtbot, window)
    _type_into(qtbot, dialog.fields["foreword"], FOREWORD)
    _type_into(qtbot, dialog.fields["contact"], CONTACT)
    actions = window.minutes_actions
    pdf = tmp_path / "återkoppling.pdf"
    actions.ask_save_path = lambda title, default, filters: pdf
    assert dialog.preview_button.text() == "Spara och förhands&granska rapporten…"
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    # The contact's e-mail address is personal data until a person says otherwise: the review asks.
    review = actions.privacy_dialog
    qtbot.waitExposed(review)
    assert [hit.kind for hit in review.model.hits] == ["email"]
    qtbot.mouseClick(review.keep_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.publish_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert pdf.exists()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)
    assert FOREWORD in text and CONTACT in text
    assert "Tillväxtrådet går igenom förslagen" in text  # what happens next: the report's own words
    assert Path(pdf.with_suffix(".html")).exists()
