"""The notes list's scroll bar keeps its last drawing while nothing it shows changes (ui/chair/notes_view.py):
it must look exactly as Qt's own scroll bar does, in every state, and draw anew when its state changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollBar

from ui.chair.notes_view import SteadyScrollBar

from ..laptop_screens import run_on_screen

STATES = [  # (minimum, maximum, value, page step, enabled)
    (0, 0, 0, 10, True),
    (0, 1000, 0, 10, True),
    (0, 1000, 500, 10, True),
    (0, 1000, 1000, 10, True),
    (0, 1001, 1001, 10, True),  # one note more, still at the bottom: the same drawing, kept
    (0, 20, 7, 10, True),
    (0, 1000, 400, 10, False),
]


def _grab(bar: QScrollBar):
    QApplication.processEvents()
    return bar.grab().toImage()


def _same_look(a, b) -> bool:
    """The same pixels, but for rounding: the kept drawing is drawn on transparency and then blended,
    where Qt's blends each stroke on the bar's background at once, and the two round apart by a step or
    two of 255 in a few pixels."""
    if a.size() != b.size():
        return False
    for y in range(a.height()):
        for x in range(a.width()):
            one, two = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(p - q) for p, q in zip(one.getRgb(), two.getRgb(), strict=True)) > 2:
                return False
    return True


def _shown(qtbot, bar: QScrollBar) -> None:
    """Shown away from the offscreen pointer (at 10, 10), so no part of it is hovered."""
    qtbot.addWidget(bar)
    bar.move(300, 300)
    bar.show()


def _set(bar: QScrollBar, minimum: int, maximum: int, value: int, page: int, enabled: bool) -> None:
    bar.setRange(minimum, maximum)
    bar.setPageStep(page)
    bar.setValue(value)
    bar.setEnabled(enabled)


@pytest.mark.parametrize("orientation", [Qt.Orientation.Vertical, Qt.Orientation.Horizontal])
def test_the_steady_bar_looks_like_qts_own_in_every_state_and_follows_each_change(qtbot, orientation):
    plain, steady = QScrollBar(orientation), SteadyScrollBar(orientation)
    for bar in (plain, steady):
        bar.resize(16, 440) if orientation == Qt.Orientation.Vertical else bar.resize(440, 16)
        _shown(qtbot, bar)
    drawings = set()
    for state in STATES:  # one steady bar through every state: a kept drawing never outlives its state
        _set(plain, *state)
        _set(steady, *state)
        expected = _grab(plain)
        assert _same_look(_grab(steady), expected), state
        assert steady._groove is not None and steady._handle is not None  # kept, not the fallback
        drawings.add((steady._groove[0], steady._handle[0]))
    assert len(drawings) < len(STATES)  # at the bottom of 1,000 and 1,001 notes: drawn once, kept
    palette = steady.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor("#d04040"))
    for bar in (plain, steady):
        bar.setPalette(palette)
    assert _same_look(_grab(steady), _grab(plain))
    assert not _same_look(_grab(steady), expected)  # the new palette is drawn, not the kept image


def test_a_hovered_bar_is_drawn_by_qt_as_the_pointer_moves(qtbot):
    """Which part is under the pointer only Qt knows: over the bar, the steady bar keeps nothing."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QHoverEvent

    plain, steady = QScrollBar(Qt.Orientation.Vertical), SteadyScrollBar(Qt.Orientation.Vertical)
    for bar in (plain, steady):
        bar.resize(16, 440)
        _set(bar, 0, 1000, 1000, 10, True)
        _shown(qtbot, bar)
    kept = _grab(steady)
    assert steady._groove is not None
    for bar in (plain, steady):  # the pointer onto the handle, at the bottom
        bar.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
        point = QPointF(8, 420)
        QApplication.sendEvent(bar, QHoverEvent(QHoverEvent.Type.HoverEnter, point, point, QPointF(-1, -1)))
        QApplication.sendEvent(bar, QHoverEvent(QHoverEvent.Type.HoverMove, point, point, QPointF(-1, -1)))
        bar.update()
    hovered = _grab(plain)
    assert _same_look(_grab(steady), hovered)
    assert steady._groove is None and steady._handle is None
    assert not _same_look(hovered, kept)  # the test saw a hovered handle, not the resting one


def test_a_handle_that_moves_is_put_on_the_kept_groove_and_looks_like_qts_own(qtbot):
    """Scrolling (a note moved up, the list following it) moves the handle only: the groove and the
    arrows are not drawn again, nor the handle while its length stays, and every picture is Qt's."""
    plain, steady = QScrollBar(Qt.Orientation.Vertical), SteadyScrollBar(Qt.Orientation.Vertical)
    for bar in (plain, steady):
        bar.resize(16, 440)
        _set(bar, 0, 1000, 950, 10, True)  # between the ends: its arrows stay as they are
        _shown(qtbot, bar)
    _grab(steady)
    groove, handle = steady._groove[1], steady._handle[1]
    pictures = set()
    for value in range(950, 850, -7):
        for bar in (plain, steady):
            bar.setValue(value)
        expected = _grab(plain)
        assert _same_look(_grab(steady), expected), value
        pictures.add(expected.cacheKey())
        assert steady._groove[1] is groove and steady._handle[1] is handle
    assert len(pictures) > 1  # the handle did move


def test_at_150_percent_a_moving_handle_looks_like_qts_own(tmp_path):
    """At 150 % a handle a logical pixel further lands between device pixels: it must be drawn there as
    Qt draws it, not moved as a kept picture."""
    report = run_on_screen(tmp_path, (1366, 768), "1.5", "tests.ui.chair.steady_bar_scaled", "")
    assert report["ratio"] == 1.5
    assert all(largest <= 2 for largest in report["differences"].values()), report["differences"]
