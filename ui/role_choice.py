""" "Are you chairing a table or running the secretariat?": asked at the first start, changeable later.

The answer is the workspace's role (app.workspace), which decides the window that opens. Whatever it is,
the workspace that creates a conference is that conference's secretariat (app.roles), so a wrong answer
never loses a table's results; it only opens the less useful window, and Settings changes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.pg.settings import with_password
from app.workspace import Workspace
from ui.window_maker import window_for

CHAIR = "chair"
SECRETARIAT = "secretariat"

# The windows a switch opened, while they live: held here, not by the window they replace, because a
# top-level window nobody refers to would be collected. Each is deleted as it closes and let go then.
_replacements: set[QMainWindow] = set()


class RoleDialog(QDialog):
    """Two large choices; clicking one is the answer. `folder` is named at the first start, so that a
    mistyped --workspace shows before anything is made; `current` marks the role a workspace has."""

    def __init__(self, folder: Path | None = None, current: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._role = current or ""
        first_start = current is None
        self.setWindowTitle(self.tr("Welcome to Rundabord") if first_start else self.tr("Your role"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)

        question = QLabel(self.tr("Are you chairing a table or running the secretariat?"))
        question.setWordWrap(True)
        font = question.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        question.setFont(font)
        layout.addWidget(question)
        if first_start and folder is not None:
            where = QLabel(self.tr("Rundabord will keep its workspace in %1.").replace("%1", str(folder)))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)

        self.chair_button = QCommandLinkButton(
            self.tr("I am chairing a table"),
            self.tr(
                "Open the conference pack from the secretariat, write down what your table says,"
                " then sign and send it."
            ),
        )
        self.secretariat_button = QCommandLinkButton(
            self.tr("I run the secretariat"),
            self.tr("Prepare conferences, collect the tables' results, merge them and print the minutes."),
        )
        for button, role in ((self.chair_button, CHAIR), (self.secretariat_button, SECRETARIAT)):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.description())
            button.setCheckable(not first_start)
            button.setChecked(role == current)
            button.clicked.connect(lambda _=False, r=role: self._choose(r))
            layout.addWidget(button)
        (self.secretariat_button if current == SECRETARIAT else self.chair_button).setFocus()
        self.database = ""  # a shared secretariat store's address (with the password), when chosen
        if first_start:
            self._add_shared_store(layout)

        later = QLabel(
            self.tr(
                "You can change this later in Settings. Whatever you choose, the workspace that creates a"
                " conference collects its tables' results."
            )
        )
        later.setWordWrap(True)
        layout.addWidget(later)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _add_shared_store(self, layout: QVBoxLayout) -> None:
        """A third answer for a secretariat of several people: their shared store on PostgreSQL."""
        self.shared_button = QCommandLinkButton(
            self.tr("We are several in the secretariat, sharing a database"),
            self.tr("Connect to the PostgreSQL database your IT department set up for the secretariat."),
        )
        self.shared_button.setAccessibleName(self.shared_button.text())
        self.shared_button.setAccessibleDescription(self.shared_button.description())
        layout.addWidget(self.shared_button)
        self.shared_form = QWidget()
        form = QFormLayout(self.shared_form)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("postgresql://namn@server.region.se/rundabord")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Database &address:"), self.address_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        note = QLabel(self.tr("The password is kept in the system keyring, never in a file."))
        note.setWordWrap(True)
        form.addRow(note)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.clicked.connect(self._connect_shared)
        form.addRow(self.connect_button)
        self.shared_form.hide()
        layout.addWidget(self.shared_form)
        self.shared_button.clicked.connect(self._show_shared_form)

    def _show_shared_form(self) -> None:
        self.shared_form.show()
        self.adjustSize()  # grow to hold the form, rather than squeezing the answers above it
        self.address_edit.setFocus()

    def ask_password_again(self, address: str) -> None:
        """The shared form open on `address`, which did not let her in, the cursor in the password."""
        self._show_shared_form()
        self.address_edit.setText(address)
        self.password_edit.setFocus()

    def _connect_shared(self) -> None:
        address = self.address_edit.text().strip()
        if not address:
            self.address_edit.setFocus()
            return
        self.database = with_password(address, self.password_edit.text())
        self._choose(SECRETARIAT)

    def role(self) -> str:
        return self._role

    def _choose(self, role: str) -> None:
        self._role = role
        self.accept()


def replace_window(window: QMainWindow, workspace: Workspace) -> QMainWindow:
    """Open the workspace's window in place of `window` (after its role or its store changed)."""
    replacement = window_for(workspace)
    _replacements.add(replacement)
    replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    replacement.destroyed.connect(lambda *_: _replacements.discard(replacement))
    replacement.show()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    return replacement


def change_role(window: QMainWindow, workspace: Workspace) -> RoleDialog:
    """Ask again (from Settings); a new answer opens the other window on the same workspace in place of
    `window`. Returns the dialog (already open, window-modal)."""
    dialog = RoleDialog(current=workspace.role, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_accepted() -> None:
        if dialog.role() == workspace.role:
            return
        workspace.role = dialog.role()
        replace_window(window, workspace)

    dialog.accepted.connect(on_accepted)
    dialog.open()
    return dialog
