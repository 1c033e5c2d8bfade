"""The secretariat's inbox on the UI thread: where to look (watched folders and files added by hand,
remembered in QSettings) and the entries of the last scan. The triage itself is app/bundles/inbox.py.

Signals of `Inbox`:
    changed()  a scan finished or entries were added or removed
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from app.bundles.inbox import (
    DUPLICATE,
    HELD,
    IMPORTED,
    INCOMPLETE,
    INVALID,
    READY,
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

SETTINGS_FOLDERS = "secretariat/watched_folders"
SETTINGS_FILES = "secretariat/added_files"

__all__ = [
    "DUPLICATE",
    "HELD",
    "IMPORTED",
    "INCOMPLETE",
    "INVALID",
    "READY",
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
        value = QSettings().value(SETTINGS_FILES, [])
        self.added_files: list[str] = [str(v) for v in ([value] if isinstance(value, str) else value or [])]
        self.last_scan_cancelled = False

    # -- where to look ----------------------------------------------------------------------------

    def watched_folders(self) -> list[str]:
        value = QSettings().value(SETTINGS_FOLDERS, [])
        if isinstance(value, str):  # QSettings returns one item of a list as a plain string
            value = [value]
        return [str(v) for v in value or []]

    def set_watched_folders(self, folders: list[str]) -> None:
        QSettings().setValue(SETTINGS_FOLDERS, list(dict.fromkeys(folders)))

    def add_folder(self, folder: str) -> None:
        self.set_watched_folders([*self.watched_folders(), folder])

    def remove_folder(self, folder: str) -> None:
        self.set_watched_folders([f for f in self.watched_folders() if f != folder])

    def add_files(self, files: Iterable[str]) -> None:
        """Files added by hand (from an e-mail, say) stay listed after a restart, while they exist."""
        self.added_files = [f for f in dict.fromkeys([*self.added_files, *files]) if Path(f).is_file()]
        QSettings().setValue(SETTINGS_FILES, self.added_files)

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
