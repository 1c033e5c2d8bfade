"""The choice a proposal edit asks for when someone changed what it was made on: theirs or hers.

One box for every checked proposal edit (a decision, a wording, a summary, a merge, a link, and the
undo or redo of one): it says who changed what, then shows what is there now and what she meant to save
side by side, and asks whether hers is saved over it or theirs stays (app/proposals/as_seen.py).

`SeenStep` is the undo step of such an edit: its undo and redo are checked the same way, against what
its own previous save left; when someone changed it since, the step leaves the history and the same
choice is offered for what the undo or redo would have saved.

Unmerging (the board's, or the undo of a merge made in Review) is checked on everything the merged
proposal is (`merged_seen`): its wording, status, summary and links may have been changed by someone
else since, and unmerging puts them out of sight. Asked, she is told what is lost and what is kept
(`apart_again`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app import edits, proposals
from app.edits import Change, ChangedMeanwhile, Seen
from app.errors import UserError
from app.typed_ids import short_id
from ui import msgbox
from ui.numbers import count_text
from ui.proposals.texts import status_name
from ui.undo import FAILURES, ServiceCommand, report_undo_failure

translate = QCoreApplication.translate
SHOWN_CHARACTERS = 400  # of a long summary: enough to tell the two apart


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _proposal(store: Any, proposal_id: str) -> proposals.Proposal | None:
    try:
        return proposals.find_proposal(store, proposal_id)
    except UserError:
        return None


def what_is_there(store: Any, change: Change) -> str:
    """The changed aspect as it is now, in words."""
    aspect, now = change.seen.aspect, change.now
    proposal = _proposal(store, change.seen.key)
    if proposal is None:
        return translate("ChangedMeanwhile", "No longer a proposal of its own (merged or unmerged)")
    if aspect == "status":
        return status_name(proposal.status)
    if aspect == "summary":
        return now or translate("ChangedMeanwhile", "(no summary)")
    if aspect == "members":
        if not proposal.is_group:
            return translate("ChangedMeanwhile", "A proposal of its own")
        originals = "; ".join(_shortened(n.text) for n in proposal.originals)
        return (
            translate("ChangedMeanwhile", "Merged from %1 proposals: %2")
            .replace("%1", count_text(len(proposal.originals)))
            .replace("%2", originals)
        )
    if aspect == "links":
        linked = [
            r.earlier if r.later.id == proposal.id else r.later
            for r in proposals.recurrences(store, [proposal])
        ]
        if not linked:
            return translate("ChangedMeanwhile", "No links to other conferences")
        return translate("ChangedMeanwhile", "Linked to: %1").replace(
            "%1", "; ".join(_shortened(p.text) for p in linked)
        )
    return str(now)


def _as_she_saw_it(store: Any, change: Change, proposal: proposals.Proposal | None) -> str:
    """The name of the proposal she acted on: its wording then when that changed, the card's own
    proposal when it was merged into another since, else its wording now."""
    if change.seen.aspect == "wording":
        return change.seen.value
    note = store.get("note", change.seen.key)
    if note is not None:
        return note["text"]
    return proposal.text if proposal is not None else short_id(change.seen.key)


def _sentence(change: Change, about: str) -> str:
    who = change.writer or (
        translate("ChangedMeanwhile", "Another window here")
        if change.here
        else translate("ChangedMeanwhile", "Another secretary")
    )
    sentences = {
        "status": translate("ChangedMeanwhile", "%1 changed the status of “%2” meanwhile."),
        "wording": translate("ChangedMeanwhile", "%1 changed the wording of “%2” meanwhile."),
        "summary": translate(
            "ChangedMeanwhile", "%1 changed the summary for participants of “%2” meanwhile."
        ),
        "members": translate("ChangedMeanwhile", "%1 merged or unmerged “%2” meanwhile."),
        "links": translate(
            "ChangedMeanwhile", "%1 changed the links of “%2” to other conferences meanwhile."
        ),
    }
    return sentences[change.seen.aspect].replace("%1", who).replace("%2", _shortened(about))


def _cell(text: str) -> str:
    shown = text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "\u2026"
    return html.escape(shown).replace("\n", "<br>")


def ask_over_theirs(
    parent: QWidget, store: Any, changes: list[Change], mine: str, on_answer: Callable[[bool], None]
) -> QMessageBox:
    """Who changed what meanwhile, theirs and hers side by side; `on_answer(True)`: save hers over it."""
    lines, rows = [], []
    for change in changes:
        proposal = _proposal(store, change.seen.key)
        lines.append(_sentence(change, _as_she_saw_it(store, change, proposal)))
        rows.append((what_is_there(store, change), mine))
    return ask_side_by_side(parent, lines, rows, on_answer)


def ask_side_by_side(
    parent: QWidget, lines: list[str], rows: list[tuple[str, str]], on_answer: Callable[[bool], None]
) -> QMessageBox:
    """The one box of every checked edit: `lines` say who changed what, `rows` show (theirs now, hers)
    side by side; `on_answer(True)`: save hers over it, False: keep what is there."""
    cell = "<td valign='top' width='50%'>{}</td>"
    table = "".join(
        f"<tr>{cell.format(_cell(theirs))}{cell.format(_cell(yours))}</tr>" for theirs, yours in rows
    )
    now, yours = translate("ChangedMeanwhile", "Now"), translate("ChangedMeanwhile", "Yours")
    question = translate("ChangedMeanwhile", "Record yours over it, or keep what is there?")
    text = (
        f"<p>{'<br>'.join(html.escape(line) for line in lines)}</p>"
        "<table cellspacing='0' cellpadding='6' border='1' width='100%'>"
        f"<tr><th align='left'>{html.escape(now)}</th><th align='left'>{html.escape(yours)}</th></tr>"
        f"{table}</table><p>{html.escape(question)}</p>"
    )
    box = msgbox.question(
        parent,
        translate("ChangedMeanwhile", "Changed meanwhile"),
        text,
        on_answer=on_answer,
        plain_text=False,
    )
    if isinstance(box, QMessageBox):  # tests may stand in for the box
        box.button(QMessageBox.StandardButton.Yes).setText(translate("ChangedMeanwhile", "Record &mine"))
        box.button(QMessageBox.StandardButton.No).setText(translate("ChangedMeanwhile", "&Keep theirs"))
        # Wide enough for two texts side by side (a message box ignores its own minimum width).
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")
        box.adjustSize()  # laid out for the standard words, shorter than these
    return box


def merged_seen(store: Any, group_id: str, original_ids: list[str]) -> list[Seen]:
    """A merged proposal as it is now, all of it (what unmerging it would put out of sight), and each
    original's membership (what merging them again would change)."""
    return [
        *edits.seen_now(store, [group_id], proposals.ASPECTS),
        *edits.seen_now(store, original_ids, ["members"]),
    ]


