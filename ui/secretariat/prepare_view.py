"""Prepare: the conference's facts, themes, questions and tables in forms, and the secretariat's key.

Every field commits when it loses focus (or on Enter), as one step on the shared undo stack, through
the services in app/prepare.py. Loading a TOML description, saving one, and exporting the signed
conference pack are buttons here and entries in the window's File menu.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import conferences, prepare, prepare_seen
from app.model import Question, Table, Theme
from ui.reload_after_edit import ReloadAfterEdit
from ui.secretariat.context import SecretariatContext
from ui.secretariat.key_panel import KeyPanel
from ui.secretariat.prepare_lists import build_questions_box, build_tables_box, show_row, table_view
from ui.secretariat.prepare_saving import PrepareSaving, ShownFields
from ui.secretariat.rows_model import Column, RowsModel

_NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "not set"


class PrepareView(QWidget):
    """Signals:
    load_toml_requested()    the "Load TOML…" button
    save_toml_requested()    the "Save as TOML…" button
    export_pack_requested()  the "Export conference pack…" button
    new_conference_requested()
    """

    load_toml_requested = Signal()
    save_toml_requested = Signal()
    export_pack_requested = Signal()
    new_conference_requested = Signal()

    def __init__(self, context: SecretariatContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self._loading = False

        self.themes_model = RowsModel(
            [Column("name", self.tr("Theme"), lambda t: t.name, editable=True)],
            self._load_themes,
            self._on_theme_edited,
            self,
        )
        self.questions_model = RowsModel(
            [
                Column("position", self.tr("No."), lambda q: q.position, align_right=True),
                Column("text", self.tr("Question"), lambda q: q.text, editable=True),
                Column("round_minutes", self.tr("Minutes"), lambda q: q.round_minutes, True, True),
            ],
            self._load_questions,
            self._on_question_edited,
            self,
        )
        self.tables_model = RowsModel(
            [
                Column("number", self.tr("Table"), lambda t: t.number, editable=True, align_right=True),
                Column("name", self.tr("Name"), lambda t: t.name, editable=True),
                Column("chair_name", self.tr("Chair"), lambda t: t.chair_name, editable=True),
            ],
            self._load_tables,
            self._on_table_edited,
            self,
        )
        self._shown = ShownFields(_NO_DATE)  # each form field's value as last shown
        self.saving = PrepareSaving(
            self, context, self.tr("Cannot change the conference"), lambda: self.refresh(force=True)
        )
        self._build()
        # A list whose cell she is editing reloads once her editor closes: now would lose her typing.
        self._lists = [
            ReloadAfterEdit(view, model.reload)
            for view, model in (
                (self.themes_view, self.themes_model),
                (self.questions_view, self.questions_model),
                (self.tables_view, self.tables_model),
            )
        ]
        context.conference_changed.connect(self._on_conference_changed)
        context.data_changed.connect(self.refresh)
        self.refresh()

    # -- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # A page, not a stop of its own: Tab goes to its fields, and the page scrolls each into view
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        grid = QGridLayout(body)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New conference…"))
        self.load_button = QPushButton(self.tr("&Load TOML…"))
        self.save_button = QPushButton(self.tr("Save as TO&ML…"))
        self.export_button = QPushButton(self.tr("E&xport conference pack…"))
        self.export_button.setToolTip(
            self.tr("Sign the conference pack with the secretariat's key for the chairs")
        )
        for button, signal in (
            (self.new_button, self.new_conference_requested),
            (self.load_button, self.load_toml_requested),
            (self.save_button, self.save_toml_requested),
            (self.export_button, self.export_pack_requested),
        ):
            button.clicked.connect(signal)
            actions.addWidget(button)
        actions.addStretch(1)
        grid.addLayout(actions, 0, 0, 1, 2)

        self.empty_label = QLabel(
            self.tr("No conference yet. Create one with “New conference…” or load a TOML description.")
        )
        self.empty_label.setWordWrap(True)
        grid.addWidget(self.empty_label, 1, 0, 1, 2)

        self.facts_box = QGroupBox(self.tr("Conference"))
        form = QFormLayout(self.facts_box)
        self.process_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("not set"))
        self.venue_edit = QLineEdit()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, prepare.MAX_ROUND_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        for label, widget in (
            (self.tr("Pro&cess:"), self.process_edit),
            (self.tr("Or&ganisation:"), self.organisation_edit),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("Ven&ue:"), self.venue_edit),
            (self.tr("&Round length:"), self.minutes_spin),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.process_edit.editingFinished.connect(partial(self._on_process_field, "name"))
        self.organisation_edit.editingFinished.connect(partial(self._on_process_field, "organisation"))
        self.title_edit.editingFinished.connect(partial(self._on_conference_field, "title"))
        self.venue_edit.editingFinished.connect(partial(self._on_conference_field, "venue"))
        self.date_edit.editingFinished.connect(partial(self._on_conference_field, "date"))
        # A day picked in the calendar is a finished edit too; no need to leave the field.
        self.date_edit.calendarWidget().clicked.connect(lambda _d: self._on_conference_field("date"))
        self.minutes_spin.editingFinished.connect(partial(self._on_conference_field, "round_minutes"))
        grid.addWidget(self.facts_box, 2, 0)

        self.themes_box = QGroupBox(self.tr("Themes of the process"))
        themes_layout = QVBoxLayout(self.themes_box)
        self.themes_view = table_view(self.themes_model, self.tr("Themes"))
        self.themes_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        themes_layout.addWidget(self.themes_view)
        self.new_theme_edit = QLineEdit()
        self.new_theme_edit.setPlaceholderText(self.tr("New theme"))
        self.new_theme_edit.setAccessibleName(self.tr("New theme"))
        self.new_theme_edit.returnPressed.connect(self._on_add_theme)
        self.add_theme_button = QPushButton(self.tr("Add t&heme"))
        self.add_theme_button.clicked.connect(self._on_add_theme)
        row = QHBoxLayout()
        row.addWidget(self.new_theme_edit, 1)
        row.addWidget(self.add_theme_button)
        themes_layout.addLayout(row)
        grid.addWidget(self.themes_box, 3, 0)

        self.key_panel = KeyPanel(self.context.workspace, organisation=self.organisation_edit.text)
        grid.addWidget(self.key_panel, 4, 0)

        build_questions_box(self)
        grid.addWidget(self.questions_box, 2, 1)

        build_tables_box(self)
        grid.addWidget(self.tables_box, 3, 1, 2, 1)

        self._list_keys = {
            self.questions_view: {
                (Qt.Key.Key_Up, True): partial(self._on_move_question, -1),
                (Qt.Key.Key_Down, True): partial(self._on_move_question, +1),
                (Qt.Key.Key_Delete, False): self._on_delete_question,
            },
            self.tables_view: {(Qt.Key.Key_Delete, False): self._on_delete_table},
        }
        for view in self._list_keys:
            view.installEventFilter(self)
        self.question_up_button.setToolTip(self.tr("Ctrl+Up in the list of questions"))
        self.question_down_button.setToolTip(self.tr("Ctrl+Down in the list of questions"))
        self.delete_question_button.setToolTip(self.tr("Delete in the list of questions"))
        self.delete_table_button.setToolTip(self.tr("Delete in the list of tables"))

        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(3, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up/Down and Delete on the lists (not while a cell is being edited: then keys are text)."""
        keys = self._list_keys.get(watched) if hasattr(self, "_list_keys") else None
        if (
            keys
            and event.type() == QEvent.Type.KeyPress
            and watched.state() != QAbstractItemView.State.EditingState
        ):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            slot = keys.get((Qt.Key(event.key()), ctrl))
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    # -- reading ----------------------------------------------------------------------------------

    def _load_themes(self) -> list[Theme]:
        c = self.context.conference()
        return conferences.themes(self.store, c.process_id) if c else []

    def _load_questions(self) -> list[Question]:
        c = self.context.conference()
        return conferences.questions(self.store, c.id) if c else []

    def _load_tables(self) -> list[Table]:
        c = self.context.conference()
        return conferences.tables(self.store, c.id) if c else []

    def _on_conference_changed(self, _conference_id: str) -> None:
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Show the store as it is now. A field she is typing in keeps her text (and what it showed
        before, which her save is checked on), and a list whose cell she is editing reloads after."""
        c = self.context.conference()
        has = c is not None
        for widget in (self.facts_box, self.themes_box, self.questions_box, self.tables_box):
            widget.setEnabled(has)
        self.save_button.setEnabled(has)
        self.export_button.setEnabled(has)
        self.empty_label.setVisible(not has)
        # Without a conference the greyed length said "1 min", a length nobody chose: it says "not set"
        self.minutes_spin.setSpecialValueText("" if has else self.tr("not set"))
        self.minutes_spin.setMinimum(1 if has else 0)
        if not has:
            self.minutes_spin.setValue(0)
        self._loading = True
        try:
            if c is not None:
                self._shown.showing(c.id, c.process_id)
                process = prepare.process(self.store, c.process_id)
                date = QDate.fromString(c.date, "yyyy-MM-dd") if c.date else _NO_DATE
                for key, widget, value, shown in (
                    (("process", "name"), self.process_edit, process.name, None),
                    (("process", "organisation"), self.organisation_edit, process.organisation, None),
                    (("conference", "title"), self.title_edit, c.title, None),
                    (("conference", "venue"), self.venue_edit, c.venue, None),
                    (("conference", "date"), self.date_edit, c.date, date if date.isValid() else _NO_DATE),
                    (("conference", "round_minutes"), self.minutes_spin, c.round_minutes, c.round_minutes),
                ):
                    self._shown.show(key, widget, value, shown, force)
            for reload in self._lists:
                reload.request()
            self.key_panel.refresh()
        finally:
            self._loading = False

    # -- edits ------------------------------------------------------------------------------------

    def _save(self, text: str, seen: list, do, undo, **how: Any) -> bool:
        """An edit checked against what the form showed (ui/secretariat/prepare_saving.py)."""
        return self.saving.save(text, seen, do, lambda _r, _before: undo(), **how)

    def _on_process_field(self, field: str) -> None:
        if self.context.closing:  # the store may be closed already
            return
        c = self.context.conference()
        if self._loading or c is None:
            return
        edit = self.process_edit if field == "name" else self.organisation_edit
        old, new = self._shown.get(("process", field)), edit.text()
        if new.strip() == old:
            return
        ok = self.saving.edit_field(
            self.tr("Change process"),
            ("process", c.process_id, field),
            old,
            new,
            lambda value: prepare.edit_process(self.store, c.process_id, **{field: value}),
        )
        if not ok:
            edit.setText(old)

    def _conference_value(self, field: str) -> Any:
        if field == "date":
            date = self.date_edit.date()
            return "" if date == _NO_DATE else date.toString("yyyy-MM-dd")
        if field == "round_minutes":
            return self.minutes_spin.value()
        return {"title": self.title_edit, "venue": self.venue_edit}[field].text()

    def _on_conference_field(self, field: str) -> None:
        if self.context.closing:  # the store may be closed already
            return
        c = self.context.conference()
        if self._loading or c is None:
            return
        old, new = self._shown.get(("conference", field)), self._conference_value(field)
        if (new.strip() if isinstance(new, str) else new) == old:
            return
        ok = self.saving.edit_field(
            self.tr("Change conference"),
            ("conference", c.id, field),
            old,
            new,
            lambda value: prepare.edit_conference(self.store, c.id, **{field: value}),
        )
        if not ok:
            self.refresh(force=True)

    def _on_theme_edited(self, theme: Theme, _key: str, value: Any) -> None:
        self.saving.edit_field(
            self.tr("Rename theme"),
            ("theme", theme.id, "name"),
            theme.name,
            str(value),
            lambda name: prepare.rename_theme(self.store, theme.id, name),
        )

    def _made(self, kind: str) -> Any:
        """What a record the step created is as made: its undo is checked on it."""
        return lambda record_id: prepare_seen.now(self.store, kind, record_id, prepare_seen.FIELDS[kind])

    def _on_add_theme(self) -> None:
        c = self.context.conference()
        name = self.new_theme_edit.text()
        if c is None or not name.strip():
            return
        if self.saving.save(
            self.tr("Add theme"),
            [],
            lambda: prepare.add_theme(self.store, c.process_id, name),
            lambda created, _before: prepare.remove_theme(self.store, created),
            lambda created: prepare.restore_theme(self.store, created),
            mine={},
            made=self._made("theme"),
        ):
            self.new_theme_edit.clear()  # and the new theme shown: with many, the box shows two or three
            show_row(self.themes_view, self.themes_model.rowCount() - 1)  # the last place is the new one's

    def _on_question_edited(self, question: Question, key: str, value: Any) -> None:
        self.saving.edit_field(
            self.tr("Edit question"),
            ("question", question.id, key),
            getattr(question, key),
            value,
            lambda v: prepare.edit_question(self.store, question.id, **{key: v}),
        )

    def _selected(self, view: QTableView, model: RowsModel) -> Any | None:
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def _on_add_question(self) -> None:
        c = self.context.conference()
        text = self.new_question_edit.text()
        if c is None:
            return
        if not text.strip():
            self.new_question_edit.setFocus()
            return
        if self.saving.save(
            self.tr("Add question"),
            [],
            lambda: prepare.add_question(self.store, c.id, text),
            lambda created, _before: prepare.delete_question(self.store, created),
            lambda created: prepare.restore_question(self.store, created, len(self._load_questions()) + 1),
            mine={},
            made=self._made("question"),
        ):
            self.new_question_edit.clear()
            show_row(self.questions_view, self.questions_model.rowCount() - 1)

    def _on_move_question(self, step: int) -> None:
        question = self._selected(self.questions_view, self.questions_model)
        if question is None:
            return
        target = question.position + step
        if not 1 <= target <= self.questions_model.rowCount():
            return
        shown = [q.id for q in self.questions_model.rows()]
        moved = [i for i in shown if i != question.id]
        moved.insert(target - 1, question.id)
        c = question.conference_id
        if self._save(
            self.tr("Move question"),
            [prepare_seen.order_seen(c, shown)],
            lambda: prepare.move_question(self.store, question.id, target),
            lambda: prepare.move_question(self.store, question.id, question.position),
            mine={(c, prepare_seen.ORDER): tuple(moved)},
        ):
            self.questions_view.selectRow(target - 1)

    def _on_delete_question(self) -> None:
        question = self._selected(self.questions_view, self.questions_model)
        if question is None:
            return
        shown = {"text": question.text, "round_minutes": question.round_minutes}
        self._save(
            self.tr("Delete question"),
            prepare_seen.field_seen("question", question.id, shown),
            lambda: prepare.delete_question(self.store, question.id),
            lambda: prepare.restore_question(self.store, question.id, question.position),
            mine={(question.id, f"question.{name}"): None for name in shown},
            lock=[question.conference_id],
        )

    def _on_table_edited(self, table: Table, key: str, value: Any) -> None:
        old = getattr(table, key)
        if key == "number":
            try:
                value = int(value)
            except (TypeError, ValueError):
                value = str(value)  # the service refuses it with a clear message
        self.saving.edit_field(
            self.tr("Edit table"),
            ("table", table.id, key),
            old,
            value,
            lambda v: prepare.edit_table(self.store, table.id, **{key: v}),
        )

    def _on_add_table(self) -> None:
        c = self.context.conference()
        if c is None:
            return
        chair = self.new_chair_edit.text()

        def add() -> str:
            number = prepare.next_table_number(self.store, c.id)
            name = self.tr("Table %1").replace("%1", str(number))
            return prepare.add_table(self.store, c.id, number, name=name, chair_name=chair)

        if self.saving.save(
            self.tr("Add table"),
            [],
            add,
            lambda created, _before: prepare.delete_table(self.store, created),
            lambda created: prepare.restore_table(self.store, created),
            mine={},
            made=self._made("table"),
        ):
            self.new_chair_edit.clear()
            show_row(self.tables_view, self.tables_model.rowCount() - 1)

    def _on_delete_table(self) -> None:
        table = self._selected(self.tables_view, self.tables_model)
        if table is None:
            return
        shown = {"number": table.number, "name": table.name, "chair_name": table.chair_name}
        self._save(
            self.tr("Delete table"),
            prepare_seen.field_seen("table", table.id, shown),
            lambda: prepare.delete_table(self.store, table.id),
            lambda: prepare.restore_table(self.store, table.id),
            mine={(table.id, f"table.{name}"): None for name in shown},
        )
