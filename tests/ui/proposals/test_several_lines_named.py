"""The two dialogs where the secretary writes several lines, the summary participants read and the text of
merged proposals, showed Qt's several-line box; Qt kept the label as the name of its hidden one-line
box, so a screen reader announced the box she types in as an unnamed edit. It is now named by the
label's words, in Swedish; a proposal's "&" still shows in the label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QPlainTextEdit

from app import notes
from tests.ui.secretariat.conftest import open_in_swedish
from ui.proposals import ProposalsBoard
from ui.proposals.model import ProposalRole
from ui.secretariat.notes_model import COL_TEXT

CTRL = Qt.KeyboardModifier.ControlModifier


def _spoken_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _board_with_clicked(qtbot, qapp, workspace, conference_id: str, chosen: str):
    """The secretariat's window in Swedish on the proposals board, its one new proposal (`chosen`)
    clicked. Returns the window and the board."""
    window = open_in_swedish(qtbot, qapp, workspace, conference_id)
    window.sync_status.automatic = False
    window.tabs.setCurrentWidget(window.proposals_page)
    [board] = window.findChildren(ProposalsBoard)
    column = board.columns["new"]
    qtbot.waitUntil(lambda: column.proxy.rowCount() == 1, timeout=5000)
    index = column.proxy.index(0, 0)
    assert index.data(ProposalRole).id == chosen
    qtbot.mouseClick(
        column.view.viewport(), Qt.MouseButton.LeftButton, pos=column.view.visualRect(index).center()
    )
    return window, board


def _box(dialog: QInputDialog) -> QPlainTextEdit:
    [box] = [b for b in dialog.findChildren(QPlainTextEdit) if b.isVisible()]
    return box


def test_the_summary_box_is_named_by_its_label(qtbot, qapp, demo_workspace, demo_conference_id):
    store = demo_workspace.store
    chosen = notes.add_note(store, demo_conference_id, 2, 3, "Tid & pengar till föreningar", kind="proposal")
    window, board = _board_with_clicked(qtbot, qapp, demo_workspace, demo_conference_id, chosen)
    board.summary_button.click()  # in the row's overflow menu at this width; the same action
    dialog = board.card_actions.summary_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    [label] = [x for x in dialog.findChildren(QLabel) if x.isVisible()]
    assert "Tid & pengar till föreningar" in label.text()
    assert "Tid & pengar till föreningar" in _spoken_name(_box(dialog)), _spoken_name(_box(dialog))
    assert _spoken_name(_box(dialog)).startswith("Vad har hänt med")
    dialog.reject()
    window.close()


def test_the_merged_text_box_is_named_by_its_label(qtbot, qapp, demo_workspace, demo_conference_id):
    store = demo_workspace.store
    for table, text in ((1, "Busskort för unga"), (2, "Gratis busskort för unga")):
        notes.add_note(store, demo_conference_id, table, 3, text, kind="proposal")
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 2, timeout=20000)
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier), (1, CTRL)):
        rect = review.view.visualRect(review.model.index(row, COL_TEXT))
        qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    qtbot.mouseClick(review.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=20000)
    dialog = QApplication.activeModalWidget()
    name = _spoken_name(_box(dialog))
    assert name.startswith("Slå samman 2 förslag från bord 1, 2 till ett."), name
    dialog.reject()
    window.close()


def test_the_similar_groups_list_is_named(qtbot, qapp, sync_ops, demo_workspace, demo_conference_id):
    """The Similar proposals dialog's list of groups had no label and no name: "tree", said a screen
    reader."""
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    window.tabs.setCurrentWidget(window.proposals_page)
    [board] = window.findChildren(ProposalsBoard)
    qtbot.mouseClick(board.similar_button, Qt.MouseButton.LeftButton)
    dialog = board.similar_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert _spoken_name(dialog.tree) == "Grupper av liknande förslag"
    dialog.reject()
    window.close()


def test_a_pasted_page_as_a_proposal_heads_its_dialogs_in_a_few_lines(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    """A chair pasted a whole page as a proposal (two thousand characters). As the heading of the decision
    dialog it squeezed the form at 150 % until the decision box was one line; the history and the link
    dialogs were a wall of text above their lists. Each shows about four lines, "…", and the whole text
    in the heading's tooltip."""
    page = "Inklistrat: " + " ".join(f"Mening {i} om samverkan mellan kommun och region." for i in range(40))
    store = demo_workspace.store
    chosen = notes.add_note(store, demo_conference_id, 2, 3, page, kind="proposal")
    window, board = _board_with_clicked(qtbot, qapp, demo_workspace, demo_conference_id, chosen)
    for button in (board.status_button, board.history_button, board.link_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: QApplication.activeModalWidget() is not None or _shown_dialog(board), timeout=3000
        )
        dialog = QApplication.activeModalWidget() or _shown_dialog(board)
        [heading] = [x for x in dialog.findChildren(QLabel) if x.isVisible() and "Mening 0" in x.text()]
        assert heading.text().endswith("…") and len(heading.text()) < 360, len(heading.text())
        assert heading.toolTip() == page
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=3000)
    window.close()


def _shown_dialog(board):
    from PySide6.QtWidgets import QDialog

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return shown[0] if shown else None
