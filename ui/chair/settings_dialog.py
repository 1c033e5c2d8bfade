"""The chair's settings: language, signing identity (name and fingerprint), sync target.

The language is a QSettings preference and takes effect at the next start (every window is built in
one language). The identity is the workspace's signing key (app.bundles.identity); a new one may be
protected by a passphrase, asked twice. The sync target is the sync settings dialog's business; this
dialog shows it and opens that one.

Signals:
    sync_settings_requested()   the user wants to change the sync target
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.workspace import Workspace
from ui import i18n, msgbox
from ui.bundle_messages import error_box, explain_error, technical


def identity_of(workspace: Workspace):
    from app.bundles.identity import find_identity

    return find_identity(workspace)


class SettingsDialog(QDialog):
    sync_settings_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        suggested_name: str = "",
        for_signing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.suggested_name = suggested_name  # the open table's chair, as the secretariat wrote her name
        # Opened by Sign and export for want of a key: OK makes the key, as Create would (the name was
        # filled in for her, and OK left the laptop without a key, to be told the same again).
        self.for_signing = for_signing
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.windowTitle())

        self.language_combo = QComboBox()
        self.language_combo.addItem(
            self.tr("As the system (%1)").replace("%1", self._name_of(i18n.system_language())), ""
        )
        self.language_combo.addItem("Svenska", "sv")
        self.language_combo.addItem("English", "en")
        self.language_combo.setAccessibleName(self.tr("Language"))
        current = QSettings().value(i18n.SETTINGS_KEY, "")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(current if current in i18n.LANGUAGES else ""))
        )
        language_hint = QLabel(self.tr("The window changes language when you press OK."))
        language_hint.setWordWrap(True)
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        language_form.addRow(language_label, self.language_combo)
        language_form.addRow(language_hint)

        self.identity_name = QLineEdit()
        self.identity_name.setAccessibleName(self.tr("Your name as signer"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("optional"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("Passphrase again"))
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        self.fingerprint.setTextInteractionFlags(self.fingerprint.textInteractionFlags() | self._selectable())
        self.create_button = QPushButton(self.tr("&Create signing key"))
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.keycard_button = QPushButton(self.tr("Save &key card…"))
        self.keycard_button.setToolTip(
            self.tr("Your public key, to send to the secretariat before the conference")
        )
        self.keycard_button.setAccessibleDescription(self.keycard_button.toolTip())
        self.keycard_button.clicked.connect(self._on_keycard_button_clicked)
        identity_box = QGroupBox(self.tr("Identity"))
        self.identity_form = QFormLayout(identity_box)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.identity_name)
        self.identity_form.addRow(name_label, self.identity_name)
        self.pass_label = QLabel(self.tr("&Passphrase:"))
        self.pass_label.setBuddy(self.passphrase)
        self.identity_form.addRow(self.pass_label, self.passphrase)
        self.again_label = QLabel(self.tr("&Repeat passphrase:"))
        self.again_label.setBuddy(self.passphrase_again)
        self.identity_form.addRow(self.again_label, self.passphrase_again)
        self.identity_form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        self.identity_form.addRow(self.create_button)
        self.identity_form.addRow(self.keycard_button)

        self.target_label = QLabel()
        self.target_label.setAccessibleName(self.tr("Sync target"))
        self.target_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Change &sync target…"))
        self.sync_button.clicked.connect(self.sync_settings_requested)
        sync_box = QGroupBox(self.tr("Sync"))
        sync_form = QFormLayout(sync_box)
        sync_form.addRow(self.tr("Target:"), self.target_label)
        sync_form.addRow(self.sync_button)

        self.role_button = QPushButton(self.tr("Change r&ole…"))
        self.role_button.setToolTip(
            self.tr("Chairing a table or running the secretariat: which window Rundabord opens")
        )
        self.role_button.setAccessibleDescription(self.role_button.toolTip())
        self.role_button.clicked.connect(self._on_role_button_clicked)
        role_box = QGroupBox(self.tr("Role"))
        role_form = QFormLayout(role_box)
        role_form.addRow(QLabel(self.tr("You are chairing a table.")), self.role_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (language_box, identity_box, sync_box, role_box, buttons):
            layout.addWidget(widget)
        self.refresh()

    def _on_role_button_clicked(self) -> None:
        from ui.role_choice import change_role

        window = self.parentWidget()
        self.reject()
        if window is not None:
            change_role(window.window(), self.workspace)

    @staticmethod
    def _selectable():
        from PySide6.QtCore import Qt

        return Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard

    def _name_of(self, language: str) -> str:
        return "Svenska" if language == "sv" else "English"

    def refresh(self) -> None:
        """Show the identity and the sync target as they are now."""
        try:
            identity = identity_of(self.workspace)
        except UserError as exc:
            identity = None
            self.fingerprint.setText(explain_error(exc)[0])
            self.fingerprint.setToolTip(technical(str(exc)))
        has_identity = identity is not None
        if identity is not None:
            self.identity_name.setText(identity.name)
            self.fingerprint.setText(identity.fingerprint)
            self.fingerprint.setAccessibleDescription(self.tr("Key id %1").replace("%1", identity.key_id))
        elif not self.fingerprint.text():
            self.fingerprint.setText(self.tr("No signing key yet: enter your name and create one."))
        if not has_identity and not self.identity_name.text() and self.suggested_name:
            # The name the secretariat expects on her table's bundles; selected, so typing replaces it
            self.identity_name.setText(self.suggested_name)
            self.identity_name.selectAll()
        self.identity_name.setReadOnly(has_identity)
        self.keycard_button.setVisible(has_identity)
        for widget in (
            self.passphrase,
            self.passphrase_again,
            self.pass_label,
            self.again_label,
            self.create_button,
        ):
            widget.setVisible(not has_identity)
        from app.sync import settings

        target = settings.configured_target(self.workspace.store)
        self.target_label.setText(target or self.tr("None yet: bundles wait in the outbox."))

    def _on_create_button_clicked(self) -> None:
        self.create_identity()

    def create_identity(self) -> bool:
        name = self.identity_name.text().strip()
        if not name:
            msgbox.warning(
                self,
                self.tr("Signing key"),
                self.tr("Enter your name first: it is shown to whoever checks your bundles."),
            )
            return False
        if self.passphrase.text() != self.passphrase_again.text():
            msgbox.warning(
                self, self.tr("Signing key"), self.tr("The two passphrases differ. Type them again.")
            )
            return False
        from app.bundles.identity import create_identity

        try:
            create_identity(self.workspace, name, self.passphrase.text() or None)
        except UserError as exc:
            error_box(self, self.tr("Signing key"), exc)
            return False
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.refresh()
        return True

    def ask_keycard_path(self) -> Path | None:
        """Where to save the key card (replaced in tests)."""
        from PySide6.QtWidgets import QFileDialog

        default = Path.home() / f"{self.identity_name.text().strip() or 'nyckel'}.keycard"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save key card"), str(default), self.tr("Key cards (*.keycard)")
        )
        return Path(name) if name else None

    def _on_keycard_button_clicked(self) -> None:
        self.save_keycard()

    def save_keycard(self) -> Path | None:
        path = self.ask_keycard_path()
        if path is None:
            return None
        from app.bundles.identity import export_keycard

        try:
            identity = export_keycard(self.workspace, path)
        except (UserError, OSError) as exc:
            error_box(self, self.tr("Save key card"), exc)
            return None
        msgbox.information(
            self,
            self.tr("Save key card"),
            self.tr("Saved to %1. Send it to the secretariat and read them this fingerprint:\n%2")
            .replace("%1", str(path))
            .replace("%2", identity.fingerprint),
        )
        return path

    def accept(self) -> None:
        if self.for_signing and identity_of(self.workspace) is None and not self.create_identity():
            return  # a box said why (no name, passphrases that differ); the dialog stays to fix it
        i18n.set_language_preference(self.language_combo.currentData() or None)
        super().accept()
