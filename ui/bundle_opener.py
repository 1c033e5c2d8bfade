"""Hands a bundle the operating system asked us to open to the main window.

Linux and Windows file managers start `rundabord FILE.rbz` (the launcher takes the file from the command
line, see `ui.launcher.main`); macOS Finder instead sends a QFileOpenEvent to the running
application. Both end in the main window's `open_bundle(path)`, called once the window is on screen, so its
dialogs (verification, errors) have a parent and the event loop is running.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMainWindow

# Every bundle handed on in this process and how: "window" (its open_bundle) or "unsupported". The packaged
# app's smoke report shows it (ui/smoke.py).
delivered: list[tuple[Path, str]] = []


# Only macOS sends QFileOpenEvent (Qt's documentation says so). An event filter on the application sees
# every event of every widget, each a call into Python: at start that cost the chair's window about 30 ms
# before its first paint, so elsewhere it is not installed.
FILE_OPEN_EVENTS = sys.platform == "darwin"


class BundleOpener(QObject):
    def __init__(
        self, app: QApplication, window: QMainWindow, first: Path | None = None, *, listen: bool | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        if FILE_OPEN_EVENTS if listen is None else listen:
            app.installEventFilter(self)
        if first is not None:
            QTimer.singleShot(0, lambda: self.open(first))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.open(Path(event.file()))
            return True
        return super().eventFilter(watched, event)

    def open(self, path: Path) -> None:
        open_bundle = getattr(self._window, "open_bundle", None)
        if open_bundle is not None:
            delivered.append((path, "window"))
            open_bundle(path)
            return
        delivered.append((path, "unsupported"))
        from ui import msgbox

        msgbox.warning(
            self._window,
            self.tr("Cannot open bundle"),
            self.tr(
                "{name} was not opened: this window cannot open bundles from the file manager. "
                "Open it from inside Rundabord instead."
            ).format(name=path.name),
        )
