"""Merge: import every valid bundle from a trusted key, off the UI thread, with a progress bar and a
cancel button; then one report line per bundle (new, updated, unchanged, conflicts, superseded, refused).

Cancelling stops between two bundles, never inside one: each bundle is imported whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bundles.receipts_now import DROPPED
from app.disk_errors import FULL, READ_ONLY, DiskProblem, classify
from app.messages import english
from ui.bundle_messages import explain_refusal, has_words, say, say_why, technical
from ui.empty_state import EmptyState
from ui.operations import Operation
from ui.secretariat.context import SecretariatContext
from ui.secretariat.inbox import inbox_for, scan_inbox
from ui.secretariat.inbox_columns import WAITING
from ui.secretariat.overview_view import attention_brush, problem_brush
from ui.secretariat.plural import plural
from ui.secretariat.report_table import report_table
from ui.secretariat.rows_model import Column, RowsModel, natural
from ui.secretariat.trust_dialog import clash_texts

COUNTS = ("new", "updated", "unchanged", "conflicts", "superseded", "refused")


def _by_table(receipt) -> str:
    first = min(receipt.tables) if receipt.tables else 10**8
    return f"{first:09d}-{natural(Path(receipt.path).name)}"


class MergeView(QWidget):
    """Signals:
    review_conflicts_requested()  the "Review the conflicts" button, shown when a merge found some
    """

    review_conflicts_requested = Signal()

    def __init__(self, context: SecretariatContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.inbox = inbox_for(context)
        self.operation: Operation | None = None
        self.receipts: list = []
        self.status_labels = {
            "imported": self.tr("Merged"),
            "already-imported": self.tr("Already imported"),
            "quarantined": self.tr("Held in quarantine"),
            "refused": self.tr("Refused"),
            DROPPED: self.tr("Deleted (key rejected)"),
        }
        count_headers = {
            "new": self.tr("New"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
            "conflicts": self.tr("Conflicts"),
            "superseded": self.tr("Superseded"),
            "refused": self.tr("Refused"),
        }
        self._names: dict[str, str] = {}  # key id -> the name the secretariat trusted it by
        self._warnings: dict[str, list[str]] = {}  # key id -> what makes its key look like an impostor's
        columns = [
            Column(
                "tables", self.tr("Table"), lambda r: ", ".join(map(str, r.tables)), True, True, _by_table
            ),
            Column("signer", self.tr("Chair"), self._signer),
            Column("status", self.tr("Result"), lambda r: self.status_labels.get(r.status, r.status)),
        ]
        columns += [
            # A held bundle was neither merged nor refused: its counts are left empty
            Column(
                name,
                count_headers[name],
                lambda r, n=name: _count(r, n),
                align_right=True,
            )
            for name in COUNTS
        ]
        columns.append(Column("remark", self.tr("Remark"), self._remark, tooltip=self._remark_tooltip))
        columns.append(Column("file", self.tr("File"), lambda r: Path(r.path).name))
        base = self.palette().color(QPalette.ColorRole.Base)
        self._bad, self._wait = problem_brush(base), attention_brush(base)
        self.model = RowsModel(columns, lambda: list(self.receipts), parent=self, background=self._background)
        self._reported: list = []  # the receipts as the merge or sync gave them
        self._synced = False
        self._failed = False  # the last merge stopped on a fault of this workspace (its disk)
        self._fault: DiskProblem | None = None  # what kind of disk fault, when the store's or a file's
        self._heard: list = []
        self._build()
        self.inbox.changed.connect(self._update)
        # A held bundle trusted or rejected later (in Collect) reads as what became of it, not as held
        self.inbox.changed.connect(self._reflect_now)
        context.data_changed.connect(self._reflect_now)
        self._update()

    def _signer(self, receipt) -> str:
        """The name the secretariat trusted the key by; an unknown key's name only as its claim."""
        name = self._names.get(receipt.key_id or "")
        if name or not receipt.signer_name:
            return name or ""
        return self.tr("claims to be “%1” (unverified)").replace("%1", receipt.signer_name)

    def _warning(self, receipt) -> list[str]:
        """What makes a held bundle's key look like an impostor's, said first as Collect says it."""
        return self._warnings.get(receipt.key_id or "", []) if receipt.status == "quarantined" else []

    def _remark(self, receipt) -> str:
        warning = self._warning(receipt)
        parts = ["⚠ " + " ".join(warning)] if warning else []
        if receipt.status == "refused":
            parts.append(explain_refusal(receipt.check, receipt.why, receipt.reason or ""))
        elif receipt.why is not None and receipt.status != "already-imported":
            parts.append(say(receipt.why))  # held in quarantine, and why
        parts.extend(say(flag) for flag in receipt.flags)
        return "; ".join(parts)

    def _remark_tooltip(self, receipt) -> str:
        """The whole remark (the column may cut it), then exactly why, when there is more to say."""
        remark, detail = self._remark(receipt), self._remark_detail(receipt)
        return "\n".join(part for part in (remark if len(remark) > 40 else "", detail) if part)

    def _remark_detail(self, receipt) -> str:
        """Exactly why a bundle was refused, for the tooltip; or the core's own (English) words behind a
        remark the window has no words for (one stored before remarks were data)."""
        if receipt.status == "refused":
            return say_why(receipt.why, receipt.reason or "")
        unsaid = [m for m in receipt.flags if not has_words(m)]
        return technical(english(unsaid))

    def _background(self, receipt):
        if receipt.status in ("refused", DROPPED) or self._warning(receipt):
            return self._bad
        if receipt.status == "quarantined" or receipt.counts.get("conflicts"):
            return self._wait
        return None

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.ready_label = QLabel()
        self.ready_label.setWordWrap(True)
        self.ready_label.setAccessibleName(self.tr("Bundles ready to merge"))
        top.addWidget(self.ready_label, 1)
        self.merge_button = QPushButton(self.tr("&Merge all ready bundles"))
        self.merge_button.clicked.connect(self.merge)
        top.addWidget(self.merge_button)
        layout.addLayout(top)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Merge progress"))
        self.progress.setFormat(self.tr("%v of %m bundles"))
        # Idle, the bar says nothing: "0 of 100" would count bundles that do not exist.
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)

        result_row = QHBoxLayout()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Merge result"))
        result_row.addWidget(self.result_label, 1)
        self.conflicts_button = QPushButton(self.tr("Review the &conflicts"))
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.review_conflicts_requested)
        result_row.addWidget(self.conflicts_button)
        layout.addLayout(result_row)
        self.proxy, self.view = report_table(self.model, self, self.tr("Report per bundle"), 0)
        self.empty_state = EmptyState(
            self.view,
            lambda: self.tr(
                "Nothing merged since this window opened. Bundles marked ready in Collect are merged "
                "with the button above; each one gets a line here. What was merged before (also by sync "
                "or the command line) is listed in Collect as already read in."
            ),
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(len(COUNTS) + 3, QHeaderView.ResizeMode.Stretch)  # the remark
        # A remark is read whole where it stands (a returning chair's remedy names the conference last)
        self.view.setWordWrap(True)
        header.setMaximumSectionSize(
            max(240, header.fontMetrics().horizontalAdvance("0" * 32))
        )  # a claim wraps
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.initial_focus = self.merge_button  # not a focus proxy: see CollectView

    def _update(self) -> None:
        ready = self.inbox.ready()
        running = self.operation is not None and self.operation.is_running
        self.merge_button.setEnabled(bool(ready) and not running)
        if not self.inbox.entries:
            self.ready_label.setText(self.tr("Look for bundles in Collect first."))
        else:
            waiting = sum(1 for e in self.inbox.entries if e.state in ("unknown-key", "quarantined"))
            text = plural(
                len(ready),
                self.tr("One bundle from a trusted key is ready to merge."),
                self.tr("%1 bundles from trusted keys are ready to merge."),
            )
            if not ready:
                text = self.tr("No bundle is waiting to be merged.")
            if waiting:
                text += " " + plural(
                    waiting,
                    self.tr("One bundle waits for a trust decision in Collect."),
                    self.tr("%1 bundles wait for a trust decision in Collect."),
                )
            self.ready_label.setText(text)

    # -- merging ----------------------------------------------------------------------------------

    def merge(self) -> Operation | None:
        ready = self.inbox.ready()
        if not ready or (self.operation is not None and self.operation.is_running):
            return None
        paths = [e.path for e in ready]
        workspace_dir = self.context.workspace.dir
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.result_label.setText(self.tr("Merging…"))
        self._failed = False
        heard: list = []  # each receipt as the worker makes it: a fault part way still reports them

        def work(workspace, progress, cancel):
            from app.bundles import import_files

            return import_files(
                workspace,
                paths,
                progress=lambda done, total: progress(done, total, ""),
                cancel=cancel,
                on_receipt=heard.append,
            )

        self._heard = heard

        self.operation = Operation(
            self,
            work,
            title=self.tr("Merging bundles"),
            on_success=self._on_merged,
            show_progress=False,
            workspace_dir=workspace_dir,
            changes={"notes", "bundles", "conflicts"},  # the views refresh from operations.hub()
        )
        self.operation.progressed.connect(self._on_progress)
        self.operation.failed.connect(self._on_failed)
        self.operation.finished.connect(self._on_finished)
        self.merge_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.operation.run()

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Stopping after the bundle being merged…"))

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_synced(self, receipts) -> None:
        """What a sync fetched and merged (or held, or refused) gets its lines here too: the secretary
        finds every merge, and every conflict it opened, in one place. A sync that brought nothing
        leaves the last report as it is."""
        if receipts and not (self.operation is not None and self.operation.is_running):
            self._on_merged(receipts, synced=True)

    def _reflect_now(self) -> None:
        if self._reported and not self.context.closing:
            self._show_report()

    def _on_merged(self, receipts, synced: bool = False) -> None:
        self._reported, self._synced = list(receipts), synced
        if synced:
            self._failed = False
        self._show_report()

    def _impostor_warnings(self) -> dict[str, list[str]]:
        from app import conferences
        from app.errors import NotFound

        def title(conference_id: str) -> str:
            try:
                return conferences.conference(self.context.store, conference_id).title
            except NotFound:
                return ""

        return {
            e.key_id: clash_texts(e.clashes, title(e.conference_id))
            for e in self.inbox.entries
            if e.clashes and e.state in WAITING
        }

    def _open_conflicts(self, receipts) -> int:
        """Conflicts open now in the conferences the report's bundles wrote to, each once (a process's
        is listed under every conference of the process)."""
        from app import conflicts

        found = [r.conference for r in receipts if r.conference and r.counts.get("conflicts")]
        return len(conflicts.open_in(self.context.store, found))

    def _show_report(self) -> None:
        from app.bundles.inbox import trusted_names
        from app.bundles.receipts_now import as_now

        receipts, synced = as_now(self.context.store, self._reported), self._synced
        self.receipts = receipts
        self._names = trusted_names(self.context.store)
        self._warnings = self._impostor_warnings()
        self.model.reload()
        later = sum(1 for r in receipts if r.status == "imported" and _merged_after_hold(r))
        merged = sum(1 for r in receipts if r.status == "imported") - later
        conflicts = sum(r.counts.get("conflicts", 0) for r in receipts)
        refused = sum(1 for r in receipts if r.status == "refused")
        dropped = sum(1 for r in receipts if r.status == DROPPED)
        text = plural(merged, self.tr("One bundle merged"), self.tr("%1 bundles merged"))
        if synced:
            text = plural(merged, self.tr("Sync merged one bundle"), self.tr("Sync merged %1 bundles"))
            if not merged:
                text = self.tr("Sync merged no bundle")
            held = sum(1 for r in receipts if r.status == "quarantined")
            if held:
                text += " · " + self.tr("%1 held for a trust decision in Collect").replace("%1", str(held))
            if later:
                text += " · " + self.tr("%1 merged after the key was trusted").replace("%1", str(later))
            if dropped:
                text += " · " + self.tr("%1 deleted with a rejected key").replace("%1", str(dropped))
        elif self._failed:
            text = self._stopped_text(merged)
        elif len(receipts) < self.progress.maximum():
            text += " · " + self.tr("stopped before the last %1").replace(
                "%1", str(self.progress.maximum() - len(receipts))
            )
        still_open = self._open_conflicts(receipts) if conflicts else 0
        self.conflicts_button.setVisible(bool(still_open))
        if still_open:
            text += " · " + plural(
                still_open, self.tr("one conflict to review"), self.tr("%1 conflicts to review")
            )
        elif conflicts:  # what the merge opened was decided since: the report says so, not "to review"
            text += " · " + plural(
                conflicts,
                self.tr("the conflict it opened is settled"),
                self.tr("the conflicts it opened are settled"),
            )
        if refused:
            text += " · " + self.tr("%1 refused").replace("%1", str(refused))
        self.result_label.setText(text)

    def _on_failed(self, exc: BaseException) -> None:
        """The error box says why; the line under the bar no longer says "Merging…" for ever, and the
        report lists what was merged before the fault (it stays merged) and says how many wait."""
        self._failed = True
        self._fault = classify(exc)
        self._on_merged(list(self._heard))

    def _stopped_text(self, merged: int) -> str:
        waiting = max(self.progress.maximum() - len(self._reported), 0)
        fault = self._fault.code if self._fault is not None else None
        # Once the error box is closed, the line still says why: "stopped" alone left her guessing
        text = {
            FULL: self.tr("Merging stopped: the disk is full."),
            READ_ONLY: self.tr("Merging stopped: the disk or folder is read-only."),
        }.get(fault, self.tr("Merging stopped.")) + " "
        if merged:
            text += plural(
                merged,
                self.tr("The bundle merged before it stays merged (listed below)."),
                self.tr("The %1 bundles merged before it stay merged (listed below)."),
            )
        else:
            return text + plural(
                waiting,
                self.tr("No bundle was merged; it waits under Collect, ready to be merged again."),
                self.tr("No bundle was merged; all %1 wait under Collect, ready to be merged again."),
            )
        return (
            text
            + " "
            + plural(
                waiting,
                self.tr("The other one waits under Collect, ready to be merged again."),
                self.tr("The other %1 wait under Collect, ready to be merged again."),
            )
        )

    def _on_finished(self) -> None:
        self.cancel_button.setEnabled(False)
        if self.operation is not None and self.operation.token.cancelled and not self.receipts:
            self.result_label.setText(self.tr("Cancelled."))
        if not self.context.closing:
            scan_inbox(self.context, self, on_done=self._update)


def _merged_after_hold(receipt) -> bool:
    return any(flag.code == "merged-after-hold" for flag in receipt.flags)


def _count(receipt, name: str) -> int | str:
    """A count of records, or nothing where none were read: a held bundle was neither merged nor
    refused, a refused file had no records to count (a row of zeros beside "Refused" reads as a
    contradiction)."""
    if receipt.status in ("quarantined", DROPPED):
        return ""
    if receipt.status == "refused" and not any(receipt.counts.values()):
        return ""
    return receipt.counts.get(name, 0)
