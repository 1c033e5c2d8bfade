"""Review's "Leave out of what is published" / "Include in what is published again": any note, one the
personal-data review found nothing in too (a private remark naming nobody), left out of the public
report, open data and proposal feedback from the list where she reads the notes (app/privacy/
left_out.py). The internal minutes still print it.

One undo step per use, on the window's undo stack. Reachable by the row's context menu (the mouse, or
the Menu key) and by Ctrl+Shift+L on the list; the row's text then starts with "Left out:".
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView

from app.model import Note
from ui.undo import push_edit_with_result


def _core():
    from app.privacy import left_out  # loads with the first list shown, not at the window's start

    return left_out


SHORTCUT = "Ctrl+Shift+L"


class ReviewView(Protocol):  # ui.secretariat.review_view's, as far as this uses it
    store: Any
    context: Any
    view: QTableView

    def selected_notes(self) -> list[Note]: ...


class LeaveOut:
    """The action, its text following the selection: "include again" when every selected note is out."""

    def __init__(self, review: ReviewView) -> None:
        self.review = review
        self.action = QAction(
            QCoreApplication.translate("ReviewView", "Leave out of what is published"), review.view
        )
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(
            QCoreApplication.translate(
                "ReviewView",
                "Leave the selected notes out of the public report and open data; the minutes keep them",
            )
        )
        self.action.triggered.connect(self.toggle)
        review.view.addAction(self.action)
        self.update()

    def _left_out(self, chosen: list[Note]) -> bool:
        out = _core().left_out_notes(self.review.store, chosen[0].conference_id) if chosen else set()
        return bool(chosen) and all(n.id in out for n in chosen)

    def update(self) -> None:
        chosen = self.review.selected_notes()
        self.action.setEnabled(bool(chosen))
        self.action.setText(
            QCoreApplication.translate("ReviewView", "Include in what is published again")
            if self._left_out(chosen)
            else QCoreApplication.translate("ReviewView", "Leave out of what is published")
        )

    def add_to(self, menu: QMenu) -> None:
        self.update()
        menu.addSeparator()
        menu.addAction(self.action)

    def toggle(self) -> bool:
        """Leave the selected notes out, or, when every one is out already, include them again."""
        chosen = self.review.selected_notes()
        if not chosen:
            return False
        store, ids, left_out = self.review.store, [n.id for n in chosen], _core()

        def out_again(records: list[str]) -> None:  # an undo or redo that leaves the notes out again
            left_out.restore_records(store, records)
            self._withdraw(ids)

        if self._left_out(chosen):
            text, do, forth, back = (
                QCoreApplication.translate("ReviewView", "Include in what is published"),
                lambda: left_out.take_back_all(store, ids),
                left_out.delete_records,
                lambda _store, records: out_again(records),
            )
        else:

            def leave() -> Any:
                records = left_out.leave_out_all(store, ids)
                self._withdraw(ids)
                return records

            text, do, forth, back = (
                QCoreApplication.translate("ReviewView", "Leave out of what is published"),
                leave,
                lambda _store, records: out_again(records),
                left_out.delete_records,
            )
        return push_edit_with_result(
            self.review.context.undo_stack,
            self.review.view,
            text,
            do,
            lambda records: back(store, records),
            lambda records: forth(store, records),
            error_title=QCoreApplication.translate("ReviewView", "Cannot change the note"),
            after=self.review.context.changed,
        )

    def _withdraw(self, ids: list[str]) -> None:
        """The chairs' follow-ups holding a note just left out: those waiting in the outbox are taken
        out (app/proposals/followup_outbox.py); those already sent are named, for the secretary."""
        from app.proposals.followup_outbox import after_leaving_out

        show_withdrawal(self.review.view, after_leaving_out(self.review.context.workspace, ids))


def show_withdrawal(parent: Any, done: Any) -> None:
    """What `followup_outbox.withdraw_left_out` did, in a dialog; nothing when it did nothing."""
    if not done.removed and not done.sent and not done.maybe_sent:
        return
    from ui import msgbox
    from ui.secretariat.plural import plural

    said = []
    if done.removed:
        said.append(
            plural(
                len(done.removed),
                QCoreApplication.translate(
                    "ReviewView",
                    "A follow-up for the chair that was waiting in the outbox held this note. It was"
                    " taken out of the outbox and will not be sent. To send the table a follow-up without"
                    " the note, export the follow-up again (File › Export follow-up…).",
                ),
                QCoreApplication.translate(
                    "ReviewView",
                    "%1 follow-ups for the chairs that were waiting in the outbox held a note now left"
                    " out. They were taken out of the outbox and will not be sent. To send the tables"
                    " follow-ups without the note, export the follow-up again (File › Export"
                    " follow-up…).",
                ),
            )
        )
    for maybe in done.maybe_sent:  # the bundle's file name (a long id) only in the details
        said.append(
            QCoreApplication.translate(
                "ReviewView",
                "A sync was running, so table %2's follow-up, which holds this note, stayed in the outbox"
                " and may already have been sent. When the sync has finished, export that table's"
                " follow-up again: it takes the old one out, or says where it went.",
            ).replace("%2", str(maybe.table))
        )
    for sent in done.sent:
        said.append(
            QCoreApplication.translate(
                "ReviewView",
                "Table %2's follow-up was already sent to %3 and holds this note: a laptop of that table"
                " may have taken it. Deleting the file from there stops the laptops that have not taken"
                " it yet; a laptop that took it keeps the note.",
            )
            .replace("%2", str(sent.table))
            .replace("%3", ", ".join(sent.targets))
        )
    files = "\n".join(s.name for s in (*done.maybe_sent, *done.sent))
    msgbox.information(
        parent,
        QCoreApplication.translate("ReviewView", "Follow-ups for the chairs"),
        "\n\n".join(said),
        details=files or None,
    )
