"""Sign and export: first what will be signed, for the chair to confirm; then the table's results signed
into a bundle in the outbox, off the UI thread; then "Save a copy…" (e.g. to a USB stick, under a name a
person can read) and "Show in folder".

A workspace without a signing key is told why before the identity settings open; a passphrase-protected
key is asked for its passphrase, then the export runs again. Disk trouble is said with advice.

Signals:
    exported(result)             an app.bundles.ExportResult: the bundle is written and verified
    identity_needed()            there is no signing key yet: the window opens the settings
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import UserError
from app.workspace import Workspace
from ui import msgbox
from ui.numbers import count_text, numbers_held

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QInputDialog

    from app import handoff
    from ui.operations import CancelToken, Operation, Progress

# The file and passphrase dialogs, the message boxes' buttons, Qt's standard paths and URLs, the disk's
# advice, the local time and the worker machinery (ui.operations) are imported where they are used: the
# flow is made with the window, and PySide makes each Qt class's enums when that class is first
# imported. So is app.handoff (with the bundle format and their dataclasses): the window asks for the
# export's state only after its first frame (ChairWindow._after_first_paint).

TableGetter = Callable[[], tuple[str, int] | None]  # (conference id, table number) of the open table


class ExportFlow(QObject):
    exported = Signal(object)
    identity_needed = Signal()

    def __init__(self, window: QWidget, workspace: Workspace, table: TableGetter) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._table = table
        self.last_export: Path | None = None
        self.last_message = ""
        self._never_exported: tuple | None = None  # the open table, when its last status read said "never"
        self.passphrase_dialog: QInputDialog | None = None
        # Where "Save a copy…" asks for a path: replaced in tests, a file dialog for people.
        self.ask_copy_path: Callable[[str], str] = self._ask_copy_path
        self.open_url: Callable[[QUrl], object] = _open_url
        self.export_again_button = QPushButton(text=self.tr("Changes since export – e&xport again…"))
        self.export_again_button.setToolTip(self.tr("The notes changed after the last signed export"))
        self.export_again_button.clicked.connect(lambda: self.run())
        self.export_again_button.hide()
        # Offered whenever the open table has a signed bundle, not only in the box right after an export
        self.save_copy_action = QAction(window, text=self.tr("Save a &copy of the signed bundle…"))
        self.save_copy_action.setStatusTip(
            self.tr("Copy the table's latest signed bundle, e.g. to a USB stick, under a readable name")
        )
        self.save_copy_action.triggered.connect(self.save_copy)
        self.save_copy_action.setEnabled(False)
        # What a secretariat refusing her export asks for (`rundabord export --oldest-format`), without a
        # terminal; enabled as "Sign and export…" is (`follow`)
        self.oldest_action = QAction(window, text=self.tr("Sign and &export in the oldest format…"))
        self.oldest_action.setStatusTip(
            self.tr(
                "Only when the secretariat refused your export as made by a newer Rundabord: every"
                " secretariat's Rundabord reads the oldest format"
            )
        )
        self.oldest_action.triggered.connect(lambda: self.run(oldest=True))
        self._oldest = False  # the export under way is in the oldest format (kept for the passphrase's retry)

    # -- before: what will be signed ---------------------------------------------------------------------

    def follow(self, export_action: QAction) -> None:
        """The oldest format's entry is enabled whenever "Sign and export…" is."""
        export_action.changed.connect(lambda: self.oldest_action.setEnabled(export_action.isEnabled()))
        self.oldest_action.setEnabled(export_action.isEnabled())

    def run(self, passphrase: str | None = None, *, oldest: bool = False) -> None:
        """Ctrl+E: explain a missing key first; otherwise show what will be signed and ask. `oldest`: in the
        oldest format, which every secretariat's Rundabord reads (the CLI's --oldest-format)."""
        from app import handoff

        chosen = self._table()
        if chosen is None:
            return
        from app.bundles.identity import NoIdentity, require_identity

        try:
            require_identity(self._workspace)
        except NoIdentity:
            self._explain_identity_needed()
            return
        text = self.describe_preview(handoff.export_preview(self._workspace.store, *chosen))
        if oldest:
            text += "\n\n" + self.tr(
                "The export is written in the oldest format, which every secretariat's Rundabord reads."
            )
        msgbox.question(
            self._window,
            self.tr("Sign and export"),
            text,
            on_answer=lambda yes: yes and self.run_export(passphrase, oldest=oldest),
            default_yes=True,
            readable=True,  # a line per question: at 150 % Qt's width wrapped each into a narrow column
        )

    def describe_preview(self, preview: handoff.ExportPreview) -> str:
        lines = [
            self.tr("You are about to sign and export the results of %1, %2:")
            .replace("%1", preview.table_name)
            .replace("%2", preview.conference_title),
            "",
        ]
        for number, text, count in preview.notes_per_question:
            short = text if len(text) <= 90 else text[:89] + "…"
            lines.append(
                self.tr("Question %1 (%2): %Ln note(s)", "", count)
                .replace("%1", str(number))
                .replace("%2", short)
            )
        lines += [
            self.tr("Participants: %1").replace(
                "%1", count_text(preview.participants) if preview.participants else "–"
            ),  # 0: never counted
            "",
            self.tr("Sign these %Ln note(s) with your key now?", "", preview.total_notes),
        ]
        return numbers_held("\n".join(lines))

    def _explain_identity_needed(self) -> None:
        msgbox.information(
            self._window,
            self.tr("Sign and export"),
            self.tr(
                "Before you can sign, this laptop needs your signing key. The settings open next: check "
                "your name under Identity and press OK; your key is made and the signing goes on."
            ),
            on_finished=lambda button: self.identity_needed.emit(),
        )

    # -- the export --------------------------------------------------------------------------------------

    def run_export(self, passphrase: str | None = None, *, oldest: bool = False) -> Operation | None:
        chosen = self._table()
        if chosen is None:
            return None
        conference_id, number = chosen
        workspace_dir = self._workspace.dir
        self._oldest = oldest

        def work(progress: Progress, cancel: CancelToken):
            from app.bundles import encoding_choice, export_table

            workspace = Workspace(workspace_dir)  # this thread's own store
            encoding = encoding_choice.OLDEST if oldest else encoding_choice.AUTO
            try:
                return export_table(
                    workspace, conference_id, number, passphrase=passphrase, records_encoding=encoding
                )
            finally:
                workspace.close()

        from ui.operations import Operation

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
        self.save_copy_action.setEnabled(True)
        # Where, in words: the outbox's path and its file's id said nothing to a chair ("Show in folder"
        # opens it for whoever wants to see the file).
        saved = self.tr(
            "Signed by %1 (key %2) and saved in this laptop's outbox, where it waits until it is synced."
        )
        self.last_message = ""  # the review page says when, by whom and which file (status_text)
        self.exported.emit(result)
        text = saved.replace("%1", result.signer_name).replace("%2", result.key_id)
        if result.notice is not None:  # it carries more than the secretariat may read, and who reads it
            from ui import bundle_messages

            text += "\n\n" + bundle_messages.say(result.notice)
        box = msgbox.information(
            self._window,
            self.tr("Signed and exported"),
            text + "\n\n" + self.tr("To hand it over on a USB stick, choose Save a copy."),
        )
        from PySide6.QtWidgets import QMessageBox

        copy = box.addButton(self.tr("Save a &copy…"), QMessageBox.ButtonRole.ActionRole)
        show = box.addButton(self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.save_copy)
        show.clicked.connect(self.show_in_folder)

    def _on_failed(self, exc: BaseException) -> None:
        from app.bundles import NoIdentity, PassphraseNeeded

        if isinstance(exc, NoIdentity):
            self._explain_identity_needed()
            return
        if isinstance(exc, PassphraseNeeded):
            self.ask_passphrase()
            return
        from app import disk_errors
        from ui.chair import disk_advice

        problem = disk_errors.classify(exc)
        if problem is not None and not isinstance(exc, UserError):
            text = self.tr("The signed bundle could not be written to the outbox (%1).")
            text = text.replace("%1", str(self._workspace.dir / "outbox"))
            msgbox.error(self._window, self.tr("Sign and export"), f"{text}\n\n{disk_advice.advice(problem)}")
            return
        if not isinstance(exc, UserError):  # say what failed, with the system's words for whoever helps
            detail = str(exc) or type(exc).__name__
            text = self.tr("Signing and exporting the table failed: %1").replace("%1", detail)
            msgbox.error(self._window, self.tr("Sign and export"), text)
            return
        from ui.operations import show_failure

        show_failure(self._window, self.tr("Sign and export"), exc)

    def ask_passphrase(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        dialog = QInputDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Sign and export"))
        dialog.setLabelText(self.tr("Passphrase of your signing key:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(self._on_passphrase_selected)
        dialog.open()
        self.passphrase_dialog = dialog

    def _on_passphrase_selected(self, passphrase: str) -> None:
        self.run_export(passphrase, oldest=self._oldest)

    # -- "changes since export", and quitting before an export ------------------------------------------

    def status(self) -> handoff.ExportStatus | None:
        from app import handoff

        chosen = self._table()
        return None if chosen is None else handoff.export_status(self._workspace.store, *chosen)

    def export_may_change(self) -> bool:
        """Whether an edit of the open table may change what `status_text` says: not once "Changes since
        export" shows (it stays so until the next export), nor while the table was never exported (an
        edit exports nothing). Each Enter then reads no export state."""
        return self.export_again_button.isHidden() and self._never_exported != self._table()

    def status_text(self) -> str:
        """The review page's line about the export; shows or hides "Changes since export"."""
        from app import handoff

        status = self.status()
        changed = status is not None and status.state == handoff.CHANGED
        self.export_again_button.setVisible(changed)
        self._never_exported = self._table() if status is not None and status.state == handoff.NEVER else None
        if status is None or status.state == handoff.NEVER:
            return self.tr("Not exported yet.")
        # The file's name, not its path: the outbox's folder and its id say nothing to a chair.
        bundle = Path(status.bundle_path).name
        if changed:
            text = self.tr(
                "Changes since export: the last signed bundle (%1) does not hold the latest notes."
            )
            return text.replace("%1", bundle)
        if self.last_message:
            return self.last_message
        from ui.local_time import local_time

        text = self.tr("Exported %1 by %2: %3")
        return (
            text.replace("%1", local_time(status.signed_at))
            .replace("%2", status.signer_name)
            .replace("%3", bundle)
        )

    def confirm_quit(self, has_notes: bool, quit_now: Callable[[], None]) -> None:
        """Quit at once when everything is exported (or there is nothing); otherwise ask first."""
        from app import handoff

        status = self.status()
        if status is None or not has_notes or status.state == handoff.CURRENT:
            quit_now()
            return
        text = (
            self.tr("The table has changes since its last export.")
            if status.state == handoff.CHANGED
            else self.tr("The table's notes have not been signed and exported yet.")
        )
        later = self.tr("Quit anyway? The notes stay saved on this laptop; you can export them later.")
        msgbox.question(
            self._window,
            self.tr("Quit without exporting?"),
            f"{text}\n\n{later}",
            on_answer=lambda yes: yes and quit_now(),
        )

    # -- after: a copy for the stick, the folder ---------------------------------------------------------

    def copy_name(self) -> str:
        from app import handoff

        chosen = self._table()
        if chosen is None:
            return "Rundabord.rbz"
        from app import conferences

        conference = conferences.conference(self._workspace.store, chosen[0])
        return handoff.copy_name(conference.title, conference.date, chosen[1])

    def _ask_copy_path(self, name: str) -> str:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save a copy of the signed bundle"),
            str(Path(start) / name),
            self.tr("Rundabord bundles (*.rbz)"),
        )
        return path

    def exported_bundle(self) -> Path | None:
        """The open table's latest signed bundle on this laptop, when there is one."""
        from app import handoff

        status = self.status()
        if status is None or status.state == handoff.NEVER or not status.bundle_path:
            return None
        path = Path(status.bundle_path)
        if not path.is_absolute():
            path = self._workspace.dir / path
        return path if path.exists() else None

    def refresh_copy_action(self) -> None:
        self.save_copy_action.setEnabled(self.exported_bundle() is not None)

    def save_copy(self) -> Path | None:
        """Copy the open table's latest export to a place the chair picks (a USB stick), under a
        readable name. When notes changed after that export, the chair is asked first: a stick handed
        over with yesterday's bundle silently lacks what the table said since."""
        from app import handoff

        bundle = self.exported_bundle()
        if bundle is None:
            return None
        status = self.status()
        if status is not None and status.state == handoff.CHANGED:
            msgbox.question(
                self._window,
                self.tr("Save a copy"),
                self.tr(
                    "The notes changed after the table's last signed export, so that bundle does not hold"
                    " the latest notes.\n\nSign and export again first? Then choose Save a copy in the box"
                    " that follows. No saves the older bundle as it is."
                ),
                on_answer=lambda yes: self.run() if yes else self._copy(bundle),
                default_yes=True,
            )
            return None
        return self._copy(bundle)

    def _copy(self, bundle: Path) -> Path | None:
        target = self.ask_copy_path(self.copy_name())
        if not target:
            return None
        target_path = Path(target)
        from app import handoff

        try:
            handoff.save_copy(bundle, target_path)
        except OSError as exc:
            from app import disk_errors
            from ui.chair import disk_advice

            problem = disk_errors.classify(exc) or disk_errors.DiskProblem(disk_errors.OTHER, str(exc))
            text = self.tr("The copy could not be saved to %1.").replace("%1", str(target_path))
            msgbox.error(self._window, self.tr("Save a copy"), f"{text}\n\n{disk_advice.advice(problem)}")
            return None
        self.last_message = self.tr("A copy is saved as %1").replace("%1", str(target_path))
        return target_path

    def show_in_folder(self) -> None:
        if self.last_export is not None:
            from PySide6.QtCore import QUrl

            self.open_url(QUrl.fromLocalFile(str(self.last_export.parent)))


def _open_url(url: QUrl) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)
