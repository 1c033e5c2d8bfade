"""Review's context menu for a note's kind and votes: a chair's slip corrected by the secretariat (a
proposal written down as a plain note, a vote count mistyped).

Each change is one undo step saved against the notes as the list showed them (ui/secretariat/
seen_edits.py): when another secretary changed the same field meanwhile, hers stays beside this one
under Conflicts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from app import notes
from app.model import NOTE_KINDS, Note
from ui.secretariat.seen_edits import SeenEdit


class ReviewView(Protocol):  # ui.secretariat.review_view's, as far as these edits use it
    store: Any
    kind_labels: dict[str, str]

    def _push(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> bool: ...


MAX_VOTES = 999


def kind_menu(view: ReviewView, chosen: list[Note]) -> QMenu:
    """ "Kind ›": the kinds, the chosen notes' own checked when they share it."""
    menu = QMenu(QCoreApplication.translate("ReviewView", "Kind"), _widget(view))
    for kind in NOTE_KINDS:
        action = menu.addAction(view.kind_labels[kind])
        action.setCheckable(True)
        action.setChecked(bool(chosen) and all(n.kind == kind for n in chosen))
        action.triggered.connect(lambda _on=False, k=kind, c=chosen: set_field(view, c, "kind", k))
    return menu


def ask_votes(view: ReviewView, note: Note) -> QInputDialog:
    """ "Votes…" for one note (window-modal, not blocking); OK saves the number."""
    dialog = QInputDialog(_widget(view))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("ReviewView", "Votes"))
    dialog.setLabelText(QCoreApplication.translate("ReviewView", "Votes for this note:"))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(0, MAX_VOTES)
    dialog.setIntValue(note.votes)
    dialog.intValueSelected.connect(lambda votes: set_field(view, [note], "votes", votes))
    dialog.open()
    return dialog


def set_field(view: ReviewView, shown: list[Note], field: str, value: object) -> bool:
    """Give every shown note this kind or vote count, as one undo step."""
    now = {n.id: getattr(notes.note(view.store, n.id), field) for n in shown}
    changed = [n for n in shown if now[n.id] != value]
    if not changed:
        return False
    step = SeenEdit(
        _widget(view),
        view.store,
        {n.id: n.rev for n in changed},
        {n.id: {field: value} for n in changed},
        {n.id: {field: now[n.id]} for n in changed},
        own=view.context.saved_here,
    )
    if field == "kind":
        label = QCoreApplication.translate("ReviewView", "Kind: %1").replace(
            "%1", view.kind_labels[str(value)]
        )
    else:
        label = QCoreApplication.translate("ReviewView", "Votes: %1").replace("%1", str(value))
    return view._push(label, step.redo, step.undo)


def _widget(view: ReviewView) -> QWidget:
    assert isinstance(view, QWidget)
    return view
