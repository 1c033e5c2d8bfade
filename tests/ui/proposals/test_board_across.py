"""The board across conferences, driven by mouse: link a proposal raised again, take one original out of a
merged proposal, write the summary for participants, see overdue reviews; the Similar dialog's ticks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app import proposals
from ui.proposals import ProposalsBoard
from ui.proposals.model import DetailRole, ProposalRole


def _board(qtbot, workspace, width: int = 1366, height: int = 768) -> ProposalsBoard:
    board = ProposalsBoard(workspace)
    qtbot.addWidget(board)
    board.resize(width, height)
    board.show()
    qtbot.waitExposed(board)
    return board


def _click_card(
    qtbot, board: ProposalsBoard, proposal_id: str, modifier=Qt.KeyboardModifier.NoModifier
) -> None:
    for column in board.columns.values():
        for row in range(column.proxy.rowCount()):
            index = column.proxy.index(row, 0)
            if index.data(ProposalRole).id == proposal_id:
                column.view.scrollTo(index)
                rect = column.view.visualRect(index)
                qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
                return
    raise AssertionError(f"no card {proposal_id}")


def _detail(board: ProposalsBoard, proposal_id: str) -> str:
    return board.model.index(board.model.row_of(proposal_id), 0).data(DetailRole)


def _all_conferences(board: ProposalsBoard) -> None:
    board.scope_combo.setCurrentIndex(board.scope_combo.findText("Tillväxtprogram Testlän — all conferences"))


def test_linking_a_proposal_raised_again_shows_on_both_cards(qtbot, sample_workspace, tmp_path) -> None:
    workspace, process = sample_workspace
    earlier = process.proposal_groups[0][0]  # conference 1
    later = process.proposal_groups[1][0]  # conference 2
    board = _board(qtbot, workspace)
    _all_conferences(board)
    _click_card(qtbot, board, later)
    assert board.link_button.isEnabled()
    qtbot.mouseClick(board.link_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.link_dialog
    # Only other conferences' proposals; the filter narrows to the one we want.
    listed = [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())]
    assert proposals.find_proposal(workspace.store, later).text not in listed
    text = proposals.find_proposal(workspace.store, earlier).text
    word = next(w for w in text.split() if w.isascii() and len(w) >= 5)  # QTest types ASCII only
    qtbot.keyClicks(dialog.filter_edit, word)
    assert 0 < dialog.proxy.rowCount() < len(listed)
    row = next(r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, 1).data() == text)
    rect = dialog.table.visualRect(dialog.proxy.index(row, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog.grab().save(str(tmp_path / "link.png"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert "Raised before at Rundabordssamtal 1" in _detail(board, later)
    assert "Raised again at Rundabordssamtal 2" in _detail(board, earlier)
    board.undo_stack.undo()
    assert "Raised" not in _detail(board, later)
    board.undo_stack.redo()
    assert "Raised before" in _detail(board, later)


def test_taking_one_original_out_keeps_the_rest_merged(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    a, b, c = process.proposal_groups[0][:3]
    group_id = proposals.merge(workspace.store, [a, b, c])
    board = _board(qtbot, workspace)
    board.choose_conference(process.conference_ids[0])
    _click_card(qtbot, board, group_id)
    assert board.take_out_button.isEnabled()
    qtbot.mouseClick(board.take_out_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.take_out_dialog
    items = dialog.comboBoxItems()
    chosen = next(t for t in items if t.endswith(workspace.store.get("note", b)["text"]))
    dialog.setTextValue(chosen)
    dialog.accept()
    assert {n.id for n in proposals.find_proposal(workspace.store, group_id).originals} == {a, c}
    assert board.model.row_of(b) >= 0 and board.model.row_of(group_id) >= 0
    board.undo_stack.undo()
    assert {n.id for n in proposals.find_proposal(workspace.store, group_id).originals} == {a, b, c}
    # Adding: select the merged card and another, then Merge: it joins the group.
    d = process.proposal_groups[3][0]
    _click_card(qtbot, board, group_id)
    _click_card(qtbot, board, d, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(board.merge_button, Qt.MouseButton.LeftButton)
    assert d in {n.id for n in proposals.find_proposal(workspace.store, group_id).originals}
    board.undo_stack.undo()  # takes out only what was added; the merged proposal stays
    assert {n.id for n in proposals.find_proposal(workspace.store, group_id).originals} == {a, b, c}


def test_summary_for_participants_is_written_and_undone(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    target = process.proposal_groups[0][0]
    board = _board(qtbot, workspace)
    board.choose_conference(process.conference_ids[0])
    _click_card(qtbot, board, target)
    qtbot.mouseClick(board.summary_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.summary_dialog
    dialog.setTextValue("Kommunen har öppnat två nya mötesplatser.")
    dialog.accept()
    assert proposals.summary_of(workspace.store, target) == "Kommunen har öppnat två nya mötesplatser."
    board.undo_stack.undo()
    assert proposals.summary_of(workspace.store, target) == ""


def test_overdue_reviews_are_flagged_on_the_cards(qtbot, sample_workspace, tmp_path) -> None:
    workspace, process = sample_workspace
    late, fine = process.proposal_groups[0][0], process.proposal_groups[3][0]
    proposals.set_status(workspace.store, late, "in-progress", review_date="2026-01-31")
    proposals.set_status(workspace.store, fine, "in-progress", review_date="2099-01-31")
    proposals.link_again(workspace.store, process.proposal_groups[1][0], fine)
    board = _board(qtbot, workspace)
    _all_conferences(board)
    assert _detail(board, late).startswith("⚠ Review overdue since 2026-01-31")
    assert "overdue" not in _detail(board, fine)
    board.grab().save(str(tmp_path / "board.png"))


def test_similar_dialog_merges_only_the_ticked(qtbot, sync_ops, sample_workspace, tmp_path) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    board.choose_conference(process.conference_ids[1])
    dialog = board.show_similar()
    dialog.show()
    qtbot.waitExposed(dialog)
    head = next(
        dialog.model.item(r, 0)
        for r in range(dialog.model.rowCount())
        if dialog.model.item(r, 0).rowCount() >= 3
    )
    dialog.tree.setCurrentIndex(head.index())
    members = [head.child(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(head.rowCount())]
    left_out = head.child(0, 0)
    # Untick by clicking the check box, as a person does.
    rect = dialog.tree.visualRect(left_out.index())
    check = rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2
    check.setX(rect.left() + 12)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=check)
    assert left_out.checkState() == Qt.CheckState.Unchecked
    dialog.grab().save(str(tmp_path / "similar-ticks.png"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merged = proposals.find_proposal(workspace.store, members[1])
    assert merged.is_group and {n.id for n in merged.originals} == set(members[1:])
    assert not proposals.find_proposal(workspace.store, members[0]).is_group
    # The unticked one is left alone in its group, which is no group any more: the group goes.
    assert all(
        members[0] not in (dialog.model.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) or [])
        or dialog.model.item(r, 0).rowCount() >= 2
        for r in range(dialog.model.rowCount())
    )
    dialog.close()


def test_board_and_council_fit_a_laptop_in_swedish(qtbot, qapp, sample_workspace, tmp_path) -> None:
    """At 1366×768 and at 150 % (911×512 logical) every button of the board and the council shows
    whole, in Swedish."""
    from ui import i18n
    from ui.proposals import CouncilView

    i18n.install("sv", qapp)
    workspace, process = sample_workspace
    proposals.set_status(
        workspace.store, process.proposal_groups[0][0], "in-progress", review_date="2026-01-31"
    )
    for width, height in ((1366, 768), (911, 512)):
        board = _board(qtbot, workspace, width, height)
        council = CouncilView(workspace)
        qtbot.addWidget(council)
        council.resize(width, height)
        council.show()
        qtbot.waitExposed(council)
        for widget in (board, council):
            assert widget.width() <= width, (widget, widget.width())
            shown = [b for b in widget.findChildren(QPushButton) if b.isVisible()]
            for button in shown:
                corner = button.mapTo(widget, button.rect().bottomRight())
                assert widget.rect().contains(corner), button.text()
        board.grab().save(str(tmp_path / f"board-sv-{width}.png"))
        council.grab().save(str(tmp_path / f"council-sv-{width}.png"))
    assert board.link_button.text() == "Togs upp &igen…"
