"""The sync settings dialog: where bundles travel (a folder or a WebDAV address) and with which account.

The password goes straight to the operating system's keyring (app.sync.settings); it is never written
to a settings file. Leaving the password empty keeps the one already stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.workspace import Workspace
from ui import msgbox


class SyncSettingsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        from app.sync import settings

        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Sync settings"))
        store = workspace.store
        self.target_edit = QLineEdit(settings.configured_target(store) or "")
        self.target_edit.setPlaceholderText(self.tr("https://… or a folder"))
        self.target_edit.setAccessibleName(self.tr("Sync target"))
        self.browse_button = QPushButton(self.tr("Choose folder…"))
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.user_edit = QLineEdit(settings.configured_user(store) or "")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("leave empty to keep the stored password"))
        self.timeout_spin = QDoubleSpinBox()  # how long a server may keep a sync waiting; 0: the default
        self.timeout_spin.setDecimals(1)
        self.timeout_spin.setRange(0, settings.LONGEST_TIMEOUT)
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setSpecialValueText(self.tr("default (60 s)"))
        self.timeout_spin.setValue(settings.configured_timeout(store) or 0)
        self.timeout_spin.setAccessibleName(self.tr("Wait for the server"))
        self.timeout_spin.setToolTip(
            self.tr(
                "How long Rundabord waits for the server to answer before it gives up and tries again"
                " later. Make it longer only if a slow server keeps failing the sync."
            )
        )
        hint = QLabel(
            self.tr(
                "A WebDAV address (Nextcloud, SharePoint) or a folder: a network share, a USB stick or a "
                "folder your cloud service keeps in step. The password is kept in the system's keyring."
            )
        )
        hint.setWordWrap(True)

        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        form = QFormLayout()
        target_label = QLabel(self.tr("&Target:"))
        target_label.setBuddy(self.target_edit)  # a row holding a layout gets no buddy of its own
        form.addRow(target_label, target_row)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Wait for the server:"), self.timeout_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.target_edit.textChanged.connect(self._on_target_changed)
        self._on_target_changed(self.target_edit.text())
        self.resize(520, self.sizeHint().height())

    def _is_webdav(self, text: str) -> bool:
        return "://" in text.strip()

    def _on_target_changed(self, text: str) -> None:
        webdav = self._is_webdav(text)
        self.user_edit.setEnabled(webdav)
        self.password_edit.setEnabled(webdav)
        self.timeout_spin.setEnabled(webdav)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Sync folder"), self.target_edit.text())
        if folder:
            self.target_edit.setText(folder)

    def _on_ok_clicked(self) -> None:
        from app.sync import settings

        text = self.target_edit.text()
        webdav = self._is_webdav(text)
        try:
            settings.configure(
                self.workspace.store,
                text,
                user=(self.user_edit.text().strip() or None) if webdav else None,
                password=(self.password_edit.text() or None) if webdav else None,
            )
            if webdav:
                settings.set_timeout(self.workspace.store, self.timeout_spin.value() or None)
        except UserError as exc:  # in the user's words; the core's English only where there are none
            from ui.bundle_messages import explain_error, technical

            text, detail = explain_error(exc)
            shown = f"{text}\n\n{technical(detail)}" if detail else text
            msgbox.warning(self, self.tr("Cannot use this sync target"), shown)
            return
        self.password_edit.clear()
        self.accept()
