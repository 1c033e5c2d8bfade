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
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit

from app import notes, proposals
from tests.two_secretaries import autumn_conference, two_secretaries
from tests.ui.chair.conftest import type_text
from ui import i18n, msgbox
from ui.proposals import ProposalsBoard
from ui.proposals.model import ProposalRole
from ui.secretariat.window import SecretariatWindow

EVENTUALLY = 15_000  # waits for an event, never a promise of speed
SPRING = (
    ("Busskort för alla under 20 – även sommarlovet!!", 4),
    ("Gratis busskort för unga hela året", 3),
    ("Läxhjälp på biblioteket i Åsele, två kvällar i veckan", 2),
    ('Ett ungdomsråd med "riktig" budget', 1),
)


@pytest.fixture
def office(backend, tmp_path, request, qtbot, qapp, sync_ops):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    ids = [
        notes.add_note(pair.anna.store, pair.conference_id, table, 2, text, kind="proposal", votes=votes)
        for table, (text, votes) in enumerate(SPRING, start=1)
    ]
    group = proposals.merge(pair.anna.store, ids[:2], text="Busskort för unga")
    assert any(name.endswith("proposals_sv.qm") for name in i18n.install("sv", qapp))
    window = SecretariatWindow(pair.anna)
    qtbot.addWidget(window)
    window.resize(*((1366, 768) if backend == "postgresql" else (1280, 720)))
    window.show()
    window.choose_conference(pair.conference_id)
    window.tabs.setCurrentWidget(window.proposals_page)
    board = window.proposals_view
    qtbot.waitUntil(lambda: board.model.rowCount() == 3, timeout=EVENTUALLY)
    britts = ProposalsBoard(pair.britt)  # Britt's window, on her workspace (or the same file)
    qtbot.addWidget(britts)
    britts.choose_conference(pair.conference_id)
    yield pair, board, britts, ids, group
    britts.close()
    window.close()
    i18n.install("en", qapp)
    pair.close()


def _britt(pair) -> str:
    return "Ett annat fönster här" if pair.shared_folder else "Britt Ek"


def _click_card(qtbot, board, proposal_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for column in board.columns.values():
        for row in range(column.proxy.rowCount()):
            index = column.proxy.index(row, 0)
            if index.data(ProposalRole).id == proposal_id:
                rect = column.view.visualRect(index)
                qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
                return
    raise AssertionError(f"no card {proposal_id}")


def _card_of(board, proposal_id: str) -> proposals.Proposal:
    return board.model.proposal(board.model.row_of(proposal_id))


def _write_and_ok(qtbot, dialog, text: str) -> None:
    editor = dialog.findChild(QPlainTextEdit) or dialog.findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _the_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    return msgbox.open_boxes()[0]


def _choose(qtbot, box: QMessageBox, button: QMessageBox.StandardButton, label: str) -> None:
    chosen = box.button(button)
    assert chosen.text().replace("&", "") == label
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)


def _mine(qtbot, box) -> None:
    _choose(qtbot, box, QMessageBox.StandardButton.Yes, "Spara mitt")


def _theirs(qtbot, box) -> None:
    _choose(qtbot, box, QMessageBox.StandardButton.No, "Behåll det som står")


