"""Review's note edits as undo steps saved against what the secretary saw, on a store others write too.

Each save (the edit, its undo, its redo) says which version of each note it was made on: first the one
the list showed, then the one its own previous save left. When another secretary, or another window of
the same workspace, changed a note in between, her value is not overwritten in silence: it stays open
beside this one under Conflicts (app/edits.py), and the secretary is told so. A window's steps share
one record of what they saved (`SecretariatContext.saved_here`), which is what tells its own earlier
save from another window's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from app import edits
from ui import msgbox


class SeenEdit:
    """One undo step: `forward` and `backward` values per note id; `seen`: each note's rev as shown."""

    def __init__(
        self,
        parent: QWidget,
        store: Any,
        seen: dict[str, str],
        forward: dict[str, dict[str, Any]],
        backward: dict[str, dict[str, Any]],
        clash_text: str = "",
        *,
        own: set[tuple[str, str]],
    ) -> None:
        self.parent, self.store = parent, store
        self.own = own  # the window's saves (its steps'), grown by each of this step's
        self.seen = dict(seen)
        self.forward, self.backward = forward, backward
        self.clash_text = clash_text
        self.clashes: dict[str, list[str]] = {}  # what the latest save found changed underneath

    def redo(self) -> None:
        self._save(self.forward)

    def undo(self) -> None:
        self._save(self.backward)

    def _save(self, values: dict[str, dict[str, Any]]) -> None:
        # The next step (undo, redo) saw this save, as it left the notes.
        self.clashes, self.seen = edits.save_notes_as_seen(self.store, self.seen, values, self.own)
        if self.clashes:
            # Later, not now: an undo runs inside the stack's command, where a dialog must not open.
            QTimer.singleShot(0, self._tell)

    def _tell(self) -> None:
        msgbox.information(
            self.parent,
            QCoreApplication.translate("ReviewView", "Changed by someone else"),
            self.clash_text
            or QCoreApplication.translate(
                "ReviewView",
                "Someone else changed this while you were working on it. Your change is saved, and theirs"
                " is kept beside it under Conflicts for you to choose.",
            ),
        )
