from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import proposals
from ui.proposals import CouncilView


def test_council_decides_on_the_shortlist(qtbot, qtmodeltester, sample_workspace) -> None:
    workspace, process = sample_workspace
    store = workspace.store
    a, b = process.proposal_groups[0][0], process.proposal_groups[1][0]
    proposals.set_status(store, a, "shortlisted")
    proposals.set_status(store, b, "shortlisted")
    view = CouncilView(workspace)
    qtbot.addWidget(view)
    view.show()
    qtmodeltester.check(view.shortlist)
    assert view.shortlist.rowCount() == 2 and view.selected_model.rowCount() == 0
    assert not view.select_button.isEnabled()
    row = next(r for r in range(2) if view.shortlist.proposal(r).id == a)
    view.shortlist_view.selectionModel().select(
        view.shortlist.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(view.select_button, Qt.MouseButton.LeftButton)
    dialog = view.decision_dialog
    assert dialog.status == "selected"
    dialog.decision_edit.setPlainText("Rådet driver frågan 2027")
    dialog.owner_edit.setText("Region Testlän")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert proposals.find_proposal(store, a).status == "selected"
    assert view.shortlist.rowCount() == 1 and view.selected_model.rowCount() == 1
    assert view.selected_model.index(0, 5).data() == "Region Testlän"
    assert view.selected_title.text() == "Selected by the council: 1"
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert proposals.find_proposal(store, a).status == "shortlisted"
    assert view.shortlist.rowCount() == 2


def test_council_rejection_needs_a_reason(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    target = process.proposal_groups[5][0]
    proposals.set_status(workspace.store, target, "shortlisted")
    view = CouncilView(workspace)
    qtbot.addWidget(view)
    view.shortlist_view.selectRow(0)
    dialog = view.decide("not-pursued")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason_edit.setText("Kommunerna gör det redan")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert proposals.find_proposal(workspace.store, target).latest.reason == "Kommunerna gör det redan"
    assert view.shortlist.rowCount() == 0
