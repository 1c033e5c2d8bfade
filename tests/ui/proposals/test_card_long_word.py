"""A proposal card draws every letter of a compound wider than the card.

At 150 % on a 1366×768 laptop (911×512) the board's seven columns leave a card about 160 pixels of
text, and Swedish makes words longer than that: "Landsbygdsutvecklingsprogramsansvarigeskommunal…"
showed as "Landsbygdsutvecklingsprog" and the rest was clipped at the card's edge, with no sign that
anything was missing. The word is now broken inside, where nothing else would fit, and the card is
as tall as its lines.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from app import notes
from app.demo import ensure_demo
from ui import i18n
from ui.proposals import ProposalsBoard

WORD = "Landsbygdsutvecklingsprogramsansvarigeskommunalrådsersättaren"


def _ink(view, index, width: int, height: int) -> int:
    """The dark pixels of the card drawn `width` by `height` (its words, in the text colour: not the
    frame or the grey detail line)."""
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.palette = view.palette()
    option.rect = QRect(0, 0, width, height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    dark = sum(1 for y in range(height) for x in range(width) if QColor(image.pixel(x, y)).lightness() < 90)
    return dark


def test_a_compound_wider_than_the_card_is_drawn_whole(qtbot, qapp, demo_workspace):
    i18n.install("sv", qapp)
    store = demo_workspace.store
    conference_id = ensure_demo(store)
    notes.add_note(store, conference_id, 2, 1, f"{WORD} borde delta", kind="proposal", votes=7)
    board = ProposalsBoard(demo_workspace)
    qtbot.addWidget(board)
    board.resize(911, 512)
    board.show()
    qtbot.waitExposed(board)
    view = board.columns["new"].view
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if WORD in (model.index(r, 0).data() or ""))
    index = model.index(row, 0)
    narrow = view.viewport().width()
    assert QFontMetrics(view.font()).horizontalAdvance(WORD) > narrow  # the word is wider than the card

    height = view.visualRect(index).height()  # what the column gives the card: the height it asks
    shown = _ink(view, index, narrow, height)
    wide = QFontMetrics(view.font()).horizontalAdvance(index.data()) + 100
    whole = _ink(view, index, wide, height)  # one line: nothing to break or clip
    assert shown >= 0.9 * whole, (shown, whole)  # before: about a third of the letters were drawn
