"""A note of only contact details in the personal-data review, in Swedish, by mouse: it is listed as a
finding of its own with its reason, "Ta bort alla obeslutade" holds it back, and the public report
written from the window (its PDF read back with pdftotext) does not print it as if it said something."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from app import notes
from app.privacy.emptied import EMPTIED

from .minutes_menu import on_a_window

CONTACT_ONLY = "Tel 070-123 45 67, anna.lindqvist@example.se"


@pytest.fixture
def actions(qtbot, qapp, demo_workspace, demo_conference_id):
    from ui import i18n

    i18n.install("sv", qapp)
    store = demo_workspace.store
    notes.add_note(store, demo_conference_id, 3, 1, CONTACT_ONLY)
    notes.add_note(store, demo_conference_id, 3, 1, "Ring föreningen på 070-987 65 43 om lokalen.")
    return on_a_window(qtbot, demo_workspace, demo_conference_id, 1280, 720)


def test_a_note_of_only_contact_details_is_held_back_from_the_public_report(
    qtbot, actions, boxes, sync_ops, tmp_path
):
    actions.ask_save_path = lambda title, default, filters: tmp_path / "p.pdf"
    actions.public_report_action.trigger()
    dialog = actions.privacy_dialog
    qtbot.waitExposed(dialog)
    model, view = dialog.model, dialog.view
    [row] = [r for r, h in enumerate(model.hits) if h.kind == EMPTIED]
    assert model.data(model.index(row, 0)) == "Säger inget utan sina personuppgifter"
    assert model.data(model.index(row, 2)) == f"«{CONTACT_ONLY}»"
    why = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert why.startswith("Utan sina personuppgifter skulle texten inte säga något annat än")
    assert model.data(model.index(row, 3)) == "Ej beslutat"
    index = model.index(row, 2)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    dialog.grab().save(str(tmp_path / "integritet-tom-anteckning.png"))

    qtbot.mouseClick(dialog.remove_rest_button, Qt.MouseButton.LeftButton)
    [row] = [r for r, h in enumerate(model.hits) if h.kind == EMPTIED]
    assert model.data(model.index(row, 3)) == "Hålls tillbaka"
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "p.pdf").exists(), timeout=30_000)
    read = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "p.pdf"), "-"], capture_output=True)
    text = " ".join(read.stdout.decode("utf-8").split())
    assert "Ring föreningen på [personuppgift borttagen] om lokalen." in text
    assert "Tel [personuppgift borttagen]" not in text and "070-123" not in text
