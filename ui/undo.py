"""Edits as undo steps: each step calls one core service forwards and one backwards (both windows).

The service runs BEFORE the step is pushed, so a refused edit (a `UserError`) never reaches the stack and
its message goes to an error dialog. Undo and redo are ordinary edits in the store, so they merge like any
other; one that the store now refuses (someone else's edit arrived meanwhile) is reported, and the step is
dropped from the stack rather than left half-applied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from ui import msgbox
from ui.bundle_messages import error_box


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        *,
        parent_widget: QWidget | None,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._parent_widget = parent_widget
        self._after = after
        self._done_once = True  # the edit was already made by `push_edit`

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
        else:
            self._run(self._redo)
        if self._after:
            self._after()

    def undo(self) -> None:
        self._run(self._undo)
        if self._after:
            self._after()

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except UserError as exc:
            self.setObsolete(True)
            msgbox.error(
                self._parent_widget,
                QCoreApplication.translate("SecretariatUndo", "Cannot undo or redo"),
                QCoreApplication.translate(
                    "SecretariatUndo", "{0}\n\nThe step was removed from the undo history."
                ).format(exc),
            )


def push_edit(
    stack: QUndoStack,
    parent: QWidget | None,
    text: str,
    redo: Callable[[], Any],
    undo: Callable[[], Any],
    *,
    error_title: str,
    after: Callable[[], None] | None = None,
) -> bool:
    """Make an edit now and, if the store took it, put it on the undo stack. False when refused."""
    try:
        redo()
    except UserError as exc:
        error_box(parent, error_title, exc)
        return False
    stack.push(ServiceCommand(text, redo, undo, parent_widget=parent, after=after))
    return True


def push_edit_with_result(
    stack: QUndoStack,
    parent: QWidget | None,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[Any], Any],
    redo: Callable[[Any], Any],
    *,
    error_title: str,
    after: Callable[[], None] | None = None,
) -> bool:
    """As `push_edit`, for an edit whose undo and redo need what it returned (say, a merged group's id)."""
    try:
        result = do()
    except UserError as exc:
        error_box(parent, error_title, exc)
        return False
    stack.push(
        ServiceCommand(text, lambda: redo(result), lambda: undo(result), parent_widget=parent, after=after)
    )
    return True
