"""Anna's secretariat window and Britt's proposals board on one store (tests/two_secretaries.py), and the
box that asks Anna when what she changes was changed meanwhile: found, read as its two columns, answered
with a click. Used by the board's tests (tests/ui/proposals) and Review's unmerge (tests/ui/secretariat)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import notes, proposals
from tests.two_secretaries import TwoSecretaries, two_secretaries
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


@contextmanager
def anna_and_britt(
    qtbot, qapp, backend: str, tmp_path: Path, dsn: str | None, count: int, catalogue: str, merged: str = ""
) -> Iterator[tuple[TwoSecretaries, SecretariatWindow, ProposalsBoard, list[str], str]]:
    """The first `count` proposals of SPRING, one a table, at question 2 (with `merged`, the first two
    merged under that wording); Anna's window in Swedish (`catalogue` among what was loaded) on the
    conference, and Britt's board on her workspace (on SQLite, the same file). Yields the pair, the
    window, Britt's board, the proposals' ids and the merged one's id ("" without)."""
    pair = two_secretaries(backend, tmp_path, dsn)
    ids = [
        notes.add_note(pair.anna.store, pair.conference_id, table, 2, text, kind="proposal", votes=votes)
        for table, (text, votes) in enumerate(SPRING[:count], start=1)
    ]
    group = proposals.merge(pair.anna.store, ids[:2], text=merged) if merged else ""
    assert any(name.endswith(catalogue) for name in i18n.install("sv", qapp))
    window = SecretariatWindow(pair.anna)
    qtbot.addWidget(window)
    window.resize(*((1366, 768) if backend == "postgresql" else (1280, 720)))
    window.show()
    window.activateWindow()
    window.choose_conference(pair.conference_id)
    britts = ProposalsBoard(pair.britt)  # Britt's window, on her workspace (or the same file)
    qtbot.addWidget(britts)
    britts.choose_conference(pair.conference_id)
    try:
        yield pair, window, britts, ids, group
    finally:
        britts.close()
        window.close()
        i18n.install("en", qapp)
        pair.close()


def who(pair: TwoSecretaries) -> str:
    """How the box names the other writer: Britt, or the other window on one SQLite workspace."""
    return "Ett annat fönster här" if pair.shared_folder else "Britt Ek"


def the_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    return msgbox.open_boxes()[0]


def choose(qtbot, box: QMessageBox, button: QMessageBox.StandardButton, label: str) -> None:
    """Click the box's button, after checking its Swedish label; the box closes."""
    chosen = box.button(button)
    assert chosen.text().replace("&", "") == label
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)


def mine(qtbot, box: QMessageBox) -> None:
    choose(qtbot, box, QMessageBox.StandardButton.Yes, "Spara mitt")


def theirs(qtbot, box: QMessageBox) -> None:
    choose(qtbot, box, QMessageBox.StandardButton.No, "Behåll det som står")


def side_by_side(box: QMessageBox) -> list[tuple[str, str]]:
    """The box's two columns, row by row, as a reader sees them (Now, Yours)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(box.text())
    rows, block = [], document.rootFrame()
    table = next(f for f in block.childFrames())
    for row in range(table.rows()):
        rows.append(tuple(table.cellAt(row, col).firstCursorPosition().block().text() for col in (0, 1)))
    return rows


def click_card(qtbot, board, proposal_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for column in board.columns.values():
        for row in range(column.proxy.rowCount()):
            index = column.proxy.index(row, 0)
            if index.data(ProposalRole).id == proposal_id:
                rect = column.view.visualRect(index)
                qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
                return
    raise AssertionError(f"no card {proposal_id}")


def card_of(board, proposal_id: str) -> proposals.Proposal:
    return board.model.proposal(board.model.row_of(proposal_id))