def _side_by_side(box: QMessageBox) -> list[tuple[str, str]]:
    """The box's two columns, row by row, as a reader sees them (Now, Yours)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(box.text())
    rows, block = [], document.rootFrame()
    table = next(f for f in block.childFrames())
    for row in range(table.rows()):
        rows.append(tuple(table.cellAt(row, col).firstCursorPosition().block().text() for col in (0, 1)))
    return rows


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_rewording_over_britts_asks_and_hers_saved_over_it_undoes_to_britts(qtbot, office, tmp_path):
    pair, board, britts, _ids, group = office
    _click_card(qtbot, board, group)
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    dialog = board.reword_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    assert britts.editor.rename(_card_of(britts, group), "Busskort för alla unga i länet")
    _write_and_ok(qtbot, dialog, "Fria bussresor för unga – året om")

    box = _the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "ändrat-under-tiden.png"))
    assert f"{_britt(pair)} ändrade formuleringen av ”Busskort för unga” under tiden." in box.text()
    assert _side_by_side(box) == [
        ("Det som står nu", "Ditt"),
        ("Busskort för alla unga i länet", "Fria bussresor för unga – året om"),
    ]
    assert proposals.find_proposal(pair.britt.store, group).text == "Busskort för alla unga i länet"
    _mine(qtbot, box)
    assert proposals.find_proposal(pair.britt.store, group).text == "Fria bussresor för unga – året om"
    qtbot.waitUntil(
        lambda: _card_of(board, group).text == "Fria bussresor för unga – året om", timeout=EVENTUALLY
    )

    board.window().undo_action.trigger()  # Ctrl+Z: Britt's wording stands again
    assert proposals.find_proposal(pair.britt.store, group).text == "Busskort för alla unga i länet"
    assert not msgbox.open_boxes()


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_summary_over_britts_keeps_hers_when_anna_chooses_so(qtbot, office):
    pair, board, britts, ids, _group = office
    _click_card(qtbot, board, ids[2])
    qtbot.mouseClick(board.summary_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.summary_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    britts_words = "Biblioteket har läxhjälp på tisdagar sedan april."
    assert britts.editor.set_summary(_card_of(britts, ids[2]), britts_words, "")
    _write_and_ok(qtbot, dialog, "Kommunen utreder läxhjälp i Åsele.")

    box = _the_box(qtbot)
    assert f"{_britt(pair)} ändrade sammanfattningen för deltagarna av ”Läxhjälp" in box.text()
    assert _side_by_side(box)[1] == (britts_words, "Kommunen utreder läxhjälp i Åsele.")
    _theirs(qtbot, box)
    assert proposals.summary_of(pair.anna.store, ids[2]) == britts_words
    assert board.undo_stack.count() == 0  # nothing of hers was saved, so nothing to undo

    # Written again on what is there now, it is saved at once; undo brings Britt's words back.
    _click_card(qtbot, board, ids[2])
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
    _click_card(qtbot, board, ids[2])
    _click_card(qtbot, board, ids[3], Qt.KeyboardModifier.ControlModifier)
    assert board.merge_button.isEnabled()
    britts.select([group, ids[3]])
    assert britts.merge_selected()  # Britt puts the youth council in with the bus cards

    qtbot.mouseClick(board.merge_button, Qt.MouseButton.LeftButton)
    box = _the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "sammanslaget-under-tiden.png"))
    assert f"{_britt(pair)} slog samman eller delade ”Ett ungdomsråd" in box.text()
    [_header, (now, yours)] = _side_by_side(box)
    assert now.startswith("Sammanslaget av 3 förslag: ")
    assert yours.startswith("Alla i det sammanslagna ”Busskort för unga”: Läxhjälp")
    _theirs(qtbot, box)
    merged = proposals.find_proposal(pair.anna.store, ids[3])
    assert merged.id == group and len(merged.originals) == 3
    assert proposals.find_proposal(pair.anna.store, ids[2]).id == ids[2]
    qtbot.waitUntil(lambda: board.model.row_of(ids[3]) < 0, timeout=EVENTUALLY)  # shown as it is now

    # Britt undoes her join: Anna's merge of the two, now on what is there, goes through and undoes.
    britts.undo_stack.undo()
    assert proposals.find_proposal(pair.anna.store, ids[3]).id == ids[3]
    board.reload()
    _click_card(qtbot, board, ids[2])
    _click_card(qtbot, board, ids[3], Qt.KeyboardModifier.ControlModifier)
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
    _click_card(qtbot, board, later)
    qtbot.mouseClick(board.link_button, Qt.MouseButton.LeftButton)
    dialog = board.card_actions.link_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    britts_card = _card_of(britts, later)
    shown_to_britt = proposals.shown(pair.britt.store, britts_card, "links")
    assert britts.editor.link_again(britts_card, _card_of(britts, ids[2]), shown_to_britt)  # "the same"

    row = next(
        r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, 1).data() == "Busskort för unga"
    )
    rect = dialog.table.visualRect(dialog.proxy.index(row, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    box = _the_box(qtbot)
    qtbot.wait(50)
    box.grab().save(str(tmp_path / "länkat-under-tiden.png"))
    assert f"{_britt(pair)} ändrade länkarna från ”Busskort för unga – igen!”" in box.text()
    assert _side_by_side(box)[1] == ("Länkat till: Läxhjälp på biblioteket i Åsele, två kvällar i veckan",
                                     "Länkat även till: Busskort för unga")  # fmt: skip
    _mine(qtbot, box)
    card = proposals.find_proposal(pair.anna.store, later)
    assert sorted(r.earlier.id for r in proposals.recurrences(pair.anna.store, [card])) == sorted(
        [ids[2], group]
    )
    board.window().undo_action.trigger()
    assert [r.earlier.id for r in proposals.recurrences(pair.anna.store, [card])] == [ids[2]]


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_undoing_a_rewording_britt_changed_since_asks_before_writing_over_hers(qtbot, office):
    pair, board, britts, _ids, group = office
    _click_card(qtbot, board, group)
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    _write_and_ok(qtbot, board.reword_dialog, "Fria bussresor för unga")
    assert not msgbox.open_boxes()
    britts.reload()
    assert britts.editor.rename(_card_of(britts, group), "Fria bussresor för alla under 20")

    board.window().undo_action.trigger()  # Ctrl+Z would put "Busskort för unga" over Britt's words
    box = _the_box(qtbot)
    assert f"{_britt(pair)} ändrade formuleringen av ”Fria bussresor för unga” under tiden." in box.text()
    assert _side_by_side(box)[1] == ("Fria bussresor för alla under 20", "Busskort för unga")
    assert proposals.find_proposal(pair.anna.store, group).text == "Fria bussresor för alla under 20"
    _theirs(qtbot, box)
    assert proposals.find_proposal(pair.anna.store, group).text == "Fria bussresor för alla under 20"
    assert board.undo_stack.count() == 0  # the step left the history: it was made on what is gone


@pytest.mark.parametrize("backend", ["sqlite"])
def test_undoing_over_britts_change_writes_the_undone_wording_when_anna_says_so(qtbot, office):
    _pair, board, britts, _ids, group = office
    _click_card(qtbot, board, group)
    qtbot.mouseClick(board.reword_button, Qt.MouseButton.LeftButton)
    _write_and_ok(qtbot, board.reword_dialog, "Fria bussresor för unga")
    britts.reload()
    assert britts.editor.rename(_card_of(britts, group), "Fria bussresor för alla under 20")
    board.window().undo_action.trigger()
    _mine(qtbot, _the_box(qtbot))
    assert proposals.find_proposal(britts.store, group).text == "Busskort för unga"
    qtbot.waitUntil(lambda: _card_of(board, group).text == "Busskort för unga", timeout=EVENTUALLY)


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_decision_on_a_card_decided_meanwhile_asks_on_either_store(qtbot, office):
    pair, board, britts, ids, _group = office
    _click_card(qtbot, board, ids[3])
    qtbot.mouseClick(board.status_button, Qt.MouseButton.LeftButton)
    dialog = board.decision_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENTUALLY)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("shortlisted"))
    britts.editor.ask_decision([_card_of(britts, ids[3])], "selected")
    britts.editor.decision_dialog.buttons.accepted.emit()  # Britt records the council's choice first
    assert proposals.find_proposal(pair.anna.store, ids[3]).status == "selected"

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    box = _the_box(qtbot)
    assert f"{_britt(pair)} ändrade status för ”Ett ungdomsråd" in box.text()
    assert _side_by_side(box)[1] == ("Valt av tillväxtrådet", "På kortlistan")
    _mine(qtbot, box)
    assert proposals.find_proposal(pair.britt.store, ids[3]).status == "shortlisted"
    board.window().undo_action.trigger()
    assert proposals.find_proposal(pair.britt.store, ids[3]).status == "selected"
