"""Which conferences a proposals view shows: all conferences of a process, or one conference.

The choice is remembered in QSettings, so the secretariat comes back to where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from app import conferences, proposals
from ui.elided_combo import ElidedComboBox

if TYPE_CHECKING:
    from app.workspace import Workspace

SCOPE_KEY = "proposals/scope"
SCOPE_CHARACTERS = 24  # the least: the combo grows with the room its row has (stretch), up to its text
FILTER_CHARACTERS = 14


def bounded(combo: QComboBox, characters: int) -> None:
    """A combo box that asks for `characters`, not for its longest item: a region's eighty-character
    conference title (or a theme named for a whole strategy) made the proposals' filter row, and with it
    the window, wider than a 1280-pixel laptop. Laid out with a stretch it takes the room there is, up to
    its longest item (fit_popup); the full text shows in its list and its tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentTextChanged.connect(lambda text: combo.setToolTip(text.strip()))


def fit_popup(combo: QComboBox) -> None:
    """After the items changed: the open list as wide as its longest item, and the box no wider."""
    view, metrics = combo.view(), combo.fontMetrics()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
    texts = [combo.itemText(i) for i in range(combo.count())] or [combo.placeholderText()]
    longest = max(metrics.horizontalAdvance(text) for text in texts)
    frame = combo.sizeHint().width() - combo.minimumContentsLength() * metrics.horizontalAdvance("x")
    combo.setMaximumWidth(max(combo.sizeHint().width(), longest + frame))


class ScopePicker(ElidedComboBox):
    """Items: "<process> — all conferences", then each of its conferences (date and title), per process."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = workspace.store  # a handle passed to app/ services
        self.setAccessibleName(self.tr("Show proposals from"))
        # A new workspace has no conference: an empty box there looked like a list that failed to load
        self.setPlaceholderText(self.tr("No conference yet: make one on the Prepare tab"))
        bounded(self, SCOPE_CHARACTERS)
        self.currentTextChanged.connect(lambda text: self.setAccessibleDescription(text.strip()))
        self.currentIndexChanged.connect(self._on_index_changed)

    def fill(self) -> None:
        """(Re)read processes and conferences, keeping the current or remembered choice."""
        keep = self.currentData() or None
        self.blockSignals(True)
        self.clear()
        by_process: dict[str, list] = {}
        for c in conferences.conferences(self.store):
            by_process.setdefault(c.process_id, []).append(c)
        for process in conferences.processes(self.store):
            confs = by_process.get(process.id, [])
            if confs:
                self.addItem(
                    self.tr("%1 — all conferences").replace("%1", process.name), ("process", process.id)
                )
                for c in confs:
                    self.addItem(f"    {c.date}  {c.title}", ("conference", c.id))
        wanted = keep[1] if keep else QSettings().value(SCOPE_KEY, "")
        for row in range(self.count()):
            if self.itemData(row)[1] == wanted:
                self.setCurrentIndex(row)
        if self.currentIndex() < 0 and self.count():  # with a placeholder set Qt leaves the first unchosen
            self.setCurrentIndex(0)
        self.blockSignals(False)
        self.setEnabled(self.count() > 0)
        fit_popup(self)
        shown = self.currentText().strip() or self.placeholderText()
        self.setToolTip(shown)
        self.setAccessibleDescription(shown)

    def _on_index_changed(self) -> None:
        scope = self.scope()
        if scope:
            QSettings().setValue(SCOPE_KEY, scope[1])

    def scope(self) -> tuple[str, str] | None:
        data = self.currentData()
        return (data[0], data[1]) if data else None

    def choose_conference(self, conference_id: str) -> None:
        for row in range(self.count()):
            if self.itemData(row) == ("conference", conference_id):
                self.setCurrentIndex(row)

    def process_id(self) -> str | None:
        scope = self.scope()
        if scope is None:
            return None
        if scope[0] == "process":
            return scope[1]
        return conferences.conference(self.store, scope[1]).process_id

    def conference_ids(self) -> list[str]:
        scope = self.scope()
        if scope is None:
            return []
        if scope[0] == "conference":
            return [scope[1]]
        return proposals.process_conference_ids(self.store, scope[1])
