"""Collect's watched folders, folded to one summary line ("Watched folders (2)") once folders are set, so
that on a small laptop screen the height goes to the list of bundles. Opened or folded by mouse or
keyboard (Space on the summary); the choice is remembered in QSettings. Also the area under the list
that holds the chosen bundle's lines.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

OPEN_KEY = "collect/folders_open"  # "" until the secretary opens or folds the box herself


class WatchedFolders(QFrame):
    def __init__(self, on_add: Callable[[], None], on_remove: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 2, 6, 2)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolTip(self.tr("Show or hide the watched folders (Space)"))
        self.toggle.toggled.connect(self._on_toggled)
        outer.addWidget(self.toggle)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        body_layout.addLayout(row)
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Watched folders"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Two folders' lines, not a list view's usual 70 pixels: the room goes to the bundles above
        lines = 2 * self.view.fontMetrics().lineSpacing() + 2 * self.view.frameWidth() + 4
        self.view.setMinimumHeight(lines)
        self.view.setMaximumHeight(2 * lines)
        row.addWidget(self.view, 1)
        side = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Watch a f&older…"))
        self.remove_button = QPushButton(self.tr("Stop &watching"))
        self.add_button.clicked.connect(on_add)
        self.remove_button.clicked.connect(on_remove)
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row.addLayout(side)
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        self.sync_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body_layout.addWidget(self.sync_label)
        outer.addWidget(self.body)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._set_open(False)

    def set_folders(self, folders: list[str]) -> None:
        """Shows the folders; with none, the box stays open so that adding the first one is at hand."""
        had_folders = self.model.rowCount() > 0
        self.model.setStringList(folders)
        if not folders:
            self._set_open(True)
        elif not had_folders:  # the first folders (or the first look): folded unless she chose otherwise
            self._set_open(str(QSettings().value(OPEN_KEY, "")).lower() == "true")
        else:
            self._show(self.is_open())  # the count in the summary

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _set_open(self, is_open: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(is_open)
        self.toggle.blockSignals(False)
        self._show(is_open)

    def _on_toggled(self, is_open: bool) -> None:
        QSettings().setValue(OPEN_KEY, "true" if is_open else "false")
        self._show(is_open)

    def _show(self, is_open: bool) -> None:
        self.body.setVisible(is_open)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if is_open else Qt.ArrowType.RightArrow)
        count = self.model.rowCount()
        summary = self.tr("Watched folders (%1)").replace("%1", str(count))
        self.toggle.setText(summary)
        self.toggle.setAccessibleName(summary)
        self.toggle.setAccessibleDescription(
            self.tr("Expanded: the folders are shown")
            if is_open
            else self.tr("Collapsed: press Space to show")
        )


class DetailsArea(QScrollArea):
    """The chosen bundle's lines, scrolled when the divider above leaves them fewer lines than they have;
    at first two lines high, so that the list keeps the height."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), 2 * self.fontMetrics().lineSpacing())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().lineSpacing() + 4)
