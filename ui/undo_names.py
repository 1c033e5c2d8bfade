"""The Edit menu's Undo and Redo, naming the step they would undo in the middle of a sentence.

Apart from ui/undo.py (the steps and their error boxes) so that the chair's window, which builds these
actions at start, loads no more than Qt for them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QStatusBar


def in_sentence(step: str) -> str:
    """A step's name as it reads after "Ångra" or "Gör om" in the Edit menu: "Ändra typ" gives "ändra
    typ". Step names are written to stand alone (a status line, an error box); a first word in capitals
    ("PDF") keeps them."""
    first = step.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:] == first[1:].lower():
        return step[0].lower() + step[1:]
    return step


class _StepName(QObject):
    """Keeps an undo or redo action's text as "<prefix> <step in a sentence>"; the action owns it, so
    the stack's signal stops reaching it with the action."""

    def __init__(self, action: QAction, prefix: str) -> None:
        super().__init__(action)
        self._prefix = prefix

    @Slot(str)
    def show(self, step: str) -> None:
        action = self.parent()
        assert isinstance(action, QAction)
        action.setText(f"{self._prefix} {in_sentence(step)}" if step else self._prefix)


def undo_redo_actions(
    stack: QUndoStack, parent: QObject, undo_prefix: str, redo_prefix: str
) -> tuple[QAction, QAction]:
    """The stack's own Undo and Redo actions (enabled with the stack, triggering it), their texts naming
    the step mid-sentence: Qt's read "Ångra Ändra typ"."""
    undo = stack.createUndoAction(parent, undo_prefix)
    redo = stack.createRedoAction(parent, redo_prefix)
    for action, prefix, changed, step in (
        (undo, undo_prefix, stack.undoTextChanged, stack.undoText()),
        (redo, redo_prefix, stack.redoTextChanged, stack.redoText()),
    ):
        namer = _StepName(action, prefix)
        changed.connect(namer.show)  # after Qt's own naming, which it then overwrites
        namer.show(step)
    return undo, redo


class UndoneLine(QObject):
    """The status line's "Undone: <step>" (or "Redone: …") for 8 seconds after Ctrl+Z, taken away as soon
    as another change moves the stack: a note left out again within them stayed under "Undone: leave out
    …", saying the opposite of what had just been done."""

    def __init__(self, stack: QUndoStack, status: QStatusBar) -> None:
        super().__init__(status)
        self._stack, self._said = stack, None
        stack.indexChanged.connect(self._forget)

    def say(self, template: str, offset: int = 0) -> None:
        """`template` ("Undone: %1") with the step the stack just undid (or, `offset` 1, redid)."""
        stack = self._stack
        index = stack.index() - offset
        if 0 <= index < stack.count():
            text = stack.text(index)
            said = template.replace("%1", text[:1].lower() + text[1:])
            self.parent().showMessage(said, 8000)
            self._said = (said, stack.index())

    @Slot(int)
    def _forget(self, index: int) -> None:
        said = self._said
        if said is not None and index != said[1]:
            self._said = None
            if self.parent().currentMessage() == said[0]:
                self.parent().clearMessage()
