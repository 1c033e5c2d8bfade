"""Two secretaries on the proposals board, in Swedish: an edit made on what Anna's window showed, when
Britt changed it meanwhile, is never saved over Britt's in silence. Anna sees who changed what, theirs
and hers side by side, and chooses with a click; her choice can be undone.

Each test runs on one PostgreSQL store (Anna's and Britt's own workspaces) and on SQLite with one
workspace file opened by two windows. Anna works with the mouse in the secretariat window; Britt's
edits go through her own board (its editor, as her clicks would).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

from app import notes, proposals
from tests.two_secretaries import autumn_conference
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


@pytest.fixture
def office(backend, tmp_path, request, qtbot, qapp, sync_ops):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    scene = anna_and_britt(qtbot, qapp, backend, tmp_path, dsn, 4, "proposals_sv.qm", "Busskort för unga")
    with scene as (pair, window, britts, ids, group):
        window.tabs.setCurrentWidget(window.proposals_page)
        board = window.proposals_view
        qtbot.waitUntil(lambda: board.model.rowCount() == 3, timeout=EVENTUALLY)
        yield pair, board, britts, ids, group


def _write_and_ok(qtbot, dialog, text: str) -> None:
    editor = dialog.findChild(QPlainTextEdit) or dialog.findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_rewording_over_britts_asks_and_hers_saved_over_it_undoes_to_britts(qtbot, office, tmp_path):
    pair, board, britts, _ids, group = office
    click_card(qtbot, board, group)
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    dialog = board.reword_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    assert britts.editor.rename(card_of(britts, group), "Busskort för alla unga i länet")
    _write_and_ok(qtbot, dialog, "Fria bussresor för unga – året om")

    box = the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "ändrat-under-tiden.png"))
    assert f"{who(pair)} ändrade formuleringen av ”Busskort för unga” under tiden." in box.text()
    assert side_by_side(box) == [
        ("Det som står nu", "Ditt"),
        ("Busskort för alla unga i länet", "Fria bussresor för unga – året om"),
    ]
    assert proposals.find_proposal(pair.britt.store, group).text == "Busskort för alla unga i länet"
    mine(qtbot, box)
    assert proposals.find_proposal(pair.britt.store, group).text == "Fria bussresor för unga – året om"
    qtbot.waitUntil(
        lambda: card_of(board, group).text == "Fria bussresor för unga – året om", timeout=EVENTUALLY
    )

    board.window().undo_action.trigger()  # Ctrl+Z: Britt's wording stands again
    assert proposals.find_proposal(pair.britt.store, group).text == "Busskort för alla unga i länet"
    assert not msgbox.open_boxes()


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_summary_over_britts_keeps_hers_when_anna_chooses_so(qtbot, office):
    pair, board, britts, ids, _group = office
    click_card(qtbot, board, ids[2])
    qtbot.mouseClick(board.summary_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.summary_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    britts_words = "Biblioteket har läxhjälp på tisdagar sedan april."
    assert britts.editor.set_summary(card_of(britts, ids[2]), britts_words, "")
    _write_and_ok(qtbot, dialog, "Kommunen utreder läxhjälp i Åsele.")

    box = the_box(qtbot)
    assert f"{who(pair)} ändrade sammanfattningen för deltagarna av ”Läxhjälp" in box.text()
    assert side_by_side(box)[1] == (britts_words, "Kommunen utreder läxhjälp i Åsele.")
    theirs(qtbot, box)
    assert proposals.summary_of(pair.anna.store, ids[2]) == britts_words
    assert board.undo_stack.count() == 0  # nothing of hers was saved, so nothing to undo

    # Written again on what is there now, it is saved at once; undo brings Britt's words back.
    click_card(qtbot, board, ids[2])
    qtbot.mouseClick(board.summary_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.summary_dialog
    assert dialog.textValue() == britts_words
    _write_and_ok(qtbot, dialog, "Läxhjälp finns nu två kvällar i veckan.")
    assert not msgbox.open_boxes()
    assert proposals.summary_of(pair.britt.store, ids[2]) == "Läxhjälp finns nu två kvällar i veckan."
    board.window().undo_action.trigger()
    assert proposals.summary_of(pair.britt.store, ids[2]) == britts_words


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_merging_cards_britt_merged_meanwhile_asks_and_keeps_hers(qtbot, office, tmp_path):
    pair, board, britts, ids, group = office
    click_card(qtbot, board, ids[2])
    click_card(qtbot, board, ids[3], Qt.KeyboardModifier.ControlModifier)
    assert board.merge_button.isEnabled()
    britts.select([group, ids[3]])
    assert britts.merge_selected()  # Britt puts the youth council in with the bus cards

    qtbot.mouseClick(board.merge_button, Qt.MouseButton.LeftButton)
    box = the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "sammanslaget-under-tiden.png"))
    assert f"{who(pair)} slog samman eller delade ”Ett ungdomsråd" in box.text()
    [_header, (now, yours)] = side_by_side(box)
    assert now.startswith("Sammanslaget av 3 förslag: ")
    assert yours.startswith("Alla i det sammanslagna ”Busskort för unga”: Läxhjälp")
    theirs(qtbot, box)
    merged = proposals.find_proposal(pair.anna.store, ids[3])
    assert merged.id == group and len(merged.originals) == 3
    assert proposals.find_proposal(pair.anna.store, ids[2]).id == ids[2]
    qtbot.waitUntil(lambda: board.model.row_of(ids[3]) < 0, timeout=EVENTUALLY)  # shown as it is now

    # Britt undoes her join: Anna's merge of the two, now on what is there, goes through and undoes.
    britts.undo_stack.undo()
    assert proposals.find_proposal(pair.anna.store, ids[3]).id == ids[3]
    board.reload()
    click_card(qtbot, board, ids[2])
    click_card(qtbot, board, ids[3], Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(board.merge_button, Qt.MouseButton.LeftButton)
    assert not msgbox.open_boxes()
    assert (
        proposals.find_proposal(pair.britt.store, ids[2]).id
        == proposals.find_proposal(pair.britt.store, ids[3]).id
    )
    board.window().undo_action.trigger()
    assert proposals.find_proposal(pair.britt.store, ids[2]).id == ids[2]


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_link_beside_one_britt_made_meanwhile_asks_and_both_stand(qtbot, office, tmp_path):
    pair, board, britts, ids, group = office
    autumn = autumn_conference(pair.anna.store)
    later = notes.add_note(
        pair.anna.store, autumn, 2, 2, "Busskort för unga – igen!", kind="proposal", votes=5
    )
    for each in (board, britts):  # the whole process: both conferences' cards
        each.scope_combo.fill()
        rows = range(each.scope_combo.count())
        each.scope_combo.setCurrentIndex(
            next(r for r in rows if each.scope_combo.itemData(r)[0] == "process")
        )
    qtbot.waitUntil(lambda: board.model.row_of(later) >= 0, timeout=EVENTUALLY)
    click_card(qtbot, board, later)
    qtbot.mouseClick(board.link_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.link_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    britts_card = card_of(britts, later)
    shown_to_britt = proposals.shown(pair.britt.store, britts_card, "links")
    assert britts.editor.link_again(britts_card, card_of(britts, ids[2]), shown_to_britt)  # "the same"

    row = next(
        r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, 1).data() == "Busskort för unga"
    )
    rect = dialog.table.visualRect(dialog.proxy.index(row, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    box = the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "länkat-under-tiden.png"))
    assert f"{who(pair)} ändrade länkarna från ”Busskort för unga – igen!”" in box.text()
    assert side_by_side(box)[1] == ("Länkat till: Läxhjälp på biblioteket i Åsele, två kvällar i veckan",
                                     "Länkat även till: Busskort för unga")  # fmt: skip
    mine(qtbot, box)
    card = proposals.find_proposal(pair.anna.store, later)
    assert sorted(r.earlier.id for r in proposals.recurrences(pair.anna.store, [card])) == sorted(
        [ids[2], group]
    )
    board.window().undo_action.trigger()
    assert [r.earlier.id for r in proposals.recurrences(pair.anna.store, [card])] == [ids[2]]


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_undoing_a_rewording_britt_changed_since_asks_before_writing_over_hers(qtbot, office):
    pair, board, britts, _ids, group = office
    click_card(qtbot, board, group)
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    _write_and_ok(qtbot, board.reword_dialog, "Fria bussresor för unga")
    assert not msgbox.open_boxes()
    britts.reload()
    assert britts.editor.rename(card_of(britts, group), "Fria bussresor för alla under 20")

    board.window().undo_action.trigger()  # Ctrl+Z would put "Busskort för unga" over Britt's words
    box = the_box(qtbot)
    assert f"{who(pair)} ändrade formuleringen av ”Fria bussresor för unga” under tiden." in box.text()
    assert side_by_side(box)[1] == ("Fria bussresor för alla under 20", "Busskort för unga")
    assert proposals.find_proposal(pair.anna.store, group).text == "Fria bussresor för alla under 20"
    theirs(qtbot, box)
    assert proposals.find_proposal(pair.anna.store, group).text == "Fria bussresor för alla under 20"
    assert board.undo_stack.count() == 0  # the step left the history: it was made on what is gone


@pytest.mark.parametrize("backend", ["sqlite"])
def test_undoing_over_britts_change_writes_the_undone_wording_when_anna_says_so(qtbot, office):
    _pair, board, britts, _ids, group = office
    click_card(qtbot, board, group)
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    _write_and_ok(qtbot, board.reword_dialog, "Fria bussresor för unga")
    britts.reload()
    assert britts.editor.rename(card_of(britts, group), "Fria bussresor för alla under 20")
    board.window().undo_action.trigger()
    mine(qtbot, the_box(qtbot))
    assert proposals.find_proposal(britts.store, group).text == "Busskort för unga"
    qtbot.waitUntil(lambda: card_of(board, group).text == "Busskort för unga", timeout=EVENTUALLY)


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_decision_on_a_card_decided_meanwhile_asks_on_either_store(qtbot, office):
    pair, board, britts, ids, _group = office
    click_card(qtbot, board, ids[3])
    qtbot.mouseClick(board.status_button, Qt.MouseButton.LeftButton)
    dialog = board.decision_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("shortlisted"))
    britts.editor.ask_decision([card_of(britts, ids[3])], "selected")
    britts.editor.decision_dialog.buttons.accepted.emit()  # Britt records the council's choice first
    assert proposals.find_proposal(pair.anna.store, ids[3]).status == "selected"

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    box = the_box(qtbot)
    assert f"{who(pair)} ändrade status för ”Ett ungdomsråd" in box.text()
    assert side_by_side(box)[1] == ("Valt av tillväxtrådet", "På kortlistan")
    mine(qtbot, box)
    assert proposals.find_proposal(pair.britt.store, ids[3]).status == "shortlisted"
    board.window().undo_action.trigger()
    assert proposals.find_proposal(pair.britt.store, ids[3]).status == "selected"
