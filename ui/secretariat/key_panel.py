"""The secretariat's own key: its name, key id and fingerprint in groups of four, to read out to the
chairs or print for them, who compare it with what their laptop shows when they open the pack."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.workspace import Workspace
from ui.bundle_messages import error_box


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups of four, as two lines of four groups: easier to read aloud and follow with a finger."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def key_sheet_html(
    title: str, name_label: str, name: str, key_id_label: str, key_id: str, fp: str, hint: str
):
    lines = "<br>".join(html.escape(line) for line in fingerprint_lines(fp).splitlines())
    return (
        f"<h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(name_label)} <b>{html.escape(name)}</b><br>"
        f"{html.escape(key_id_label)} <code>{html.escape(key_id)}</code></p>"
        f'<p style="font-family: monospace; font-size: 24pt; line-height: 150%">{lines}</p>'
        f"<p>{html.escape(hint)}</p>"
    )


class CreateKeyDialog(QDialog):
    """Name and (optionally) a passphrase, asked twice."""

    def __init__(self, parent: QWidget | None = None, organisation: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create the secretariat's key"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Region Exempellän, secretariat"))
        # Wide enough for the example and a region's full name, in either language.
        self.name_edit.setMinimumWidth(self.name_edit.fontMetrics().horizontalAdvance("M" * 24))
        if organisation:  # the name the chairs know, as Prepare has it; chosen, so typing replaces it
            self.name_edit.setText(self.tr("%1, secretariat").replace("%1", organisation))
            self.name_edit.selectAll()
        self.pass_edit = QLineEdit()
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Passphrase (optional):"), self.pass_edit)
        form.addRow(self.tr("Passphrase a&gain:"), self.again_edit)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.pass_edit.setAccessibleName(self.tr("Passphrase"))
        self.again_edit.setAccessibleName(self.tr("Passphrase again"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_ok(self) -> None:
        if not self.name_edit.text().strip():
            self.problem.setText(self.tr("Give the key a name, so the chairs know whose it is."))
            self.name_edit.setFocus()
        elif self.pass_edit.text() != self.again_edit.text():
            self.problem.setText(self.tr("The two passphrases differ; type them again."))
            self.again_edit.clear()
            self.pass_edit.setFocus()
            self.pass_edit.selectAll()
        else:
            self.accept()


class KeyPanel(QGroupBox):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        organisation: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._organisation = organisation or str  # the chosen conference's organisation, "" for none
        self.setTitle(self.tr("The secretariat's key"))
        layout = QVBoxLayout(self)
        self.name_label = QLabel()
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label = QLabel()
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.5)
        fixed.setWeight(QFont.Weight.DemiBold)
        self.fingerprint_label.setFont(fixed)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint"))
        self.hint_label = QLabel(
            self.tr(
                "Read the fingerprint to the chairs: their laptop shows the same groups when they open the pack."  # noqa: E501
            )
        )
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.name_label)
        # The hint beside the fingerprint (the panel is never narrower than the conference's facts
        # above it): on a 1280×720 laptop its two lines below were rows the themes list above lacked
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint_label)
        fingerprint_row.addWidget(self.hint_label, 1)
        layout.addLayout(fingerprint_row)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create &key…"))
        self.card_button = QPushButton(self.tr("&Save key card…"))
        self.print_button = QPushButton(self.tr("Pr&int fingerprint…"))
        self.create_button.clicked.connect(self._on_create)
        self.card_button.clicked.connect(self._on_export_card)
        self.print_button.clicked.connect(self._on_print)
        for button in (self.create_button, self.card_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def identity(self):
        from app.bundles.identity import find_identity

        try:
            return find_identity(self.workspace)
        except UserError:
            return None

    def refresh(self) -> None:
        identity = self.identity()
        self.create_button.setVisible(identity is None)
        self.card_button.setEnabled(identity is not None)
        self.print_button.setEnabled(identity is not None)
        # No fingerprint to read out before the key: an empty line and "read the fingerprint to the
        # chairs" puzzled, and took the rows the themes list above lacks at 1280×720.
        self.fingerprint_label.setVisible(identity is not None)
        self.hint_label.setVisible(identity is not None)
        if identity is None:
            self.name_label.setText(self.tr("No key yet: create one before you export the conference pack."))
            self.fingerprint_label.setText("")
            return
        self.name_label.setText(
            self.tr("%1 · key id %2").replace("%1", identity.name).replace("%2", identity.key_id)
        )
        self.fingerprint_label.setText(fingerprint_lines(identity.fingerprint))
        self.fingerprint_label.setAccessibleDescription(identity.fingerprint)

    def _on_create(self) -> None:
        dialog = CreateKeyDialog(self, self._organisation().strip())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_key(dialog.name_edit.text(), dialog.pass_edit.text()))
        dialog.open()

    def create_key(self, name: str, passphrase: str = "") -> bool:
        from app.bundles.identity import create_identity

        try:
            create_identity(self.workspace, name, passphrase or None)
        except UserError as exc:
            error_box(self, self.tr("Cannot create the key"), exc)
            return False
        self.refresh()
        return True

    def _on_export_card(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export key card"),
            str(Path.home() / "sekretariat.keycard"),
            self.tr("Key cards (*.keycard)"),
        )
        if path:
            self.export_card(Path(path))

    def export_card(self, path: Path) -> bool:
        from app.bundles.identity import export_keycard

        try:
            export_keycard(self.workspace, path)
        except UserError as exc:
            error_box(self, self.tr("Cannot export the key card"), exc)
            return False
        return True

    def sheet(self) -> QTextDocument:
        identity = self.identity()
        document = QTextDocument(self)
        font = document.defaultFont()
        font.setPointSize(12)  # a sheet handed out on paper: body text that reads at arm's length
        document.setDefaultFont(font)
        if identity is not None:
            document.setHtml(
                key_sheet_html(
                    self.tr("The secretariat's key"),
                    self.tr("Name:"),
                    identity.name,
                    self.tr("Key id:"),
                    identity.key_id,
                    identity.fingerprint,
                    self.tr(
                        "Compare these groups with the fingerprint your laptop shows when you open the "
                        "conference pack. If one character differs, do not use the pack; call the secretariat."  # noqa: E501
                    ),
                )
            )
        return document

    def _on_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.sheet().print_(printer))
        dialog.open()

    def save_sheet_pdf(self, path: Path) -> None:
        """The printable fingerprint sheet as a PDF (also what tests read back)."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                printer.pageLayout().margins(),
            )
        )
        self.sheet().print_(printer)
