"""Merging duplicate proposals in the Review tab: the dialog that asks for the merged text, and the
merge itself as one undo step (app.proposals.merging keeps the originals, their tables and votes).

The words keep ReviewView's translation context (they were its own before this module was split off).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.model import Note
from ui.numbers import count_text
from ui.proposals.changed_meanwhile import SeenStep, apart_again, merged_seen
from ui.secretariat.context import SecretariatContext
from ui.text_input import several_lines_dialog
from ui.undo import FAILURES, error_box

# lupdate reads only literal calls of this form: each text names the context it keeps.
translate = QCoreApplication.translate


def ask_merge(
    parent: QWidget,
    context: SecretariatContext,
    chosen: list[Note],
    merge: Callable[[list[str], str], object],
) -> None:
    """Ask for the merged proposal's text (the chosen ones' words to start with, but not those of a
    proposal left out of what is published: the dialog says how many it leaves out); on OK, `merge`
    them."""
    from app.proposals.merging import merge_draft

    if len(chosen) < 2:
        return
    tables = ", ".join(str(n) for n in sorted({n.table_number for n in chosen}))
    draft = merge_draft(context.store, chosen)
    label = (
        translate(
            "ReviewView",
            "Merge %1 proposals from tables %2 into one. The originals, their tables and votes are "
            "kept. Text of the merged proposal:",
        )
        .replace("%1", count_text(len(chosen)))
        .replace("%2", tables)
    )
    if draft.left_out == 1:
        left_out = translate(
            "ReviewView",
            "One of them is left out of what is published: its words are not in the text below, and "
            "the merged proposal is held back until you keep it in the personal-data review.",
        )
        label = f"{left_out}\n\n{label}"
    elif draft.left_out:
        left_out = translate(
            "ReviewView",
            "%1 of them are left out of what is published: their words are not in the text below, and "
            "the merged proposal is held back until you keep it in the personal-data review.",
        ).replace("%1", count_text(draft.left_out))
        label = f"{left_out}\n\n{label}"
    dialog = several_lines_dialog(parent, translate("ReviewView", "Merge proposals"), label, draft.text)
    dialog.textValueSelected.connect(lambda text: merge([n.id for n in chosen], text))
    dialog.open()


def merge_proposals(
    context: SecretariatContext, parent: QWidget, note_ids: list[str], text: str
) -> str | None:
    """Merge proposals into one, as one undo step; returns the merged proposal's id (None: not merged).

    The undo (an unmerge) and the redo are checked against what the step's own previous save left, all
    of the merged proposal: when another window or secretary reworded it, decided on it, wrote its
    summary, linked it or merged more into it meanwhile, nothing is written over that in silence; she is
    asked, theirs beside hers, and told what unmerging it now loses and keeps."""
    from app import proposals
    from app.proposals import merging

    store = context.store

    def merge() -> tuple[str, list]:
        group = merging.merge(store, note_ids, text=text)
        return group, merged_seen(store, group, note_ids)  # as this save left it, read in its transaction

    try:
        (group, seen), _ = proposals.save_as_seen(store, [], merge)
    except FAILURES as exc:
        error_box(parent, translate("ReviewView", "Cannot merge the proposals"), exc)
        return None
    context.undo_stack.push(
        SeenStep(
            translate("ReviewView", "Merge proposals"),
            store,
            seen,
            lambda: merging.unmerge(store, group),
            lambda: merging.remerge(store, group),
            parent=parent,
            after=context.changed,
            undo_mine=lambda: apart_again(store, group),
            redo_mine=translate("ReviewView", "Merged again (redo)"),
        )
    )  # pushing it runs its first redo, which only refreshes the windows
    return group
