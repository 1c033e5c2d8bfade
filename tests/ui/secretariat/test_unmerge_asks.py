"""Unmerging a proposal someone changed meanwhile asks first, in Swedish, saying what is lost and what is
kept: the undo of a merge made in Review (*Slå samman förslag…*), and the board's *Dela upp*.

Anna works with mouse and keys in the secretariat window; Britt's window (her own workspace on
PostgreSQL, the same workspace file on SQLite) rewords the merged proposal through her board's editor,
as her clicks would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPlainTextEdit

from app import proposals
from tests.ui.chair.conftest import type_text
from tests.ui.changed_meanwhile import (
    EVENTUALLY,
    anna_and_britt,
    card_of,
    click_card,
    mine,
    side_by_side,
    the_box,
    theirs,
    who,
)
from ui import msgbox
from ui.secretariat.notes_model import COL_MERGED, COL_TEXT

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(backend, tmp_path, request, qtbot, qapp, sync_ops):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    with anna_and_britt(qtbot, qapp, backend, tmp_path, dsn, 3, "secretariat_sv.qm") as scene:
        pair, window, britts, ids, _group = scene
        yield pair, window, britts, ids


def _merge_in_review(qtbot, window, ids: list[str], text: str) -> str:
    """Select the two proposals in Review with the mouse, Slå samman förslag…, type the wording, OK."""
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == 3, timeout=EVENTUALLY)
    for note_id, modifier in zip(ids, (Qt.KeyboardModifier.NoModifier, CTRL), strict=True):
        rect = review.view.visualRect(review.model.index(review.model.row_of(note_id), COL_TEXT))
        qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert review.merge_button.text().replace("&", "") == "Slå samman förslag…"
    qtbot.mouseClick(review.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=EVENTUALLY)
    dialog = QApplication.activeModalWidget()
    editor = dialog.findChild(QPlainTextEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    group = proposals.find_proposal(window.context.store, ids[0])
    assert group.is_group and group.text == text
    return group.id


def _merged_column(review) -> set[str]:
    return {review.model.index(r, COL_MERGED).data() for r in range(review.model.rowCount())}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_undoing_a_review_merge_britt_reworded_since_asks_and_keeps_hers(qtbot, office, tmp_path):
    pair, window, britts, ids = office
    review = window.review_view
    group = _merge_in_review(qtbot, window, ids[:2], "Busskort för unga – året om")

    # Undone and redone at once, with no one in between: no question.
    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL)
    assert not msgbox.open_boxes()
    assert proposals.find_proposal(pair.britt.store, ids[0]).id == ids[0]
    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert proposals.find_proposal(pair.britt.store, ids[0]).id == group
    qtbot.waitUntil(lambda: "Busskort för unga – året om" in _merged_column(review), timeout=EVENTUALLY)

    britts.reload()
    assert britts.editor.rename(card_of(britts, group), "Busskort för alla unga i länet")
    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL)  # would put Britt's wording out of sight
    box = the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "ångra-sammanslagning.png"))
    assert f"{who(pair)} ändrade formuleringen av ”Busskort för unga – året om” under tiden." in box.text()
    [_header, (now, yours)] = side_by_side(box)
    assert now == "Busskort för alla unga i länet"
    assert yours.startswith("Isär igen. Försvinner ur sikte: det sammanslagna förslaget ”Busskort för alla")
    assert "Kvar: de 2 ursprungliga förslagen" in yours and "Gratis busskort för unga hela året" in yours
    assert proposals.find_proposal(pair.anna.store, ids[0]).id == group  # nothing written yet

    theirs(qtbot, box)
    merged = proposals.find_proposal(pair.anna.store, ids[0])
    assert (merged.id, merged.text) == (group, "Busskort för alla unga i länet")
    assert window.context.undo_stack.count() == 0  # the step was made on what is gone
    qtbot.waitUntil(lambda: "Busskort för alla unga i länet" in _merged_column(review), timeout=EVENTUALLY)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_undoing_a_review_merge_britt_summarised_since_unmerges_when_anna_says_so(qtbot, office):
    pair, window, _britts, ids = office
    review = window.review_view
    group = _merge_in_review(qtbot, window, ids[:2], "Busskort för unga – året om")
    proposals.set_summary(pair.britt.store, group, "Regionen utreder frågan till hösten.")  # Britt writes
    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL)
    box = the_box(qtbot)
    assert "ändrade sammanfattningen för deltagarna av ”Busskort för unga – året om”" in box.text()
    mine(qtbot, box)
    assert proposals.find_proposal(pair.britt.store, ids[0]).id == ids[0]
    assert proposals.find_proposal(pair.britt.store, ids[1]).id == ids[1]
    qtbot.waitUntil(lambda: _merged_column(review) == {""}, timeout=EVENTUALLY)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_boards_unmerge_of_a_proposal_reworded_meanwhile_asks_what_is_lost(qtbot, office, tmp_path):
    pair, window, britts, ids = office
    group = proposals.merge(pair.anna.store, ids[:2], text="Busskort för unga")
    window.tabs.setCurrentWidget(window.proposals_page)
    board = window.proposals_view
    board.reload()
    qtbot.waitUntil(lambda: board.model.row_of(group) >= 0, timeout=EVENTUALLY)
    click_card(qtbot, board, group)
    assert board.unmerge_button.isEnabled()
    britts.reload()
    assert britts.editor.rename(card_of(britts, group), "Busskort för alla unga i länet")

    qtbot.mouseClick(board.unmerge_button, Qt.MouseButton.LeftButton)
    box = the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "dela-upp.png"))
    assert f"{who(pair)} ändrade formuleringen av ”Busskort för unga” under tiden." in box.text()
    [_header, (now, yours)] = side_by_side(box)
    assert now == "Busskort för alla unga i länet"
    assert "Försvinner ur sikte: det sammanslagna förslaget ”Busskort för alla unga i länet”" in yours
    theirs(qtbot, box)
    assert proposals.find_proposal(pair.anna.store, group).text == "Busskort för alla unga i länet"

    # Shown again as it is now, unmerging it is hers to do.
    qtbot.waitUntil(
        lambda: card_of(board, group).text == "Busskort för alla unga i länet", timeout=EVENTUALLY
    )
    click_card(qtbot, board, group)
    qtbot.mouseClick(board.unmerge_button, Qt.MouseButton.LeftButton)
    assert not msgbox.open_boxes()
    assert proposals.find_proposal(pair.britt.store, ids[0]).id == ids[0]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_redoing_a_review_merge_after_britt_merged_one_of_them_elsewhere_asks(qtbot, office):
    pair, window, britts, ids = office
    review = window.review_view
    group = _merge_in_review(qtbot, window, ids[:2], "Busskort för unga – året om")
    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL)  # apart again, no one in between
    assert not msgbox.open_boxes()
    britts.reload()
    britts.select([ids[1], ids[2]])
    assert britts.merge_selected()  # Britt puts the free bus cards with the homework help meanwhile

    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    box = the_box(qtbot)
    assert (
        f"{who(pair)} slog samman eller delade ”Gratis busskort för unga hela året” under tiden."
        in box.text()
    )
    [_header, (now, yours)] = side_by_side(box)
    assert now.startswith("Sammanslaget av 2 förslag: ")
    assert yours == "Sammanslaget igen (gör om)"
    theirs(qtbot, box)
    assert proposals.find_proposal(pair.anna.store, ids[0]).id == ids[0]  # not merged again
    britts_group = proposals.find_proposal(pair.anna.store, ids[1])
    assert britts_group.id != group and {n.id for n in britts_group.originals} == {ids[1], ids[2]}
