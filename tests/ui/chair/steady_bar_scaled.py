"""Run in a fresh process on a configured offscreen screen at a scale (see test_steady_scroll_bar.py):
the notes list's steady scroll bar beside Qt's own, the handle stepped along the groove; print, per value,
whether they look the same.

    python -m tests.ui.chair.steady_bar_scaled WORKSPACE_DIR SETTINGS_DIR SHOT
"""

from __future__ import annotations

import sys

from ..laptop_screens import print_report


def _largest_difference(a, b) -> int:
    if a.size() != b.size():
        return 255
    return max(
        max(abs(p - q) for p, q in zip(a.pixelColor(x, y).getRgb(), b.pixelColor(x, y).getRgb(), strict=True))
        for y in range(a.height())
        for x in range(a.width())
    )


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QScrollBar

    from ui.chair.notes_view import SteadyScrollBar

    app = QApplication(sys.argv[:1])
    plain, steady = QScrollBar(Qt.Orientation.Vertical), SteadyScrollBar(Qt.Orientation.Vertical)
    for bar in (plain, steady):
        bar.resize(16, 440)
        bar.move(300, 300)  # away from the offscreen pointer: nothing hovered
        bar.setRange(0, 1000)
        bar.setPageStep(10)
        bar.show()
    differences = {}
    for value in range(950, 900, -3):  # the handle a logical pixel or so further each time
        for bar in (plain, steady):
            bar.setValue(value)
        app.processEvents()
        differences[value] = _largest_difference(steady.grab().toImage(), plain.grab().toImage())
    print_report({"ratio": steady.devicePixelRatioF(), "differences": differences})
    return 0


if __name__ == "__main__":
    sys.exit(main())
