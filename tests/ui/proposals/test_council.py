"""The growth council's tab: shortlisted, selected and in-progress proposals in one table, filtered by
status, theme, owner and conference, overdue reviews flagged; decisions by mouse, undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import proposals
from ui.proposals import CouncilView
from ui.proposals.model import OVERDUE_COLOR


def _click_row(qtbot, view: CouncilView, proposal_id: str) -> None:
    row = next(r for r in range(view.model.rowCount()) if view.model.proposal(r).id == proposal_id)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _pick(qtbot, combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_council_decides_on_the_shortlist_by_mouse(qtbot, qtmodeltester, sample_workspace) -> None:
    workspace, process = sample_workspace
    store = workspace.store
    a, b = process.proposal_groups[0][0], process.proposal_groups[1][0]
    proposals.set_status(store, a, "shortlisted")
    proposals.set_status(store, b, "shortlisted")
    view = CouncilView(workspace)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    _pick(qtbot, view.scope_combo, "Tillväxtprogram Testlän — all conferences")
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2 and not view.select_button.isEnabled()
    _click_row(qtbot, view, a)
    qtbot.mouseClick(view.select_button, Qt.MouseButton.LeftButton)
    dialog = view.decision_dialog
    assert dialog.status == "selected"
    dialog.decision_edit.setPlainText("Rådet driver frågan 2027")
    dialog.owner_edit.setText("Region Testlän")
    dialog.meeting_combo.setEditText("Tillväxtrådet 20 maj")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    chosen = proposals.find_proposal(store, a)
    assert chosen.status == "selected" and chosen.latest.meeting == "Tillväxtrådet 20 maj"
    # Still in the table, now as selected; the shortlisted one waits first.
    assert [view.model.proposal(r).id for r in range(2)] == [b, a]
    assert view.model.index(1, 6).data() == "Region Testlän"
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert proposals.find_proposal(store, a).status == "shortlisted"


def test_in_progress_overdue_and_the_filters(qtbot, sample_workspace, tmp_path) -> None:
    workspace, process = sample_workspace
    store = workspace.store
    late, fine, other_owner, new = (group[0] for group in process.proposal_groups[:4])
    proposals.set_status(store, late, "in-progress", owner="Region Testlän", review_date="2026-01-31")
    proposals.set_status(store, fine, "in-progress", owner="Region Testlän", review_date="2099-01-01")
    proposals.set_status(store, other_owner, "selected", owner="Kinda kommun")
    view = CouncilView(workspace)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    _pick(qtbot, view.scope_combo, "Tillväxtprogram Testlän — all conferences")
    shown = {view.model.proposal(r).id for r in range(view.model.rowCount())}
    assert shown == {late, fine, other_owner}  # a new proposal is not on the council's table
    row = next(r for r in range(3) if view.model.proposal(r).id == late)
    review = view.model.index(row, 7)
    assert (
        review.data() == "⚠ 2026-01-31 overdue"
        and review.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    )
    assert "overdue reviews: 1" in view.title.text()
    qtbot.mouseClick(view.overdue_check, Qt.MouseButton.LeftButton)
    assert [view.model.proposal(r).id for r in range(view.model.rowCount())] == [late]
    qtbot.mouseClick(view.overdue_check, Qt.MouseButton.LeftButton)

    _pick(qtbot, view.owner_combo, "Kinda kommun")
    assert [view.model.proposal(r).id for r in range(view.model.rowCount())] == [other_owner]
    _pick(qtbot, view.owner_combo, "Every owner")
    _pick(qtbot, view.status_combo, "In progress")
    assert {view.model.proposal(r).id for r in range(view.model.rowCount())} == {late, fine}
    _pick(qtbot, view.status_combo, "New")
    assert new in {view.model.proposal(r).id for r in range(view.model.rowCount())}
    _pick(qtbot, view.status_combo, "To decide on and under way")
    theme = proposals.find_proposal(store, late).themes[0]
    view.theme_combo.setCurrentIndex(view.theme_combo.findData(theme))
    assert late in {view.model.proposal(r).id for r in range(view.model.rowCount())}
    assert other_owner not in {view.model.proposal(r).id for r in range(view.model.rowCount())}
    view.theme_combo.setCurrentIndex(0)
    # One conference only: the later conference's proposal goes.
    conference = proposals.find_proposal(store, late).conference_id
    view.scope_combo.choose_conference(conference)
    assert {view.model.proposal(r).conference_id for r in range(view.model.rowCount())} == {conference}
    view.grab().save(str(tmp_path / "council.png"))


def test_council_rejection_needs_a_reason(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    target = process.proposal_groups[5][0]
    proposals.set_status(workspace.store, target, "shortlisted")
    view = CouncilView(workspace)
    qtbot.addWidget(view)
    view.scope_combo.choose_conference(proposals.find_proposal(workspace.store, target).conference_id)
    view.select_ids([target])
    dialog = view.decide("not-pursued")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason_edit.setText("Kommunerna gör det redan")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert proposals.find_proposal(workspace.store, target).latest.reason == "Kommunerna gör det redan"
    assert view.model.rowCount() == 0


def test_the_first_down_in_the_council_table_chooses_the_first_proposal(
    qtbot, qapp, sample_workspace
) -> None:
    """In Swedish, Tab into the council's table with nothing chosen, Down: the first proposal is chosen
    (Qt made it current but unchosen as the table took the focus, and Down went on to the second)."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    i18n.install("sv", qapp)
    workspace, process = sample_workspace
    a, b = process.proposal_groups[0][0], process.proposal_groups[1][0]
    for proposal in (a, b):
        proposals.set_status(workspace.store, proposal, "shortlisted")
    view = CouncilView(workspace)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    scope = view.scope_combo
    whole = next(i for i in range(scope.count()) if scope.itemData(i)[0] == "process")  # all conferences
    scope.setCurrentIndex(whole)
    assert view.model.rowCount() == 2 and not view.table.selectionModel().hasSelection()
    view.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    chosen = sorted({i.row() for i in view.table.selectionModel().selectedIndexes()})
    assert chosen == [0]


def test_every_field_of_the_decision_dialog_says_what_it_is(qtbot, qapp, sample_workspace) -> None:
    """In Swedish, "Välj för processen…" by mouse, then Tab through the dialog: the owner's kind beside
    "Ansvarig" and the review date beside its box were heard as a bare combo box and date field."""
    from ui import i18n

    from ..tab_stops import nameless, tab_stops

    i18n.install("sv", qapp)
    workspace, process = sample_workspace
    a = process.proposal_groups[0][0]
    proposals.set_status(workspace.store, a, "shortlisted")
    view = CouncilView(workspace)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    scope = view.scope_combo
    scope.setCurrentIndex(next(i for i in range(scope.count()) if scope.itemData(i)[0] == "process"))
    _click_row(qtbot, view, a)
    qtbot.mouseClick(view.select_button, Qt.MouseButton.LeftButton)
    dialog = view.decision_dialog
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.review_check.setChecked(True)  # the date field is a stop once it is in use
    stops = tab_stops(qtbot, dialog.status_combo)
    assert dialog.owner_kind in stops and dialog.review_date in stops
    assert not nameless(stops), nameless(stops)
    assert dialog.owner_kind.accessibleName() == "Typ av ansvarig"
    assert dialog.review_date.accessibleName() == "Datum för uppföljning"
    dialog.reject()
