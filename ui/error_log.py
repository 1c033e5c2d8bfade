"""Errors are never lost: a rotating log file in the platform's log folder, and a `sys.excepthook` that
writes every uncaught exception there and shows the one error dialog.

The frozen Windows and macOS applications have no console, so without this their tracebacks vanish.
Every error dialog's "details" say where the log is (`details()`), so a secretary can send it along.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from ui import msgbox

LOG_NAME = "rundabord.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 4

log = logging.getLogger("rundabord")
_state: dict[str, Path | None] = {"file": None}
_previous_hooks: list[tuple] = []  # what `install` replaced, for `uninstall`


def log_folder() -> Path:
    import platformdirs

    return platformdirs.user_log_path("Rundabord", appauthor=False)


def log_file() -> Path | None:
    """The log file being written, or None before `install`."""
    return _state["file"]


def details() -> str:
    """The line every error dialog's details carry: where the log file is."""
    path = log_file()
    if path is None:
        return ""
    return QCoreApplication.translate("ErrorLog", "What went wrong is written to the log file: %1").replace(
        "%1", str(path)
    )


class _RotatingFile(logging.FileHandler):
    """A log file that starts again when full, keeping the last few as .1 (newest) to .N. Written here
    rather than taken from logging.handlers: that module (sockets, pickle, queues) costs the window's
    start more than the rest of its logging."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if (
                self.stream is not None
                and self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes
            ):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:  # the stream only: close() would also unregister the handler
            self.stream.close()
            self.stream = None
        path = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        if path.exists():
            os.replace(path, path.with_name(f"{path.name}.1"))
        self.stream = self._open()


class _Pending(logging.Handler):
    """What is logged before the file opens, kept to be written to it first."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def install_hooks() -> None:
    """Catch uncaught exceptions now and keep what is logged; `install()` opens the file later (the
    window's start calls it right after its first frame: finding the platform's log folder loads
    platformdirs, a good part of what the start spends on our own modules). An uncaught exception before
    then opens the file itself."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if not any(isinstance(handler, _Pending) for handler in root.handlers):
        root.addHandler(_Pending())
    _hook()


def install(folder: Path | None = None) -> Path | None:
    """Log to a rotating file and catch uncaught exceptions; returns the log file (None if it cannot be
    written: the application still runs, logging to the console only)."""
    if _state["file"] is not None and folder is None:
        return _state["file"]
    folder = folder or log_folder()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    pending = [handler for handler in root.handlers if isinstance(handler, _Pending)]
    for handler in pending:
        root.removeHandler(handler)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _RotatingFile(folder / LOG_NAME, _MAX_BYTES, _BACKUPS)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, exc)
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        for kept in pending:
            for record in kept.records:
                handler.handle(record)
        root.addHandler(handler)
        _state["file"] = folder / LOG_NAME
    _hook()
    return _state["file"]


def _hook() -> None:
    msgbox.error_details = details
    if not _previous_hooks:
        _previous_hooks.append((sys.excepthook, threading.excepthook))
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook


def uninstall() -> None:
    """Undo `install` (tests)."""
    path = _state["file"]
    root = logging.getLogger()
    for handler in list(root.handlers):
        mine = isinstance(handler, _RotatingFile) and path is not None
        if isinstance(handler, _Pending) or (mine and Path(handler.baseFilename) == path):
            root.removeHandler(handler)
            handler.close()
    _state["file"] = None
    msgbox.error_details = None
    if _previous_hooks:
        sys.excepthook, threading.excepthook = _previous_hooks.pop()


_showing = threading.local()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback; on the UI thread, show the one error dialog (never two at once)."""
    if _state["file"] is None and threading.current_thread() is threading.main_thread():
        install()  # before the window's first frame: the file opens now, with what was kept
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    if issubclass(kind, KeyboardInterrupt):
        return
    from PySide6.QtCore import QThread  # here: its class (and enums) need not load before the first frame

    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or getattr(_showing, "now", False):
        return
    _showing.now = True
    try:
        from ui.bundle_messages import dialog_text, explain_error

        title = QCoreApplication.translate("ErrorLog", "Something went wrong")
        msgbox.error(None, title, dialog_text(*explain_error(exc)), details=details() or None)
    except Exception:  # the dialog itself failed: the log has it, never loop
        log.exception("the error dialog could not be shown")
    finally:
        _showing.now = False


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    log.error(
        "uncaught exception in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )
