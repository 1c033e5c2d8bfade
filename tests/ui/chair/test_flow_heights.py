"""FlowLayout keeps its heights per width: each answer is the one a fresh layout gives for the same
buttons, after a button's text changes, a button is hidden, shown, added or removed, and after the
margins or the spacing change."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ui.chair.flow_layout import FlowLayout

WORDS = ["Förslag", "Fråga", "Synpunkt", "Boende", "Trafik och parkering", "Skola", "Miljö", "Äldreomsorg"]
WIDTHS = [60, 150, 260, 420, 900]
_kept: list[QWidget] = []  # the rows' widgets, alive until the test ends (qtbot closes them)


def _row(qtbot, texts: list[str], hidden: set[int], margins: int, spacing: int) -> FlowLayout:
    holder = QWidget()
    qtbot.addWidget(holder)
    _kept.append(holder)
    layout = FlowLayout(holder)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    for i, text in enumerate(texts):
        button = QPushButton(text, holder)
        layout.addWidget(button)
        button.setVisible(i not in hidden)
    holder.show()
    return layout


def _state(layout: FlowLayout) -> tuple[list[str], set[int], int, int]:
    buttons = [layout.itemAt(i).widget() for i in range(layout.count())]
    hidden = {i for i, b in enumerate(buttons) if b.isHidden()}
    return [b.text() for b in buttons], hidden, layout.getContentsMargins()[0], layout.spacing()


def _same_as_fresh(qtbot, layout: FlowLayout) -> None:
    fresh = _row(qtbot, *_state(layout))
    for width in WIDTHS * 2:  # asked twice: the second answer is the kept one
        assert layout.heightForWidth(width) == fresh.heightForWidth(width), (_state(layout), width)


def test_heights_kept_per_width_are_those_of_a_fresh_layout(qtbot) -> None:
    layout = _row(qtbot, WORDS, set(), 0, 6)
    holder = layout.parentWidget()
    buttons = [layout.itemAt(i).widget() for i in range(layout.count())]
    _same_as_fresh(qtbot, layout)
    narrow = layout.heightForWidth(150)
    assert narrow > layout.heightForWidth(900)  # the narrow width wraps: the checks can fail

    buttons[4].setText("Trafik, parkering och cykelbanor längs ån")  # a wider button
    _same_as_fresh(qtbot, layout)
    buttons[2].hide()
    buttons[5].hide()
    _same_as_fresh(qtbot, layout)
    buttons[2].show()
    _same_as_fresh(qtbot, layout)
    layout.setContentsMargins(9, 9, 9, 9)
    _same_as_fresh(qtbot, layout)
    layout.setSpacing(20)
    _same_as_fresh(qtbot, layout)
    layout.addWidget(QPushButton("Kultur och fritid", holder))
    _same_as_fresh(qtbot, layout)
    layout.removeWidget(buttons[0])
    buttons[0].deleteLater()
    _same_as_fresh(qtbot, layout)
    assert layout.heightForWidth(150) != narrow  # the kept answers did change with the row
    _kept.clear()
