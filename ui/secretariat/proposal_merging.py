"""Merging duplicate proposals in the Review tab: the dialog that asks for the merged text, and the
merge itself as one undo step (app.proposals.merging keeps the originals, their tables and votes).

The words keep ReviewView's translation context (they were its own before this module was split off).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from app.model import Note
from ui.secretariat.context import SecretariatContext
from ui.undo import push_edit

# lupdate reads only literal calls of this form: each text names the context it keeps.
translate = QCoreApplication.translate


def ask_merge(parent: QWidget, chosen: list[Note], merge: Callable[[list[str], str], object]) -> None:
    """Ask for the merged proposal's text (the most voted one's to start with); on OK, `merge` them."""
    if len(chosen) < 2:
        return
    best = max(chosen, key=lambda n: (n.votes, -n.table_number))
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(translate("ReviewView", "Merge proposals"))
    tables = ", ".join(str(n) for n in sorted({n.table_number for n in chosen}))
    dialog.setLabelText(
        translate(
            "ReviewView",
            "Merge %1 proposals from tables %2 into one. The originals, their tables and votes are "
            "kept. Text of the merged proposal:",
        )
        .replace("%1", str(len(chosen)))
        .replace("%2", tables)
    )
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(best.text)
    dialog.textValueSelected.connect(lambda text: merge([n.id for n in chosen], text))
    dialog.open()


def merge_proposals(
    context: SecretariatContext, parent: QWidget, note_ids: list[str], text: str
) -> str | None:
    """Merge proposals into one, as one undo step; returns the merged proposal's id (None: not merged)."""
    from app.proposals import merging

    store = context.store
    group: list[str] = []

    def redo() -> None:
        if group:
            merging.remerge(store, group[0])
        else:
            group.append(merging.merge(store, note_ids, text=text))

    ok = push_edit(
        context.undo_stack,
        parent,
        translate("ReviewView", "Merge proposals"),
        redo,
        lambda: merging.unmerge(store, group[0]),
        error_title=translate("ReviewView", "Cannot merge the proposals"),
        after=context.changed,
    )
    return group[0] if ok else None
