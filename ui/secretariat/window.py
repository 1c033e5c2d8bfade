"""The secretariat's main window: a conference chooser above one tab per step of the work.

Prepare -> Collect -> Merge -> Reported -> Review (-> Proposals, when that board is installed);
printing lives in the Print menu. Ctrl+1..8 jump between the tabs; Ctrl+Z / Ctrl+Shift+Z undo and
redo every edit made in any tab, since all of them share one undo stack.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QWidget,
)

from app import conferences
from app.workspace import Workspace
from ui import msgbox
from ui.lazy_page import LazyPage
from ui.mnemonics import mnemonic_of, with_free_mnemonic
from ui.secretariat.conference_files import ConferenceFiles
from ui.secretariat.context import SecretariatContext
from ui.secretariat.followup_export import FollowupFiles
from ui.secretariat.index_upkeep import IndexUpkeep
from ui.secretariat.new_conference import NewConferenceDialog
from ui.secretariat.overview_view import OverviewView
from ui.secretariat.prepare_view import PrepareView
from ui.secretariat.review_view import ReviewView
from ui.undo_names import UndoneLine, undo_redo_actions

log = logging.getLogger(__name__)

SETTINGS_GROUP = "secretariat"


class SecretariatWindow(ConferenceFiles, FollowupFiles, QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.context = SecretariatContext(workspace, self)
        self.index_upkeep = IndexUpkeep(self, self.context)  # merges the search index after imports
        self.setObjectName("SecretariatWindow")
        self._fit_first_size()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Steps of the work"))
        self.setCentralWidget(self.tabs)
        self.prepare_view = PrepareView(self.context)
        self.collect_view = self._optional_view("ui.secretariat.collect_view", "CollectView")
        self.merge_view = self._optional_view("ui.secretariat.merge_view", "MergeView")
        self.overview_view = OverviewView(self.context)
        self.review_view = ReviewView(self.context)
        self._board_edit = False
        self.proposals_page = self._proposals_board()
        self.tabs.addTab(self.prepare_view, self.tr("Prepare"))
        if self.collect_view is not None:
            self.tabs.addTab(self.collect_view, self.tr("Collect"))
        if self.merge_view is not None:
            self.tabs.addTab(self.merge_view, self.tr("Merge"))
        self.tabs.addTab(self.overview_view, self.tr("Who has reported"))
        self.tabs.addTab(self.review_view, self.tr("Review"))
        if self.proposals_page is not None:
            self.tabs.addTab(self.proposals_page, self.tr("Proposals"))
        self.council_page = LazyPage(self._council_view)
        self.tabs.addTab(self.council_page, self.tr("Council"))

        self.overview_view.table_activated.connect(self._on_table_activated)
        if self.collect_view is not None and self.merge_view is not None:
            self.collect_view.merge_requested.connect(lambda: self.tabs.setCurrentWidget(self.merge_view))
        if self.merge_view is not None:
            self.merge_view.review_conflicts_requested.connect(self.show_conflicts)
        self._build_toolbar()
        self._build_menus()
        self.prepare_view.new_conference_requested.connect(self.new_conference)
        self.prepare_view.load_toml_requested.connect(self._on_load_toml)
        self.prepare_view.save_toml_requested.connect(self._on_save_toml)
        self.prepare_view.export_pack_requested.connect(self._on_export_pack)
        self.context.conference_changed.connect(self._update_title)
        self.context.data_changed.connect(self._reload_conferences)
        # A widget, not a message: it comes back after a passing message (what an undo did) is gone.
        self.workspace_label = QLabel(self.tr("Workspace: %1").replace("%1", str(workspace.dir)))
        self.statusBar().addWidget(self.workspace_label, 1)
        self._reload_conferences()
        self._restore_settings()
        self._update_title()

    def _fit_first_size(self) -> None:
        """A first start opens at a comfortable size inside the screen it opens on (1366×768, at 150 % too),
        leaving room for the frame and title bar the window manager adds around it."""
        available = self.screen().availableGeometry()
        self.resize(min(1280, available.width() - 16), min(820, available.height() - 40))

    # -- optional views from other areas ----------------------------------------------------------

    def _optional_view(self, module_name: str, class_name: str) -> QWidget | None:
        import importlib

        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:  # the service it needs has not landed in this build
            log.warning("%s is not available: %s", module_name, exc)
            return None
        return getattr(module, class_name)(self.context)

    def _proposals_board(self) -> LazyPage | None:
        """The proposals engineer's board (ui/proposals), embedded when it is installed. It shares the
        window's undo stack, follows the chosen conference, and its edits reach the other views. It is
        made when its tab is first shown: it reads every proposal of the process."""
        try:
            from ui.proposals import ProposalsBoard
        except ImportError as exc:
            log.warning("the proposals board is not available: %s", exc)
            return None

        def make() -> QWidget:
            return ProposalsBoard(self.workspace, undo_stack=self.context.undo_stack)

        def wire(board) -> None:
            self.context.conference_changed.connect(board.choose_conference)
            self.context.data_changed.connect(self._on_data_changed_for_board)
            board.data_changed.connect(self._on_board_edited)
            if self.context.conference_id:
                board.choose_conference(self.context.conference_id)

        return LazyPage(make, wire)

    @property
    def proposals_view(self) -> QWidget | None:
        """The proposals board (made now if its tab was never shown), None when not installed."""
        return self.proposals_page.view() if self.proposals_page is not None else None

    @property
    def council_view(self) -> QWidget:
        """The council's shortlist (made now if its tab was never shown)."""
        return self.council_page.view()

    def _council_view(self) -> QWidget:
        """The growth council's shortlist: what to decide on, and what it already chose to drive."""
        from ui.proposals import CouncilView

        council = CouncilView(self.workspace, undo_stack=self.context.undo_stack)
        council.data_changed.connect(self.context.changed)
        self.context.data_changed.connect(self._on_data_changed_for_council)
        return council

    def _on_board_edited(self) -> None:
        self._board_edit = True  # the board has already reloaded itself
        try:
            self.context.changed()
        finally:
            self._board_edit = False

    def _on_data_changed_for_board(self) -> None:
        # A hidden board reloads when it is shown again.
        page = getattr(self, "proposals_page", None)
        board = page.built_view if page is not None else None
        if board is not None and not self._board_edit and board.isVisible():
            board.reload()

    def _on_data_changed_for_council(self) -> None:
        # Another secretary's decision shows at once; a hidden council reloads when it is shown again.
        page = getattr(self, "council_page", None)
        council = page.built_view if page is not None else None  # never made just to be reloaded
        if council is not None and council.isVisible():
            council.reload()

    # -- toolbar and menus ------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Conference"))
        bar.setObjectName("conference_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        label = QLabel(self.tr("C&onference:"))
        self.conference_combo = QComboBox()
        self.conference_combo.setMinimumContentsLength(40)
        self.conference_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.conference_combo.setAccessibleName(self.tr("Conference"))
        self.conference_combo.setPlaceholderText(self.tr("No conference yet"))
        label.setBuddy(self.conference_combo)
        label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(label)
        bar.addWidget(self.conference_combo)
        self.conference_combo.currentIndexChanged.connect(self._on_conference_picked)

    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(menu_file, self.tr("&New conference…"), self.new_conference, "Ctrl+N")
        self._action(menu_file, self.tr("&Load conference description (TOML)…"), self._on_load_toml, "Ctrl+O")
        self._action(menu_file, self.tr("&Save conference description (TOML)…"), self._on_save_toml)
        self._action(menu_file, self.tr("&Export conference pack…"), self._on_export_pack, "Ctrl+E")
        self.followup_action = self._action(
            menu_file, self.tr("Export &follow-up…"), self._on_export_followup
        )  # who receives it is asked first (ui/secretariat/followup_export.py)
        menu_file.addSeparator()
        from ui.paper_tables import PaperActions  # the template, sheets typed from paper, photos

        self.paper = PaperActions(self, self.workspace, lambda: self.context.conference_id)
        self.paper.notes_imported.connect(self.context.changed)
        self.paper.add_to(menu_file)
        menu_file.addSeparator()
        self._attach_sync(menu_file)
        self._action(menu_file, self.tr("Change r&ole (chair or secretariat)…"), self.change_role)
        self._action(menu_file, self.tr("Shared data&base…"), self.choose_store)
        menu_file.addSeparator()
        self._action(menu_file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        menu_edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo, redo = undo_redo_actions(self.context.undo_stack, self, self.tr("&Undo"), self.tr("&Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu_edit.addAction(undo)
        menu_edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        menu_edit.addSeparator()
        # From any tab: the search field lives in Review, so Ctrl+F in Prepare or Collect did nothing.
        self.find_action = self._action(menu_edit, self.tr("&Search the notes…"), self.find_notes)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        # One history for every tab: Ctrl+Z may undo an edit made in a tab not shown, so say which.
        self.undone_line = UndoneLine(self.context.undo_stack, self.statusBar())
        undo.triggered.connect(lambda: self.undone_line.say(self.tr("Undone: %1")))
        redo.triggered.connect(lambda: self.undone_line.say(self.tr("Redone: %1"), 1))

        self.print_menu = self.menuBar().addMenu(self.tr("&Print"))
        self._build_print_menu()

        menu_view = self.menuBar().addMenu(self.tr("&View"))
        keys_text = self.tr("Trusted &keys…")
        used = {mnemonic_of(keys_text)} if self.collect_view is not None else set()
        for index in range(self.tabs.count()):
            title = with_free_mnemonic(self.tabs.tabText(index).replace("&", ""), used)
            action = self._action(
                menu_view, title, lambda _=False, i=index: self.show_tab(i), f"Ctrl+{index + 1}"
            )
            action.setData(index)
        if (
            self.collect_view is not None
        ):  # renaming or revoking a key with no bundle in Collect, from any tab
            menu_view.addSeparator()
            self.keys_action = self._action(
                menu_view, keys_text, lambda _=False: self.collect_view.show_keys(), "Ctrl+K"
            )

    def find_notes(self) -> None:
        self.tabs.setCurrentWidget(self.review_view)
        self.review_view.focus_search()

    def change_role(self) -> None:
        from ui.role_choice import change_role

        change_role(self, self.workspace)

    def choose_store(self):
        from ui.secretariat.store_dialog import open_store_dialog

        return open_store_dialog(self, self.workspace)

    def on_store_switched(self, workspace) -> None:
        """The workspace now uses another store: the window opens again on it (the old one is closed)."""
        from ui.role_choice import replace_window

        replace_window(self, workspace)

    def _attach_sync(self, menu) -> None:
        """The sync engineer's status widget and actions; what a sync fetched shows up in Collect."""
        try:
            from ui.sync_status import attach_sync_status
        except ImportError:
            self.sync_status = None
            return
        self.sync_status = attach_sync_status(self, self.workspace, menu=menu)
        self.sync_status.synced.connect(self._on_synced)

    def _on_synced(self, report) -> None:
        if self.merge_view is not None:
            self.merge_view.show_synced([p.receipt for p in report.pulled if p.receipt is not None])
        if self.collect_view is not None:
            self.collect_view.scan()

    def _build_print_menu(self) -> None:
        """The minutes engineer's actions (ui/minutes_actions.py), when installed."""
        self.minutes_actions = None
        try:
            from ui import minutes_actions  # type: ignore[attr-defined]
        except ImportError:
            placeholder = self.print_menu.addAction(self.tr("Minutes are not available in this build"))
            placeholder.setEnabled(False)
            return
        populate = getattr(minutes_actions, "populate_secretariat_menu", None) or getattr(
            minutes_actions, "populate_menu", None
        )
        if populate is None:
            log.warning("ui.minutes_actions offers no menu builder")
            return
        self.minutes_actions = populate(
            self.print_menu, self.workspace, lambda: self.context.conference_id or None, self
        )
        self.minutes_actions.undo_stack = self.context.undo_stack  # the public report's texts

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_conflicts(self) -> None:
        panel = self.review_view.conflicts_panel
        if panel is not None:
            self.tabs.setCurrentWidget(self.review_view)
            self.review_view.inner_tabs.setCurrentWidget(panel)
            panel.view.setFocus()

    def _on_table_activated(self, number: int) -> None:
        self.review_view.show_table(number)
        self.tabs.setCurrentWidget(self.review_view)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.currentWidget()
        if widget is not None:
            target = getattr(widget, "initial_focus", None)
            if target is None or not target.isEnabled():
                target = widget
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- a bundle from the file manager -----------------------------------------------------------

    def open_bundle(self, path: Path) -> None:
        """A bundle double-clicked in the file manager (see ui/bundle_opener.py): list it in Collect's inbox,
        verify it there and select it, so the secretary sees its verdict before merging anything."""
        path = Path(path)
        if not path.is_file():
            msgbox.error(
                self,
                self.tr("Cannot open %1").replace("%1", path.name),
                self.tr("The file no longer exists or is not a file. Find the bundle again and open it."),
            )
            return
        if self.collect_view is None:
            msgbox.warning(
                self,
                self.tr("Cannot open %1").replace("%1", path.name),
                self.tr("Collecting bundles is not available in this build of Rundabord."),
            )
            return
        self.tabs.setCurrentWidget(self.collect_view)
        self.collect_view.show_bundle(path)

    # -- conferences ------------------------------------------------------------------------------

    def _reload_conferences(self) -> None:
        wanted = self.context.conference_id or QSettings().value(f"{SETTINGS_GROUP}/conference", "")
        items = conferences.conferences(self.workspace.store)
        self.conference_combo.blockSignals(True)
        try:
            self.conference_combo.clear()
            for c in items:
                label = f"{c.title} · {c.date}" if c.date else c.title
                self.conference_combo.addItem(label, c.id)
            index = self.conference_combo.findData(wanted)
            if index < 0 and items:
                index = self.conference_combo.count() - 1  # the latest by date
            self.conference_combo.setCurrentIndex(index)
        finally:
            self.conference_combo.blockSignals(False)
        self.context.choose_conference(self.conference_combo.currentData() or "")
        self._update_title()

    def _on_conference_picked(self, _index: int) -> None:
        conference_id = self.conference_combo.currentData() or ""
        QSettings().setValue(f"{SETTINGS_GROUP}/conference", conference_id)
        self.context.choose_conference(conference_id)

    def choose_conference(self, conference_id: str) -> None:
        if self.conference_combo.findData(conference_id) < 0:  # one made since the list was read
            self._reload_conferences()
        index = self.conference_combo.findData(conference_id)
        if index >= 0:
            self.conference_combo.setCurrentIndex(index)

    def _update_title(self, *_args) -> None:
        c = self.context.conference()
        role = self.tr("Secretariat")
        self.setWindowTitle(f"{c.title} — {role} — Rundabord" if c else f"{role} — Rundabord")

    def new_conference(self) -> None:
        dialog = NewConferenceDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self.choose_conference)
        dialog.open()

    # -- settings ---------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"{SETTINGS_GROUP}/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        tab = settings.value(f"{SETTINGS_GROUP}/tab", 0, type=int)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = self.focusWidget()
        if focused is not None:
            # The field being typed in saves now, while the store is open; after this, edits are ignored.
            focused.clearFocus()
        if self.sync_status is not None:
            self.sync_status.stop()
        # Work still running (a merge stops between bundles) ends now, and its callbacks arrive while
        # the views they update still exist.
        from ui.operations import finish_all

        self.context.closing = True
        self.context.stop_watching()
        for timer in self.findChildren(QTimer):  # no debounced scan or search may start now
            timer.stop()
        finish_all()
        settings = QSettings()
        settings.setValue(f"{SETTINGS_GROUP}/geometry", self.saveGeometry())
        settings.setValue(f"{SETTINGS_GROUP}/tab", self.tabs.currentIndex())
        super().closeEvent(event)
