"""The one runner of long work: off the UI thread, with progress, cancel and callbacks on the UI thread.

The work function runs in a worker thread and receives a `Progress` reporter and a `CancelToken`
(app/cancel.py, the same token import, sync and the inbox scan check). Given `workspace_dir`, the runner
opens the worker's OWN `Workspace` there (sqlite connections belong to the thread that made them), passes
it as the work's first argument and closes it afterwards; never hand a window's `workspace.store` to a
worker. The work's return value goes to `on_success`, an exception to `on_failure`; both run on the UI
thread, and neither runs once the window that asked was destroyed (the default error dialog then still
appears, without a parent). Every failure is logged (an error
after Cancel too: it is a failure, not a cancel). Without `on_failure`, a failure is shown in the one
error dialog (ui/bundle_messages.explain_error): what happened and what to do in the user's language, a
`UserError`'s own English words below it; the traceback of anything unexpected goes to the log only.
Worker code never calls a widget's `tr()`: words are chosen on the UI thread, in the callbacks.

What the work may have changed (`changes`, e.g. {"notes", "bundles"}) is announced once it ends, even
after a failure or a cancel (an import commits bundle by bundle), through the one signal
`operations.hub().changed(changes)`: windows refresh from it instead of each callback refreshing them.

    def work(progress: Progress, cancel: CancelToken) -> Path:
        workspace = Workspace(workspace_dir)          # this thread's own store
        try:
            for i, item in enumerate(items):
                cancel.raise_if_cancelled()
                progress(i, len(items), item.name)
                ...
            return out_path
        finally:
            workspace.close()

    Operation(self, work, title=self.tr("Exporting"), on_success=self._on_exported).run()

Tests run every operation synchronously on the calling thread, one after another, with
`with synchronous_operations(): ...` (the `sync_ops` fixture in tests/ui/conftest.py); the callbacks
still arrive, in order, before `run()` returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.cancel import Cancelled, CancelToken
from app.errors import UserError
from app.workspace import Workspace
from ui import collector

log = logging.getLogger(__name__)

_synchronous = False

__all__ = ["CancelToken", "Cancelled", "Operation", "Progress", "hub", "synchronous_operations"]


class _Hub(QObject):
    """changed(frozenset of str): an operation that may have changed these kinds of data ended."""

    changed = Signal(object)


_hub: _Hub | None = None


def hub() -> _Hub:
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub


class Progress:
    """Called by the work as `progress(done, total, message="")`; safe from any thread."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit

    def __call__(self, done: int, total: int, message: str = "") -> None:
        self._emit(int(done), int(total), str(message))


Work = Callable[[Progress, CancelToken], Any]


def log_failure(title: str, exc: BaseException) -> None:
    """Every failure reaches the log: a refusal as one line, anything unexpected with its traceback."""
    if isinstance(exc, UserError):
        log.warning("%s refused: %s", title, exc)
    else:
        log.error("%s failed", title, exc_info=(type(exc), exc, exc.__traceback__))


