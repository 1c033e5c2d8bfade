"""ui/reload_after_edit.py on a real table view: a reload asked for while a cell's editor is open (opened
by a double click, typed in) waits until the editor closes, saved or cancelled, and then runs once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QStyledItemDelegate, QTableView

from ui.reload_after_edit import ReloadAfterEdit

from .chair.conftest import type_text

Index = QModelIndex | QPersistentModelIndex


class _Store:
    """What the list shows, changed by 'a colleague' under it."""

    def __init__(self) -> None:
        self.rows = [["Buss", "Åsele"], ["Tåg", "Lycksele"]]


class _Rows(QAbstractTableModel):
    """A list read from the store as a whole on every reload (a model reset, as RowsModel does)."""

    def __init__(self, store: _Store) -> None:
        super().__init__()
        self.store = store
        self.shown = [list(row) for row in store.rows]
        self.reloads = 0

    def reload(self) -> None:
        self.beginResetModel()
        self.shown = [list(row) for row in self.store.rows]
        self.reloads += 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.shown[index.row()][index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        self.store.rows[index.row()][index.column()] = value  # her save, into the store
        self.shown[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        return True


@pytest.fixture
def table(qtbot):
    store = _Store()
    model = _Rows(store)
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
    view.setItemDelegateForColumn(1, QStyledItemDelegate(view))  # a column's own delegate is heard too
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    return view, model, store


def _open_editor(qtbot, view: QTableView, row: int, column: int) -> QLineEdit:
    cell = view.visualRect(view.model().index(row, column)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert view.state() == QAbstractItemView.State.EditingState
    editor.selectAll()
    type_text(qtbot, editor, "Åre")
    return editor


def test_a_plain_reload_closes_the_editor_and_loses_her_typing(qtbot, table) -> None:
    """What the shared piece prevents: this view's reload does close an open editor."""
    view, model, _store = table
    _open_editor(qtbot, view, 0, 0)
    model.reload()
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert model.shown[0][0] == "Buss"


@pytest.mark.parametrize("column", [0, 1])
def test_a_reload_waits_for_the_open_editor_and_then_runs_once(qtbot, table, column: int) -> None:
    view, model, store = table
    reload = ReloadAfterEdit(view, model.reload)
    editor = _open_editor(qtbot, view, 0, column)
    store.rows[1][0] = "Flyg"  # a colleague changes another row meanwhile

    assert reload.request() is False
    assert reload.request() is False  # a second change meanwhile: still one reload after
    qtbot.wait(50)
    assert model.reloads == 0
    assert view.state() == QAbstractItemView.State.EditingState
    assert QApplication.focusWidget() is editor and editor.text() == "Åre"
    assert model.shown[1][0] == "Tåg"  # the rows the editor opened on, until it closes

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.reloads == 1)
    assert store.rows[0][column] == "Åre"  # her save went through
    assert model.shown[0][column] == "Åre" and model.shown[1][0] == "Flyg"  # hers and the colleague's
    qtbot.wait(50)
    assert model.reloads == 1 and not reload.waiting


def test_a_cancelled_edit_still_brings_the_reload(qtbot, table) -> None:
    view, model, store = table
    reload = ReloadAfterEdit(view, model.reload)
    editor = _open_editor(qtbot, view, 1, 0)
    store.rows[0][1] = "Vilhelmina"
    reload.request()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: model.reloads == 1)
    assert model.shown == [["Buss", "Vilhelmina"], ["Tåg", "Lycksele"]]


def test_without_an_open_editor_the_reload_runs_at_once(qtbot, table) -> None:
    view, model, store = table
    reload = ReloadAfterEdit(view, model.reload)
    store.rows[0][0] = "Cykel"
    assert reload.request() is True
    assert model.reloads == 1 and model.shown[0][0] == "Cykel"
    editor = _open_editor(qtbot, view, 0, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # an edit closed with nothing asked: no reload
    qtbot.wait(50)
    assert model.reloads == 1
