"""The conflicts settled in a conference, newest first, to reopen any one of them (not only the last):
the secretary who kept the wrong version an hour ago finds it by table, field and what was kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conflicts, notes
from app.errors import NotFound, UserError
from ui.bundle_messages import error_box
from ui.secretariat.conflict_sides import ConflictWords, stamp_time
from ui.secretariat.rows_model import Column, RowsModel


class SettledDialog(QDialog):
    """Lists `conflicts.settled` for `conference_id`; "Reopen" deletes the chosen resolution and calls
    `changed()` so the conflict list shows it again."""

    def __init__(
        self, store, conference_id: str, words: ConflictWords, changed: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.store, self.conference_id, self.words, self.changed = store, conference_id, words, changed
        self.setWindowTitle(self.tr("Settled conflicts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a settled conflict and reopen it: every version it weighed is listed again, and the"
                " value kept now stays until you decide anew."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(
            [
                Column("table", self.tr("Table"), self._table, align_right=True),
                Column("field", self.tr("Field"), words.field),  # a process's or theme's named as such
                Column("kept", self.tr("Kept"), self._kept),
                Column("when", self.tr("Settled"), lambda s: stamp_time(s.decided_rev)),
            ],
            lambda: conflicts.settled(self.store, self.conference_id),
            parent=self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Settled conflicts"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda *_: self.reopen_chosen())
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reopen_button: QPushButton = self.buttons.addButton(
            self.tr("&Reopen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reopen_button.clicked.connect(self.reopen_chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(720, 420)

    def _kept(self, settled: conflicts.Settled) -> str:
        """What the decision kept (the note may have been edited since: that is not what was chosen)."""
        if not settled.kept_known:  # decided on another store, and edited here since
            return self.tr("(not known here; now: %1)").replace(
                "%1", self.words.preview(settled.now, settled.field)
            )
        return self.words.preview(settled.kept, settled.field)

    def _table(self, settled: conflicts.Settled) -> str:
        if settled.record_type != "note":
            # A table's own facts (participants, bands) are settled too: its number, as the open
            # conflicts list gives it.
            record = self.store.get(settled.record_type, settled.record_id, include_deleted=True) or {}
            number = record.get("table_number", record.get("number"))
            return str(number) if isinstance(number, int) else ""
        try:
            return str(notes.note(self.store, settled.record_id).table_number)
        except NotFound:  # a note deleted since
            return ""

    def refresh(self) -> None:
        self.model.reload()
        if self.model.rowCount():
            self.view.selectRow(0)  # the newest: what "reopen the last" reopened
        self.reopen_button.setEnabled(bool(self.model.rowCount()))

    def chosen(self) -> conflicts.Settled | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def reopen_chosen(self) -> bool:
        chosen = self.chosen()
        if chosen is None:
            return False
        try:
            conflicts.reopen(self.store, chosen.id)
        except (UserError, NotFound) as exc:
            error_box(self, self.tr("Cannot reopen the conflict"), exc)
            return False
        self.changed()
        self.refresh()
        return True
