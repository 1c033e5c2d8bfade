"""The notes list's rows are as tall as the list's delegate measures them (NoteDelegate.sizeHint, asked as
the tree view asks: its own font, no width), after an Enter, for a long note cut at its last shown line,
and again after the list's font changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from ui.chair.note_delegate import MAX_LINES

from .conftest import type_text


def _shown_heights(view, model) -> list[tuple[int, int]]:
    """(laid-out height, the delegate's measure) of each row drawn in the viewport."""
    pairs = []
    for row in range(model.rowCount()):
        index = model.index(row)
        rect = view.visualRect(index)
        if rect.intersects(view.viewport().rect()):
            option = QStyleOptionViewItem()
            option.font, option.widget = view.font(), view
            pairs.append((rect.height(), view.itemDelegate().sizeHint(option, index).height()))
    return pairs


def test_rows_are_as_tall_as_measured_after_enters_and_a_font_change(qtbot, window):
    view, model = window.notes_view, window.notes_model
    long_text = " ".join(["Bussar även på kvällar och helger, säger Åsa"] * 40)
    for text in ("Fler cykelbanor", long_text, "Billigare busskort för unga"):
        type_text(qtbot, window.entry, text)
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert model.note(model.rowCount() - 1).text == "Billigare busskort för unga"
    assert view.currentIndex().row() == model.rowCount() - 1  # the added note is the current one
    pairs = _shown_heights(view, model)
    assert len(pairs) == 3 and all(shown == hint for shown, hint in pairs)
    short, cut = pairs[0][1], pairs[1][1]
    assert cut - short >= (MAX_LINES - 1) * view.fontMetrics().lineSpacing() - 1  # the long one is taller
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    view.doItemsLayout()
    QApplication.processEvents()
    bigger = _shown_heights(view, model)
    assert all(shown == hint for shown, hint in bigger)
    assert bigger[0][1] > short  # measured again in the new font
