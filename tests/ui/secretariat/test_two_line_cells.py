"""A cell drawn on two lines at most (ui/secretariat/column_fit.ElidingDelegate): a text needing more is
drawn as its beginning with "…", the row is two lines high, and hovering shows the whole text even when
the model gives the cell no tooltip of its own; a text that fits is drawn and hovered as it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QToolTip

from ui.secretariat.column_fit import ElidingDelegate

LONG = "uppger sig vara ”Bo Ek” (ej verifierat) och vill bli godkänd som ordförande"


def _view(qtbot, texts: list[str]) -> tuple[QTableView, ElidingDelegate]:
    model = QStandardItemModel(len(texts), 1)
    for row, text in enumerate(texts):
        model.setItem(row, 0, QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setWordWrap(True)
    delegate = ElidingDelegate(lambda _index: False, view, most_lines=2)
    view.setItemDelegateForColumn(0, delegate)
    view.setColumnWidth(0, view.fontMetrics().horizontalAdvance("uppger sig vara ”Bo"))
    view.resize(400, 300)
    view.show()
    view.resizeRowsToContents()
    return view, delegate


def _drawn(view: QTableView, delegate: ElidingDelegate, row: int) -> str:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    index = view.model().index(row, 0)
    option.rect = view.visualRect(index)
    delegate.initStyleOption(option, index)
    return delegate.shown_text(option)


def _hover_tip(qtbot, view: QTableView, row: int) -> str:
    QToolTip.hideText()
    centre = view.visualRect(view.model().index(row, 0)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    view.viewportEvent(event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_long_text_is_drawn_on_two_lines_and_shown_whole_on_hovering(qtbot) -> None:
    view, delegate = _view(qtbot, [LONG, "Bo Ek"])
    line = view.fontMetrics().lineSpacing()

    assert _drawn(view, delegate, 1) == "Bo Ek"
    assert _hover_tip(qtbot, view, 1) == ""  # first: a shown tooltip fades out only after a while
    assert view.rowHeight(1) < 2 * line

    drawn = _drawn(view, delegate, 0)
    assert drawn != LONG and drawn.endswith("…") and LONG.startswith(drawn[:-1])
    assert view.rowHeight(0) < 3 * line, "the row is at most two lines high"
    assert _hover_tip(qtbot, view, 0) == LONG
    assert view.model().index(0, 0).data() == LONG  # what a screen reader is given stays whole
