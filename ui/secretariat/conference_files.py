"""The secretariat's window's conference files: a conference description loaded from or saved as TOML,
and the signed conference pack exported for the chairs (signed off the UI thread, asking for the key's
passphrase when it has one).

A mixin of `SecretariatWindow`, which provides the attributes named below; its File menu and the Prepare
tab's buttons call these.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app import conferences, prepare
from app.errors import UserError
from ui import msgbox
from ui.bundle_messages import dialog_text, error_box, explain_error
from ui.operations import Operation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from app.workspace import Workspace
    from ui.secretariat.context import SecretariatContext
    from ui.secretariat.prepare_view import PrepareView


class ConferenceFiles:
    workspace: Workspace
    context: SecretariatContext
    prepare_view: PrepareView
    tabs: QTabWidget
    # and the window's own choose_conference (not declared here: a stub in a mixin would shadow it)

    def _on_load_toml(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load conference description"), str(Path.home()), self.tr("TOML files (*.toml)")
        )
        if path:
            self.load_toml(Path(path))

    def load_toml(self, path: Path) -> str | None:
        try:
            description = conferences.read_conference_file(path)
            existing = conferences.find_described(self.workspace.store, description)
            # Loading the same description again opens the conference it made, never a second copy.
            conference_id = (
                existing.id if existing else conferences.create_conference(self.workspace.store, description)
            )
        except UserError as exc:
            what, detail = explain_error(exc)  # a refusal of the file said in the user's language
            msgbox.error(
                self,
                self.tr("Cannot load the conference description"),
                self.tr("%1\n\nCorrect the file and load it again.").replace("%1", dialog_text(what, detail)),
            )
            return None
        self.choose_conference(conference_id)
        self.context.changed()
        return conference_id

    def _on_save_toml(self) -> None:
        c = self.context.conference()
        if c is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save conference description"),
            str(Path.home() / "konferens.toml"),
            self.tr("TOML files (*.toml)"),
        )
        if path:
            self.save_toml(Path(path))

    def save_toml(self, path: Path) -> bool:
        try:
            prepare.save_conference_toml(self.workspace.store, self.context.conference_id, path)
        except (UserError, OSError) as exc:
            error_box(self, self.tr("Cannot save the conference description"), exc)
            return False
        return True

    def _on_export_pack(self) -> None:
        c = self.context.conference()
        if c is None:
            return
        if self.prepare_view.key_panel.identity() is None:  # say so before asking where to save it
            self._explain_key_needed()
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export conference pack"),
            str(Path.home() / f"{c.title}.rbz"),
            self.tr("Rundabord bundles (*.rbz)"),
        )
        if path:
            self.export_pack(Path(path))

    def export_pack(self, path: Path, passphrase: str | None = None) -> Operation | None:
        """Sign the chosen conference's pack off the UI thread; a dialog tells where it went. With a sync
        target, the pack is signed into the outbox, which sync sends on to the chairs' laptops, and saved
        at `path` as well: a pack only saved to a file never reached a chair who syncs."""
        conference_id = self.context.conference_id
        if not conference_id:
            return None
        signing = self.tr("Signing the conference pack…")  # words are chosen here, on the UI thread
        from app.sync.settings import configured_target

        deliver = configured_target(self.workspace.store) is not None

        def work(workspace, progress, cancel):
            import shutil

            from app.bundles import export_pack

            progress(0, 0, signing)
            result = export_pack(workspace, conference_id, None if deliver else path, passphrase=passphrase)
            if deliver:
                shutil.copyfile(result.path, path)
            return result

        def done(_result) -> None:
            text = self.tr(
                "The signed conference pack is in %1. Give it to the chairs with the fingerprint of "
                "the secretariat's key."
            ).replace("%1", str(path))
            if deliver:
                text += "\n\n" + self.tr(
                    "It also waits in the outbox: the next sync puts it on the sync target, where the chairs'"
                    " laptops fetch it when they sync."
                )
            msgbox.information(self, self.tr("Conference pack exported"), text)

        def failed(exc: BaseException) -> None:
            from app.bundles import PassphraseNeeded
            from app.bundles.identity import NoIdentity
            from ui.operations import show_failure

            if isinstance(exc, PassphraseNeeded):
                self._ask_passphrase(lambda secret: self.export_pack(path, secret), passphrase is not None)
            elif isinstance(exc, NoIdentity):
                self._explain_key_needed()
            else:
                show_failure(self, self.tr("Exporting the conference pack"), exc)

        return Operation(
            self,
            work,
            title=self.tr("Exporting the conference pack"),
            on_success=done,
            on_failure=failed,
            workspace_dir=self.workspace.dir,
        ).run()

    def _explain_key_needed(self) -> None:
        """No key signs the pack yet: say so in the secretary's words, then open the key's dialog (the
        core's refusal named a command-line remedy)."""

        def create_now(_button) -> None:
            self.tabs.setCurrentWidget(self.prepare_view)
            self.prepare_view.key_panel.create_button.click()

        msgbox.information(
            self,
            self.tr("Export conference pack"),
            self.tr(
                "The conference pack is signed with the secretariat's key, and this workspace has none yet."
                " Create the key next (its name is what the chairs see, e.g. the region's secretariat),"
                " then export the pack again."
            ),
            on_finished=create_now,
        )

    def _ask_passphrase(self, then, secret_was_given: bool) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Passphrase"))
        text = self.tr("The secretariat's key is protected by a passphrase. Type it to sign the pack:")
        if secret_was_given:
            text = self.tr("That passphrase was wrong.") + " " + text
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(then)
        dialog.open()
