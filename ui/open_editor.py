"""Saving the text being typed in a list's open editor, as leaving the editor would, before the list is
read again under it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate


def commit_open_editor(view: QAbstractItemView, column: int) -> None:
    """Save the text she is typing in `column` of `view`'s current row, as leaving the editor would, before
    the list is read again: a filter turned without taking the focus (the mouse wheel over a combo) reset
    the list under her editor."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    current = view.currentIndex()
    editor = view.indexWidget(current.siblingAtColumn(column)) if current.isValid() else None
    if editor is None:
        return
    delegate = view.itemDelegateForColumn(column)
    delegate.commitData.emit(editor)  # through the model's setData: the normal save, checked for changes
    delegate.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
