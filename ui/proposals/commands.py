"""Undo steps for proposal edits: each calls one core service forwards and one backwards.

The edit is made before the step is pushed, so a refused edit (a `UserError`) never reaches the stack.
Undo is an ordinary edit in the store (a tombstone, a restore), so it travels in bundles like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from ui import msgbox


class ProposalCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        parent_widget: QWidget | None,
        after,
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._parent_widget, self._after = redo, undo, parent_widget, after
        self._first = True  # the edit was made before the push

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._run(self._redo)
        self._after()

    def undo(self) -> None:
        self._run(self._undo)
        self._after()

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except UserError as exc:
            self.setObsolete(True)
            msgbox.error(
                self._parent_widget,
                QCoreApplication.translate("ProposalCommand", "Cannot undo or redo"),
                QCoreApplication.translate(
                    "ProposalCommand", "{0}\n\nThe step was removed from the undo history."
                ).format(exc),
            )


def push_edit(
    stack: QUndoStack,
    parent: QWidget | None,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[Any], Any],
    redo: Callable[[Any], Any],
    *,
    error_title: str,
    after: Callable[[], None],
) -> bool:
    """Make an edit now (`do` returns what undo and redo need); on success push it. False if refused."""
    try:
        result = do()
    except UserError as exc:
        msgbox.error(parent, error_title, str(exc))
        return False
    stack.push(ProposalCommand(text, lambda: redo(result), lambda: undo(result), parent, after))
    return True
