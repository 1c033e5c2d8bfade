"""A plain warning across the top of the chair's window while another computer signs as this laptop.

A sync finds it (app/sync/copies.py): an export on the target signed with this laptop's key that this
laptop never made, because the whole profile was copied to a second laptop. A laptop that exchanges
bundles by USB stick or e-mail learns it from the secretariat's pack (app/bundles/copied_notice.py).
The bar says so in words, with the remedy, and its button gives this laptop its own identity
(app/bundles/renewal.py) once every table is exported; then the bar goes away and the chair saves the
new key card for the secretariat.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.workspace import Workspace
from ui import msgbox

BAR_STYLE = "#copiedProfileBar { background: #fff1d6; border-bottom: 2px solid #c25400; }"
LABEL_STYLE = "QLabel { color: #5c1b00; }"


class CopiedProfileBar(QFrame):
    """Shown only while the sync has seen another computer sign with this laptop's key."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("copiedProfileBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self, text=self.tr("Give this laptop its own identity…"))
        self.button.clicked.connect(self._on_button_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        # Hidden until the first look, which the window takes right after its first paint: reading
        # the store for it is not what the chair waits for when the window opens.
        self.hide()

    def refresh(self, _report: object = None) -> None:
        from app.bundles import copied_notice
        from app.sync import copies

        sightings = copies.current(self.workspace.store)
        told = copied_notice.current(self.workspace.store) if not sightings else []
        if not (sightings or told):
            self.hide()
        if told:
            self._say(self._told_text(told))
        if not sightings:
            return
        tables = ", ".join(str(t) for t in sorted({t for s in sightings for t in s.tables}))
        text = self.tr(
            "Another computer is signing as this laptop (table %1): the sync target holds %Ln export(s)"
            " signed with this laptop's key that were not made here, so this laptop's profile was copied"
            " to another computer. Each laptop needs its own identity: export your tables, then give"
            " this laptop its own identity with the button, and send the new key card (Settings) to"
            " the secretariat. Do the same on the other computer if it shows this warning. Nothing on the"
            " sync target was changed.",
            "",
            len(sightings),
        ).replace("%1", tables)
        self._say(text)

    def _told_text(self, told: list) -> str:
        """The secretariat's word, from a pack (app/bundles/copied_notice.py): laptops that hand over
        their bundles by USB stick or e-mail never see each other's exports."""
        latest = max(told, key=lambda t: t.signed_utc)
        tables = sorted({t for word in told for t in word.tables})
        where = self.tr(" (table %1)").replace("%1", ", ".join(str(t) for t in tables)) if tables else ""
        return (
            self.tr(
                "%1 has seen two computers sign with this laptop's key%2: this laptop's profile was"
                " copied to another computer. Each laptop needs its own identity: export your tables,"
                " then give this laptop its own identity with the button, and send the new key card"
                " (Settings) to the secretariat. Do the same on the other computer."
            )
            .replace("%1", latest.signer_name)
            .replace("%2", where)
        )

    def _say(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(self.tr("Warning: another computer signs as this laptop"))
        self.label.setAccessibleDescription(text)
        if self.isHidden():  # appearing after the window was read: a screen reader says it now
            if not self.styleSheet():  # its look, given when first shown (style sheets cost every start)
                self.setStyleSheet(BAR_STYLE)
                self.label.setStyleSheet(LABEL_STYLE)
            self.show()
            _announce(self)

    def _on_button_clicked(self) -> None:
        from app.bundles.identity import require_identity
        from app.bundles.renewal import unexported_tables

        pending = unexported_tables(self.workspace)
        if pending:
            tables = ", ".join(str(number) for _conference, number in pending)
            msgbox.warning(
                self,
                self.tr("Export first"),
                self.tr(
                    "Table %1 has changed since its last export. Export it as it is now, so that what"
                    " this laptop wrote reaches the secretariat, then give the laptop its own identity."
                ).replace("%1", tables),
            )
            return
        old = require_identity(self.workspace)
        passphrase = ""
        if old.encrypted:  # the new key is protected as the old one was
            from PySide6.QtWidgets import QInputDialog  # here: the bar is made at every start

            passphrase, given = QInputDialog.getText(
                self,
                self.tr("New identity"),
                self.tr("A passphrase for the new key:"),
                QLineEdit.EchoMode.Password,
            )
            if not given or not passphrase:
                return
        msgbox.question(
            self,
            self.tr("New identity"),
            self.tr(
                "This laptop gets a new signing key of its own, in the name of %1. Its notes stay as they"
                " are. The secretariat needs the new key card before it can take this laptop's next"
                " export. Continue?"
            ).replace("%1", old.name),
            on_answer=lambda yes: self._renew(old.name, passphrase) if yes else None,
        )

    def _renew(self, name: str, passphrase: str) -> None:
        from app.bundles.renewal import renew_identity
        from app.errors import UserError
        from ui.bundle_messages import error_box

        try:
            renewal = renew_identity(self.workspace, name, passphrase or None)
        except (UserError, OSError) as exc:  # a full disk, a keys folder one may not write
            error_box(self, self.tr("New identity"), exc)
            return
        self.refresh()
        msgbox.information(
            self,
            self.tr("New identity"),
            self.tr(
                "This laptop now signs with a key of its own (fingerprint %1). Save the new key card in"
                " Settings and send it to the secretariat."
            ).replace("%1", renewal.new.fingerprint),
        )


def _announce(widget: QWidget) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def attach_copied_profile_bar(window: QMainWindow, workspace: Workspace, sync_status) -> CopiedProfileBar:
    """The bar above the window's pages, refreshed after every sync."""
    pages = window.takeCentralWidget()  # kept, not deleted: the bar and the pages share one column
    holder = QWidget(window)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    bar = CopiedProfileBar(workspace, holder)
    column.addWidget(bar)
    column.addWidget(pages, 1)
    window.setCentralWidget(holder)
    sync_status.synced.connect(bar.refresh)
    return bar
