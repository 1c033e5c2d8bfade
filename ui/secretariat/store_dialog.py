"""Settings › Shared database: point this secretariat workspace at the team's PostgreSQL store, or back.

On this computer's store, the secretary gives the database's address and her password and chooses to
join the store the secretariat already keeps there, or to move her own store into an empty database.
On the shared store, she can go back to a store on this computer (a checked copy of the shared one).
The work is app/store_switch.py's; it checks everything before it changes anything, so a wrong address
or password is a dialog and the workspace stays as it was. After a switch the window opens again on
the switched workspace.

Signals:
    switched(object)   the switch is made; the new Workspace (the window replaces itself)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import store_switch
from app.errors import CannotConnect, UserError
from app.pg.settings import account, with_password
from app.pg.settings import read as read_database_settings
from app.workspace import Workspace, on_postgresql
from ui import msgbox
from ui.bundle_messages import error_box, technical
from ui.operations import running_operations


class StoreDialog(QDialog):
    switched = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Shared database"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.shared = on_postgresql(workspace.dir)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        if self.shared:
            address = account(read_database_settings(workspace.dir).dsn)  # user@server:port/database
            self.where.setText(
                self.tr("This workspace uses the secretariat's shared database:\n%1").replace("%1", address)
            )
            back = QLabel(
                self.tr(
                    "Going back gives this workspace a store on this computer again: a checked copy of what"
                    " the shared database holds now. The database stays as it is for the others."
                )
            )
            back.setWordWrap(True)
            layout.addWidget(back)
            self.switch_button = QPushButton(self.tr("Use a store on this &computer"))
        else:
            self.where.setText(self.tr("This workspace keeps its store on this computer."))
            layout.addWidget(self._database_form())
            self.switch_button = QPushButton(self.tr("&Switch to the database"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.switch_button.clicked.connect(self.switch)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _database_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("postgresql://namn@server.region.se/rundabord")
        self.address_edit.setAccessibleName(self.tr("Database address"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("Database &address:"), self.address_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        note = QLabel(self.tr("The password is kept in the system keyring, never in a file."))
        note.setWordWrap(True)
        form.addRow(note)
        self.join_choice = QRadioButton(self.tr("&Join the store the secretariat keeps there"))
        self.move_choice = QRadioButton(self.tr("&Move my store there"))
        self.join_choice.setChecked(True)
        for choice, hint in (
            (self.join_choice, self.tr("Your own store stays on this computer, set aside.")),
            (self.move_choice, self.tr("Into an empty database; the copy is checked before it is used.")),
        ):
            choice.setAccessibleDescription(hint)
            form.addRow(choice)
            said = QLabel(hint)
            said.setWordWrap(True)
            said.setIndent(24)  # under the choice's words, past its round button
            form.addRow(said)
        return form_widget

    def switch(self) -> None:
        """Make the switch; on success the dialog closes and `switched` carries the reopened workspace."""
        if running_operations():
            msgbox.information(
                self,
                self.tr("Shared database"),
                self.tr("Rundabord is still busy with another task. Switch when it is done."),
            )
            return
        try:
            if self.shared:
                store_switch.use_own_store(self.workspace)
            else:
                address = self.address_edit.text().strip()
                if not address:
                    self.address_edit.setFocus()
                    return
                database = with_password(address, self.password_edit.text())
                if self.move_choice.isChecked():
                    store_switch.move_to_database(self.workspace, database)
                else:
                    store_switch.join_database(self.workspace, database)
        except CannotConnect as exc:
            msgbox.error(
                self,
                self.tr("Cannot connect to the database"),
                self.tr(
                    "Rundabord could not connect to the database with this address and password. Check"
                    " both (your IT department knows them); nothing was changed."
                )
                + f"\n\n{technical(str(exc))}",
            )
            return
        except UserError as exc:
            error_box(self, self.tr("Cannot switch the database"), exc)
            return
        busy_timeout = getattr(self.workspace.store, "busy_timeout", 1.5)
        reopened = Workspace(self.workspace.dir, busy_timeout=busy_timeout)
        self.accept()
        self.switched.emit(reopened)


def open_store_dialog(window: QMainWindow, workspace: Workspace) -> StoreDialog:
    """Settings › Shared database (window-modal, not blocking); after a switch the window reopens on the
    switched workspace. Returns the open dialog."""
    dialog = StoreDialog(workspace, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.switched.connect(window.on_store_switched)
    dialog.open()
    return dialog
