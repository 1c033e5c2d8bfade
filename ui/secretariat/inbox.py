"""The secretariat's inbox on the UI thread, one per window and shared by Collect and Merge: where to
look (watched folders and files added by hand, kept in the workspace, so they belong to it and not to the
computer's user) and the entries of the last scan. The triage itself is app/bundles/inbox.py.

Signals of `Inbox`:
    changed()  a scan finished or entries were added or removed

`Inbox.scanning` says whether a scan runs (Collect's, or the one Merge starts after a merge): its end makes
the lists over the entries anew, and a model index taken before then goes stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.bundles import inbox as service
from app.bundles.inbox import (
    HELD,
    IMPORTED,
    INCOMPLETE,
    INVALID,
    OWN,
    READY,
    RETURNING_CHAIR,
    STATES,
    SUFFIX,
    UNKNOWN_KEY,
    WILL_REFUSE,
    InboxEntry,
    bundle_files,
    scan_paths,
    sync_folder,
)
from app.workspace import Workspace
from ui.operations import Operation
from ui.secretariat.context import SecretariatContext

__all__ = [
    "HELD",
    "IMPORTED",
    "INCOMPLETE",
    "INVALID",
    "OWN",
    "READY",
    "RETURNING_CHAIR",
    "STATES",
    "SUFFIX",
    "UNKNOWN_KEY",
    "WILL_REFUSE",
    "Inbox",
    "InboxEntry",
    "scan_paths",
]


class Inbox(QObject):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entries: list[InboxEntry] = []
        self.last_scan_cancelled = False
        self._scans = 0  # running now

    @property
    def scanning(self) -> bool:
        return self._scans > 0

    def _scan_over(self) -> None:
        self._scans -= 1

    # -- where to look ----------------------------------------------------------------------------

    @property
    def added_files(self) -> list[str]:
        return service.added_files(self.workspace.store)

    def watched_folders(self) -> list[str]:
        return service.watched_folders(self.workspace.store)

    def set_watched_folders(self, folders: list[str]) -> None:
        service.set_watched_folders(self.workspace.store, folders)

    def add_folder(self, folder: str) -> None:
        self.set_watched_folders([*self.watched_folders(), folder])

    def remove_folder(self, folder: str) -> None:
        self.set_watched_folders([f for f in self.watched_folders() if f != folder])

    def add_files(self, files: Iterable[str]) -> None:
        """Files added by hand (from an e-mail, say) stay listed after a restart, while they exist."""
        service.set_added_files(self.workspace.store, [*self.added_files, *files])

    def all_folders(self) -> list[Path]:
        folders = [Path(f) for f in self.watched_folders()]
        folders.append(self.workspace.dir / "inbox")  # what sync fetched
        target = sync_folder(self.workspace)
        if target is not None:
            folders.append(target)
        return folders

    def paths(self) -> list[Path]:
        return bundle_files(self.all_folders(), self.added_files)

    # -- results ----------------------------------------------------------------------------------

    def set_entries(self, entries: list[InboxEntry], cancelled: bool = False) -> None:
        self.entries = entries
        self.last_scan_cancelled = cancelled
        self.changed.emit()

    def ready(self) -> list[InboxEntry]:
        return [e for e in self.entries if e.state == READY]

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(STATES, 0)
        for e in self.entries:
            result[e.state] += 1
        return result


def inbox_for(context: SecretariatContext) -> Inbox:
    """The one inbox of the window, shared by Collect and Merge."""
    existing = getattr(context, "inbox", None)
    if existing is None:
        existing = Inbox(context.workspace, context)
        context.inbox = existing
    return existing


def scan_inbox(
    context: SecretariatContext, parent: QWidget, on_done=None, *, show_progress: bool = True
) -> Operation:
    """Verify every file of the inbox off the UI thread, then publish the entries; `on_done` runs once the
    scan is over, whether it succeeded or not; `show_progress` False checks without a progress window (a
    rescan nobody is looking at must not take the keyboard)."""
    inbox = inbox_for(context)
    paths = inbox.paths()
    # Words chosen here, on the UI thread, under a context of their own: `parent.tr` looks them up under
    # the parent's class at run time, which is not where lupdate files them.
    verifying = QCoreApplication.translate("Inbox", "Verifying bundles…")

    def work(workspace, progress, cancel):
        return scan_paths(
            workspace, paths, progress=lambda done, total: progress(done, total, verifying), cancel=cancel
        )

    operation = Operation(
        parent,
        work,
        title=QCoreApplication.translate("Inbox", "Verifying the bundles"),
        on_success=inbox.set_entries,
        show_progress=show_progress,
        workspace_dir=context.workspace.dir,
    )
    # Counted before the start: under synchronous_operations (tests) the scan is over inside run()
    inbox._scans += 1
    operation.finished.connect(inbox._scan_over)
    if on_done is not None:
        operation.finished.connect(on_done)
    return operation.run()
