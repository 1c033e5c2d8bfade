"""Collect: the inbox of bundle files, each with its signer, key, trust, conference, table, counts and
verdict; trusting a key after comparing its fingerprint, rejecting it, importing from quarantine.

Bundles come from the watched folders, the sync inbox (what sync fetched), a sync target that is a
folder, and files added by hand or dropped on the window. Verifying runs off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import conferences
from app.bundles import admission
from app.errors import NotFound, UserError
from app.workspace import Workspace
from ui import msgbox
from ui.bundle_messages import error_box, explain_check, say_all, technical
from ui.empty_state import EmptyState
from ui.operations import Operation
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.context import SecretariatContext
from ui.secretariat.inbox import Inbox, InboxEntry
from ui.secretariat.key_panel import fingerprint_lines
from ui.secretariat.overview_view import attention_brush, local_time, problem_brush
from ui.secretariat.report_table import report_table
from ui.secretariat.rows_model import Column, RowsModel, natural

# Problems first, then what waits for a decision, then what is ready; what is done last.
_SEVERITY = (
    inbox_mod.INVALID,
    inbox_mod.INCOMPLETE,
    inbox_mod.WILL_REFUSE,
    inbox_mod.UNKNOWN_KEY,
    inbox_mod.HELD,
    inbox_mod.READY,
    inbox_mod.DUPLICATE,
    inbox_mod.IMPORTED,
)


def _severity(entry: InboxEntry) -> str:
    return f"{_SEVERITY.index(entry.state)}-{_by_table(entry)}"


def _by_table(entry: InboxEntry) -> str:
    first = min(entry.tables) if entry.tables else 10**8
    return f"{first:09d}-{natural(entry.name)}"


SETTLE_MS = 1500  # wait for a copy into a watched folder to finish before verifying


def inbox_for(context: SecretariatContext) -> Inbox:
    """The one inbox of the window, shared by Collect and Merge."""
    existing = getattr(context, "inbox", None)
    if existing is None:
        existing = Inbox(context.workspace, context)
        context.inbox = existing
    return existing


def scan_inbox(context: SecretariatContext, parent: QWidget, on_done=None) -> Operation:
    """Verify every file of the inbox off the UI thread, then publish the entries."""
    inbox = inbox_for(context)
    paths = inbox.paths()
    workspace_dir = context.workspace.dir

    def work(progress, cancel):
        workspace = Workspace(workspace_dir)
        try:
            return inbox_mod.scan_paths(
                workspace,
                paths,
                progress=lambda done, total: progress(done, total, parent.tr("Verifying bundles…")),
                cancel=cancel,
            )
        finally:
            workspace.close()

    def done(entries) -> None:
        inbox.set_entries(entries)
        if on_done is not None:
            on_done()

    return Operation(parent, work, title=parent.tr("Verifying the bundles"), on_success=done).run()


class TrustKeyDialog(QDialog):
    """Shows the key's fingerprint in groups and asks the secretary to compare it before trusting."""

    def __init__(self, entry: InboxEntry, conference_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Trust a key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1 signed this bundle with key %2. Before you trust it, ask the chair to read out the "
                "fingerprint their laptop shows, or compare it with their key card:"
            )
            .replace("%1", entry.signer_name)
            .replace("%2", entry.key_id)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fingerprint = QLabel(fingerprint_lines(entry.fingerprint))
        font = fingerprint.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        fingerprint.setFont(font)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setAccessibleName(self.tr("Fingerprint"))
        fingerprint.setAccessibleDescription(entry.fingerprint)
        layout.addWidget(fingerprint)
        self.chair_radio = QRadioButton()
        self.secretariat_radio = QRadioButton(self.tr("As the &secretariat (may write everything)"))
        one_table = len(entry.tables) == 1 and entry.kind == "table-export"
        if one_table:
            self.chair_radio.setText(
                self.tr("As the &chair of table %1 of %2 (may write only that table)")
                .replace("%1", str(entry.tables[0]))
                .replace("%2", conference_title)
            )
            self.chair_radio.setChecked(True)
        else:
            self.chair_radio.setVisible(False)
            self.secretariat_radio.setChecked(True)
        layout.addWidget(self.chair_radio)
        layout.addWidget(self.secretariat_radio)
        self.compared = QCheckBox(self.tr("I have &compared the fingerprint: every group is the same"))
        layout.addWidget(self.compared)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Trust the key"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.compared.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def grant(self):
        from app.bundles import trust

        if self.chair_radio.isChecked():
            return trust.Grant(trust.CHAIR, self.entry.conference_id, self.entry.tables[0])
        return trust.Grant(trust.SECRETARIAT)


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
        self._titles: dict[str, str] = {}
        self.state_labels = {
            inbox_mod.READY: self.tr("Valid, ready to merge"),
            inbox_mod.UNKNOWN_KEY: self.tr("Valid, unknown key"),
            inbox_mod.HELD: self.tr("In quarantine (unknown key)"),
            inbox_mod.WILL_REFUSE: self.tr("Refused"),
            inbox_mod.IMPORTED: self.tr("Already imported"),
            inbox_mod.DUPLICATE: self.tr("Same bundle as another file"),
            inbox_mod.INCOMPLETE: self.tr("Incomplete copy"),
            inbox_mod.INVALID: self.tr("Invalid"),
        }
        self.model = RowsModel(
            [
                Column("name", self.tr("File"), lambda e: e.name),
                Column("state", self.tr("Verdict"), lambda e: self.state_labels[e.state], sort=_severity),
                Column("reason", self.tr("Reason"), self._reason, tooltip=self._reason_detail),
                Column("signer", self.tr("Signer"), lambda e: e.signer_name),
                Column("key", self.tr("Key id"), lambda e: e.key_id),
                Column("trusted", self.tr("Trusted as"), self._trusted),
                Column("conference", self.tr("Conference"), lambda e: self._titles.get(e.conference_id, "")),
                Column(
                    "tables", self.tr("Table"), lambda e: ", ".join(map(str, e.tables)), True, True, _by_table
                ),
                Column(
                    "notes", self.tr("Notes"), lambda e: e.count("note") if e.kind else "", align_right=True
                ),
                Column(
                    "records",
                    self.tr("Records"),
                    lambda e: e.record_count if e.kind else "",
                    align_right=True,
                ),
                Column("created", self.tr("Signed"), lambda e: local_time(e.created)),
            ],
            lambda: list(self.inbox.entries),
            parent=self,
            background=self._background,
        )
        base = self.palette().color(QPalette.ColorRole.Base)
        self._brushes = {"bad": problem_brush(base), "wait": attention_brush(base)}
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
        self._build()
        self.inbox.changed.connect(self._on_inbox_changed)
        context.data_changed.connect(self._refresh_titles)
        self._refresh_titles()

    # -- cells ------------------------------------------------------------------------------------

    def _reason(self, e: InboxEntry) -> str:
        if e.state == inbox_mod.IMPORTED:
            return self.tr("imported %1").replace("%1", local_time(e.reason))
        if e.state == inbox_mod.HELD:
            return self.tr("trust or reject the key")
        if e.state == inbox_mod.UNKNOWN_KEY:
            return self.tr("compare the fingerprint, then trust or reject the key")
        if e.state == inbox_mod.DUPLICATE:
            return Path(e.reason).name
        if e.state in (inbox_mod.INVALID, inbox_mod.INCOMPLETE, inbox_mod.WILL_REFUSE):
            return explain_check(
                e.check or ("incomplete" if e.state == inbox_mod.INCOMPLETE else ""), e.reason
            )
        return e.reason

    def _reason_detail(self, e: InboxEntry) -> str:
        """The core's technical (English) wording behind a translated refusal, for the tooltip."""
        if e.state in (inbox_mod.INVALID, inbox_mod.INCOMPLETE, inbox_mod.WILL_REFUSE):
            return technical(e.reason)
        reason = self._reason(e)
        return reason if len(reason) > 40 else ""

    def _trusted(self, e: InboxEntry) -> str:
        if not e.kind:
            return ""
        return say_all(e.trusted_as) if e.trusted_as else self.tr("not trusted")

    def _background(self, e: InboxEntry):
        if e.state in (inbox_mod.INVALID, inbox_mod.INCOMPLETE, inbox_mod.WILL_REFUSE):
            return self._brushes["bad"]
        if e.state in (inbox_mod.UNKNOWN_KEY, inbox_mod.HELD):
            return self._brushes["wait"]
        return None

    # -- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("&Look for bundles"))
        self.scan_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.scan_button.setToolTip(self.tr("Verify every bundle in the watched folders again (F5)"))
        self.add_files_button = QPushButton(self.tr("&Add bundle files…"))
        self.trust_button = QPushButton(self.tr("&Trust key…"))
        self.reject_button = QPushButton(self.tr("Re&ject key…"))
        self.release_button = QPushButton(self.tr("&Import from quarantine"))
        self.merge_button = QPushButton(self.tr("&Go to Merge"))
        # Tooltips say what each does beyond its name; Qt reads a tooltip out as the accessible description.
        self.add_files_button.setToolTip(self.tr("Add bundle files from anywhere, e.g. saved from an e-mail"))
        self.trust_button.setToolTip(
            self.tr(
                "Put the selected bundle's signing key on the trust list, after comparing its fingerprint"
            )
        )
        self.reject_button.setToolTip(
            self.tr("Refuse every bundle signed by the selected bundle's key, now and later")
        )
        self.release_button.setToolTip(
            self.tr("Trust the key and import every bundle of it held in quarantine")
        )
        self.merge_button.setToolTip(self.tr("Go to the Merge tab to import the ready bundles"))
        self.scan_button.clicked.connect(self.scan)
        self.add_files_button.clicked.connect(self._on_add_files)
        self.trust_button.clicked.connect(self._on_trust)
        self.reject_button.clicked.connect(self._on_reject)
        self.release_button.clicked.connect(self._on_release)
        self.merge_button.clicked.connect(self.merge_requested)
        for button in (
            self.scan_button,
            self.add_files_button,
            self.trust_button,
            self.reject_button,
            self.release_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)

        self.summary = QLabel(self.tr("Drop bundle files or folders here, or add a folder to watch."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Inbox summary"))
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.proxy, self.view = report_table(self.model, self, self.tr("Bundles in the inbox"), 1)
        self.empty_state = EmptyState(
            self.view,
            lambda: self.tr(
                "No bundles yet. Drop the chairs' bundle files or a USB stick's folder here, use Add bundle "
                "files…, or watch a folder below."
            ),
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        # The reason and the conference can be long: readable widths, the rest of each in the line below.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 280)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(6, 160)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("The chosen bundle"))
        table_layout.addWidget(self.details)
        splitter.addWidget(table_page)

        folders_box = QGroupBox(self.tr("Watched folders"))
        folders_outer = QVBoxLayout(folders_box)
        folders_layout = QHBoxLayout()
        folders_outer.addLayout(folders_layout)
        self.folders_model = QStringListModel(self)
        self.folders_view = QListView()
        self.folders_view.setModel(self.folders_model)
        self.folders_view.setAccessibleName(self.tr("Watched folders"))
        self.folders_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        folders_layout.addWidget(self.folders_view, 1)
        side = QVBoxLayout()
        self.add_folder_button = QPushButton(self.tr("Watch a f&older…"))
        self.remove_folder_button = QPushButton(self.tr("Stop &watching"))
        self.add_folder_button.clicked.connect(self._on_add_folder)
        self.remove_folder_button.clicked.connect(self._on_remove_folder)
        side.addWidget(self.add_folder_button)
        side.addWidget(self.remove_folder_button)
        side.addStretch(1)
        folders_layout.addLayout(side)
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        self.sync_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folders_outer.addWidget(self.sync_label)
        splitter.addWidget(folders_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        # Not a focus proxy: Qt 6 then skips, on Tab, the controls made before the view (filters, buttons).
        self.initial_focus = self.view
        self._refresh_folders()
        self._update_buttons()

    def _refresh_folders(self) -> None:
        self.folders_model.setStringList(self.inbox.watched_folders())
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
        self._titles = {c.id: c.title for c in conferences.conferences(self.context.store)}

    # -- scanning ---------------------------------------------------------------------------------

    def scan(self) -> Operation | None:
        """Verify every bundle again, off the UI thread; asked while one runs, it runs once more after."""
        self._settle.stop()
        if self.context.closing:
            return None
        if self._scan_operation is not None and self._scan_operation.is_running:
            self._scan_again = True
            return self._scan_operation
        self._scanned_once = True
        self._refresh_titles()
        self._scan_operation = scan_inbox(self.context, self, on_done=self._on_scanned)
        return self._scan_operation

    def _on_scanned(self) -> None:
        if self._scan_again:
            self._scan_again = False
            QTimer.singleShot(0, self.scan)

    def _on_folder_changed(self, _path: str) -> None:
        self._settle.start()

    def showEvent(self, event) -> None:
        if not self._scanned_once:
            QTimer.singleShot(0, self.scan)  # after the tab has painted
        super().showEvent(event)

    def _on_inbox_changed(self) -> None:
        self._refresh_titles()
        self.model.reload()
        counts = self.inbox.counts()
        total = len(self.inbox.entries)
        problems = counts[inbox_mod.INVALID] + counts[inbox_mod.INCOMPLETE] + counts[inbox_mod.WILL_REFUSE]
        waiting = counts[inbox_mod.UNKNOWN_KEY] + counts[inbox_mod.HELD]
        self.summary.setText(
            self.tr(
                "%1 bundles: %2 ready to merge, %3 already imported, %4 waiting for a trust decision, "
                "%5 refused or damaged."
            )
            .replace("%1", str(total))
            .replace("%2", str(counts[inbox_mod.READY]))
            .replace("%3", str(counts[inbox_mod.IMPORTED] + counts[inbox_mod.DUPLICATE]))
            .replace("%4", str(waiting))
            .replace("%5", str(problems))
        )
        self._select_bundle_to_show()
        self._update_buttons()

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
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_entry(self, predicate) -> bool:
        for row, entry in enumerate(self.model.rows()):
            if predicate(entry):
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        entry = self.selected_entry()
        self.details.setText(self._describe(entry) if entry is not None else "")
        waiting = entry is not None and entry.state in (inbox_mod.UNKNOWN_KEY, inbox_mod.HELD)
        self.trust_button.setEnabled(waiting)
        self.reject_button.setEnabled(waiting)
        self.release_button.setEnabled(entry is not None and entry.state == inbox_mod.HELD)
        self.merge_button.setEnabled(bool(self.inbox.ready()))

    def _describe(self, e: InboxEntry) -> str:
        """The chosen bundle in one or two lines: where the file is, the verdict in full, the fingerprint."""
        lines = [f"{e.source or e.path} — {self.state_labels[e.state]}"]
        reason = self._reason(e)
        if reason:
            lines[0] += f": {reason}"
        detail = self._reason_detail(e) if e.state != inbox_mod.IMPORTED else ""
        if detail and detail != reason:
            lines.append(detail)
        if e.fingerprint:
            lines.append(
                self.tr("Signed by %1, key %2, fingerprint %3")
                .replace("%1", e.signer_name)
                .replace("%2", e.key_id)
                .replace("%3", e.fingerprint)
            )
        return "\n".join(lines)

    def _on_trust(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = TrustKeyDialog(entry, self._titles.get(entry.conference_id, entry.conference_id[:8]), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.trust(entry, dialog.grant()))
        dialog.open()

    def trust(self, entry: InboxEntry, grant) -> None:
        """Put the key on the trust list; bundles held in quarantine are imported at once."""
        from app.bundles import trust

        if entry.state == inbox_mod.HELD:
            self.release(entry, grant)
            return
        try:
            trust.add(
                self.context.store,
                self._public_key(entry),
                entry.signer_name,
                grant.role,
                grant.conference_id,
                grant.table_number,
                source="inbox",
            )
        except UserError as exc:
            error_box(self, self.tr("Cannot trust the key"), exc)
            return
        self.scan()

    def _public_key(self, entry: InboxEntry) -> bytes:
        from app.bundles.reader import read_bundle_file

        bundle, _data = read_bundle_file(entry.path)
        return bundle.public_key

    def _on_release(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.release(entry, None)

    def release(self, entry: InboxEntry, grant) -> Operation:
        """Trust the key (as `grant`, else the role its bundles ask for) and import its held bundles."""
        key_id = entry.key_id
        importing = self.tr("Importing from quarantine…")  # words are chosen here, on the UI thread

        def work(workspace, progress, cancel):
            progress(0, 0, importing)
            return admission.accept(workspace, key_id, grant)

        def done(receipts) -> None:
            self.context.changed()
            refused = [r for r in receipts if not r.ok]
            if refused:
                msgbox.warning(
                    self,
                    self.tr("Some bundles were refused"),
                    "\n".join(
                        f"{Path(r.path).name}: {explain_check(r.check, r.reason or '')}" for r in refused
                    ),
                    details="\n".join(f"{Path(r.path).name}: {r.reason}" for r in refused),
                )
            self.scan()

        return Operation(
            self,
            work,
            title=self.tr("Importing from quarantine"),
            on_success=done,
            workspace_dir=self.context.workspace.dir,
            changes={"notes", "bundles"},
        ).run()

    def _on_reject(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        msgbox.question(
            self,
            self.tr("Reject the key?"),
            self.tr(
                "Bundles signed by %1 (key %2) will be refused from now on, and copies held in quarantine "
                "are deleted. The files in your folders stay where they are."
            )
            .replace("%1", entry.signer_name)
            .replace("%2", entry.key_id),
            on_answer=lambda yes: yes and self.reject(entry),
        )

    def reject(self, entry: InboxEntry) -> None:
        from app.bundles import quarantine, trust

        try:
            if entry.state == inbox_mod.HELD:
                quarantine.reject(self.context.workspace, entry.key_id)
            else:
                trust.reject(self.context.store, self._public_key(entry), entry.signer_name)
        except (UserError, NotFound) as exc:
            error_box(self, self.tr("Cannot reject the key"), exc)
            return
        self.scan()
