"""Collect: the inbox of bundle files, one line per bundle (table, chair, conference, signed at, notes,
verdict); trusting keys after comparing their fingerprints (a chair's, several chairs' at once, or, as a
separate and deliberate action, the secretariat's), rejecting them.

Bundles come from the watched folders, the sync inbox (what sync fetched), a sync target that is a
folder, and files added by hand or dropped on the window. Verifying runs off the UI thread. The columns
and words are ui/secretariat/inbox_columns.py; trusting and rejecting ui/secretariat/key_decisions.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QFileSystemWatcher,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.empty_state import EmptyState
from ui.numbers import count_text
from ui.operations import Operation
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.collect_folders import DetailsArea, WatchedFolders
from ui.secretariat.column_fit import ColumnFit, ElidingDelegate, Fit
from ui.secretariat.context import SecretariatContext
from ui.secretariat.inbox import InboxEntry, inbox_for, scan_inbox
from ui.secretariat.inbox_columns import CHAIR_COLUMN, VERDICT_COLUMN, WAITING, InboxColumns, bundle_identity
from ui.secretariat.key_buttons import OneKeyButtons, chair_keys
from ui.secretariat.key_decisions import KeyDecisions
from ui.secretariat.report_table import report_table
from ui.secretariat.rows_model import RowsModel
from ui.secretariat.trust_dialog import CHAIR, SECRETARIAT

SPLITTER_KEY = "collect/splitter"
SETTLE_MS = 1500  # wait for a copy into a watched folder to finish before verifying
CHAIR_LINES = 2  # lines a chair's cell is drawn on at most


class CollectView(QWidget):
    """Signals:
    merge_requested()  the "Go to Merge" button
    """

    merge_requested = Signal()

    def __init__(self, context: SecretariatContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.inbox = inbox_for(context)
        self.setAcceptDrops(True)
        self.words = InboxColumns(self)
        self.words.set_base_colour(self.palette())
        self.words.refresh(context.workspace)
        self.state_labels = self.words.state_labels
        self.decisions = KeyDecisions(context, self, self.words, self.scan)
        self.model = RowsModel(
            self.words.columns(),
            lambda: list(self.inbox.entries),
            parent=self,
            background=self.words.background,
        )
        self._scan_operation: Operation | None = None
        self._scan_again = False
        self._scanned_once = False
        self._bundle_to_show = ""  # a file opened from the file manager, selected once it is verified
        # Bundles copied into a watched folder show up by themselves, a moment after the copy ends.
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.scan)
        # A scan due on the event loop's next turn: a timer, not a bare singleShot, so `scanning` sees it
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.scan)
        self._build()
        self.inbox.changed.connect(self._on_inbox_changed)
        context.data_changed.connect(self._refresh_titles)

    # -- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("&Look for bundles"))
        self.scan_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.scan_button.setToolTip(self.tr("Verify every bundle in the watched folders again (F5)"))
        self.add_files_button = QPushButton(self.tr("&Add bundle files…"))
        self.trust_button = QPushButton(self.tr("&Trust as chair…"))
        self.bulk_button = QPushButton(self.tr("Trust &several chairs…"))
        self.secretariat_button = QPushButton(self.tr("Trust as &secretariat…"))
        self.reject_button = QPushButton(self.tr("Re&ject key…"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.merge_button = QPushButton(self.tr("&Go to Merge"))
        self.keys_button = QPushButton(self.tr("&Keys…"))
        self.keys_button.setToolTip(
            self.tr("Every trusted key: rename or revoke one, also with no bundle here (Ctrl+K)")
        )
        # Tooltips say what each does beyond its name; Qt reads a tooltip out as the accessible description.
        self.add_files_button.setToolTip(self.tr("Add bundle files from anywhere, e.g. saved from an e-mail"))
        self.trust_button.setToolTip(
            self.tr(
                "Trust the selected bundle's key as the chair of the table it asks for, after comparing its"
                " fingerprint; what waits in quarantine is imported"
            )
        )
        self.bulk_button.setToolTip(
            self.tr("Trust the keys of all selected bundles as chairs, each after comparing its fingerprint")
        )
        self.secretariat_button.setToolTip(
            self.tr(
                "Trust the selected key as the secretariat, which may change everything: a colleague's key"
            )
        )
        self.reject_button.setToolTip(
            self.tr("Refuse every bundle signed by the selected bundle's key, now and later")
        )
        self.rename_button.setToolTip(
            self.tr(
                "Give the selected bundle's trusted key another name, printed in every list and the minutes"
            )
        )
        self.one_key = OneKeyButtons(
            {
                "trust": self.trust_button,
                "secretariat": self.secretariat_button,
                "reject": self.reject_button,
                "rename": self.rename_button,
            }
        )
        self.merge_button.setToolTip(self.tr("Go to the Merge tab to import the ready bundles"))
        self.scan_button.clicked.connect(self.scan)
        self.add_files_button.clicked.connect(self._on_add_files)
        self.trust_button.clicked.connect(lambda: self._on_trust(CHAIR))
        self.bulk_button.clicked.connect(self._on_bulk_trust)
        self.secretariat_button.clicked.connect(lambda: self._on_trust(SECRETARIAT))
        self.reject_button.clicked.connect(self._on_reject)
        self.rename_button.clicked.connect(self._on_rename)
        self.keys_button.clicked.connect(self.show_keys)
        self.merge_button.clicked.connect(self.merge_requested)
        # Two rows, finding bundles above deciding on keys: in one row the Swedish labels made the window
        # wider than a 1366×768 laptop at 150 % (911 pixels).
        for button in (self.scan_button, self.add_files_button, self.keys_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)
        keys = QHBoxLayout()
        for button in (self.trust_button, self.bulk_button, self.reject_button, self.rename_button):
            keys.addWidget(button)
        keys.addStretch(1)
        keys.addWidget(self.secretariat_button)  # apart from the chairs' buttons: a deliberate choice
        layout.addLayout(keys)

        self.summary = QLabel(self.tr("Drop bundle files or folders here, or add a folder to watch."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Inbox summary"))
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.proxy, self.view = report_table(
            self.model, self, self.tr("Bundles in the inbox"), VERDICT_COLUMN
        )
        self.empty_state = EmptyState(
            self.view,
            lambda: self.tr(
                "No bundles yet. Drop the chairs' bundle files or a USB stick's folder here, use Add bundle "
                "files…, or watch a folder below."
            ),
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Every column shares the view's width (never a sideways scroll, at 150 % on a 1366×768 laptop
        # too): the conference, what was signed when and the verdict wrap at words rather than being cut;
        # what to do takes the rest; a long claimed name wraps from about 40 characters on, onto two lines
        # at most (then ending in "…": the details below and its tooltip say it whole; three lines made
        # four rows all that showed at 150 % on a 1366×768 laptop), and a file name in its place is
        # shortened in the middle. The rows that need someone grow.
        self.column_fit = ColumnFit(
            self.view,
            {
                0: Fit(wraps=False),
                CHAIR_COLUMN: Fit(most=40, least=12, word_most=20, cut_after=CHAIR_LINES),
                2: Fit(first=True),
                3: Fit(floor_text="0000-00-00 00:00 ·", first=True),
                4: Fit(wraps=False),
                VERDICT_COLUMN: Fit(),
                6: Fit(rest=True, least=16, most=40),
            },
        )
        self.view.setItemDelegateForColumn(
            CHAIR_COLUMN,
            ElidingDelegate(lambda index: not self._entry_at(index).kind, self.view, most_lines=CHAIR_LINES),
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        # The list above the chosen bundle's lines, the divider between them where the secretary last
        # left it: on a 1366×768 laptop at 150 % the lines below once left room for one row of bundles
        splitter.addWidget(self.view)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("The chosen bundle"))
        self.details_area = DetailsArea(self.details)
        self.details_area.setAccessibleName(self.details.accessibleName())  # a Tab stop, to scroll it
        splitter.addWidget(self.details_area)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        state = QSettings().value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
        splitter.splitterMoved.connect(lambda *_: QSettings().setValue(SPLITTER_KEY, splitter.saveState()))

        self.folders = WatchedFolders(self._on_add_folder, self._on_remove_folder)
        self.folders_view = self.folders.view
        self.add_folder_button = self.folders.add_button
        self.remove_folder_button = self.folders.remove_button
        self.sync_label = self.folders.sync_label
        layout.addWidget(splitter, 1)
        layout.addWidget(self.folders)
        # Not a focus proxy: Qt 6 then skips, on Tab, the controls made before the view (filters, buttons).
        self.initial_focus = self.view
        self._refresh_folders()
        self._update_buttons()

    def _refresh_folders(self) -> None:
        self.folders.set_folders(self.inbox.watched_folders())
        watched = set(self._watcher.directories())
        wanted = {str(f) for f in self.inbox.all_folders() if f.is_dir()}
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))
        extra = [str(self.context.workspace.dir / "inbox")]
        target = inbox_mod.sync_folder(self.context.workspace)
        if target is not None:
            extra.append(str(target))
        self.sync_label.setText(self.tr("Also looked in: %1").replace("%1", "; ".join(extra)))

    def _refresh_titles(self) -> None:
        self.words.refresh(self.context.workspace)

    # -- scanning ---------------------------------------------------------------------------------

    def scan(self) -> Operation | None:
        """Verify every bundle again, off the UI thread; asked while one runs, it runs once more after."""
        self._settle.stop()
        self._soon.stop()
        if self.context.closing:
            return None
        if self._scan_operation is not None and self._scan_operation.is_running:
            self._scan_again = True
            return self._scan_operation
        self._scanned_once = True
        self._refresh_titles()
        # A rescan for a bundle copied into a watched folder, or after a sync, comes while she may be
        # typing on another tab: a progress window then took her keyboard. It shows only on Collect.
        self._scan_operation = scan_inbox(
            self.context, self, on_done=self._on_scanned, show_progress=self.isVisible()
        )
        return self._scan_operation

    @property
    def scanning(self) -> bool:
        """Whether a scan runs, or one more is due (the tab's first, one asked for during a scan, or a
        watched folder changed): until it is over the list may still be made anew, and an index into it go
        stale. Between a scan and the one asked for during it this stays true."""
        due = self._scan_again or self._soon.isActive() or self._settle.isActive()
        return self.inbox.scanning or due  # Merge's scan after a merge included

    def _on_scanned(self) -> None:
        if self._scan_again:
            self._scan_again = False
            self._soon.start()

    def _on_folder_changed(self, _path: str) -> None:
        self._settle.start()

    def showEvent(self, event) -> None:
        if not self._scanned_once:
            self._soon.start()  # after the tab has painted
        super().showEvent(event)

    def _on_inbox_changed(self) -> None:
        self._refresh_titles()
        # A rescan makes every entry anew: the same bundles stay chosen, known by what they are
        chosen = {bundle_identity(e) for e in self.selected_entries()}
        current = self.selected_entry()
        self.model.reload()
        only = self.words.conference_column(self.view, self.inbox.entries)  # then named once, below
        self.column_fit.refit()
        self._choose_again(chosen, bundle_identity(current) if current is not None else None)
        counts = self.inbox.counts()
        total = len(self.inbox.entries)
        problems = counts[inbox_mod.INVALID] + counts[inbox_mod.INCOMPLETE] + counts[inbox_mod.WILL_REFUSE]
        waiting = counts[inbox_mod.UNKNOWN_KEY] + counts[inbox_mod.HELD]
        parts = (
            self.tr(
                "%1 ready to merge, %2 already imported, %3 waiting for a trust decision,"
                " %4 refused or damaged, %5 sent from here."
            )
            if counts[inbox_mod.OWN]  # the parts add up to the whole: the own pack counted too
            else self.tr(
                "%1 ready to merge, %2 already imported, %3 waiting for a trust decision,"
                " %4 refused or damaged."
            )
        )
        self.summary.setText(
            self.tr("%Ln bundle(s): ", "", total)
            + parts.replace("%1", count_text(counts[inbox_mod.READY]))
            .replace("%2", count_text(counts[inbox_mod.IMPORTED]))
            .replace("%3", count_text(waiting))
            .replace("%4", count_text(problems))
            .replace("%5", count_text(counts[inbox_mod.OWN]))
        )
        if only:
            all_for = self.tr("All for %1.").replace("%1", only)
            self.summary.setText(f"{self.summary.text()} {all_for}")
        self._select_bundle_to_show()
        self._update_buttons()

    def _entry_at(self, index) -> InboxEntry:
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _choose_again(self, chosen: set[tuple[str, str]], current: tuple[str, str] | None) -> None:
        if not chosen:
            return
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, entry in enumerate(self.model.rows()):
            identity = bundle_identity(entry)
            if identity not in chosen:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if identity == current:
                selection.setCurrentIndex(index, flags)
                self.view.scrollTo(index)
            else:
                selection.select(index, flags)

    def show_bundle(self, path: Path) -> None:
        """Add one bundle file to the inbox and select it once its verdict is known."""
        self._bundle_to_show = str(Path(path).resolve())
        self.add_paths([str(path)])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_bundle_to_show(self) -> None:
        wanted = self._bundle_to_show
        if wanted and self.select_entry(lambda e: str(Path(e.source or e.path).resolve()) == wanted):
            self._bundle_to_show = ""

    def add_paths(self, paths: list[str]) -> None:
        """Files are listed once; folders are watched from now on. Then everything is verified again."""
        folders = [p for p in paths if Path(p).is_dir()]
        files = [p for p in paths if Path(p).is_file()]
        for folder in folders:
            self.inbox.add_folder(folder)
        self.inbox.add_files(files)
        self._refresh_folders()
        self.scan()

    def _on_add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add bundle files"), str(Path.home()), self.tr("Rundabord bundles (*.rbz)")
        )
        if files:
            self.add_paths(files)

    def _on_add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Watch a folder"), str(Path.home()))
        if folder:
            self.add_paths([folder])

    def _on_remove_folder(self) -> None:
        index = self.folders_view.currentIndex()
        if index.isValid():
            self.inbox.remove_folder(index.data())
            self._refresh_folders()
            self.scan()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # -- trust ------------------------------------------------------------------------------------

    def selected_entry(self) -> InboxEntry | None:
        """The current row when chosen; else (a Ctrl+click took the current row out) the first chosen."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            chosen = self.view.selectionModel().selectedRows()
            if not chosen:
                return None
            index = min(chosen, key=lambda i: i.row())
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def selected_entries(self) -> list[InboxEntry]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()) for row in rows]

    def select_entry(self, predicate) -> bool:
        for row, entry in enumerate(self.model.rows()):
            if predicate(entry):
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        entry = self.selected_entry()
        self.details.setText(self.words.describe(entry) if entry is not None else "")
        waiting = entry is not None and entry.state in WAITING
        self.bulk_button.setEnabled(len(chair_keys(self.selected_entries())) > 1)
        # Bundles of one key (a bundle sent twice) are one key to decide on; of several, none (key_buttons)
        self.one_key.update(
            entry is not None and self._one_key() is None,
            trust=waiting and bool(chair_keys([entry])),
            secretariat=waiting and entry.reason != inbox_mod.RETURNING_CHAIR,
            reject=waiting,
            rename=entry is not None and self._trusted(entry),
        )
        self.merge_button.setEnabled(bool(self.inbox.ready()))

    def _key_bundles(self, entry: InboxEntry) -> list[InboxEntry]:
        return [e for e in self.inbox.entries if e.key_id == entry.key_id and e.state in WAITING]

    def _on_trust(self, role: str) -> None:
        entry = self._one_key()
        if entry is not None:
            self.decisions.ask_trust(entry, role, self._key_bundles(entry))

    def _on_bulk_trust(self) -> None:
        keys = chair_keys(self.selected_entries())
        if len(keys) >= 2:
            self.decisions.ask_trust_many(keys, {e.key_id: self._key_bundles(e) for e in keys})

    def _trusted(self, entry: InboxEntry) -> bool:
        """Whether the entry's key is on the trust list now (what a rename changes)."""
        from app.bundles.naming import renamable

        return bool(entry.key_id and entry.trusted_name and entry.trusted_as) and renamable(
            self.context.store, entry.key_id
        )

    def show_keys(self):
        """The list of trusted keys (ui/secretariat/keys_dialog.py); a change there rescans the inbox."""
        from ui.secretariat.keys_dialog import KeysDialog

        def changed() -> None:
            self.context.changed()
            self.scan()

        dialog = KeysDialog(self.context.store, changed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _one_key(self) -> InboxEntry | None:
        """The chosen bundle when every chosen bundle is signed by its key, else None."""
        entry = self.selected_entry()
        if entry is None or any(e.key_id != entry.key_id for e in self.selected_entries()):
            return None
        return entry

    def _on_rename(self) -> None:
        entry = self._one_key()
        if entry is not None and self._trusted(entry):
            self.decisions.ask_rename(entry)

    def _on_reject(self) -> None:
        entry = self._one_key()
        if entry is not None:
            self.decisions.ask_reject(entry)
