"""Edits as undo steps: one command class and one error policy for every window.

A step calls core services forwards (redo) and backwards (undo); each is an ordinary edit in the store,
saved at once, so undo and redo merge like any other edit. The error policy: a service that refuses (a
`UserError`) or a store that fails (`STORAGE_FAILURES`: the disk, the database) makes the step obsolete,
so the undo stack drops it rather than leave it half-applied, and the failure is reported through the
command's `on_failure(what, exc)`; nothing ever raises out of redo()/undo(), which Qt calls and cannot
pass exceptions through.

`push_edit` makes an edit BEFORE it is pushed, so a refused edit never reaches the stack and its message
goes to the error dialog. The chair's commands (ui/chair/commands.py) subclass `ServiceCommand`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.errors import STORAGE_FAILURES, UserError
from ui import msgbox
from ui.bundle_messages import error_box

Failure = Callable[[str, BaseException], None]  # (the step's text, why it failed)
FAILURES: tuple[type[BaseException], ...] = (UserError, *STORAGE_FAILURES)


class ServiceCommand(QUndoCommand):
    """One undo step. Subclasses call `_run(step)` from redo()/undo(); `ok` turns False on a failure."""

    def __init__(self, text: str, on_failure: Failure) -> None:
        super().__init__(text)
        self._on_failure = on_failure
        self.ok = True

    def _run(self, step: Callable[[], Any]) -> tuple[bool, Any]:
        """(True, what the step returned), or (False, None) after reporting its failure."""
        try:
            return True, step()
        except FAILURES as exc:
            self.ok = False
            self.setObsolete(True)
            self._on_failure(self.text(), exc)
            return False, None


def report_undo_failure(parent: QWidget | None) -> Failure:
    """The error dialog for an undo or redo the store refused (both windows' default)."""

    def report(_text: str, exc: BaseException) -> None:
        from ui.bundle_messages import dialog_text, explain_error

        why = dialog_text(*explain_error(exc))  # the refusal in the user's words, not the core's English
        msgbox.error(
            parent,
            QCoreApplication.translate("SecretariatUndo", "Cannot undo or redo"),
            QCoreApplication.translate(
                "SecretariatUndo", "{0}\n\nThe step was removed from the undo history."
            ).replace("{0}", why),
        )

    return report


class CallbackCommand(ServiceCommand):
    """A step given as two callables; the first redo is skipped, `push_edit` made the edit already."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        *,
        parent_widget: QWidget | None,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text, report_undo_failure(parent_widget))
        self._redo, self._undo = redo, undo
        self._after = after
        self._done_once = True

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
    except FAILURES as exc:
        error_box(parent, error_title, exc)
        return False
    stack.push(CallbackCommand(text, redo, undo, parent_widget=parent, after=after))
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
    except FAILURES as exc:
        error_box(parent, error_title, exc)
        return False
    stack.push(
        CallbackCommand(text, lambda: redo(result), lambda: undo(result), parent_widget=parent, after=after)
    )
    return True
