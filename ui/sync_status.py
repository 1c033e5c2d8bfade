"""Sync as both windows show it: a status-bar widget, a "Sync now" action, automatic retries with backoff.

    status = attach_sync_status(window, workspace, menu=file_menu)   # widget in the status bar, actions in
                                                                      # the menu; syncs start on their own

`SyncStatus` knows the pending count, the last successful sync and the target, and runs `app.sync` off the
UI thread through `ui.operations`. While the app runs it syncs shortly after a bundle lands in the outbox,
every few minutes when all is well, and after a failure again with growing pauses (30 s, 1, 2, 4, 8, 15
minutes). Wrong credentials stop the automatic attempts (guessing again may lock the account) until the
settings change or the user asks; a wrong password or a full server is said in a dialog once, everything
else stays in the status bar, and a sync the user asked for reports its failure in a dialog.
A window that shows imported data connects `synced` to reload its views.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMenu, QToolButton, QWidget

from app.sync import errors
from app.workspace import Workspace
from ui import msgbox
from ui.numbers import count_text

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

    from ui.operations import CancelToken, Operation, Progress

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (30, 60, 120, 240, 480, 900)
IDLE_SECONDS = 300  # when all went well: look again for new bundles this often
SOON_SECONDS = 2  # after a bundle lands in the outbox: wait for the writer to finish the rename
_DIALOG_KINDS = (errors.AUTH, errors.FORBIDDEN, errors.FULL)


def _progress_text(message: str) -> str:
    """The engine's progress words ("sending X", "fetching X") in the window's language."""
    verb, _, name = message.partition(" ")
    if verb == "sending":
        return QCoreApplication.translate("SyncStatus", "Sending %1").replace("%1", name)
    if verb == "fetching":
        return QCoreApplication.translate("SyncStatus", "Fetching %1").replace("%1", name)
    return message


def _run_sync(workspace: Workspace, progress: Progress, cancel: CancelToken):
    """The work, in the worker thread, on the worker's own workspace (the runner opens and closes it)."""
    from app.sync import engine, settings

    target = settings.open_target(workspace.store, cancel=cancel)
    try:
        return engine.run_sync(
            workspace,
            target,
            progress=lambda done, total, message: progress(done, total, _progress_text(message)),
            cancel=cancel,
        )
    finally:
        target.close()


