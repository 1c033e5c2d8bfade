"""Conflicts side by side: the value kept now and the one that lost to a concurrent edit, each named by
who wrote it (the chair's trusted name, or the secretariat), when and from which bundle, and an edited
union; the secretary keeps one, the other, or the union after saying yes to it, and can reopen the last
settled conflict (app/conflicts.py writes and deletes the resolution record).

Signals:
    count_changed(int)  how many conflicts are open for the conference
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conflicts
from app.errors import UserError
from ui import msgbox
from ui.bundle_messages import error_box
from ui.empty_state import EmptyState
from ui.secretariat.context import SecretariatContext
from ui.secretariat.plural import plural
from ui.secretariat.rows_model import Column, RowsModel


def shown_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def stamp_time(rev: str) -> str:
    """When an edit was made, from its clock stamp, in the user's local time."""
    moment = conflicts.edited_at(rev)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment else ""


def union_text(ours: str, theirs: str) -> str:
    """Both versions, the kept one first, for the secretary to edit into one."""
    if theirs.strip() in ours:
        return ours
    if ours.strip() in theirs:
        return theirs
    return f"{ours.rstrip()}\n{theirs.strip()}"


class ConflictsPanel(QWidget):
    count_changed = Signal(int)

    def __init__(self, context: SecretariatContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self._sides: dict[tuple[str, tuple[str, str]], conflicts.Side] = {}
        self.field_labels = {
            "text": self.tr("text"),
            "themes": self.tr("themes"),
            "kind": self.tr("kind"),
            "votes": self.tr("votes"),
            "position": self.tr("place in the list"),
            "question_id": self.tr("question"),
            "chair_name": self.tr("chair"),
            "participants": self.tr("participants"),
            "deleted": self.tr("deleted"),
        }
        self.model = RowsModel(
            [
                Column("table", self.tr("Table"), lambda c: c.table_number or "", align_right=True),
                Column("field", self.tr("Field"), lambda c: self.field_labels.get(c.field, c.field)),
                Column("ours", self.tr("In use now"), lambda c: self._cell(c, c.ours_stamp, c.ours)),
                Column("theirs", self.tr("Other version"), lambda c: self._cell(c, c.theirs_stamp, c.theirs)),
            ],
            self._load,
            parent=self,
        )
        self._build()
        context.conference_changed.connect(self.refresh)
        context.data_changed.connect(self.refresh)
        self.refresh()

    def writer(self, origin: str) -> str:
        """Who wrote an edit, in words: the key's trusted name, "the secretariat", or "unknown laptop"."""
        from app.bundles.contributors import writer_of

        found = writer_of(self.store, origin)
        if found is None:
            return self.tr("an unknown laptop")
        return self.tr("the secretariat") if found.here else found.name

    def who(self, conflict: conflicts.Conflict, stamp: tuple[str, str]) -> str:
        """Who wrote one side, in words. Two laptops with one copied profile share a name: each side is
        then named by its own export (the signer's number for it)."""
        side = self._sides.get((conflict.record_id, stamp))
        if side is None:
            return self.writer(stamp[1])
        if side.here:
            return self.tr("the secretariat")
        name = side.name or self.tr("an unknown laptop")
        if side.copied_profile:
            return self.tr("%1 (export %2)").replace("%1", name).replace("%2", str(side.sequence))
        return name

    def _side(self, conflict: conflicts.Conflict, stamp: tuple[str, str]) -> str:
        side = self._sides.get((conflict.record_id, stamp))
        text = (
            self.tr("%1, edited %2")
            .replace("%1", _capital(self.who(conflict, stamp)))
            .replace("%2", stamp_time(stamp[0]))
        )
        if side is not None and side.copied_profile:
            signed = QDateTime.fromString(side.signed_utc, Qt.DateFormat.ISODate).toLocalTime()
            text += " " + self.tr(
                "(a copied laptop profile: two laptops sign with one key; bundle %1, signed %2)"
            ).replace("%1", side.bundle_id[:8]).replace(
                "%2", QLocale().toString(signed, "yyyy-MM-dd HH:mm:ss")
            )
        elif side is not None and side.bundle_id:
            text += " " + self.tr("(bundle %1)").replace("%1", side.bundle_id[:8])
        return text

    def _cell(self, conflict: conflicts.Conflict, stamp: tuple[str, str], value: Any) -> str:
        """ "Who: what", so a row reads as two people's versions, not as "kept" against "other"."""
        return f"{_capital(self.who(conflict, stamp))}: {self._preview(value, conflict.field)}"

    def _preview(self, value: Any, field: str = "") -> str:
        text = self._display(value, field).replace("\n", " ⏎ ")
        return text if len(text) <= 80 else text[:79] + "…"

    def _display(self, value: Any, field: str = "") -> str:
        if field == "votes" and isinstance(value, int):
            return self.tr("%n vote(s)", "", value)
        if isinstance(value, list) and self.context.conference() is not None:
            from app import conferences

            names = {
                t.id: t.name for t in conferences.themes(self.store, self.context.conference().process_id)
            }
            return ", ".join(names.get(v, str(v)) for v in value)
        return shown_value(value)

    def _load(self) -> list[conflicts.Conflict]:
        if not self.context.conference_id:
            return []
        found = conflicts.open_conflicts(self.store, self.context.conference_id)
        self._sides = conflicts.sides(self.store, found)  # once per load, not per paint
        return found

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Open conflicts"))
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Open conflicts"))
        self.empty_state = EmptyState(
            self.view, lambda: self.tr("No open conflicts: no two edits of the same text have collided.")
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        splitter.addWidget(self.view)

        sides = QWidget()
        grid = QGridLayout(sides)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_label.setAccessibleName(self.tr("Where the conflict is"))
        grid.addWidget(self.where_label, 0, 0, 1, 2)
        self.ours_label = QLabel()
        self.theirs_label = QLabel()
        for label in (self.ours_label, self.theirs_label):  # a long "who" wraps; the window keeps its width
            label.setWordWrap(True)
        self.ours_edit = QPlainTextEdit()
        self.theirs_edit = QPlainTextEdit()
        for edit, name in (
            (self.ours_edit, self.tr("Kept now")),
            (self.theirs_edit, self.tr("Other version")),
        ):
            edit.setReadOnly(True)
            edit.setAccessibleName(name)
            edit.setTabChangesFocus(True)
        self.union_label = QLabel(self.tr("E&dited union:"))
        self.union_edit = QPlainTextEdit()
        self.union_edit.setAccessibleName(self.tr("Edited union"))
        self.union_edit.setTabChangesFocus(True)
        self.union_label.setBuddy(self.union_edit)
        grid.addWidget(self.ours_label, 1, 0)
        grid.addWidget(self.theirs_label, 1, 1)
        grid.addWidget(self.ours_edit, 2, 0)
        grid.addWidget(self.theirs_edit, 2, 1)
        self.keep_ours_button = QPushButton(self.tr("Keep &left"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &right"))
        grid.addWidget(self.keep_ours_button, 3, 0)
        grid.addWidget(self.keep_theirs_button, 3, 1)
        grid.addWidget(self.union_label, 4, 0, 1, 2)
        grid.addWidget(self.union_edit, 5, 0, 1, 2)
        union_row = QHBoxLayout()
        final = QLabel(
            self.tr(
                "Settling travels to every copy of the record; it can be reopened here, and the text"
                " can still be edited under Notes."
            )
        )
        final.setWordWrap(True)
        union_row.addWidget(final, 1)
        self.keep_union_button = QPushButton(self.tr("Keep the edited &union"))
        union_row.addWidget(self.keep_union_button)
        grid.addLayout(union_row, 6, 0, 1, 2)
        self.keep_ours_button.clicked.connect(lambda: self.ask_to_resolve("ours"))
        self.keep_theirs_button.clicked.connect(lambda: self.ask_to_resolve("theirs"))
        self.keep_union_button.clicked.connect(lambda: self.ask_to_resolve("text"))
        self.reopen_button = QPushButton(self.tr("Re&open the last settled conflict"))
        self.reopen_button.setToolTip(self.tr("Undo the last choice made here: both versions are open again"))
        self.reopen_button.clicked.connect(self.reopen_last)
        union_row.addWidget(self.reopen_button)
        splitter.addWidget(sides)
        splitter.setStretchFactor(0, 1)  # a day's conflicts are many: room for the list too
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        # Not a focus proxy: Qt 6 then skips, on Tab, the controls made before the view (filters, buttons).
        self.initial_focus = self.view

    def refresh(self, *_args) -> None:
        current = self.current()
        self.model.reload()
        rows = self.model.rows()
        self.summary.setText(
            self.tr("No open conflicts.")
            if not rows
            else plural(len(rows), self.tr("One open conflict"), self.tr("%1 open conflicts"))
        )
        self.count_changed.emit(len(rows))
        self.reopen_button.setEnabled(
            bool(self.context.conference_id and conflicts.settled(self.store, self.context.conference_id))
        )
        row = next((i for i, c in enumerate(rows) if current and c.id == current.id), 0 if rows else -1)
        if row >= 0:
            self.view.selectRow(row)
        self._show(self.current())

    def current(self) -> conflicts.Conflict | None:
        index = self.view.currentIndex()
        return (
            self.model.row_at(index.row())
            if index.isValid() and index.row() < self.model.rowCount()
            else None
        )

    def _on_current_changed(self, *_args) -> None:
        self._show(self.current())

    def _show(self, conflict: conflicts.Conflict | None) -> None:
        has = conflict is not None
        for widget in (self.keep_ours_button, self.keep_theirs_button, self.ours_edit, self.theirs_edit):
            widget.setEnabled(has)
        is_text = (
            has
            and isinstance(conflict.ours, str | type(None))
            and isinstance(conflict.theirs, str | type(None))
        )
        self.union_edit.setEnabled(bool(is_text))
        self.keep_union_button.setEnabled(bool(is_text))
        self.where_label.setText(self._where(conflict) if conflict is not None else "")
        if conflict is None:
            self.ours_label.setText(self.tr("Kept now"))
            self.theirs_label.setText(self.tr("Other version"))
            for edit in (self.ours_edit, self.theirs_edit, self.union_edit):
                edit.clear()
            return
        self.ours_label.setText(
            self.tr("%1 — in use now").replace("%1", self._side(conflict, conflict.ours_stamp))
        )
        self.theirs_label.setText(self._side(conflict, conflict.theirs_stamp))
        self.keep_ours_button.setText(
            self.tr("Keep the version of %1").replace("%1", self.who(conflict, conflict.ours_stamp))
        )
        self.keep_theirs_button.setText(
            self.tr("Keep the version of %1").replace("%1", self.who(conflict, conflict.theirs_stamp))
        )
        self.ours_edit.setPlainText(self._display(conflict.ours, conflict.field))
        self.theirs_edit.setPlainText(self._display(conflict.theirs, conflict.field))
        self.union_edit.setPlainText(
            union_text(shown_value(conflict.ours), shown_value(conflict.theirs)) if is_text else ""
        )

    def _where(self, conflict: conflicts.Conflict) -> str:
        """Which note (or record) the two versions belong to, as the secretary finds it in the minutes."""
        parts = []
        if conflict.table_number:
            parts.append(self.tr("Table %1").replace("%1", str(conflict.table_number)))
        question = conflicts.question_of(self.store, conflict)
        if question is not None:
            parts.append(
                self.tr("question %1: %2").replace("%1", str(question[0])).replace("%2", question[1])
            )
        if conflict.deleted:
            parts.append(self.tr("the note itself was deleted"))
        return " · ".join(parts)

    def ask_to_resolve(self, choice: str) -> None:
        """Settling asks first: which version stays, and that it can be reopened."""
        conflict = self.current()
        if conflict is None:
            return
        if choice == "text":
            what = self.tr("Keep the edited union?")
            aside = self.tr("Both versions are set aside for the edited text.")
        else:
            kept, other = (
                (conflict.ours_stamp, conflict.theirs_stamp)
                if choice == "ours"
                else (conflict.theirs_stamp, conflict.ours_stamp)
            )
            what = self.tr("Keep the version of %1?").replace("%1", self.who(conflict, kept))
            # The box's title is not shown everywhere: the body names both sides too
            aside = (
                self.tr("The version of %1 is kept; the version of %2 is set aside.")
                .replace("%1", self.who(conflict, kept))
                .replace("%2", self.who(conflict, other))
            )
        msgbox.question(
            self,
            what,
            aside
            + " "
            + self.tr("You can reopen the conflict afterwards with “Reopen the last settled conflict”."),
            on_answer=lambda yes: yes and self.resolve(choice),
        )

    def reopen_last(self) -> bool:
        """Reopen the conflict of this conference settled last (its resolution is deleted)."""
        settled = (
            conflicts.settled(self.store, self.context.conference_id) if self.context.conference_id else []
        )
        if not settled:
            return False
        try:
            conflicts.reopen(self.store, settled[0].id)
        except UserError as exc:
            error_box(self, self.tr("Cannot reopen the conflict"), exc)
            return False
        self.context.changed()
        return True

    def resolve(self, choice: str) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        text = self.union_edit.toPlainText() if choice == "text" else None
        try:
            conflicts.resolve(self.store, conflict.id, choice, text)
        except UserError as exc:
            error_box(self, self.tr("Cannot settle the conflict"), exc)
            return False
        self.context.changed()
        return True


def _capital(words: str) -> str:
    """'the secretariat' begins a line or a cell as 'The secretariat' (Swedish: 'Sekretariatet')."""
    return words[:1].upper() + words[1:]
