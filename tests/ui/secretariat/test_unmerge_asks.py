"""Unmerging a proposal someone changed meanwhile asks first, in Swedish, saying what is lost and what is
kept: the undo of a merge made in Review (*Slå samman förslag…*), and the board's *Dela upp*.

Anna works with mouse and keys in the secretariat window; Britt's window (her own workspace on
PostgreSQL, the same workspace file on SQLite) rewords the merged proposal through her board's editor,
as her clicks would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QPlainTextEdit

from app import notes, proposals
from tests.two_secretaries import two_secretaries
from tests.ui.chair.conftest import type_text
from tests.ui.proposals.test_changed_meanwhile import _card_of, _click_card, _side_by_side
from ui import i18n, msgbox
from ui.proposals import ProposalsBoard
from ui.secretariat.notes_model import COL_MERGED, COL_TEXT
from ui.secretariat.window import SecretariatWindow

EVENTUALLY = 15_000  # waits for an event, never a promise of speed
SPRING = (
    ("Busskort för alla under 20 – även sommarlovet!!", 4),
    ("Gratis busskort för unga hela året", 3),
    ("Läxhjälp på biblioteket i Åsele, två kvällar i veckan", 2),
)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(backend, tmp_path, request, qtbot, qapp, sync_ops):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    ids = [
        notes.add_note(pair.anna.store, pair.conference_id, table, 2, text, kind="proposal", votes=votes)
        for table, (text, votes) in enumerate(SPRING, start=1)
    ]
    assert any(name.endswith("secretariat_sv.qm") for name in i18n.install("sv", qapp))
    window = SecretariatWindow(pair.anna)
    qtbot.addWidget(window)
    window.resize(*((1366, 768) if backend == "postgresql" else (1280, 720)))
    window.show()
    window.activateWindow()
    window.choose_conference(pair.conference_id)
    britts = ProposalsBoard(pair.britt)  # Britt's window
    qtbot.addWidget(britts)
    britts.choose_conference(pair.conference_id)
    yield pair, window, britts, ids
    britts.close()
    window.close()
    i18n.install("en", qapp)
    pair.close()


def _who(pair) -> str:
    return "Ett annat fönster här" if pair.shared_folder else "Britt Ek"


def _the_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    return msgbox.open_boxes()[0]


def _click(qtbot, box: QMessageBox, button: QMessageBox.StandardButton, label: str) -> None:
    chosen = box.button(button)
    assert chosen.text().replace("&", "") == label
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)


def _merge_in_review(qtbot, window, ids: list[str], text: str) -> str:
    """Select the two proposals in Review with the mouse, Slå samman förslag…, type the wording, OK."""
    review = window.review_view
    window.tabs.setCurrentWidget(review)
    review.kind_combo.setCurrentIndex(review.kind_combo.findData("proposal"))
    qtbot.waitUntil(lambda: review.model.rowCount() == 3, timeout=EVENTUALLY)
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
    assert britts.editor.rename(_card_of(britts, group), "Busskort för alla unga i länet")
    qtbot.keyClick(review.view, Qt.Key.Key_Z, CTRL)  # would put Britt's wording out of sight
    box = _the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "ångra-sammanslagning.png"))
    assert f"{_who(pair)} ändrade formuleringen av ”Busskort för unga – året om” under tiden." in box.text()
    [_header, (now, yours)] = _side_by_side(box)
    assert now == "Busskort för alla unga i länet"
    assert yours.startswith("Isär igen. Försvinner ur sikte: det sammanslagna förslaget ”Busskort för alla")
    assert "Kvar: de 2 ursprungliga förslagen" in yours and "Gratis busskort för unga hela året" in yours
    assert proposals.find_proposal(pair.anna.store, ids[0]).id == group  # nothing written yet

    _click(qtbot, box, QMessageBox.StandardButton.No, "Behåll det som står")
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
    box = _the_box(qtbot)
    assert "ändrade sammanfattningen för deltagarna av ”Busskort för unga – året om”" in box.text()
    _click(qtbot, box, QMessageBox.StandardButton.Yes, "Spara mitt")
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
    _click_card(qtbot, board, group)
    assert board.unmerge_button.isEnabled()
    britts.reload()
    assert britts.editor.rename(_card_of(britts, group), "Busskort för alla unga i länet")

    qtbot.mouseClick(board.unmerge_button, Qt.MouseButton.LeftButton)
    box = _the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "dela-upp.png"))
    assert f"{_who(pair)} ändrade formuleringen av ”Busskort för unga” under tiden." in box.text()
    [_header, (now, yours)] = _side_by_side(box)
    assert now == "Busskort för alla unga i länet"
    assert "Försvinner ur sikte: det sammanslagna förslaget ”Busskort för alla unga i länet”" in yours
    _click(qtbot, box, QMessageBox.StandardButton.No, "Behåll det som står")
    assert proposals.find_proposal(pair.anna.store, group).text == "Busskort för alla unga i länet"

    # Shown again as it is now, unmerging it is hers to do.
    qtbot.waitUntil(
        lambda: _card_of(board, group).text == "Busskort för alla unga i länet", timeout=EVENTUALLY
    )
    _click_card(qtbot, board, group)
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
    box = _the_box(qtbot)
    assert (
        f"{_who(pair)} slog samman eller delade ”Gratis busskort för unga hela året” under tiden."
        in box.text()
    )
    [_header, (now, yours)] = _side_by_side(box)
    assert now.startswith("Sammanslaget av 2 förslag: ")
    assert yours == "Sammanslaget igen (gör om)"
    _click(qtbot, box, QMessageBox.StandardButton.No, "Behåll det som står")
    assert proposals.find_proposal(pair.anna.store, ids[0]).id == ids[0]  # not merged again
    britts_group = proposals.find_proposal(pair.anna.store, ids[1])
    assert britts_group.id != group and {n.id for n in britts_group.originals} == {ids[1], ids[2]}
