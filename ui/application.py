"""Starting the GUI: the QApplication, settings, translations, the workspace, the main window by role."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.errors import UserError
from app.workspace import Workspace, default_dir
from ui import i18n, smoke
from ui.app_icon import application_icon
from ui.bundle_opener import BundleOpener
from ui.launcher import requested_bundle

ORGANISATION = "Rundabord"
APPLICATION = "Rundabord"

log = logging.getLogger(__name__)

# -- a guard for a PySide6 defect ----------------------------------------------------------------------
# PySide6 6.12's wheels treat None as immortal (as it is from Python 3.12 on): on Python 3.11 every call
# of a Qt method that returns nothing takes one reference from None without giving it, and once None's
# count reaches zero the interpreter aborts ("none_dealloc"). A chair typing forty notes would crash. Until
# the wheel is fixed or we move to Python 3.12, we keep enough references to None that the count never
# runs out: a list of Nones, topped up while the application runs.
_NONE_RESERVE: list[None] = []
_reserve_pinned: list[bool] = []
NONE_FLOOR = 2_000_000  # top up when None's count falls below this
NONE_TARGET = 4_000_000  # ... back to this (32 MB of list at most, usually far less in use)


def qt_leaks_none() -> bool:
    """Whether this PySide6 drops a reference to None on a void call (the defect above)."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: nothing can run out
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def keep_none_alive() -> int:
    """Top up None's reference count if it runs low; returns how many references were added."""
    if sys.version_info >= (3, 12):
        return 0
    count = sys.getrefcount(None)
    if count >= NONE_FLOOR:
        return 0
    added = NONE_TARGET - count
    _NONE_RESERVE.extend([None] * added)
    if not _reserve_pinned:
        # Never free the reserve, not even while the interpreter shuts down: Qt's objects are
        # destroyed after module globals, and their teardown takes references from None too.
        import ctypes

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_NONE_RESERVE))
        _reserve_pinned.append(True)
    return added


_guard_timers: list[QTimer] = []


def guard_none(app: QCoreApplication) -> QTimer | None:
    """Start the top-ups when this PySide6 has the defect; the timer lives as long as the application."""
    if _guard_timers:
        return _guard_timers[0]
    if not qt_leaks_none():
        return None
    log.info("PySide6 drops references to None on this Python; keeping a reserve")
    keep_none_alive()
    timer = QTimer(app)
    timer.setInterval(5_000)  # thousands of calls a second at most: the reserve lasts far longer
    timer.timeout.connect(keep_none_alive)
    timer.start()
    _guard_timers.append(timer)
    return timer


def configure(app: QCoreApplication) -> str:
    """Names (which decide where QSettings live) and translations; returns the language chosen."""
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("rundabord.se")
    app.setApplicationName(APPLICATION)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(APPLICATION)
        app.setDesktopFileName("se.rundabord.Rundabord")
    language = i18n.chosen_language(QSettings())
    i18n.install(language, app)
    return language


def main_window_for(workspace: Workspace) -> QMainWindow:
    """The secretariat's window for a secretariat workspace, else the chair's."""
    if workspace.role == "secretariat":
        try:
            from ui.secretariat.window import SecretariatWindow
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("ui.secretariat"):
                raise
            log.warning("the secretariat window is not available; opening the chair's window")
        else:
            return SecretariatWindow(workspace)
    from ui.chair.window import ChairWindow

    return ChairWindow(workspace)


def run_gui(workspace_dir: Path | None, qt_args: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    smoke.arm(app)  # only with RUNDABORD_EXIT_AFTER_MS: the packaged app's self-test (tests/packaging)
    configure(app)
    app.setWindowIcon(application_icon())
    try:
        workspace = Workspace(workspace_dir or default_dir())
    except UserError as exc:
        # No window exists yet to carry a non-blocking box: this one may block.
        box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, str(exc))
        box.setInformativeText(
            QCoreApplication.translate("Application", "Choose another workspace folder with --workspace.")
        )
        box.exec()
        print(f"rundabord: error: {exc}", file=sys.stderr)
        return 2
    window = main_window_for(workspace)
    window.show()
    BundleOpener(app, window, requested_bundle())  # a double-clicked .rbz, from argv or macOS Finder
    return app.exec()
