"""Conflicts as a secretary decides them: the list gives each version of a conflict a line of its own,
named by who wrote it (the chair's trusted name, or the secretariat), when and from which export
(ui/secretariat/conflict_sides.py); below it the chosen conflict's two versions side by side and, for a
text, an edited union; the secretary keeps one, the other, or the union after saying yes to it, and
can reopen the last settled conflict (app/conflicts.py writes and deletes the resolution record).

Signals:
    count_changed(int)  how many conflicts are open for the conference
    union_to_apply(str, str, str)  a note id, her union for its text, the note's rev she was shown
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conflicts, notes
from app.errors import UserError
from ui import msgbox
from ui.bundle_messages import error_box, say
from ui.empty_state import EmptyState
from ui.one_line_label import OneLineLabel
from ui.secretariat.conflict_sides import ConflictWords, SideRow, shown_value, side_rows
from ui.secretariat.context import SecretariatContext
from ui.secretariat.plural import plural
from ui.secretariat.rows_model import Column, RowsModel
from ui.secretariat.settled_dialog import SettledDialog


def union_text(ours: str, theirs: str) -> str:
    """Both versions, the kept one first, for the secretary to edit into one."""
    if theirs.strip() in ours:
        return ours
    if ours.strip() in theirs:
        return theirs
    return f"{ours.rstrip()}\n{theirs.strip()}"


def lines_high(edit: QPlainTextEdit, lines: int) -> int:
    """The height that shows `lines` whole lines of an edit's text, with its frame and margins."""
    margin = edit.document().documentMargin()
    return edit.fontMetrics().lineSpacing() * lines + round(2 * margin) + 2 * edit.frameWidth()


