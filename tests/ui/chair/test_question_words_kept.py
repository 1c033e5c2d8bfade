"""The questions list draws a question's words and its count line apart, keeping the words' layout across
Enters (ui/chair/question_delegate.py). What the chair sees must be what Qt's own item drawing shows:
the same pixels, selected or not, in a wide list and in one so narrow that the count line wraps, and the
words are laid out again only when the list's width changes, not on each Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from ui.chair.question_delegate import QuestionDelegate

from .conftest import type_text
from .real_hands import fill_question, in_swedish, open_table


def _as_qt_draws_it(view):
    """The list's picture with Qt's own delegate, laid out from scratch; the chair's delegate put back."""
    kept = view.itemDelegate()
    plain = QStyledItemDelegate(view)
    view.setItemDelegate(plain)
    view.doItemsLayout()
    picture = view.viewport().grab().toImage()
    view.setItemDelegate(kept)
    view.doItemsLayout()
    plain.deleteLater()
    return picture


def _enter(qtbot, chair, text: str) -> None:
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_the_questions_look_as_qt_draws_them_after_enters_wide_and_narrow(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 8)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair._after_first_paint()  # the chair's delegate, set after the first frame
    view = chair.capture.questions_view
    assert isinstance(view.itemDelegate(), QuestionDelegate)
    first = chair.questions_model.index(0)
    for text in ("Fler bänkar vid torget", "Längre öppettider på fritidsgården"):
        _enter(qtbot, chair, text)
        shown = view.viewport().grab().toImage()
        assert shown == _as_qt_draws_it(view)
    assert first.data().endswith("Anteckningar: 10")
    view.setMinimumWidth(0)
    narrowest = view.fontMetrics().horizontalAdvance("Anteckningar: 10")
    chair.capture.splitter.setSizes([narrowest, 1366 - narrowest])  # the count line no longer fits
    view.doItemsLayout()
    QApplication.processEvents()
    wrapped = view.visualRect(first).height()
    _enter(qtbot, chair, "Ökad belysning")
    assert first.data().endswith("Anteckningar: 11")
    assert view.viewport().grab().toImage() == _as_qt_draws_it(view)
    assert view.visualRect(first).height() >= wrapped
    chair.close()


def test_an_enter_lays_out_the_count_line_and_not_the_words_again(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id, monkeypatch
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    chair._after_first_paint()
    view = chair.capture.questions_view
    delegate = view.itemDelegate()
    _enter(qtbot, chair, "Fler bänkar")
    laid_out: list[str] = []
    real = delegate._laid_out

    def counted(text, *args):
        known = len(delegate._layouts)
        found = real(text, *args)
        if len(delegate._layouts) > known:
            laid_out.append((text, args[0]))
        return found

    monkeypatch.setattr(delegate, "_laid_out", counted)
    for text in ("Bussar på kvällen", "Billigare busskort"):
        _enter(qtbot, chair, text)
    words, count = chair.questions_model.shown_lines(0)
    assert count == "Anteckningar: 3"
    # The new counts only (measured and drawn in the list's two widths); never the question's words.
    assert {text for text, _ in laid_out} == {"Anteckningar: 2", "Anteckningar: 3"}
    assert len(laid_out) == len(set(laid_out))  # each once
    assert words.startswith("1. ")
    chair.close()