def apart_again(store: Any, group_id: str) -> str:
    """What unmerging the merged proposal does as it is now: what is lost, what is kept."""
    group = _proposal(store, group_id)
    if group is None or not group.is_group:
        return translate("ChangedMeanwhile", "Apart again")
    originals = "; ".join(_shortened(n.text, 40) for n in group.originals)
    return (
        translate(
            "ChangedMeanwhile",
            "Apart again. Lost from sight: the merged proposal “%1” with its status and summary (undo"
            " brings it back). Kept: the %2 originals, each with its own wording, table and votes: %3",
        )
        .replace("%1", _shortened(group.text))
        .replace("%2", count_text(len(group.originals)))
        .replace("%3", originals)
    )


def as_now(seen: list[Seen], changes: list[Change]) -> list[Seen]:
    """What was seen, with the changed aspects as they are now: hers saved over theirs is checked
    against this, so a third change while she chose is asked about again."""
    now = {(c.seen.key, c.seen.aspect): c.now for c in changes}
    return [Seen(s.key, s.aspect, now.get((s.key, s.aspect), s.value)) for s in seen]


Save = Callable[[Any, list[Seen], Callable[[], Any]], tuple[Any, list[Seen]]]  # (store, seen, work)
Ask = Callable[[QWidget, Any, list[Change], Any, Callable[[bool], None]], Any]  # (.., mine, on_answer)


class SeenStep(ServiceCommand):
    """An edit saved already, as one undo step whose undo and redo are checked like the edit was.
    `save` checks and writes (a proposal's, by default), `ask` shows the choice (the proposal's box);
    `undo_mine`/`redo_mine` say what hers would be, as `ask` takes it."""

    def __init__(
        self,
        text: str,
        store: Any,
        seen: list[Seen],
        undo: Callable[[], Any],
        redo: Callable[[], Any],
        *,
        parent: QWidget,
        after: Callable[[], None],
        undo_mine: Any,
        redo_mine: Any,
        save: Save | None = None,
        ask: Ask | None = None,
    ) -> None:
        super().__init__(text, self._failed)
        self._check: Save = save or proposals.save_as_seen
        self._ask_box: Ask = ask or ask_over_theirs
        self.store, self.seen, self.parent = store, seen, parent
        self._undo, self._redo, self._after = undo, redo, after
        self._mine = {"undo": undo_mine, "redo": redo_mine}
        self._report = report_undo_failure(parent)
        self._done_once = True
        self._doing = "redo"

    def redo(self) -> None:
        if self._done_once:  # the edit was made before the step was pushed
            self._done_once = False
        else:
            self._save("redo", self._redo)
        self._after()

    def undo(self) -> None:
        self._save("undo", self._undo)
        self._after()

    def _save(self, doing: str, work: Callable[[], Any]) -> None:
        self._doing, self._work = doing, work
        ok, saved = self._run(lambda: self._check(self.store, self.seen, work))
        if ok:
            self.seen = saved[1]  # the next undo or redo saw this save

    def _failed(self, text: str, exc: BaseException) -> None:
        if not isinstance(exc, ChangedMeanwhile):
            self._report(text, exc)
            return
        # Later, not now: Qt is inside the stack's undo or redo, where a dialog must not open.
        work, said = self._work, self._mine[self._doing]
        # Said as things are when she is asked: what an unmerge would put out of sight is what is there now.
        mine = said() if callable(said) else said
        QTimer.singleShot(0, lambda: self._ask(text, self.seen, exc.changes, work, mine))

    def _ask(
        self, text: str, seen: list[Seen], changes: list[Change], work: Callable[[], Any], mine: Any
    ) -> None:
        """The step is gone from the history; she chooses whether its undo or redo is saved anyway."""
        checked = as_now(seen, changes)

        def answered(yes: bool) -> None:
            if yes:
                try:
                    self._check(self.store, checked, work)
                except ChangedMeanwhile as again:  # changed once more while she chose: ask again
                    self._ask(text, checked, again.changes, work, mine)
                    return
                except FAILURES as refused:
                    self._report(text, refused)
            self._after()

        self._ask_box(self.parent, self.store, changes, mine, answered)