class SyncStatus(QObject):
    """The sync state of one workspace, and the runner of its syncs. Signals:

    state_changed()          pending count, last sync, target, running state or last error changed
    synced(report)           a sync finished; `report` is an app.sync.engine.SyncReport
    sync_failed(kind, text)  a sync failed; `kind` is one of app.sync.errors' kinds, `text` said to the user
    """

    state_changed = Signal()
    synced = Signal(object)
    sync_failed = Signal(str, str)

    def __init__(
        self,
        workspace: Workspace,
        parent_widget: QWidget | None = None,
        *,
        automatic: bool = True,
        backoff_seconds: tuple[float, ...] = BACKOFF_SECONDS,
        idle_seconds: float = IDLE_SECONDS,
        soon_seconds: float = SOON_SECONDS,
        started: bool = True,
    ) -> None:
        """`started=False`: nothing is read or scheduled until `start()` (a window calls it once its
        first frame is painted, so reading the outbox does not delay it)."""
        super().__init__(parent_widget)
        self.workspace = workspace
        self._parent_widget = parent_widget
        self.automatic = automatic
        self.backoff_seconds = backoff_seconds
        self.idle_seconds = idle_seconds
        self.soon_seconds = soon_seconds
        self.failures = 0  # failed attempts in a row
        self.last_error_kind = ""
        self.last_error_text = ""
        self.last_report_text = ""
        self.problems: list[str] = []  # what the last successful sync could not use, said for the user
        self._dialog_shown_for = ""  # the failure kind a dialog was already shown for, until a success
        self._operation: Operation | None = None
        self.pending = 0
        self.target = ""
        self.last_success = ""
        self.read = False  # the workspace's sync state was read at least once

        self.sync_now_action = QAction(self, text=self.tr("S&ync now"))
        self.sync_now_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_now_action.setStatusTip(self.tr("Send the outbox to the sync target and fetch what is new"))
        self.sync_now_action.triggered.connect(self._on_sync_now_triggered)
        self.sync_now_action.setEnabled(False)  # until a target is read
        self.settings_action = QAction(self, text=self.tr("Sync settin&gs…"))
        self.settings_action.triggered.connect(self.open_settings)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._stopped = False
        self._watcher: QFileSystemWatcher | None = None  # start() makes it and reads what is there
        if started:
            self.start()

    def start(self) -> None:
        """Watch the outbox, read the sync state and, when a target is set, sync soon."""
        if self._watcher is None and not self._stopped:
            from PySide6.QtCore import QFileSystemWatcher

            self._watcher = QFileSystemWatcher(self)
            self._watcher.addPath(str(self.workspace.outbox_dir))
            self._watcher.directoryChanged.connect(self._on_outbox_changed)
        self.refresh()
        if self.automatic and self.target:
            self._schedule(self.soon_seconds)

    # -- what the status bar shows ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read pending count, target and last sync from the workspace (cheap: the outbox is small)."""
        from app.sync import outbox, settings

        if self._stopped:  # the window closed: its workspace may be closed too
            return
        store = self.workspace.store
        self.target = settings.configured_target(store) or ""
        states = outbox.status(store, self.workspace.outbox_dir, self.target or None)
        self.pending = sum(1 for s in states if s.state == outbox.PENDING)
        self.last_success = settings.last_success(store)
        self.sync_now_action.setEnabled(bool(self.target) and not self.is_running)
        self.read = True
        self.state_changed.emit()

    @property
    def is_running(self) -> bool:
        return self._operation is not None and self._operation.is_running

    def last_success_text(self) -> str:
        if not self.last_success:
            return self.tr("never synced")
        from PySide6.QtCore import QDateTime  # shown after the first frame: its class need not load before

        when = QDateTime.fromString(self.last_success, Qt.DateFormat.ISODate).toLocalTime()
        today = QDateTime.currentDateTime().date()
        shown = when.toString("HH:mm") if when.date() == today else when.toString("yyyy-MM-dd HH:mm")
        return self.tr("synced %1").replace("%1", shown)

    def target_short(self) -> str:
        """The target in a word or two: a server's name, or a folder's own name."""
        from urllib.parse import urlsplit

        if "://" in self.target:
            return urlsplit(self.target).hostname or self.target
        return Path(self.target).name or self.target

    def summary(self) -> str:
        """One short line for the status bar: what waits, the last sync (or the problem), and where to."""
        if not self.target:
            return self.tr("No sync target")
        if self.is_running:
            return self.tr("Syncing with %1…").replace("%1", self.target_short())
        waiting = self.tr("%Ln to send", "", self.pending) if self.pending else self.tr("nothing to send")
        if self.last_error_kind:
            return (
                self.tr("%1 · sync failed: %2 · %3")
                .replace("%1", waiting)
                .replace("%2", self.short_problem())
                .replace("%3", self.target_short())
            )
        return f"{waiting} · {self.last_success_text()} · {self.target_short()}"

    def tooltip(self) -> str:
        lines = [self.tr("Sync target: %1").replace("%1", self.target or self.tr("none"))]
        lines.append(self.last_success_text())
        if self.last_report_text:
            lines.append(self.last_report_text)
        lines += self.problems
        if self.last_error_text:
            lines.append(self.last_error_text)
        if self.timer.isActive() and self.automatic:
            lines.append(self.tr("Next attempt in %Ln s", "", max(1, self.timer.remainingTime() // 1000)))
        return "\n".join(lines)

    def short_problem(self) -> str:
        return {
            errors.AUTH: self.tr("wrong user name or password"),
            errors.FORBIDDEN: self.tr("not allowed to write"),
            errors.FULL: self.tr("target full"),
            errors.MISSING: self.tr("folder not found"),
            errors.LOCKED: self.tr("file locked"),
            errors.TIMEOUT: self.tr("no answer"),
            errors.UNREACHABLE: self.tr("not reachable"),
            errors.READONLY: self.tr("read-only"),
            errors.SERVER: self.tr("server error"),
            errors.LOCAL: self.tr("local files"),
            errors.BUSY: self.tr("another sync is running"),
        }.get(self.last_error_kind, self.tr("error"))

    def explain(self, kind: str) -> str:
        """What happened and what to do, for a person."""
        text = {
            errors.AUTH: self.tr(
                "The server did not accept the user name or password. Check them under Sync settings; "
                "Rundabord will not try again on its own until you do."
            ),
            errors.FORBIDDEN: self.tr(
                "The server does not let this account write to the sync folder. Ask the secretariat to "
                "give the account write access."
            ),
            errors.FULL: self.tr(
                "The sync target is full. Ask whoever runs the server to make room (or free space on the "
                "disk). Your bundles wait in the outbox and Rundabord tries again."
            ),
            errors.MISSING: self.tr(
                "The sync folder cannot be found. Is the USB stick plugged in, the share mounted, and the "
                "address right?"
            )
            if "://" not in self.target
            else self.tr(
                "The server has no sync folder at this address. Check the address under Sync settings: for"
                " Nextcloud it ends in /remote.php/dav/files/ followed by the user name and the folder."
            ),
            errors.LOCKED: self.tr("A file on the server is locked by someone else. Rundabord tries again."),
            errors.TIMEOUT: self.tr(
                "The server did not answer in time. Rundabord tries again. If this server is often slow, let"
                " Rundabord wait longer for it under Sync settings (Wait for the server)."
            ),
            errors.UNREACHABLE: self.tr(
                "Cannot reach the sync target; perhaps there is no network here. Your bundles wait in "
                "the outbox and go out as soon as the target is reachable."
            ),
            errors.READONLY: self.tr("The sync folder is read-only. Choose a folder you may write to."),
            errors.SERVER: self.tr("The server answered with an error. Rundabord tries again."),
            errors.LOCAL: self.tr("Rundabord could not read or write its own files on this computer."),
            errors.BUSY: self.tr(
                "Another window or command is syncing this workspace right now. Rundabord tries again "
                "when it has finished."
            ),
        }.get(kind)
        return text or self.tr("The sync failed.")

    # -- running ----------------------------------------------------------------------------------------

    def _on_sync_now_triggered(self) -> None:
        self.sync_now(manual=True)

    def sync_now(self, *, manual: bool = False) -> Operation | None:
        """Start a sync off the UI thread, unless one runs or no target is set."""
        if self.is_running:
            return self._operation
        self.refresh()
        if not self.target:
            if manual:
                msgbox.information(
                    self._parent_widget,
                    self.tr("Sync"),
                    self.tr("No sync target is set yet. Choose one under Sync settings."),
                )
            return None
        from ui.operations import Operation  # the worker machinery: with the first sync, not at start

        self.timer.stop()
        directory = self.workspace.dir
        self._operation = Operation(
            self._parent_widget if manual else None,
            _run_sync,
            title=self.tr("Syncing"),
            workspace_dir=directory,
            changes={"outbox", "notes", "bundles"},
            on_success=lambda report: self._on_succeeded(report, manual),
            on_failure=lambda exc: self._on_failed(exc, manual),
            show_progress=manual,
        )
        self._operation.cancelled.connect(self._on_cancelled)
        self.sync_now_action.setEnabled(False)
        operation = self._operation.run()
        self.state_changed.emit()  # after run(): "Syncing…" while the worker has it (tests run it at once)
        return operation

    def _alive(self) -> bool:
        """False once the window (and with it this object) is gone while a sync was still running."""
        import shiboken6

        return shiboken6.isValid(self)

    def _on_succeeded(self, report, manual: bool = False) -> None:
        if not self._alive():
            return
        self.failures = 0
        self.last_error_kind = self.last_error_text = self._dialog_shown_for = ""
        self.last_report_text = self.report_text(report)
        from ui.bundle_messages import say

        self.problems = [say(problem) for problem in report.problems]  # in the user's language
        self._operation = None
        self.refresh()
        self.synced.emit(report)
        if manual and self.problems:  # e.g. a fetched bundle was refused: the user asked, so say it
            msgbox.warning(
                self._parent_widget,
                self.tr("Sync finished with problems"),
                self._problems_explained(report),
                details="\n".join(self.problems),
            )
        self._schedule(self.idle_seconds)

    def _problems_explained(self, report) -> str:
        """The headline, then each refused bundle's reason in the user's language (ui/bundle_messages)."""
        from app.sync.engine import REFUSED
        from app.sync.targets import bundle_file_name
        from ui.bundle_messages import explain_check, say_why

        text = self.tr("%Ln bundle(s) could not be used; the details say why.", "", len(self.problems))
        refused = [p for p in getattr(report, "pulled", []) if p.outcome == REFUSED]
        lines = [
            f"{bundle_file_name(p.bundle_id)}: {explain_check(p.check or None, p.detail)}"
            + (f" {say_why(p.why)}" if p.why is not None else "")
            for p in refused
        ]
        return "\n\n".join([text, "\n".join(lines)]) if lines else text

    def report_text(self, report) -> str:
        """What the last sync moved, in a line."""
        if not report.moved_anything:
            return self.tr("Last sync: nothing new to send or fetch")
        text = (
            self.tr("Last sync: sent %1, fetched %2")
            .replace("%1", count_text(len(report.pushed)))
            .replace("%2", count_text(len(report.arrived)))
        )
        conflicts = sum(p.receipt.counts.get("conflicts", 0) for p in report.pulled if p.receipt is not None)
        if conflicts:  # a fetched bundle that opened a conflict says so
            text += " · " + self.tr("%Ln conflict(s) to review", "", conflicts)
        released = sum(r.imported for r in getattr(report, "released", []))
        if released:  # held bundles of keys trusted since they came, imported by this sync
            text += " · " + self.tr("%Ln held bundle(s) imported, the key now trusted", "", released)
        return text

    def _on_failed(self, exc: BaseException, manual: bool) -> None:
        from app.errors import UserError
        from app.sync.errors import SyncError

        if not self._alive():
            return
        self._operation = None
        if isinstance(exc, SyncError):
            kind, detail = exc.kind, str(exc)
        elif isinstance(exc, UserError):  # e.g. the target setting itself is wrong
            kind, detail = errors.MISSING, str(exc)
        else:
            log.error("sync failed", exc_info=(type(exc), exc, exc.__traceback__))
            kind, detail = errors.LOCAL, str(exc) or type(exc).__name__
        self.failures += 1
        self.last_error_kind = kind
        self.last_error_text = self.explain(kind)
        self.refresh()
        self.sync_failed.emit(kind, self.last_error_text)
        if manual or (kind in _DIALOG_KINDS and self._dialog_shown_for != kind):
            self._dialog_shown_for = kind
            msgbox.warning(self._parent_widget, self.tr("Sync failed"), self.last_error_text, details=detail)
        if kind != errors.AUTH:
            self._schedule(self.next_retry_seconds())

    def _on_cancelled(self) -> None:
        if not self._alive():
            return
        self._operation = None
        self.refresh()

    def next_retry_seconds(self) -> float:
        """The pause before the next automatic attempt after `failures` failures in a row."""
        return self.backoff_seconds[min(self.failures, len(self.backoff_seconds)) - 1]

    def _schedule(self, seconds: float) -> None:
        if self.automatic and self.target:
            self.timer.start(max(0, int(seconds * 1000)))
            self.state_changed.emit()

    def _on_timer_timeout(self) -> None:
        self.sync_now(manual=False)

    def _on_outbox_changed(self, _path: str) -> None:
        self.refresh()
        # A new bundle goes out soon, unless we are waiting out a failure (its backoff stands).
        if self.pending and not self.is_running and not self.last_error_kind:
            self._schedule(self.soon_seconds)

    # -- settings ---------------------------------------------------------------------------------------

    def open_settings(self) -> None:
        from ui.sync_settings import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.workspace, self._parent_widget)
        dialog.accepted.connect(self._on_settings_changed)
        dialog.open()
        self._settings_dialog = dialog

    def _on_settings_changed(self) -> None:
        self.failures = 0
        self.last_error_kind = self.last_error_text = self._dialog_shown_for = ""
        self.refresh()
        self._schedule(0)

    def stop(self) -> None:
        """The window is closing: no more attempts, no more watching the outbox, no more reading the
        workspace (it is closed next). A running sync is cancelled between files by the window."""
        self.automatic = False
        self.timer.stop()
        if self._stopped:
            return
        self._stopped = True
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._on_outbox_changed)
            if self._watcher.directories():
                self._watcher.removePaths(self._watcher.directories())


class SyncStatusWidget(QWidget):
    """The status-bar face: the summary, its details in the tooltip, and a Sync now button."""

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.button = QToolButton()
        self.button.setDefaultAction(status.sync_now_action)
        self.button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.setAccessibleName(self.tr("Sync status"))
        status.state_changed.connect(self._on_state_changed)
        self._on_state_changed()

    def _on_state_changed(self) -> None:
        if not self.status.read:  # not "No sync target" before the target was even read
            return
        self.label.setText(self.status.summary())
        tip = self.status.tooltip()
        self.setToolTip(tip)
        self.label.setToolTip(tip)
        self.label.setAccessibleDescription(tip)


def attach_sync_status(
    window: QMainWindow, workspace: Workspace, menu: QMenu | None = None, **options
) -> SyncStatus:
    """Put the sync status in `window`'s status bar and its actions in `menu`; returns the SyncStatus."""
    status = SyncStatus(workspace, window, **options)
    window.statusBar().addPermanentWidget(SyncStatusWidget(status, window))
    if menu is not None:
        menu.addAction(status.sync_now_action)
        menu.addAction(status.settings_action)
    return status
