"""The keys trusted here, as a list the secretary can act on (Collect's "Nycklar…", View ▸ Trusted keys,
Ctrl+K): whose key (the name the secretariat gave it), what it may write (chair of table 7 in a named
conference, or the secretariat), its fingerprint in groups, since when, and how many of its bundles came
in. A key is renamed or revoked here even when none of its bundles lies in Collect. Everything goes
through app/bundles/key_list.py; this workspace's own key is listed, greyed, with why it cannot be
renamed or revoked here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conferences
from app.bundles import key_list, naming, trust
from app.bundles.key_list import KeyRow
from app.errors import NotFound, UserError
from ui.bundle_messages import error_box
from ui.empty_state import EmptyState
from ui.local_time import local_time
from ui.screen_room import fit_to_screen
from ui.secretariat.key_panel import fingerprint_lines

Index = QModelIndex | QPersistentModelIndex
NAME, ROLE, FINGERPRINT, SINCE, BUNDLES = range(5)


class KeysModel(QAbstractTableModel):
    def __init__(self, store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[KeyRow] = []
        self._titles: dict[str, str] = {}
        self.show_revoked = False  # the revoked keys too, greyed, with when and why

    def reload(self) -> None:
        self.beginResetModel()
        self._titles = {c.id: conferences.named(c) for c in conferences.conferences(self.store)}
        self.rows = key_list.keys(self.store)
        if self.show_revoked:
            self.rows += key_list.revoked_keys(self.store)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Name"),
            self.tr("May write as"),
            self.tr("Fingerprint"),
            self.tr("Trusted since"),
            self.tr("Bundles"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the fingerprint read as one line of groups
            return row.fingerprint if column == FINGERPRINT else self.text(row, column)
        if role == Qt.ItemDataRole.FontRole and column == FINGERPRINT:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BUNDLES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (row.own or row.revoked_at):  # nothing to do here
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and (row.own or row.revoked_at):
            return own_key_text() if row.own else revoked_text(row)
        return None

    def text(self, row: KeyRow, column: int) -> str | int:
        if column == NAME:
            return row.name
        if column == ROLE:
            return self.role_text(row)
        if column == FINGERPRINT:
            return fingerprint_lines(row.fingerprint)
        if column == SINCE:
            return local_time(row.since) if row.since else "–"
        return row.bundles

    def role_text(self, row: KeyRow) -> str:
        said = [self.grant_text(g) for g in row.grants]
        if row.own:
            said = [self.tr("the secretariat (this workspace's own key)")]
        if row.revoked_at:  # what it could write, and that it no longer may
            said = [self.tr("was: %1").replace("%1", "; ".join(dict.fromkeys(said))), revoked_text(row)]
        return "\n".join(dict.fromkeys(said))

    def grant_text(self, grant: trust.Grant) -> str:
        if grant.role == trust.CHAIR:
            return (
                self.tr("chair of table %1 in %2")
                .replace("%1", str(grant.table_number))
                .replace("%2", self.title(grant.conference_id))
            )
        if grant.conference_id:
            return self.tr("the secretariat of %1").replace("%1", self.title(grant.conference_id))
        return self.tr("the secretariat")

    def title(self, conference_id: str | None) -> str:
        if not conference_id:
            return ""
        return self._titles.get(conference_id) or self.tr("an unknown conference (%1)").replace(
            "%1", conference_id[:8]
        )


def own_key_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "KeysDialog",
        "This workspace's own key signs everything sent from here. It goes by your identity's name and"
        " cannot be renamed or revoked in this list.",
    )


def revoked_why(row: KeyRow) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "KeysDialog",
        "This key is revoked: every bundle it signs is refused. To trust it again, trust it anew from"
        " Collect when one of its bundles comes in.",
    )


def revoked_text(row: KeyRow) -> str:
    from PySide6.QtCore import QCoreApplication

    if row.reason:
        said = QCoreApplication.translate("KeysDialog", "revoked %1: %2").replace("%2", row.reason)
    else:
        said = QCoreApplication.translate("KeysDialog", "revoked %1")
    return said.replace("%1", local_time(row.revoked_at))


class KeysDialog(QDialog):
    """`changed()` is called after a rename or a revocation (Collect scans again: verdicts change)."""

    def __init__(self, store, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.changed = store, changed
        self.setWindowTitle(self.tr("Trusted keys"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every key that may write here. The name is the one every list and the minutes print for"
                " its signatures. Revoke a key that is lost or no longer used: its bundles are refused"
                " from then on."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = KeysModel(store, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Trusted keys"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for column in (NAME, FINGERPRINT, SINCE, BUNDLES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_state = EmptyState(
            self.view,
            lambda: self.tr(
                "No key is trusted here yet. Chairs' keys are trusted in Collect, once their first bundle"
                " has come in and its fingerprint was compared."
            ),
        )
        layout.addWidget(self.view, 1)
        self.why_label = QLabel()  # why the buttons are greyed for the chosen key
        self.why_label.setWordWrap(True)
        self.why_label.setAccessibleName(self.tr("Why this key cannot be changed here"))
        layout.addWidget(self.why_label)
        actions = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.setToolTip(self.tr("Give the chosen key another name, printed in every list"))
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setToolTip(self.tr("Refuse every bundle the chosen key signs from now on"))
        self._tooltips = {b: b.toolTip() for b in (self.rename_button, self.revoke_button)}
        self.rename_button.clicked.connect(self.ask_rename)
        self.revoke_button.clicked.connect(self.ask_revoke)
        actions.addWidget(self.rename_button)
        actions.addWidget(self.revoke_button)
        self.revoked_box = QCheckBox(self.tr("&Show revoked keys too"))
        self.revoked_box.setToolTip(self.tr("Keys revoked here, greyed, with when and why"))
        self.revoked_box.toggled.connect(self._on_show_revoked)
        actions.addWidget(self.revoked_box)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        actions.addWidget(buttons)
        layout.addLayout(actions)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.reload()
        fit_to_screen(self, 860, 440)

    def reload(self, key_id: str = "") -> None:
        chosen = key_id or (self.chosen().key_id if self.chosen() is not None else "")
        self.model.reload()
        rows = [r for r, row in enumerate(self.model.rows) if row.key_id == chosen]
        if rows:
            self.view.selectRow(rows[0])
        self._update()

    def _on_show_revoked(self, shown: bool) -> None:
        self.model.show_revoked = shown
        self.reload()

    def chosen(self) -> KeyRow | None:
        picked = self.view.selectionModel().selectedRows()
        return self.model.rows[picked[0].row()] if picked else None

    def _update(self, *_args) -> None:
        row = self.chosen()
        why = "" if row is None else own_key_text() if row.own else revoked_why(row) if row.revoked_at else ""
        self.rename_button.setEnabled(row is not None and not why)
        self.revoke_button.setEnabled(row is not None and not why)
        self.why_label.setText(why)
        self.why_label.setVisible(bool(why))
        for button, said in self._tooltips.items():  # a greyed button says why when pointed at
            button.setToolTip(why or said)

    # -- rename -----------------------------------------------------------------------------------

    def ask_rename(self) -> None:
        from ui.secretariat.rename_key_dialog import RenameKeyDialog

        row = self.chosen()
        if row is None or row.own:
            return

        def taken_by(name: str) -> str:
            other = naming.name_holder(self.store, name, row.key_id)
            return other.name if other is not None else ""

        dialog = RenameKeyDialog(row.name, row.key_id, taken_by, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.rename(row, dialog.name()))
        dialog.open()

    def rename(self, row: KeyRow, name: str) -> None:
        try:
            key_list.rename(self.store, row.key_id, name)
        except (UserError, NotFound) as exc:
            error_box(self, self.tr("Cannot rename the key"), exc)
            return
        self.reload(row.key_id)
        self.changed()

    # -- revoke -----------------------------------------------------------------------------------

    def ask_revoke(self) -> None:
        row = self.chosen()
        if row is None or row.own:
            return
        dialog = RevokeKeyDialog(row, self.model.role_text(row), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.revoke(row, dialog.reason()))
        dialog.open()

    def revoke(self, row: KeyRow, reason: str) -> None:
        try:
            key_list.revoke(self.store, row.key_id, reason)
        except (UserError, NotFound) as exc:
            error_box(self, self.tr("Cannot revoke the key"), exc)
            return
        self.reload()
        self.changed()


class RevokeKeyDialog(QDialog):
    """Asks before a key is revoked, says what follows, and takes the reason (required)."""

    def __init__(self, row: KeyRow, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke the key?"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        said = QLabel(
            self.tr(
                "%1 (key %2) may write as %3. Once revoked, every bundle it signs is refused, also those"
                " waiting in Collect; what was merged from it stays. To trust it again later, it must be"
                " trusted anew."
            )
            .replace("%1", row.name)
            .replace("%2", row.key_id)
            .replace("%3", role.replace("\n", "; "))
        )
        said.setWordWrap(True)
        layout.addWidget(said)
        label = QLabel(self.tr("&Why is it revoked?"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("for example: laptop lost"))
        self.reason_edit.setAccessibleName(self.tr("Why the key is revoked"))
        label.setBuddy(self.reason_edit)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("&Revoke the key"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason())))
        self.ok_button.setEnabled(False)

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())
