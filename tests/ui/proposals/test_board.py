from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QLabel, QPushButton

from app import proposals
from app.proposals import STATUSES
from ui.proposals import ProposalsBoard
from ui.proposals.model import ProposalRole


def _board(qtbot, workspace) -> ProposalsBoard:
    board = ProposalsBoard(workspace)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    return board


def _cards(board: ProposalsBoard, status: str) -> list:
    column = board.columns[status]
    return [column.proxy.index(r, 0).data(ProposalRole) for r in range(column.proxy.rowCount())]


def _drop(board: ProposalsBoard, proposal_ids: list[str], status: str) -> None:
    """What releasing a dragged card over a column delivers: the model's mime data, dropped on the view."""
    from PySide6.QtGui import QDropEvent

    rows = [board.model.index(board.model.row_of(i), 0) for i in proposal_ids]
    mime = board.model.mimeData(rows)
    view = board.columns[status].view
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)


def test_columns_hold_every_proposal_by_status_and_filters_narrow(
    qtbot, qtmodeltester, sample_workspace
) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    qtmodeltester.check(board.model)
    total = sum(len(g) for g in process.proposal_groups)
    assert len(_cards(board, "new")) == total and all(not _cards(board, s) for s in STATUSES[1:])
    assert board.columns["new"].header.text() == f"New ({total})"
    board.choose_conference(process.conference_ids[0])
    first = [p for p in _cards(board, "new")]
    assert len(first) == sum(len(g) for i, g in enumerate(process.proposal_groups) if i % 3 == 0)
    board.theme_combo.setCurrentIndex(board.theme_combo.findText("Unga"))
    young = _cards(board, "new")
    assert young and len(young) < len(first)
    unga_id = board.theme_combo.currentData()
    assert all(unga_id in p.themes for p in young)


