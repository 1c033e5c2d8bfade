"""The growth council's shortlist is a tab of the secretariat's window, and a decision made there is
seen by the proposals board through the shared store and undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import notes, proposals
from ui.secretariat.window import SecretariatWindow


def test_the_council_tab_shows_the_shortlist_and_decides(qtbot, demo_workspace, demo_conference_id):
    store = demo_workspace.store
    idea = notes.add_note(store, demo_conference_id, 4, 1, "Ett regionalt mentorsprogram", kind="proposal")
    notes.add_note(store, demo_conference_id, 5, 1, "Fler cykelbanor", kind="proposal")
    proposals.set_status(store, idea, "shortlisted", decided_by="Kansliet")
    window = SecretariatWindow(demo_workspace)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles[-1] == "Council"
    window.show_tab(window.tabs.count() - 1)
    council = window.council_view
    assert council.model.rowCount() == 1 and council.model.proposal(0).status == "shortlisted"
    council.table.selectRow(0)
    dialog = council.decide("selected")
    assert dialog is not None
    dialog.decision_edit.setPlainText("Rådet driver frågan 2027")
    dialog.owner_edit.setText("Region Exempellän")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert council.model.rowCount() == 1 and council.model.proposal(0).status == "selected"
    assert proposals.find_proposal(store, idea).status == "selected"
    window.context.undo_stack.undo()
    assert proposals.find_proposal(store, idea).status == "shortlisted"
