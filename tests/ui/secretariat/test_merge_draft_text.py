"""Slå samman förslag… starts the merged proposal from every chosen proposal's words, each as its own
paragraph (most voted first), so the secretary edits them together instead of retyping the others; but
not the words of a proposal left out of what is published, and the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPlainTextEdit

from app import notes, proposals
from tests.ui.secretariat.conftest import open_in_swedish
from ui.secretariat.notes_model import COL_TEXT

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_merge_dialog_starts_from_every_chosen_proposals_text(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    store = demo_workspace.store
    add = notes.add_note
    busy = add(store, demo_conference_id, 1, 3, "Busskort för unga året om", kind="proposal", votes=2)
    cafe = add(
        store,
        demo_conference_id,
        2,
        3,
        "Läxhjälp på biblioteket\n\nmed språkcafé på lördagar",
        kind="proposal",
        votes=5,
    )
    other = add(store, demo_conference_id, 3, 3, "Fler parkbänkar 🌳", kind="proposal", votes=9)
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 3, timeout=20000)
    for note_id, modifier in ((busy, Qt.KeyboardModifier.NoModifier), (cafe, CTRL)):
        rect = review.view.visualRect(review.model.index(review.model.row_of(note_id), COL_TEXT))
        qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert review.merge_button.text().replace("&", "") == "Slå samman förslag…"
    qtbot.mouseClick(review.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=20000)
    dialog = QApplication.activeModalWidget()
    editor = dialog.findChild(QPlainTextEdit)
    # Both chosen proposals' words, the most voted first, each its own paragraph; not the unchosen one.
    assert editor.toPlainText() == (
        "Läxhjälp på biblioteket\n\nmed språkcafé på lördagar\n\nBusskort för unga året om"
    )
    assert "parkbänkar" not in editor.toPlainText()
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    group = proposals.find_proposal(store, busy)
    assert group.is_group and group.text == editor.toPlainText()
    assert proposals.find_proposal(store, other).id == other


def test_the_same_words_twice_appear_once(demo_workspace, demo_conference_id):
    from app.proposals.merging import draft_text

    store = demo_workspace.store
    chosen = [
        notes.note(
            store, notes.add_note(store, demo_conference_id, table, 3, text, kind="proposal", votes=votes)
        )
        for table, text, votes in ((1, "Fler  bänkar", 1), (2, "fler bänkar ", 3), (3, "Gratis buss", 2))
    ]
    assert draft_text(chosen) == "fler bänkar\n\nGratis buss"


def test_the_merge_dialog_leaves_out_the_words_of_a_proposal_left_out_of_what_is_published(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    from app.privacy.left_out import leave_out
    from app.privacy.publish import Publication

    store = demo_workspace.store
    add = notes.add_note
    private = "Lena föreslår i förtroende att hon slutar som ordförande"
    secret = add(store, demo_conference_id, 1, 3, private, kind="proposal", votes=8)
    buses = add(store, demo_conference_id, 2, 3, "Fler kvällsbussar", kind="proposal", votes=2)
    leave_out(store, secret)
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 2, timeout=20000)
    for note_id, modifier in ((secret, Qt.KeyboardModifier.NoModifier), (buses, CTRL)):
        rect = review.view.visualRect(review.model.index(review.model.row_of(note_id), COL_TEXT))
        qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    qtbot.mouseClick(review.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=20000)
    dialog = QApplication.activeModalWidget()
    editor = dialog.findChild(QPlainTextEdit)
    # Only the words that may be published, and the dialog says why the others are not there.
    assert editor.toPlainText() == "Fler kvällsbussar"
    assert dialog.labelText().startswith(
        "Ett av dem utelämnas ur det som publiceras: dess ord finns inte i texten nedan"
    )
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    group = proposals.find_proposal(store, buses)
    assert group.is_group and group.text == "Fler kvällsbussar"
    assert Publication(store, demo_conference_id, "[borttaget]").held_back(group.id)  # held all the same
