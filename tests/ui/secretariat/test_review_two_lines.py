"""Review's Text column at 150 % (a 1366x768 laptop gives the window 895x472): a row has room for two lines,
and a long note used only one of them, cut short with "…" after a few words. It now wraps into the second
line, which ends in "…"; a short note stays one line in the middle of its row."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage

from app import notes
from ui.secretariat.notes_model import COL_TEXT

from .conftest import open_in_swedish

LONG = (
    "Kontakta föreningarna i Åsele och Dorotea om en gemensam fritidsgård för unga, med öppet på kvällar "
    "och helger och en buss som går hem efteråt"
)
SHORT = "Läxhjälp"


def _ink(image: QImage, rect: QRect) -> int:
    """Pixels of text (dark) in `rect` of `image`."""
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            if QColor(image.pixel(x, y)).lightness() < 110:
                count += 1
    return count


def _drawn_in_top_and_bottom(view, row: int) -> tuple[int, int]:
    """Ink in the top and the bottom quarter of the row's Text cell, as the view paints it."""
    index = view.model().index(row, COL_TEXT)
    view.scrollTo(index)
    rect = view.visualRect(index).adjusted(4, 1, -4, -1)
    image = view.viewport().grab().toImage()
    quarter = max(3, rect.height() // 4)
    top = QRect(rect.left(), rect.top(), rect.width(), quarter)
    bottom = QRect(rect.left(), rect.bottom() - quarter + 1, rect.width(), quarter)
    return _ink(image, top), _ink(image, bottom)


def test_a_long_note_fills_both_lines_of_its_row_at_150_percent(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    store = demo_workspace.store
    notes.add_note(store, demo_conference_id, 1, 1, LONG)
    notes.add_note(store, demo_conference_id, 1, 1, SHORT)
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id, size=(895, 472))
    window.sync_status.automatic = False
    bar = window.tabs.tabBar()
    review = window.review_view
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(review)).center())
    model = review.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() >= 2, timeout=3000)
    texts = [model.index(r, COL_TEXT).data() for r in range(model.rowCount())]
    view = review.view
    line = view.fontMetrics().lineSpacing()
    assert view.rowHeight(texts.index(LONG)) >= 2 * line  # room for two lines, as before

    top, bottom = _drawn_in_top_and_bottom(view, texts.index(LONG))
    assert top > 0 and bottom > 0, (top, bottom)  # two lines: text high and low in the row
    top, bottom = _drawn_in_top_and_bottom(view, texts.index(SHORT))
    assert top == 0 and bottom == 0, (top, bottom)  # one line, in the middle
    window.close()