def show_failure(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """The one error dialog for failed work (already logged by the runner)."""
    from ui import msgbox  # looked up at call time, so tests can patch ui.msgbox.error
    from ui.bundle_messages import dialog_text, explain_error

    # A UserError's English sentence stays, as the detail under a headline in the user's language.
    what, detail = explain_error(exc)
    msgbox.error(parent, title, dialog_text(what, detail))


class _Signals(QObject):
    """Lives on the UI thread; emitted from the worker, so deliveries are queued to the UI thread."""

    progressed = Signal(int, int, str)
    done = Signal(object, object)  # (result, exception)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # every failure must reach the UI thread, never vanish here
            self._signals.done.emit(None, exc)
        else:
            self._signals.done.emit(result, None)


class Operation(QObject):
    """One piece of long work. Signals (all on the UI thread):

    progressed(done, total, message)  the work reported progress
    succeeded(result)                 the work returned
    failed(exception)                 the work raised (not emitted for a cancel)
    cancelled()                       the work stopped because the user cancelled
    finished()                        after any of the three above
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    _running: ClassVar[set[Operation]] = set()  # keep Python references until the work is done

    def __init__(
        self,
        parent: QWidget | None,
        work: Work,
        *,
        title: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        show_progress: bool = True,
        cancellable: bool = True,
        workspace_dir: Path | str | None = None,
        changes: Iterable[str] = (),
    ) -> None:
        super().__init__(None)  # not owned by the widget: a closing window must not delete live work
        self._parent_widget = parent
        self._work = work
        self.title = title
        self._on_success = on_success
        self._on_failure = on_failure
        self._show_progress = show_progress
        self._cancellable = cancellable
        self._workspace_dir = workspace_dir
        self.changes = frozenset(changes)
        self.token = CancelToken()
        self._dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progressed)
        self._signals.done.connect(self._on_done)
        self.is_running = False
        self._in_pool = False

    def run(self) -> Operation:
        """Start the work (in the thread pool, or right here under `synchronous_operations`)."""
        if self.is_running:
            raise RuntimeError("operation already running")
        self.is_running = True
        Operation._running.add(self)
        progress = Progress(self._signals.progressed.emit)
        if self._show_progress and self._parent_widget is not None:
            self._dialog = self._make_dialog()

        def call() -> Any:
            if self._workspace_dir is None:
                return self._work(progress, self.token)
            workspace = Workspace(self._workspace_dir)  # this worker thread's own connection
            try:
                return self._work(workspace, progress, self.token)
            finally:
                workspace.close()

        if _synchronous:
            _Runnable(call, self._signals).run()
        else:
            self._in_pool = True
            collector.pause()  # its thread must not free the UI's garbage: ui/collector.py
            QThreadPool.globalInstance().start(_Runnable(call, self._signals))
        return self

    def cancel(self) -> None:
        self.token.cancel()

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(self.title)
        dialog.setAccessibleName(self.title)
        dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operation", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        return dialog

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, message: str) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setRange(0, max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)
            if message:
                self._dialog.setLabelText(message)
        self.progressed.emit(done, total, message)

    def _parent(self) -> QWidget | None:
        """The parent widget, or None once it was destroyed (a window closed while the work ran)."""
        parent = self._parent_widget
        return parent if parent is not None and shiboken6.isValid(parent) else None

    @Slot(object, object)
    def _on_done(self, result: Any, exc: BaseException | None) -> None:
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):  # gone with its parent if the window was destroyed
                self._dialog.canceled.disconnect()
                self._dialog.reset()  # also stops its timer that would show it later
                self._dialog.close()
                self._dialog.deleteLater()
            self._dialog = None
        self.is_running = False
        if self._in_pool:
            self._in_pool = False
            collector.resume()
        # The callbacks update the window that asked; once that window is gone, there is nothing left
        # to update, and touching its children would fail.
        orphaned = self._parent_widget is not None and self._parent() is None
        try:
            if isinstance(exc, Cancelled):
                self.cancelled.emit()
            elif exc is not None:
                log_failure(self.title, exc)
                self.failed.emit(exc)
                if self._on_failure is None:  # the dialog still says it, unparented if the window went
                    show_failure(self._parent(), self.title, exc)
                elif not orphaned:
                    self._on_failure(exc)
            else:
                self.succeeded.emit(result)
                if self._on_success is not None and not orphaned:
                    self._on_success(result)
        finally:
            self.finished.emit()
            if self.changes:
                hub().changed.emit(self.changes)
            # Drop our reference only after this slot has returned: an object must not die inside
            # its own slot.
            QTimer.singleShot(0, partial(Operation._running.discard, self))


def running_operations() -> list[Operation]:
    return list(Operation._running)


@contextmanager
def synchronous_operations() -> Iterator[None]:
    """Run every operation on the calling thread at `run()` (Picard's FakeThreadPool idea), for tests."""
    global _synchronous
    previous, _synchronous = _synchronous, True
    try:
        yield
    finally:
        _synchronous = previous


def finish_all(timeout_ms: int = 30_000) -> None:
    """A window is closing: cancel every running operation, wait for the workers, deliver their callbacks
    (which see their window still alive), so nothing touches the workspace once it is closed."""
    for operation in running_operations():
        operation.cancel()
    if running_operations():
        wait_for_all(timeout_ms)
        QCoreApplication.processEvents()


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the thread pool is idle (closing the app, tests); callbacks still need the event loop."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
