"""Anna types in a note's text in Review and, before saving, turns a filter with the mouse wheel (a combo
box changes its choice without taking the focus, so the editor never lost it): what she typed is saved
the normal way first, with the changed-meanwhile check, never dropped by the list's reset. (Clicking into
the search field or a filter already saved it: the editor loses the focus.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from app import conflicts, notes
from ui import msgbox

from .test_review_typing_survives_refresh import (  # noqa: F401
    TYPED,
    _britt_saves_and_anna_hears,
    _start_typing,
    two_windows,
)
from .two_review_windows import EVENTUALLY


def _wheel_down(qtbot, widget) -> None:
    """The mouse wheel turned one notch over `widget`: a combo changes its choice without taking focus."""
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_turning_a_filter_with_the_wheel_while_she_types_saves_her_text_first(qtbot, two_windows):  # noqa: F811 (the fixture, imported)
    anna, _britt, (first_id, _second_id), conference_id = two_windows
    store = anna.context.store
    review = anna.review_view
    _start_typing(qtbot, anna, first_id)
    combo = review.question_combo
    assert combo.currentIndex() == 0
    _wheel_down(qtbot, combo)
    assert combo.currentIndex() == 1  # the first question's notes only: both
    assert review.view.state() != QAbstractItemView.State.EditingState  # saved and closed, not dropped
    qtbot.waitUntil(lambda: notes.note(store, first_id).text == TYPED, timeout=EVENTUALLY)
    qtbot.waitUntil(
        lambda: (
            review.model.rowCount() == 2 and review.model.note_at(review.model.row_of(first_id)).text == TYPED
        ),
        timeout=EVENTUALLY,
    )
    assert not msgbox.open_boxes()
    assert conflicts.open_conflicts(store, conference_id) == []


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_turning_a_filter_after_a_colleague_changed_the_note_keeps_both(qtbot, two_windows):  # noqa: F811 (the fixture, imported)
    anna, britt, (first_id, _second_id), conference_id = two_windows
    store = anna.context.store
    review = anna.review_view
    _start_typing(qtbot, anna, first_id)
    theirs = "Britts rättelse: bussturer även på helgerna"
    _britt_saves_and_anna_hears(qtbot, anna, britt, first_id, theirs)

    _wheel_down(qtbot, review.question_combo)
    qtbot.waitUntil(lambda: len(msgbox.open_boxes()) == 1, timeout=EVENTUALLY)
    box = msgbox.open_boxes()[0]
    assert box.windowTitle() == "Ändrad av någon annan"
    assert "Din text är sparad" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not msgbox.open_boxes(), timeout=EVENTUALLY)
    assert notes.note(store, first_id).text == TYPED
    [conflict] = conflicts.open_conflicts(store, conference_id)
    assert (conflict.ours, conflict.theirs) == (TYPED, theirs)
