"""Sign and export: the table's results signed into a bundle in the outbox, off the UI thread.

A workspace without a signing key is led to the identity settings; a passphrase-protected key is asked
for its passphrase, then the export runs again.

Signals:
    exported(result)             an app.bundles.ExportResult: the bundle is written and verified
    identity_needed()            there is no signing key yet: the window opens the settings
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.workspace import Workspace
from ui import msgbox
from ui.operations import CancelToken, Operation, Progress, show_failure

TableGetter = Callable[[], tuple[str, int] | None]  # (conference id, table number) of the open table


class ExportFlow(QObject):
    exported = Signal(object)
    identity_needed = Signal()

    def __init__(self, window: QWidget, workspace: Workspace, table: TableGetter) -> None:
        super().__init__(window)
        self._window = window
        self._workspace_dir = workspace.dir
        self._table = table
        self.last_export: Path | None = None
        self.last_message = ""
        self.passphrase_dialog: QInputDialog | None = None

    def run(self, passphrase: str | None = None) -> Operation | None:
        chosen = self._table()
        if chosen is None:
            return None
        conference_id, number = chosen
        workspace_dir = self._workspace_dir

        def work(progress: Progress, cancel: CancelToken):
            from app.bundles import export_table

            workspace = Workspace(workspace_dir)  # this thread's own store
            try:
                return export_table(workspace, conference_id, number, passphrase=passphrase)
            finally:
                workspace.close()

        return Operation(
            self._window,
            work,
            title=self.tr("Sign and export"),
            on_success=self._on_exported,
            on_failure=self._on_failed,
            cancellable=False,
        ).run()

    def _on_exported(self, result) -> None:
        self.last_export = Path(result.path)
        where = self.tr("Signed by %1 (key %2) and saved to:\n%3").replace("%1", result.signer_name)
        self.last_message = where.replace("%2", result.key_id).replace("%3", str(result.path))
        self.exported.emit(result)
        msgbox.information(
            self._window,
            self.tr("Signed and exported"),
            self.last_message
            + "\n\n"
            + self.tr("It waits in the outbox until it is synced, or copy the file to a USB stick."),
        )

    def _on_failed(self, exc: BaseException) -> None:
        from app.bundles import NoIdentity, PassphraseNeeded

        if isinstance(exc, NoIdentity):
            msgbox.information(
                self._window,
                self.tr("Sign and export"),
                self.tr(
                    "Before you can sign, this laptop needs your signing key. Enter your name under Identity."
                ),
            )
            self.identity_needed.emit()
            return
        if isinstance(exc, PassphraseNeeded):
            self.ask_passphrase()
            return
        show_failure(self._window, self.tr("Sign and export"), exc)

    def ask_passphrase(self) -> None:
        dialog = QInputDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Sign and export"))
        dialog.setLabelText(self.tr("Passphrase of your signing key:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(self._on_passphrase_selected)
        dialog.open()
        self.passphrase_dialog = dialog

    def _on_passphrase_selected(self, passphrase: str) -> None:
        self.run(passphrase)
