"""Starting the GUI: the QApplication, settings, translations, the workspace, the main window by role."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

# First after PySide, which from now on reads the source of every module imported (ui/feature_scan.py):
# the workspace's modules below are the first it would read.
from ui import feature_scan  # noqa: F401  # isort: skip

from app.errors import UserError
from app.workspace import Workspace, check_can_create, default_dir
from app.workspace import exists as workspace_exists
from ui import i18n, window_maker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ui.role_choice import RoleDialog

# The first-start dialog, the error log, the message boxes, the packaged app's self-test and the
# file-manager hand-over are imported where they are used: a start that needs none of them does not pay
# for them (nor for the enums PySide makes when a Qt class such as QMessageBox is first imported).

SMOKE_ENV = "RUNDABORD_EXIT_AFTER_MS"  # ui.smoke.ENV: a start without it never imports ui.smoke
ORGANISATION = "Rundabord"
# The window's own connection waits this long for a worker's write (a sync, an import) before it says
# "busy, try again" instead of freezing; workers keep the store's longer default.
UI_BUSY_TIMEOUT_S = 1.5
APPLICATION = "Rundabord"

log = logging.getLogger(__name__)


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


window_maker.set_window_maker(main_window_for)


def workspace_error_box(exc: UserError, folder: Path) -> QMessageBox:
    """Why the workspace did not open, in the user's language, the core's words below (not yet shown)."""
    from PySide6.QtWidgets import QMessageBox

    from app.errors import StoreBusy
    from ui.bundle_messages import dialog_text, explain_error

    headline = QCoreApplication.translate("Application", "Rundabord cannot open the workspace in %1.")
    box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, headline.replace("%1", str(folder)))
    if isinstance(exc, StoreBusy):  # another program has it (a window, a sync, a repair): wait, not elsewhere
        said = QCoreApplication.translate(
            "Application",
            "This workspace is in use right now by another Rundabord window or by a command such as sync,"
            " import or repair. Close it or let it finish, then start Rundabord again. Nothing was changed.",
        )
        box.setInformativeText(dialog_text(said, str(exc)))
        return box
    todo = QCoreApplication.translate("Application", "Choose another workspace folder with --workspace.")
    box.setInformativeText(f"{dialog_text(*explain_error(exc))}\n\n{todo}")
    return box


def run_gui(workspace_dir: Path | None, qt_args: list[str], bundle: Path | None = None) -> int:
    """Open the window for the workspace; `bundle` is a .rbz the application was started with (a
    double-clicked file). A folder with no workspace yet is the first start: the person is asked whether
    they chair a table or run the secretariat, and only then is the workspace made."""
    from ui import error_log

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    error_log.install_hooks()  # the log file opens after the window's first frame (start_window)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    if os.environ.get(SMOKE_ENV):  # the packaged app's self-test (tests/packaging), imported only for it
        from ui import smoke

        smoke.arm(app)
    configure(app)
    folder = workspace_dir or default_dir()
    opened: list[Workspace] = []
    try:
        if workspace_exists(folder):
            opened.append(Workspace(folder, busy_timeout=UI_BUSY_TIMEOUT_S))
            start_window(app, opened[0], bundle)
        else:
            check_can_create(folder)  # say so now, not after the person answered
            ask_role_then_start(app, folder, bundle, opened)
    except UserError as exc:
        collect_on_ui_thread_only()
        error_log.install()
        # No window exists yet to carry a non-blocking box: this one may block.
        workspace_error_box(exc, folder).exec()
        print(f"rundabord: error: {exc}", file=sys.stderr)
        return 2
    try:
        return app.exec()
    finally:
        for workspace in opened:
            workspace.close()  # the windows stopped their watchers, timers and work when they closed


def start_window(app: QApplication, opened: Workspace, bundle: Path | None = None) -> QMainWindow:
    from ui.bundle_opener import BundleOpener
    from ui.first_paint import after_first_paint

    window = main_window_for(opened)
    window.show()
    BundleOpener(app, window, bundle)  # a double-clicked .rbz, from argv or macOS Finder
    # The taskbar's icon and the log file, right after the first frame: making the icon (QIcon, the PNG)
    # and finding the log folder are not what the window waits for; Qt gives the icon to every window.
    after_first_paint(window, lambda: after_the_first_frame(app))
    return window


def after_the_first_frame(app: QApplication) -> None:
    from ui import error_log

    # Off since ui/launcher.py's main, for the start; from now on the UI thread collects, no other thread.
    collect_on_ui_thread_only()
    error_log.install()
    set_application_icon(app)


def collect_on_ui_thread_only() -> None:
    from ui import collector

    collector.collect_on_ui_thread_only()


def set_application_icon(app: QApplication) -> None:
    from ui.app_icon import application_icon

    app.setWindowIcon(application_icon())


def ask_role_then_start(
    app: QApplication,
    folder: Path,
    bundle: Path | None = None,
    opened: list[Workspace] | None = None,
    address: str = "",
) -> RoleDialog:
    """The first start in a folder with no workspace: ask the person's role, then make the workspace
    and open its window (the new workspace is appended to `opened`); Cancel makes nothing and quits.
    `address`: a shared database's address that did not let her in; she is asked again, with it filled."""
    from PySide6.QtWidgets import QDialog

    from app.errors import CannotConnect
    from ui.role_choice import RoleDialog

    set_application_icon(app)  # the first start's question is the first window
    dialog = RoleDialog(folder)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_answer(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            app.quit()
            return
        try:
            workspace = Workspace.create(
                folder, dialog.role(), busy_timeout=UI_BUSY_TIMEOUT_S, database=dialog.database or None
            )
        except CannotConnect as exc:  # a mistyped password or address: nothing was made; ask again
            again = ask_role_then_start(app, folder, bundle, opened, dialog.address_edit.text().strip())
            _cannot_connect_box(again, exc)
            return
        except UserError as exc:
            workspace_error_box(exc, folder).open()
            print(f"rundabord: error: {exc}", file=sys.stderr)
            app.exit(2)
            return
        if opened is not None:
            opened.append(workspace)
        start_window(app, workspace, bundle)

    dialog.finished.connect(on_answer)
    dialog.open()
    if address:
        dialog.ask_password_again(address)
    return dialog


def _cannot_connect_box(parent: QWidget, exc: UserError) -> QMessageBox:
    from ui import msgbox
    from ui.bundle_messages import technical

    return msgbox.error(
        parent,
        QCoreApplication.translate("Application", "Cannot connect to the database"),
        QCoreApplication.translate(
            "Application",
            "Rundabord could not connect to the database with this address and password. Check both"
            " (your IT department knows them) and try again; nothing has been changed.",
        )
        + f"\n\n{technical(str(exc))}",
    )