class ConflictsPanel(QWidget):
    count_changed = Signal(int)
    union_to_apply = Signal(str, str, str)

    def __init__(self, context: SecretariatContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.words = ConflictWords(self.store)
        self.field_labels = self.words.field_labels
        words = self.words
        self.model = RowsModel(
            [
                Column(
                    "table",
                    self.tr("Table"),
                    lambda r: (r.conflict.table_number or "") if r.first else "",
                    align_right=True,
                    # the second version's line is blank there to the eye, not to a screen reader
                    accessible=lambda r: self.tr("Table %1").replace(
                        "%1", str(r.conflict.table_number or "")
                    ),
                ),
                Column(
                    "field",
                    self.tr("Field"),
                    lambda r: words.field(r.conflict) if r.first else "",
                    accessible=lambda r: words.field(r.conflict),
                ),
                Column("who", self.tr("Written by"), words.writer_cell),
                Column("when", self.tr("Edited"), lambda r: words.written_time(r.conflict, r.stamp)),
                Column(
                    "from",
                    self.tr("From"),
                    lambda r: words.source(r.conflict, r.stamp, short=True),
                    tooltip=lambda r: words.source(r.conflict, r.stamp),
                ),
                Column(
                    "value",
                    self.tr("Version"),
                    lambda r: words.preview(
                        r.value,
                        r.conflict.field,
                        [v for v in (r.conflict.ours, r.conflict.theirs) if v != r.value],
                    ),
                    tooltip=lambda r: words.display(r.value, r.conflict.field),
                ),
            ],
            self._load,
            parent=self,
            background=self._background,
        )
        self._shade = self.palette().alternateBase()
        self._union_of = ""  # the conflict whose union the box holds
        self._listed_for = ""  # the conference whose conflicts the list was last read for
        self._build()
        context.conference_changed.connect(self.refresh)
        context.data_changed.connect(self.refresh)
        self.refresh()

    def who(self, conflict: conflicts.Conflict, stamp: tuple[str, str]) -> str:
        return self.words.who(conflict, stamp)

    def _background(self, row: SideRow):
        return self._shade if row.group % 2 else None  # the two lines of one conflict read as one

    def _load(self) -> list[SideRow]:
        if not self.context.conference_id:
            return []
        found = conflicts.open_conflicts(self.store, self.context.conference_id)
        # once per load, not per paint; by table, then text before the rest
        return side_rows(self.words.load(self.context.conference_id, found))

    def conflicts(self) -> list[conflicts.Conflict]:
        """The open conflicts, in the order they are listed."""
        return [r.conflict for r in self.model.rows() if r.first]

    def row_of(self, conflict: conflicts.Conflict) -> int:
        """The list line of the conflict's first version (-1 when it is not listed)."""
        return next(
            (i for i, r in enumerate(self.model.rows()) if r.first and r.conflict.id == conflict.id), -1
        )

    def select_conflict(self, conflict: conflicts.Conflict) -> None:
        row = self.row_of(conflict)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Undoing a choice is about the list, not the chosen conflict: its buttons sit beside the count
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Open conflicts"))
        top.addWidget(self.summary, 1)
        self.reopen_button = QPushButton(self.tr("Re&open the last settled conflict"))
        self.reopen_button.setToolTip(self.tr("Undo the last choice made here: both versions are open again"))
        self.reopen_button.clicked.connect(self.reopen_last)
        top.addWidget(self.reopen_button)
        self.settled_button = QPushButton(self.tr("&Settled…"))
        self.settled_button.setToolTip(self.tr("The conflicts settled so far: reopen any one of them"))
        self.settled_button.setAccessibleName(self.tr("Settled conflicts"))
        self.settled_button.clicked.connect(self.show_settled)
        top.addWidget(self.settled_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Open conflicts"))
        self._any_settled = False
        self.empty_state = EmptyState(self.view, self._empty_text)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # the version: what is left
        self.view.setWordWrap(False)  # one line per version; the whole text is in the details below
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._select_both)
        splitter.addWidget(self.view)
        splitter.addWidget(self._sides())
        splitter.setStretchFactor(0, 1)  # a day's conflicts are many: room for the list too
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([10_000, 10_000])  # half each, whatever the two want
        layout.addWidget(splitter, 1)
        self.keep_ours_button.clicked.connect(lambda: self.ask_to_resolve("ours"))
        self.keep_theirs_button.clicked.connect(lambda: self.ask_to_resolve("theirs"))
        self.keep_union_button.clicked.connect(lambda: self.ask_to_resolve("text"))
        # Not a focus proxy: Qt 6 then skips, on Tab, the controls made before the view (filters, buttons).
        self.initial_focus = self.view

    def _sides(self) -> QWidget:
        """The chosen conflict: its two versions side by side, a button under each, and the own text."""
        sides = QWidget()
        grid = QGridLayout(sides)
        # The panel has its margins already: a second set around the details only takes height
        grid.setContentsMargins(0, grid.verticalSpacing(), 0, 0)
        # One line each, the whole of it in the tooltip when it is cut: a wrapped line would push the
        # texts off a small screen (a grid gives a label its one-line height, whatever it wraps to).
        self.where_label = OneLineLabel()
        self.where_label.setAccessibleName(self.tr("Where the conflict is"))
        grid.addWidget(self.where_label, 0, 0, 1, 2)
        self.ours_label = OneLineLabel()
        self.theirs_label = OneLineLabel()
        self.ours_edit = QPlainTextEdit()
        self.theirs_edit = QPlainTextEdit()
        for edit, name in (
            (self.ours_edit, self.tr("The version in use now")),
            (self.theirs_edit, self.tr("The competing version")),
        ):
            edit.setReadOnly(True)
            edit.setAccessibleName(name)
            edit.setTabChangesFocus(True)
        self.union_label = QLabel(self.tr("E&dited union:"))
        self.union_edit = QPlainTextEdit()
        for edit in (self.ours_edit, self.theirs_edit, self.union_edit):
            # Two whole lines at least, the list the rest: a text edit's wish for 200 pixels would crowd
            # it out, and three lines each made the window taller than a 1366×768 laptop at 150 %.
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            edit.setMinimumHeight(lines_high(edit, 2))
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
        union_row = QHBoxLayout()
        union_row.addWidget(self.union_label)
        union_row.addStretch(1)
        self.keep_union_button = QPushButton(self.tr("Keep the edited &union"))
        union_row.addWidget(self.keep_union_button)
        grid.addLayout(union_row, 4, 0, 1, 2)
        grid.addWidget(self.union_edit, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)  # the two versions side by side, as wide as each other
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)  # the room goes to the texts, not between the lines
        grid.setRowStretch(5, 1)
        return sides

    def _empty_text(self) -> str:
        # Once she settled the last one, "no two edits have collided" told her something untrue.
        if self._any_settled:
            return self.tr("No open conflicts: every conflict so far is settled (“Settled…” lists them).")
        return self.tr("No open conflicts: no two edits of the same text have collided.")

    def refresh(self, *_args) -> None:
        current = self.current()
        typed = (
            current is not None and current.id == self._union_of and self.union_edit.document().isModified()
        )
        typing = self.union_edit.toPlainText() if typed else None
        place = self.conflicts().index(current) if current in self.conflicts() else 0
        same_conference = self._listed_for == self.context.conference_id
        self._listed_for = self.context.conference_id
        any_settled = self._any_settled = bool(
            self.context.conference_id and conflicts.settled(self.store, self.context.conference_id)
        )
        self.model.reload()
        rows = self.conflicts()
        self.summary.setText(
            self.tr("No open conflicts.")
            if not rows
            else plural(len(rows), self.tr("One open conflict"), self.tr("%1 open conflicts"))
        )
        self.count_changed.emit(len(rows))
        self.reopen_button.setEnabled(any_settled)
        self.settled_button.setEnabled(any_settled)
        # The same conflict; once it is settled, the one after it: the secretary works down the list
        after = rows[min(place, len(rows) - 1)] if rows else None
        kept = next((c for c in rows if current and c.id == current.id), after)
        if kept is not None:
            self.select_conflict(kept)
        self._show(self.current())
        gone = current is not None and all(c.id != current.id for c in rows)
        if typing is not None and gone and same_conference:  # (another conference chosen settles nothing)
            self._settled_meanwhile(current, typing)

    def _settled_meanwhile(self, conflict: conflicts.Conflict, union: str) -> None:
        """Settled elsewhere while she wrote its union: the list moved on, so say so and keep her text."""
        record = self.store.get(conflict.record_type, conflict.record_id, include_deleted=True)
        kept = self.words.display(record.get(conflict.field), conflict.field) if record else ""
        told = (
            self.tr(
                "This conflict was settled elsewhere (by a colleague or in another window) while you were"
                " writing your union.\n\nKept now: “%1”\n\nYour union: “%2”"
            )
            .replace("%1", kept)
            .replace("%2", union)
        )
        title = self.tr("Settled meanwhile")
        a_note_text = (conflict.record_type, conflict.field) == ("note", "text")
        if not a_note_text or record is None or record.get("deleted"):
            msgbox.information(self, title, told)
            return
        rev = notes.note(self.store, conflict.record_id).rev
        msgbox.question(
            self,
            title,
            told
            + "\n\n"
            + self.tr(
                "Save your union as the note's text? No discards it. If the note changes again meanwhile,"
                " both texts are kept under Conflicts."
            ),
            on_answer=lambda yes: yes and self.union_to_apply.emit(conflict.record_id, union, rev),
        )

    def current(self) -> conflicts.Conflict | None:
        index = self.view.currentIndex()
        return (
            self.model.row_at(index.row()).conflict
            if index.isValid() and index.row() < self.model.rowCount()
            else None
        )

    def _on_current_changed(self, *_args) -> None:
        self._select_both()
        self._show(self.current())

    def _select_both(self, *_args) -> None:
        """Both lines of the chosen conflict are the choice, whichever was clicked (the view selects
        the clicked line after telling the current one changed: this runs after both)."""
        conflict = self.current()
        if conflict is None:
            return
        first = self.row_of(conflict)
        selection = self.view.selectionModel()
        if {i.row() for i in selection.selectedRows()} != {first, first + 1}:
            last = self.model.columnCount() - 1
            both = QItemSelection(self.model.index(first, 0), self.model.index(first + 1, last))
            selection.select(both, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _show(self, conflict: conflicts.Conflict | None) -> None:
        has = conflict is not None
        for widget in (self.keep_ours_button, self.keep_theirs_button, self.ours_edit, self.theirs_edit):
            widget.setEnabled(has)
        why_not = conflicts.own_text_refusal(conflict) if conflict is not None else None
        reason = say(why_not) if why_not is not None else ""
        for widget in (self.union_label, self.union_edit, self.keep_union_button):
            widget.setEnabled(has and why_not is None)
        # Said in the box itself, where the own text would be written (a kind, a count, a theme list)
        self.union_edit.setPlaceholderText(reason)
        self.keep_union_button.setToolTip(reason)
        self.union_edit.setAccessibleDescription(reason)
        self.where_label.setText(self._where(conflict) if conflict is not None else "")
        if conflict is None:
            self.ours_label.setText("")
            self.theirs_label.setText("")
            # The names of a conflict settled (the last one, or under another conference) go with it
            self.keep_ours_button.setText(self.tr("Keep &left"))
            self.keep_theirs_button.setText(self.tr("Keep &right"))
            self.ours_edit.setAccessibleName(self.tr("The version in use now"))
            self.theirs_edit.setAccessibleName(self.tr("The competing version"))
            for edit in (self.ours_edit, self.theirs_edit, self.union_edit):
                edit.clear()
            self._union_of = ""
            return
        self.ours_label.setText(
            self.tr("%1 — in use now").replace("%1", self.words.side_label(conflict, conflict.ours_stamp))
        )
        self.theirs_label.setText(self.words.side_label(conflict, conflict.theirs_stamp))
        for button, stamp in (
            (self.keep_ours_button, conflict.ours_stamp),
            (self.keep_theirs_button, conflict.theirs_stamp),
        ):  # an "&" in a name is a letter, not a shortcut
            who = self.who(conflict, stamp).replace("&", "&&")
            button.setText(self.tr("Keep the version of %1").replace("%1", who))
        for edit, stamp in ((self.ours_edit, conflict.ours_stamp), (self.theirs_edit, conflict.theirs_stamp)):
            edit.setAccessibleName(self.tr("The version of %1").replace("%1", self.who(conflict, stamp)))
        self.ours_edit.setPlainText(self.words.display(conflict.ours, conflict.field))
        self.theirs_edit.setPlainText(self.words.display(conflict.theirs, conflict.field))
        if conflict.id == self._union_of and self.union_edit.document().isModified():
            return  # a refresh (her own save elsewhere, a colleague's change) keeps the union she is typing
        self._union_of = conflict.id
        self.union_edit.setPlainText(
            union_text(shown_value(conflict.ours), shown_value(conflict.theirs)) if why_not is None else ""
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
            + self.tr("You can reopen the conflict afterwards with “Reopen the last settled conflict”.")
            + " "
            + self.tr(
                "Settling travels to every copy of the record, and the text can still be edited under Notes."
            ),
            on_answer=lambda yes: yes and self.resolve(choice),
        )

    def show_settled(self) -> SettledDialog | None:
        """The settled conflicts of this conference, to reopen any one (not only the last)."""
        if not self.context.conference_id:
            return None
        dialog = SettledDialog(self.store, self.context.conference_id, self.words, self.context.changed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
            conflicts.resolve(self.store, conflict.id, choice, text, conference_id=conflict.conference_id)
        except UserError as exc:
            error_box(self, self.tr("Cannot settle the conflict"), exc)
            return False
        self.union_edit.document().setModified(False)  # settled here: the union is used or set aside by her
        # What settling wrote is this window's own: an undo of its earlier edit is not told otherwise.
        settled = self.store.get(conflict.record_type, conflict.record_id, include_deleted=True)
        if settled is not None:
            self.context.saved_here.add(tuple(settled["stamps"][conflict.field]))
        self.context.changed()
        return True