def test_dropping_a_card_asks_for_the_decision_and_undo_takes_it_back(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    target = process.proposal_groups[0][0]
    _drop(board, [target], "shortlisted")
    dialog = board.decision_dialog
    assert dialog is not None and dialog.isVisible() and dialog.status == "shortlisted"
    dialog.decision_edit.setPlainText("Lyfts till tillväxtrådet i mars")
    dialog.owner_edit.setText("Region Testlän")
    dialog.by_edit.setText("Kansliet")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert proposals.find_proposal(workspace.store, target).status == "shortlisted"
    assert target in [p.id for p in _cards(board, "shortlisted")]
    change = proposals.find_proposal(workspace.store, target).latest
    assert change.decision == "Lyfts till tillväxtrådet i mars" and change.decided_by == "Kansliet"
    board.undo_stack.undo()
    assert proposals.find_proposal(workspace.store, target).status == "new"
    assert target in [p.id for p in _cards(board, "new")]
    board.undo_stack.redo()
    assert target in [p.id for p in _cards(board, "shortlisted")]


def test_not_pursued_cannot_be_confirmed_without_a_reason(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    target = process.proposal_groups[2][0]
    _drop(board, [target], "not-pursued")
    dialog = board.decision_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.reason_edit.isVisible() and not ok.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Ligger redan i regionens plan")
    assert ok.isEnabled()
    dialog.review_check.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    latest = proposals.find_proposal(workspace.store, target).latest
    assert latest.status == "not-pursued" and latest.reason == "Ligger redan i regionens plan"
    assert len(latest.review_date) == 10


def test_cancelling_the_dialog_changes_nothing(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    target = process.proposal_groups[3][0]
    _drop(board, [target], "done")
    board.decision_dialog.reject()
    assert proposals.find_proposal(workspace.store, target).status == "new"
    assert board.undo_stack.count() == 0


def test_merge_selected_sums_votes_and_unmerge_and_undo(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    ids = list(process.proposal_groups[1])
    votes = sum(p.votes for p in _cards(board, "new") if p.id in ids)
    board.select(ids)
    assert board.merge_button.isEnabled()
    qtbot.mouseClick(board.merge_button, Qt.MouseButton.LeftButton)
    merged = [p for p in _cards(board, "new") if p.is_group]
    assert len(merged) == 1 and merged[0].votes == votes and {n.id for n in merged[0].originals} == set(ids)
    assert not any(p.id in ids for p in _cards(board, "new"))
    board.select([merged[0].id])
    assert board.unmerge_button.isEnabled()
    qtbot.mouseClick(board.unmerge_button, Qt.MouseButton.LeftButton)
    assert not any(p.is_group for p in _cards(board, "new"))
    board.undo_stack.undo()  # undo the unmerge
    assert any(p.is_group for p in _cards(board, "new"))
    board.undo_stack.undo()  # undo the merge
    assert {p.id for p in _cards(board, "new")} >= set(ids)
    board.undo_stack.redo()
    assert [p.votes for p in _cards(board, "new") if p.is_group] == [votes]


def test_merging_across_conferences_shows_an_error(qtbot, boxes, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    board.select([process.proposal_groups[0][0], process.proposal_groups[1][0]])
    assert not board.merge_selected()
    boxes.error.assert_called_once()
    assert "one conference" in boxes.error.call_args.args[2]
    assert board.undo_stack.count() == 0


def test_similar_dialog_suggests_groups_and_merges_one(qtbot, sync_ops, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    board.choose_conference(process.conference_ids[1])
    dialog = board.show_similar()
    assert dialog.model.rowCount() >= 1
    first = dialog.current_group()
    assert first and len(first) >= 2
    assert dialog.method == "meaning" and "by meaning" in dialog.status.text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merged = proposals.find_proposal(workspace.store, first[0])
    assert merged.is_group and {n.id for n in merged.originals} == set(first)
    assert board.undo_stack.count() == 1
    dialog.close()


def test_similar_dialog_says_when_only_shared_words_compared(qtbot, sync_ops, sample_workspace, monkeypatch):
    from app.proposals import meaning

    def broken():
        raise meaning.ModelUnavailable("no engine for this platform")

    monkeypatch.setattr(meaning, "_model", broken)
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    board.choose_conference(process.conference_ids[1])
    dialog = board.show_similar()
    assert dialog.model.rowCount() >= 1, "the words still group"
    assert dialog.method == "words" and "shared words only" in dialog.status.text()
    dialog.close()


def test_history_dialog_lists_the_decisions(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    target = process.proposal_groups[4][0]
    proposals.set_status(workspace.store, target, "shortlisted", decision="Till rådet")
    proposals.set_status(
        workspace.store, target, "selected", owner="Region Testlän", owner_kind="organisation"
    )
    board = _board(qtbot, workspace)
    board.select([target])
    dialog = board.show_history()
    qtbot.addWidget(dialog)
    texts = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert texts == ["Raised at table 5", "Shortlisted", "Selected by the council"]
    assert dialog.model.index(2, 4).data() == "Region Testlän (Organisation)"


def test_board_speaks_swedish(qtbot, qapp, sample_workspace) -> None:
    from ui import i18n

    loaded = i18n.install("sv", qapp)
    assert any(path.endswith("proposals_sv.qm") for path in loaded), loaded
    workspace, _ = sample_workspace
    board = _board(qtbot, workspace)
    assert board.columns["new"].header.text().startswith("Nytt (")
    assert board.columns["selected"].header.text().startswith("Valt av tillväxtrådet (")
    # One term for merging across the app ("Slå samman"), and a singular, self-explaining scope label.
    assert board.merge_button.text() == "Slå samman &markerade"
    label = next(w for w in board.findChildren(QLabel) if w.buddy() is board.scope_combo)
    assert label.text() == "&Visa förslag från:"
    assert board.scope_combo.accessibleName() == "Visa förslag från"
    buttons = board.findChildren(QPushButton)
    accelerators = [b.text().split("&")[1][0].lower() for b in buttons if "&" in b.text()]
    accelerators.append(label.text().split("&")[1][0].lower())
    assert len(accelerators) == len(set(accelerators)), accelerators
    assert not [w.text() for w in (*buttons, *board.findChildren(QLabel)) if "ihop" in w.text()]


def test_similar_dialog_speaks_of_slå_samman(qtbot, qapp, sync_ops, sample_workspace) -> None:
    from ui import i18n

    i18n.install("sv", qapp)
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    board.choose_conference(process.conference_ids[1])
    dialog = board.show_similar()
    assert dialog.merge_button.text() == "&Slå samman de ibockade förslagen"
    assert "ihop" not in dialog.explain.text()
    dialog.close()


def test_similar_dialog_gives_the_proposal_column_the_width_and_a_full_text_tooltip(
    qtbot, sync_ops, sample_workspace, tmp_path
) -> None:
    from app import notes

    workspace, process = sample_workspace
    conference = process.conference_ids[1]
    board = _board(qtbot, workspace)
    board.choose_conference(conference)
    dialog = board.show_similar()
    first = proposals.find_proposal(workspace.store, dialog.current_group()[0])
    dialog.close()
    # A long wording of the same idea, as a chair may write it down, lands in the same group.
    long_text = (
        first.text
        + " – och att det följs upp av kommunen tillsammans med föreningslivet, skolorna och regionen,"
        " så att det håller även efter projekttiden och når de unga som bor utanför tätorterna"
    )
    table = first.tables[0]
    notes.add_note(workspace.store, conference, table, 1, long_text, kind="proposal", votes=2)
    board.reload()
    dialog = board.show_similar()
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.tree.header()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSize(0) > 0.6 * dialog.tree.viewport().width()
    children = [
        dialog.model.item(r, 0).child(c, 0)
        for r in range(dialog.model.rowCount())
        for c in range(dialog.model.item(r, 0).rowCount())
    ]
    assert children and all(item.toolTip() == item.text() for item in children)
    assert long_text in [item.text() for item in children]
    long_item = next(item for item in children if item.text() == long_text)
    # Long wordings wrap onto more lines rather than being cut.
    qtbot.waitUntil(
        lambda: (
            dialog.tree.visualRect(long_item.index()).height()
            > 1.5 * dialog.tree.visualRect(dialog.model.index(0, 0)).height()  # a one-line group row
        )
    )
    dialog.grab().save(str(tmp_path / "similar.png"))
    dialog.close()


def test_ctrl_z_on_a_standalone_board_undoes(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    ids = list(process.proposal_groups[2][:2])
    assert board.merge_ids(ids)
    view = board.columns["new"].view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert proposals.find_proposal(workspace.store, ids[0]).id == ids[0]


def test_embedded_in_the_secretariat_window_it_shares_the_undo_stack(qtbot, sample_workspace) -> None:
    from ui.secretariat.window import SecretariatWindow

    workspace, process = sample_workspace
    window = SecretariatWindow(workspace)
    qtbot.addWidget(window)
    board = window.proposals_view
    assert isinstance(board, ProposalsBoard) and board.undo_stack is window.context.undo_stack
    # Only the window's Edit menu carries Ctrl+Z, so the key is never ambiguous.
    assert not [a for a in board.actions() if a.shortcut().toString() == "Ctrl+Z"]
    window.tabs.setCurrentWidget(window.proposals_page)  # its tab, where the board is made
    ids = list(process.proposal_groups[5][:2])
    assert board.merge_ids(ids)
    window.context.undo_stack.undo()
    assert proposals.find_proposal(workspace.store, ids[0]).id == ids[0]
    window.close()


def test_one_decision_for_several_cards_is_one_undo_step(qtbot, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    ids = [process.proposal_groups[6][0], process.proposal_groups[9][0]]
    board.select(ids)
    qtbot.mouseClick(board.status_button, Qt.MouseButton.LeftButton)
    dialog = board.decision_dialog
    assert sorted(dialog.proposal_ids) == sorted(ids)
    dialog.status_combo.setCurrentIndex(STATUSES.index("shortlisted"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert {proposals.find_proposal(workspace.store, i).status for i in ids} == {"shortlisted"}
    assert board.undo_stack.count() == 1
    board.undo_stack.undo()
    assert {proposals.find_proposal(workspace.store, i).status for i in ids} == {"new"}


def test_rewording_a_merged_proposal_is_undoable(qtbot, boxes, sample_workspace) -> None:
    workspace, process = sample_workspace
    board = _board(qtbot, workspace)
    ids = list(process.proposal_groups[1])
    assert board.merge_ids(ids)
    group = next(p for p in _cards(board, "new") if p.is_group)
    board.select([group.id])
    assert board.reword_button.isEnabled()
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    dialog = board.reword_dialog
    assert dialog.textValue() == group.text
    dialog.setTextValue("Kvälls- och helgtrafik med buss mellan kommunerna")
    dialog.accept()
    assert (
        proposals.find_proposal(workspace.store, group.id).text
        == "Kvälls- och helgtrafik med buss mellan kommunerna"
    )
    board.undo_stack.undo()
    assert proposals.find_proposal(workspace.store, group.id).text == group.text
    # The originals keep their own words throughout.
    assert {n.text for n in proposals.find_proposal(workspace.store, group.id).originals} == set(
        n.text for n in group.originals
    )
    board.select([group.id])
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    board.reword_dialog.setTextValue("   ")
    board.reword_dialog.accept()
    boxes.error.assert_called_once()  # empty wording is refused with a message, nothing changes
    assert proposals.find_proposal(workspace.store, group.id).text == group.text


def test_cards_grow_with_their_words_and_paint(qtbot, sample_workspace) -> None:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    workspace, _ = sample_workspace
    board = _board(qtbot, workspace)
    view = board.columns["new"].view
    delegate = view.itemDelegate()
    proxy = board.columns["new"].proxy
    heights = {}
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        heights[len(index.data())] = delegate.sizeHint(option, index).height()
    assert heights[max(heights)] > heights[min(heights)]
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(proxy.index(0, 0))
    delegate.paint(painter, option, proxy.index(0, 0))
    painter.end()
    assert option.font.pointSizeF() == view.font().pointSizeF()  # painting leaves the option's font alone
