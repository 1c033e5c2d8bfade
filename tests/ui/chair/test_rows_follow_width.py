"""The notes list's rows are measured again when the list's width changes: the window going from
1366x768 to 1280x720 makes one-line notes wrap to two, and a row kept at its old height cut off its
kind/themes line until the next Enter; the window made wider again leaves no row taller than it needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from .conftest import type_text
from .real_hands import in_swedish, open_table

WORDS = "Bussar efter skoltid och på helger med fler turer till byarna och billigare kort".split()


def _text_between(metrics, low: int, high: int) -> str:
    """Words that fit on one line of the wide list and wrap in the narrow one."""
    words: list[str] = []
    while metrics.horizontalAdvance(" ".join(words)) < low:
        words.append(WORDS[len(words) % len(WORDS)])
    text = " ".join(words)
    assert metrics.horizontalAdvance(text) < high, "no text fits between the two widths"
    return text


def _heights(view) -> list[tuple[int, int]]:
    """(laid-out height, what the list's delegate measures now) for every row, asked as the tree view
    asks: its own font, no width."""
    model, pairs = view.model(), []
    for row in range(model.rowCount()):
        index = model.index(row)
        option = QStyleOptionViewItem()
        option.font, option.widget = view.font(), view
        pairs.append((view.visualRect(index).height(), view.itemDelegate().sizeHint(option, index).height()))
    return pairs


def test_rows_follow_the_list_width(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, size=(1366, 768))
    chair._after_first_paint()
    view = chair.notes_view
    wide = view.viewport().width() - 12
    chair.resize(1280, 720)
    QApplication.processEvents()
    narrow = view.viewport().width() - 12
    chair.resize(1366, 768)
    QApplication.processEvents()
    assert narrow < wide - 40
    text = _text_between(view.fontMetrics(), narrow + 10, wide - 10)
    for i in range(4):
        type_text(qtbot, chair.entry, f"{text} {i}"[: len(text)])
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
        QApplication.processEvents()
    one_line = _heights(view)
    assert all(shown == needed for shown, needed in one_line)

    chair.resize(1280, 720)  # the notes wrap to two lines: every row grows, none is cut
    QApplication.processEvents()
    two_lines = _heights(view)
    assert all(shown == needed for shown, needed in two_lines), two_lines
    assert all(shown > before for (shown, _), (before, _) in zip(two_lines, one_line, strict=True))

    chair.resize(1366, 768)  # and back: no row keeps the taller height
    QApplication.processEvents()
    assert _heights(view) == one_line
    chair.close()
