"""Review: every note of the conference, filtered and searched; typo fixes and theme tags with undo;
duplicate proposals merged into one that keeps its originals; conflicts settled side by side.

Keyboard: Ctrl+F the search field; F2 edits the current note's text; Ctrl+T opens its theme tags;
Ctrl+M merges the selected proposals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import conferences, notes
from app.model import NOTE_KINDS, Note
from app.review import NoteFilter
from ui.empty_state import EmptyState
from ui.numbers import count_text
from ui.open_editor import commit_open_editor
from ui.reload_after_edit import ReloadAfterEdit
from ui.secretariat.context import SecretariatContext
from ui.secretariat.leave_out import LeaveOut
from ui.secretariat.note_fields import ask_votes, kind_menu
from ui.secretariat.note_text_delegate import NoteTextDelegate
from ui.secretariat.notes_model import COL_TABLE, COL_TEXT, COL_THEMES, NotesModel
from ui.secretariat.plural import plural
from ui.secretariat.proposal_merging import ask_merge, merge_proposals
from ui.secretariat.review_columns import ReviewColumns
from ui.secretariat.seen_edits import SeenEdit
from ui.undo import push_edit

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying


class ReviewView(QWidget):
    def __init__(self, context: SecretariatContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.kind_labels = {
            "note": self.tr("Note"),
            "proposal": self.tr("Proposal"),
            "guiding-word": self.tr("Guiding word"),
            "action": self.tr("To do"),  # the chair's word for the kind (her button, the minutes)
        }
        headers = [
            self.tr("Table"),
            self.tr("Q."),
            self.tr("Kind"),
            self.tr("Text"),
            self.tr("Themes"),
            self.tr("Votes"),
            self.tr("Merged into"),
        ]
        self.model = NotesModel(self.store, headers, self.kind_labels, self)
        self.model.on_text_edited = self._on_text_edited
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.query_done.connect(self._on_query_done)
        # After a save the selection follows its notes into the rows read again: those selected when the
        # result lands (she may have clicked another note while the read ran), not when it was asked.
        self._following = False
        self._keep_selection: tuple[set[str], str | None, int] = (set(), None, COL_TEXT)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        context.conference_changed.connect(self._on_conference_changed)
        context.data_changed.connect(self._on_data_changed)
        self._on_conference_changed()

    # -- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.inner_tabs = QTabWidget()
        layout.addWidget(self.inner_tabs)

        notes_page = QWidget()
        page = QVBoxLayout(notes_page)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the notes (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        # Its whole hint, Ctrl+F included, even at 150 % on a laptop: the filters give up a little room
        hint = self.search_edit.fontMetrics().horizontalAdvance(self.search_edit.placeholderText())
        self.search_edit.setMinimumWidth(hint + 20)
        filters.addWidget(self.search_edit, 3)
        self.question_combo = self._filter_combo(self.tr("&Question:"), filters)
        self.theme_combo = self._filter_combo(self.tr("T&heme:"), filters)
        self.table_combo = self._filter_combo(self.tr("&Table:"), filters)
        self.kind_combo = self._filter_combo(self.tr("&Kind:"), filters)
        page.addLayout(filters)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Notes of the conference"))
        self.empty_state = EmptyState(self.view, self._empty_text)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegateForColumn(COL_TEXT, NoteTextDelegate(self.view))
        # A reset would close the editor and lose her typing: read again once it closes. The row keeps
        # the version the editor opened on, so her save still finds a colleague's change meanwhile.
        self._reload = ReloadAfterEdit(self.view, self._read_again)
        self.model.hold, self.model.on_held = self._reload.editing, self._reload.request  # a query's too
        self.view.installEventFilter(self)  # F2 edits the text whichever cell of the row is current
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.columns = ReviewColumns(self.view, self.model)  # the text gets the room
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.leave_out = LeaveOut(self)  # Ctrl+Shift+L, and in the context menu
        page.addWidget(self.view, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of notes shown"))
        actions.addWidget(self.count_label, 1)
        self.edit_button = QPushButton(self.tr("Edit te&xt"))
        self.edit_button.setToolTip(self.tr("F2"))
        self.edit_button.clicked.connect(self.edit_current)
        self.themes_button = QPushButton(self.tr("Theme ta&gs…"))
        self.themes_button.setShortcut(QKeySequence("Ctrl+T"))
        self.themes_button.setToolTip(self.tr("Ctrl+T"))
        self.themes_button.clicked.connect(self.show_theme_menu)
        self.merge_button = QPushButton(self.tr("&Merge proposals…"))
        self.merge_button.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_button.setToolTip(
            self.tr("Merge the selected proposals into one, keeping every original (Ctrl+M)")
        )
        self.merge_button.clicked.connect(self._on_merge_clicked)
        for button in (self.edit_button, self.themes_button, self.merge_button):
            actions.addWidget(button)
        page.addLayout(actions)
        self.inner_tabs.addTab(notes_page, self.tr("&Notes"))

        self.conflicts_panel = self._conflicts_panel()
        if self.conflicts_panel is not None:
            self.inner_tabs.addTab(self.conflicts_panel, self.tr("&Conflicts"))
            self.conflicts_panel.count_changed.connect(self._on_conflict_count)
            self.conflicts_panel.union_to_apply.connect(
                lambda note_id, text, rev: self.edit_text(note_id, text, seen_rev=rev)
            )
        # Not a focus proxy: Qt 6 then skips, on Tab, the controls made before the view (filters, buttons).
        self.initial_focus = self.view

    def _conflicts_panel(self):
        try:
            from ui.secretariat.conflicts_panel import ConflictsPanel
        except ImportError:  # the merge service is not in this build
            return None
        return ConflictsPanel(self.context)

    def _filter_combo(self, label_text: str, row: QHBoxLayout) -> QComboBox:
        label = QLabel(label_text)
        combo = QComboBox()
        combo.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)  # room for the search field's hint beside four of them
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(self.apply_filter)
        row.addWidget(label)
        row.addWidget(combo, 1)
        return combo

    def _on_conflict_count(self, count: int) -> None:
        index = self.inner_tabs.indexOf(self.conflicts_panel)
        text = (
            self.tr("&Conflicts")
            if not count
            else self.tr("&Conflicts (%1)").replace("%1", count_text(count))
        )
        self.inner_tabs.setTabText(index, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_F2
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

    # -- filters ----------------------------------------------------------------------------------

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for label, data in items:
                combo.addItem(label, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _on_conference_changed(self, *_args) -> None:
        c = self.context.conference()
        if c is None:
            for combo in (self.question_combo, self.theme_combo, self.table_combo, self.kind_combo):
                self._fill(combo, [])
        else:
            self._fill(
                self.question_combo,
                [(f"{q.position}. {q.text}", q.id) for q in conferences.questions(self.store, c.id)],
            )
            self._fill(
                self.theme_combo, [(t.name, t.id) for t in conferences.themes(self.store, c.process_id)]
            )
            self._fill(
                self.table_combo,
                [
                    (self.tr("Table %1").replace("%1", str(t.number)), t.number)
                    for t in conferences.tables(self.store, c.id)
                ],
            )
            self._fill(self.kind_combo, [(self.kind_labels[k], k) for k in NOTE_KINDS])
        self.apply_filter()

    def current_filter(self) -> NoteFilter:
        return NoteFilter(
            question_id=self.question_combo.currentData() or "",
            theme_id=self.theme_combo.currentData() or "",
            table_number=self.table_combo.currentData(),
            kind=self.kind_combo.currentData() or "",
            text=self.search_edit.text(),
        )

    def _empty_text(self) -> str:
        combos = (self.question_combo, self.theme_combo, self.table_combo, self.kind_combo)
        if self.search_edit.text().strip() or any(c.currentIndex() > 0 for c in combos):
            return self.tr("No note matches the search and filters.")
        return self.tr("No notes yet. They arrive when the tables' bundles are merged (Collect, then Merge).")

    def apply_filter(self, *_args) -> None:
        self._search_timer.stop()
        commit_open_editor(self.view, COL_TEXT)
        self.model.set_query(self.context.conference_id, self.current_filter())

    def _on_data_changed(self) -> None:
        """Read again after an edit or a merge (once her open editor closes, if one is)."""
        self._reload.request()

    def _read_again(self) -> None:
        """The selection and the current cell follow their notes."""
        self._following = True
        if self._lookups_stale():
            self._on_conference_changed()
        else:
            self.model.refresh()

    def _remember_selection(self) -> None:
        """Just before the rows are made anew: the old ones are still there to name the selected notes."""
        if not self._following:
            return
        current = self.view.currentIndex()
        self._keep_selection = (
            {n.id for n in self.selected_notes()},
            self.model.note_at(current.row()).id if current.isValid() else None,
            current.column() if current.isValid() else COL_TEXT,
        )

    def _on_query_done(self) -> None:
        selected, current_id, column = self._keep_selection
        self._following, self._keep_selection = False, (set(), None, COL_TEXT)
        selection = self.view.selectionModel()
        for note_id in selected:
            row = self.model.row_of(note_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if current_id is not None and (row := self.model.row_of(current_id)) >= 0:
            selection.setCurrentIndex(self.model.index(row, column), selection.SelectionFlag.NoUpdate)
        self._update_count()
        self._update_buttons()

    def _lookups_stale(self) -> bool:
        c = self.context.conference()
        if c is None:
            return False
        return self.question_combo.count() - 1 != len(conferences.questions(self.store, c.id)) or (
            self.theme_combo.count() - 1 != len(conferences.themes(self.store, c.process_id))
        )

    def _update_count(self) -> None:
        self.count_label.setText(plural(self.model.total(), self.tr("One note"), self.tr("%1 notes")))

    # -- selection --------------------------------------------------------------------------------

    def selected_notes(self) -> list[Note]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.note_at(row) for row in rows]

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_notes()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.themes_button.setEnabled(bool(chosen))
        proposals = [n for n in chosen if n.kind == "proposal"]
        self.merge_button.setEnabled(len(proposals) >= 2 and len(proposals) == len(chosen))
        self.leave_out.update()

    def focus_search(self) -> None:
        """Ctrl+F, from whichever tab (the window's action): the notes' search field, its text selected."""
        self.inner_tabs.setCurrentIndex(0)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_table(self, number: int) -> None:
        """Only this table's notes, every other filter cleared."""
        for combo in (self.question_combo, self.theme_combo, self.kind_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.inner_tabs.setCurrentIndex(0)
        index = self.table_combo.findData(number)
        if index == self.table_combo.currentIndex():
            self.apply_filter()
        else:
            self.table_combo.setCurrentIndex(index)

    def select_note(self, note_id: str) -> bool:
        while self.model.row_of(note_id) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, COL_TABLE))
        return True

    # -- edits ------------------------------------------------------------------------------------

    def _push(self, text: str, redo, undo) -> bool:
        return push_edit(
            self.context.undo_stack,
            self,
            text,
            redo,
            undo,
            error_title=self.tr("Cannot change the note"),
            after=self.context.changed,
        )

    def _on_text_edited(self, note: Note, text: str) -> None:
        # Deferred: the delegate is still inside setData; reloading the model there would pull its row away.
        QTimer.singleShot(0, lambda: self.edit_text(note.id, text, seen_rev=note.rev))

    def edit_text(self, note_id: str, text: str, *, seen_rev: str = "") -> bool:
        """Save an edited text. `seen_rev`: the note as the list showed it; if another secretary saved
        it since, her text stays open beside this one under Conflicts (never silently overwritten)."""
        old = notes.note(self.store, note_id).text
        step = SeenEdit(
            self,
            self.store,
            {note_id: seen_rev},
            {note_id: {"text": text}},
            {note_id: {"text": old}},
            self.tr(
                "Someone else saved this note while you were editing it. Your text is saved, and theirs"
                " is kept beside it under Conflicts for you to choose."
            ),
            own=self.context.saved_here,
        )
        return self._push(self.tr("Edit note"), step.redo, step.undo)

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(self.model.index(index.row(), COL_TEXT))

    def set_theme(self, theme_id: str, on: bool, chosen: list[Note] | None = None) -> bool:
        """Tag (or untag) every selected note with a theme, as one undo step: the one tag goes on (or off)
        the tags stored now. A note another secretary re-tagged since the list showed it keeps her tags
        beside these as a conflict, for the side-by-side choice."""
        shown = chosen if chosen is not None else self.selected_notes()
        chosen = [notes.note(self.store, n.id) for n in shown]
        before = {n.id: list(n.themes) for n in chosen}
        after = {}
        for note_id, themes in before.items():
            if on:
                after[note_id] = themes if theme_id in themes else [*themes, theme_id]
            else:
                after[note_id] = [t for t in themes if t != theme_id]
        changed = {k: v for k, v in after.items() if v != before[k]}
        if not changed:
            return False
        step = SeenEdit(
            self,
            self.store,
            {n.id: n.rev for n in shown if n.id in changed},
            {note_id: {"themes": self._ordered(themes)} for note_id, themes in changed.items()},
            {note_id: {"themes": self._ordered(before[note_id])} for note_id in changed},
            own=self.context.saved_here,
        )
        name = self.model.theme_names().get(theme_id, "")
        label = self.tr("Tag with %1") if on else self.tr("Remove tag %1")
        return self._push(label.replace("%1", name), step.redo, step.undo)

    def _ordered(self, theme_ids: list[str]) -> list[str]:
        order = list(self.model.theme_names())
        return sorted(set(theme_ids), key=lambda t: order.index(t) if t in order else len(order))

    def theme_menu(self) -> QMenu:
        chosen = self.selected_notes()
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Theme tags"))
        for position, (theme_id, name) in enumerate(self.model.theme_names().items(), 1):
            tagged = [theme_id in n.themes for n in chosen]
            action = menu.addAction(f"&{position} {name}" if position < 10 else name)
            action.setCheckable(True)
            action.setChecked(bool(tagged) and all(tagged))
            action.triggered.connect(lambda on, t=theme_id, c=chosen: self.set_theme(t, on, c))
        return menu

    def show_theme_menu(self) -> None:
        if not self.selected_notes():
            return
        index = self.view.currentIndex()
        rect = self.view.visualRect(self.model.index(index.row(), COL_THEMES)) if index.isValid() else None
        where = self.view.viewport().mapToGlobal(rect.bottomLeft() if rect else QPoint(0, 0))
        menu = self.theme_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    def _on_context_menu(self, point: QPoint) -> None:
        if not self.selected_notes():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Edit text"), self.edit_current).setEnabled(len(self.selected_notes()) == 1)
        tags = self.theme_menu()
        tags.setTitle(self.tr("Theme tags"))
        menu.addMenu(tags)
        chosen = self.selected_notes()
        menu.addMenu(kind_menu(self, chosen))
        votes = menu.addAction(self.tr("Votes…"), lambda: ask_votes(self, chosen[0]))
        votes.setEnabled(len(chosen) == 1)
        merge = menu.addAction(self.tr("Merge proposals…"), self._on_merge_clicked)
        merge.setEnabled(self.merge_button.isEnabled())
        self.leave_out.add_to(menu)
        menu.popup(self.view.viewport().mapToGlobal(point))

    # -- merging duplicate proposals --------------------------------------------------------------

    def _on_merge_clicked(self) -> None:
        chosen = [n for n in self.selected_notes() if n.kind == "proposal"]
        ask_merge(self, self.context, chosen, self.merge_proposals)

    def merge_proposals(self, note_ids: list[str], text: str) -> str | None:
        """Merge proposals into one (app.proposals), as one undo step; returns the merged proposal's id."""
        return merge_proposals(self.context, self, note_ids, text)
