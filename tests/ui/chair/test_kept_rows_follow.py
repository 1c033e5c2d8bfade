"""The notes list draws its rows from pictures it keeps, and one paint asks what all rows share (the
font, the palette, the pixel ratio, the meta line of a kind) once: in Swedish at 1366x768 on a 1,000-note
question, with real keys, what it shows after a tag, a selection moved and a font changed while it runs
is what a drawing from scratch shows, and a long wrapped note is shown whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.chair.note_delegate import MARGIN, NoteDelegate

from .conftest import press, type_text
from .real_hands import fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier
LONG = (
    "Ungdomsrådet vill ha fler mötesplatser på landsbygden, bättre kollektivtrafik efter skoltid och "
    "på helger, läxhjälp på biblioteket och sommarjobb i kommunen – sa tre personer vid bordet"
)


def _drawn_from_scratch(chair):
    view = chair.notes_view
    kept = view.itemDelegate()
    view.setItemDelegate(NoteDelegate(chair.notes_model, chair.place.theme_name, chair))
    picture = view.viewport().grab().toImage()
    view.setItemDelegate(kept)
    return picture


def _shown_whole(chair, row: int) -> bool:
    """The note's wrapped text and its meta line fit in its row, and the row is in the list's view."""
    view = chair.notes_view
    rect = view.visualRect(chair.notes_model.index(row))
    text = chair.notes_model.note(row).text
    metrics = QFontMetrics(view.font())
    wrapped = metrics.boundingRect(0, 0, rect.width() - 2 * MARGIN, 10_000, Qt.TextFlag.TextWordWrap, text)
    return view.viewport().rect().contains(rect) and rect.height() >= wrapped.height() + 2 * MARGIN


def test_kept_rows_show_a_tag_a_selection_and_a_new_font_as_a_fresh_drawing(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    viewport = chair.notes_view.viewport()
    type_text(qtbot, chair.entry, LONG)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    type_text(qtbot, chair.entry, "Fler bänkar vid ån")
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    QApplication.processEvents()
    last = chair.notes_model.rowCount() - 1
    assert _shown_whole(chair, last - 1) and _shown_whole(chair, last)
    assert viewport.grab().toImage() == _drawn_from_scratch(chair)

    press(chair, Qt.Key.Key_Up, CTRL)  # the long note chosen
    press(chair, Qt.Key.Key_1, CTRL)  # and tagged: its meta line names the theme
    QApplication.processEvents()
    assert chair.place.selected_row() == last - 1
    assert chair.notes_model.note(last - 1).themes
    tagged = viewport.grab().toImage()
    assert tagged == _drawn_from_scratch(chair)

    font = QFont(qapp.font())
    try:
        larger = QFont(font)
        larger.setPointSizeF(font.pointSizeF() * 1.4)
        qapp.setFont(larger)  # the desktop's text size changed while the window runs
        QApplication.processEvents()
        chair.notes_view.scrollTo(chair.notes_model.index(last - 1))
        QApplication.processEvents()
        assert chair.notes_view.font().pointSizeF() == larger.pointSizeF()
        assert _shown_whole(chair, last - 1)
        bigger = viewport.grab().toImage()
        assert bigger != tagged and bigger == _drawn_from_scratch(chair)
    finally:
        qapp.setFont(font)
    QApplication.processEvents()
    chair.notes_view.scrollTo(chair.notes_model.index(last))
    QApplication.processEvents()
    assert _shown_whole(chair, last) and viewport.grab().toImage() == _drawn_from_scratch(chair)
    chair.close()
