"""Give a trusted key another name: every list and the minutes print the name a key is trusted by, so
two laptops of one chair read apart ("Karin Sjöström (dator 2)"). The app checks and renames; this only
asks, and says before OK when the name would read as another key's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.secretariat.trust_dialog import taken_text


class RenameKeyDialog(QDialog):
    def __init__(
        self, name: str, key_id: str, taken_by: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.taken_by = taken_by  # the name of another key that a name would read as, or ""
        self.setWindowTitle(self.tr("Rename the key"))
        self.setMinimumWidth(460)  # the name and the warning under it read on one or two lines
        layout = QVBoxLayout(self)
        said = QLabel(
            self.tr("The key %1 is trusted as %2. Every list and the minutes print the name you give it.")
            .replace("%1", key_id)
            .replace("%2", name)
        )
        said.setWordWrap(True)
        layout.addWidget(said)
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("New name"))
        layout.addWidget(self.name_edit)
        self.taken_label = QLabel()
        self.taken_label.setWordWrap(True)
        self.taken_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.taken_label.setVisible(False)
        layout.addWidget(self.taken_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("&Rename"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        other = self.taken_by(self.name()) if self.name() else ""
        self.taken_label.setText(taken_text(other) if other else "")
        self.taken_label.setVisible(bool(other))
        self.ok_button.setEnabled(bool(self.name()) and not other)

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())
