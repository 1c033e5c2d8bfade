"""A small editable table model over a list of rows read from the store, for the Prepare forms.

Columns are declared once (header, how to show a row, whether it can be edited); an edit is handed to
`on_edit(row, column_key, value)`, which makes it through a core service on the undo stack and reloads.
The lists here are short (tens of questions and tables), so `reload` reads them whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 7  # what a QSortFilterProxyModel sorts by (setSortRole)
# Looked up once: a view asks `data` for every cell and role it lays out or paints, and each lookup of a
# Qt enum member (or OR of two flags) costs microseconds there.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def natural(text: str) -> str:
    """A sort key that puts "bord-9" before "bord-10"."""
    return re.sub(r"\d+", lambda m: m.group().zfill(9), text.casefold())


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    show: Callable[[Any], Any]
    editable: bool = False
    align_right: bool = False
    sort: Callable[[Any], Any] | None = None  # the sort key, when the shown value sorts badly
    tooltip: Callable[[Any], str] | None = None  # more than the cell says (e.g. the technical detail)
    accessible: Callable[[Any], str] | None = None  # what a screen reader says where the cell is blank
    header_tip: str = ""  # the header's tooltip, where the header is shortened to keep a column narrow


class RowsModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        load: Callable[[], list[Any]],
        on_edit: Callable[[Any, str, Any], None] | None = None,
        parent=None,
        *,
        background: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background  # row -> QBrush or None, to tint rows that need attention
        self._columns = list(columns)
        self._load = load
        self._on_edit = on_edit
        self._rows: list[Any] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._load()
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        if role in (_DISPLAY, _EDIT):
            return column.show(self._rows[index.row()])
        if role == _ACCESSIBLE and column.accessible is not None:
            return column.accessible(self._rows[index.row()]) or None
        if role == _ALIGNMENT and column.align_right:
            return _RIGHT
        if role == SORT_ROLE:
            row = self._rows[index.row()]
            if column.sort is not None:
                return column.sort(row)
            value = column.show(row)
            return natural(value) if isinstance(value, str) else value
        if role == _BACKGROUND and self._background is not None:
            return self._background(self._rows[index.row()])
        if role == _TOOLTIP:
            if column.tooltip is not None:
                return column.tooltip(self._rows[index.row()]) or None
            value = column.show(self._rows[index.row()])
            return str(value) if isinstance(value, str) and len(value) > 40 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tip = self._columns[section].header_tip if 0 <= section < len(self._columns) else ""
            return tip or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].editable and self._on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        column = self._columns[index.column()]
        if not column.editable or value == column.show(self._rows[index.row()]):
            return False
        self._on_edit(self._rows[index.row()], column.key, value)
        return True
