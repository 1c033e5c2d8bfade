"""The chair's window's actions and menus: every command with its shortcut, status tip and place in a
menu, and the tag bar that shows the kind, theme and vote actions as buttons.

Shortcuts are added to the window, so they work wherever the focus is in it; the slots belong to the
window, its `TablePlace` (where the chair is) and its `NoteEditing` (the edits).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QListView, QMenu, QMenuBar

from app.model import NOTE_KINDS
from ui.chair.tag_bar import TagBar
from ui.mnemonics import mnemonic_of, with_free_mnemonic
from ui.undo_names import undo_redo_actions

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.chair.note_editing import NoteEditing
    from ui.chair.round_timer import RoundTimer
    from ui.chair.session import TableSession
    from ui.chair.table_place import TablePlace
    from ui.minutes_actions import MinutesActions
    from ui.paper_tables import PaperActions

KIND_KEYS = {
    "note": "Ctrl+Shift+N",
    "proposal": "Ctrl+Shift+P",
    "guiding-word": "Ctrl+Shift+G",
    "action": "Ctrl+Shift+A",
}


class ChairWindowParts(Protocol):
    """What the actions ask of the chair's window (a QMainWindow): its parts and the slots of its
    commands. Named here so that this module never imports the window that builds it."""

    workspace: Workspace
    settings: QSettings
    place: TablePlace
    editing: NoteEditing
    timer: RoundTimer
    notes_view: QListView

    @property
    def session(self) -> TableSession | None: ...
    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...
    def removeAction(self, action: QAction) -> None: ...
    def actions(self) -> list[QAction]: ...
    def open_conference(self) -> None: ...
    def show_review(self) -> None: ...
    def sign_and_export(self, passphrase: str | None = None) -> None: ...
    def open_settings(self, for_signing: bool = False) -> None: ...
    def request_quit(self) -> None: ...
    def open_search(self) -> None: ...
    def focus_entry(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def open_table_key(self) -> tuple[str, int] | None: ...
    def _on_store_changed(self, note_id: str | None, question_id: str | None) -> None: ...


class ChairActions(QObject):
    def __init__(self, window: ChairWindowParts) -> None:
        super().__init__(window)
        self.window = window
        self._build(window)
        self._build_menus(window)

    def _action(
        self, text: str, slot, keys: str | QKeySequence.StandardKey | list | None = None, tip: str = ""
    ) -> QAction:
        # QAction(parent, text=...): the (text, parent) overload makes PySide load QIcon's enums (3 ms)
        action = QAction(self.window, text=text)
        if keys is not None:
            if isinstance(keys, list):
                action.setShortcuts([QKeySequence(k) for k in keys])
            else:
                action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work wherever the focus is in this window
        return action

    def _build(self, w: ChairWindowParts) -> None:
        a = self._action
        place, editing, timer = w.place, w.editing, w.timer
        self.open_action = a(
            self.tr("&Open conference…"),
            w.open_conference,
            QKeySequence.StandardKey.Open,
            self.tr("Choose the conference and your table, or open a conference pack"),
        )
        self.facts_action = a(
            self.tr("Table &facts…"),
            editing.open_table_facts,
            "Ctrl+I",
            self.tr("Participants and optional age and gender bands"),
        )
        self.review_action = a(
            self.tr("&Review table…"),
            w.show_review,
            "Ctrl+R",
            self.tr("Everything the table said, per question, with the proposals and votes"),
        )
        self.export_action = a(
            self.tr("&Sign and export…"),
            w.sign_and_export,
            "Ctrl+E",
            self.tr("Sign the table's results into a bundle in the outbox"),
        )
        self.settings_action = a(
            self.tr("Setti&ngs…"),
            w.open_settings,
            QKeySequence.StandardKey.Preferences,
            self.tr("Language, signing identity and sync target"),
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = a(self.tr("&Quit"), w.request_quit, QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():  # some platforms' themes define no Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        stack = editing.undo_stack
        self.undo_action, self.redo_action = undo_redo_actions(stack, w, self.tr("&Undo"), self.tr("&Redo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            w.addAction(action)

        self.edit_action = a(
            self.tr("&Edit note"), editing.edit_selected, "F2", self.tr("Edit the selected note in place")
        )
        self.delete_action = a(
            self.tr("&Delete note"), editing.delete_selected, None, self.tr("Delete the selected note")
        )
        # Delete belongs to the list: in the quick entry the key deletes characters.
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        w.notes_view.addAction(self.delete_action)
        w.removeAction(self.delete_action)
        self.delete_key_action = a(self.tr("Delete note"), editing.delete_selected, "Ctrl+Shift+Backspace")
        self.move_up_action = a(self.tr("Move note u&p"), lambda: editing.move_selected(-1), "Alt+Up")
        self.move_down_action = a(self.tr("Move note do&wn"), lambda: editing.move_selected(+1), "Alt+Down")
        self.select_prev_action = a(
            self.tr("Select pre&vious note"), lambda: place.select_relative(-1), "Ctrl+Up"
        )
        self.select_next_action = a(
            self.tr("Select ne&xt note"), lambda: place.select_relative(+1), "Ctrl+Down"
        )
        self.vote_up_action = a(
            self.tr("Add a &vote"),
            lambda: editing.vote(+1),
            ["Ctrl++", "Ctrl+="],
            self.tr("One more dot vote for the selected note"),
        )
        self.vote_down_action = a(
            self.tr("Remove a v&ote"),
            lambda: editing.vote(-1),
            "Ctrl+-",
            self.tr("One dot vote less for the selected note"),
        )
        self.move_question_action = a(
            self.tr("&Move to question…"),
            editing.popup_move_menu,
            "Ctrl+M",
            self.tr("Move the selected note to another question"),
        )
        self.search_action = a(self.tr("&Search all notes…"), w.open_search, QKeySequence.StandardKey.Find)
        self.filter_action = a(self.tr("&Filter this question"), place.focus_filter, "Ctrl+L")
        self.focus_entry_action = a(self.tr("Back to the &new note field"), w.focus_entry, "Ctrl+N")

        self.prev_question_action = a(
            self.tr("&Previous question"), lambda: place.step_question(-1), "Ctrl+PgUp"
        )
        self.next_question_action = a(
            self.tr("&Next question"), lambda: place.step_question(+1), "Ctrl+PgDown"
        )
        self.timer_action = a(self.tr("&Start or pause the timer"), timer.toggle, "Ctrl+T")
        self.timer_more_action = a(self.tr("One minute &more"), lambda: timer.adjust(+1), "Ctrl+Shift+Up")
        self.timer_less_action = a(self.tr("One minute &less"), lambda: timer.adjust(-1), "Ctrl+Shift+Down")
        self.timer_reset_action = a(self.tr("&Reset the timer"), timer.reset, "Ctrl+Shift+T")
        self.timer_sound_action = QAction(w, text=self.tr("S&ound when time is up"))
        self.timer_sound_action.setCheckable(True)
        self.timer_sound_action.setChecked(w.settings.value("chair/timer_sound", True, type=bool))
        timer.sound = self.timer_sound_action.isChecked()
        self.timer_sound_action.toggled.connect(self._on_timer_sound_toggled)

        self.kind_group = QActionGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_actions: dict[str, QAction] = {}
        kind_names = {
            "note": self.tr("&Note"),
            "proposal": self.tr("&Proposal"),
            "guiding-word": self.tr("&Guiding word"),
            "action": self.tr("&To do"),
        }
        for kind in NOTE_KINDS:
            action = a(kind_names[kind], lambda checked=False, k=kind: editing.set_kind(k), KIND_KEYS[kind])
            action.setCheckable(True)
            action.setActionGroup(self.kind_group)
            action.setToolTip(
                self.tr("Mark the selected note as: %1").replace("%1", kind_names[kind].replace("&", ""))
            )
            self.kind_actions[kind] = action
        self.theme_actions: list[QAction] = []

        self.help_action = a(
            self.tr("&Keyboard shortcuts"), w.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        if self.help_action.shortcut().isEmpty():
            self.help_action.setShortcut(QKeySequence("F1"))

        # The minutes' and the paper tables' actions are made when the Conference menu first opens (or the
        # first print): their modules and a dozen actions are nothing the window's first frame shows.
        self._minutes: MinutesActions | None = None
        self._paper: PaperActions | None = None
        self.print_minutes_action = a(
            self.tr("&Print table minutes…"),
            lambda: _print_table_minutes(w, self.minutes),
            QKeySequence.StandardKey.Print,
            self.tr("Make the table minutes and open the print dialog"),
        )
        if self.print_minutes_action.shortcut().isEmpty():
            self.print_minutes_action.setShortcut(QKeySequence("Ctrl+P"))

        self.tag_bar = TagBar(list(self.kind_actions.values()), self.vote_down_action, self.vote_up_action)
        self.tag_bar.theme_toggled.connect(editing.toggle_theme)

    def _build_menus(self, w: ChairWindowParts) -> None:
        bar = w.menuBar()
        self.conference_menu = bar.addMenu(self.tr("&Conference"))
        for action in (self.open_action, self.facts_action, self.review_action):
            self.conference_menu.addAction(action)
        self.conference_menu.addSeparator()
        self.conference_menu.addAction(self.print_minutes_action)
        self.conference_menu.addAction(self.export_action)  # the minutes' entries go before it
        self.export_after = self.conference_menu.addSeparator()  # "Save a copy…" goes before it
        self._paper_end = self.conference_menu.addSeparator()  # the paper tables' entries go before it
        self._menu_complete = False
        self.conference_menu.aboutToShow.connect(self._complete_conference_menu)
        self.sync_menu_anchor = self.conference_menu.addSeparator()
        self.conference_menu.addAction(self.settings_action)
        self.conference_menu.addAction(self.quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.edit_action, self.delete_action, self.move_up_action, self.move_down_action):
            edit.addAction(action)
        edit.addMenu(w.editing.move_menu)
        edit.addSeparator()
        for action in (self.select_prev_action, self.select_next_action, self.focus_entry_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.search_action)
        edit.addAction(self.filter_action)

        self.tags_menu = bar.addMenu(self.tr("&Tags"))
        round_menu = bar.addMenu(self.tr("&Round"))
        for action in (
            self.prev_question_action,
            self.next_question_action,
            self.timer_action,
            self.timer_more_action,
            self.timer_less_action,
            self.timer_reset_action,
        ):
            round_menu.addAction(action)
        round_menu.addSeparator()
        round_menu.addAction(self.timer_sound_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)

    @property
    def minutes(self) -> MinutesActions:
        if self._minutes is None:
            from ui.minutes_actions import MinutesActions

            w = self.window
            minutes = self._minutes = MinutesActions(w, w.workspace, self.conference_id, self.table_number)
            minutes.table_minutes_action.setText(self.tr("Save table minutes as P&DF…"))
            minutes.table_minutes_action.setEnabled(self.print_minutes_action.isEnabled())
        return self._minutes

    @property
    def save_minutes_action(self) -> QAction:
        return self.minutes.table_minutes_action

    @property
    def paper(self) -> PaperActions:
        """The template, a sheet typed from paper, photos."""
        if self._paper is None:
            from ui.paper_tables import PaperActions

            w = self.window
            self._paper = PaperActions(w, w.workspace, self.conference_id, self.table_number)
            self._paper.notes_imported.connect(lambda: w._on_store_changed(None, None))
        return self._paper

    def _complete_conference_menu(self) -> None:
        """The minutes' and the paper tables' entries, put in their places when the menu first opens."""
        if self._menu_complete:
            return
        self._menu_complete = True
        minutes = self.minutes
        self.conference_menu.insertActions(
            self.export_action, [minutes.table_minutes_action, minutes.print_action]
        )
        self.paper.add_to(self.conference_menu, self._paper_end)

    def conference_id(self) -> str | None:
        return self.window.session.conference.id if self.window.session else None

    def table_number(self) -> int | None:
        return self.window.session.table.number if self.window.session else None

    def _on_timer_sound_toggled(self, on: bool) -> None:
        self.window.timer.sound = on
        self.window.settings.setValue("chair/timer_sound", on)

    def add_sync_actions(self, menu: QMenu) -> None:
        for action in menu.actions():
            self.conference_menu.insertAction(self.sync_menu_anchor, action)
            self.window.addAction(action)

    def rebuild_tags(self) -> None:
        """The Tags menu and the theme buttons for the open table's process (Ctrl+1..9)."""
        session = self.window.place.session
        self.theme_actions = self.tag_bar.set_themes(session.themes if session else (), self.window)
        self.tags_menu.clear()
        for action in self.kind_actions.values():
            self.tags_menu.addAction(action)
        self.tags_menu.addSeparator()
        fixed = (*self.kind_actions.values(), self.vote_down_action, self.vote_up_action)
        used = {mnemonic_of(action.text()) for action in fixed}
        for action in self.theme_actions:  # the conference's names: a free letter of each, for Alt
            action.setText(with_free_mnemonic(action.text(), used))
            self.tags_menu.addAction(action)
        self.tags_menu.addSeparator()
        for action in (self.vote_down_action, self.vote_up_action):
            self.tags_menu.addAction(action)

    def show_note_tags(self, note, themes) -> None:
        """Check the kind and theme actions of `note` (None: nothing selected) and show its votes."""
        for kind, action in self.kind_actions.items():
            action.setChecked(note is not None and note.kind == kind)
        for theme, action in zip(themes, self.theme_actions, strict=False):
            action.setChecked(note is not None and theme.id in note.themes)
        self.tag_bar.show_votes(note.votes if note is not None else None)

    def update_enabled(self, *, has_table: bool, capturing: bool, selected: bool) -> None:
        for action in (
            self.facts_action,
            self.review_action,
            self.export_action,
            self.print_minutes_action,
            *([self._minutes.table_minutes_action] if self._minutes else []),  # else made so (`minutes`)
        ):
            action.setEnabled(has_table)
        for action in (
            self.edit_action,
            self.delete_action,
            self.delete_key_action,
            self.move_up_action,
            self.move_down_action,
            self.vote_up_action,
            self.vote_down_action,
            self.move_question_action,
            *self.kind_actions.values(),
            *self.theme_actions,
        ):
            action.setEnabled(selected)
        for action in (
            self.prev_question_action,
            self.next_question_action,
            self.timer_action,
            self.filter_action,
        ):
            action.setEnabled(capturing)

    def shortcut_actions(self) -> list[QAction | tuple[str, QAction]]:
        """Every action with a shortcut, in the order the help lists them (the rest, e.g. sync, after)."""
        ordered = [
            self.open_action,
            self.facts_action,
            self.review_action,
            self.print_minutes_action,
            self.export_action,
            self.settings_action,
            self.edit_action,
            self.delete_action,
            self.delete_key_action,
            self.move_up_action,
            self.move_down_action,
            self.move_question_action,
            self.select_prev_action,
            self.select_next_action,
            self.focus_entry_action,
            self.vote_up_action,
            self.vote_down_action,
            *self.kind_actions.values(),
            *self.theme_actions,
            self.prev_question_action,
            self.next_question_action,
            self.timer_action,
            self.timer_more_action,
            self.timer_less_action,
            self.timer_reset_action,
            self.search_action,
            self.filter_action,
        ]
        skip = {*ordered, self.undo_action, self.redo_action, self.help_action, self.quit_action}
        rest = [a for a in self.window.actions() if a not in skip]
        undo = [(self.tr("Undo"), self.undo_action), (self.tr("Redo"), self.redo_action)]
        return [*ordered[:6], *undo, *ordered[6:], *rest, self.help_action, self.quit_action]


def _print_table_minutes(w: ChairWindowParts, minutes) -> None:
    from ui.chair.print_minutes import print_table_minutes  # the minutes' modules: when first printed

    print_table_minutes(w, w.workspace, minutes, w.open_table_key)
