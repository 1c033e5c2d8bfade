"""A question's count of notes on its own line, in Swedish with real keys: when an Enter makes the count
wider than the questions list (9 notes to 10, in a narrow list), the question grows a line and the
questions under it move down, exactly as if the list had been laid out from scratch. Only a question
whose height stays the same is repainted alone (tests/ui/chair/test_repaint_narrow.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import type_text
from .real_hands import fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_count_that_wraps_after_an_enter_moves_the_next_question_down(
    qtbot, qapp, boxes, sync_ops, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 9)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    view = chair.capture.questions_view
    model = chair.questions_model
    first, second = model.index(0), model.index(1)
    assert first.data().endswith("Anteckningar: 9")
    view.setMinimumWidth(0)
    metrics = view.fontMetrics()
    narrowest = metrics.horizontalAdvance("Anteckningar: 9")
    grew = 0
    for width in range(narrowest, narrowest + 40, 2):
        chair.capture.splitter.setSizes([width, 1366 - width])
        view.doItemsLayout()
        QApplication.processEvents()
        before = view.visualRect(first).height()
        type_text(qtbot, chair.entry, "Fler bänkar")
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert first.data().endswith("Anteckningar: 10")
        shown = view.viewport().grab().toImage()
        below = view.visualRect(second)
        grew += view.visualRect(first).height() > before
        assert not view.visualRect(first).intersects(below), width  # the next question is not covered
        view.doItemsLayout()  # every question laid out and drawn again
        QApplication.processEvents()
        assert view.visualRect(second) == below, width
        assert view.viewport().grab().toImage() == shown, width
        qtbot.keyClick(chair.entry, Qt.Key.Key_Z, CTRL)  # back to 9 notes for the next width
        QApplication.processEvents()
        assert first.data().endswith("Anteckningar: 9")
    assert grew  # some width made the count wrap: the case this test is about really happened
    chair.close()
