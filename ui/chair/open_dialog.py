"""Open a conference and pick the table: from the workspace's list, or from a file (a conference
description .toml, or a signed conference pack .rbz from the secretariat).

Signals:
    table_chosen(conference_id, table_number)   the chair picked a table and pressed Open
    conference_loaded(conference_id)            a file brought a conference (or a new pack of one) in
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QWidget,
)

from app import conferences
from app.messages import Message
from app.workspace import Workspace
from ui import msgbox
from ui.chair.followup_opened import tell_what_came
from ui.empty_state import EmptyState
from ui.first_key import chose_current
from ui.operations import CancelToken, Operation, Progress, show_failure

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDER_KEY = "chair/open_folder"


@dataclass(frozen=True)
class Loaded:
    conference_id: str | None  # None: a pack held in quarantine (its key is not trusted yet)
    signer: str = ""  # for a pack: who signed it, and the key's fingerprint to compare
    fingerprint: str = ""
    path: Path | None = None
    awaiting_consent: bool = False  # a first pack: not imported until the chair accepts its fingerprint
    # Conferences opened here from packs signed by the same key ("title (date)"), when awaiting consent
    known_from: tuple[str, ...] = ()
    followup_tables: tuple[int, ...] = ()  # a chairs' follow-up: the tables it is for
    counts: tuple[int, int] = (0, 0)  # a follow-up imported: its new and its changed records
    already: bool = False  # the same file was opened here before: nothing new


def _refusal(check: str | None, why: Message | None, sentence: str) -> Exception:
    """The refusal with the file's name in its English, and its reason as data when the core gave one
    (so the dialog says it in the chair's language)."""
    from app.bundles.format import BundleError  # here: the chair's window starts without app.bundles

    error = BundleError(check or "", sentence)
    if why is not None:
        error.why = why
    return error


def load_conference_file(workspace_dir: Path, path: Path, *, fingerprint_accepted: bool = False) -> Loaded:
    """Worker: bring a .toml or .rbz into the workspace. The first pack of a conference would pin its
    signer's key: it is only checked until the chair has compared and accepted the fingerprint."""
    from app.bundles.format import refused

    workspace = Workspace(workspace_dir)
    try:
        if path.suffix.lower() == ".rbz":
            from app.bundles import import_files, verify_file

            verdict = verify_file(path, workspace.store)  # look before writing anything
            # BundleError keeps the check's code, so the dialog can explain it in the chair's language.
            if not verdict.ok:
                raise _refusal(verdict.check, verdict.why, f"{path.name}: {verdict.reason}")
            if verdict.kind != "conference-pack":
                raise refused("kind", "table-export-not-pack", file=path.name)
            scoped = verdict.tables if verdict.table_scoped else ()
            if verdict.pins_on_import and not fingerprint_accepted:
                from app.pack_pins import conferences_signed_by

                earlier = conferences_signed_by(
                    workspace.store, verdict.key_id or "", other_than=verdict.conference
                )
                known = tuple(conferences.named(c) for c in earlier)
                return Loaded(None, verdict.signer_name or "", verdict.fingerprint or "", path, True, known)
            (receipt,) = import_files(workspace, [path])
            if receipt.status == "refused":
                raise _refusal(receipt.check, receipt.why, f"{path.name}: {receipt.reason}")
            if receipt.status == "quarantined":
                return Loaded(None, receipt.signer_name or "", receipt.fingerprint or "")
            counts = (receipt.counts.get("new", 0), receipt.counts.get("updated", 0))
            return Loaded(
                receipt.conference,
                receipt.signer_name or "",
                receipt.fingerprint or "",
                followup_tables=scoped,
                counts=counts,
                already=receipt.status == "already-imported",
            )
        description = conferences.read_conference_file(path)
        existing = conferences.find_described(workspace.store, description)
        if existing is not None:
            return Loaded(existing.id)  # the same file twice must not make a second conference
        return Loaded(conferences.create_conference(workspace.store, description))
    finally:
        workspace.close()


class _PickList(QListView):
    """A list the chair picks one row of; the first Down with nothing chosen chooses the first row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not chose_current(self, event):
            super().keyPressEvent(event)


class OpenConferenceDialog(QDialog):
    table_chosen = Signal(str, int)
    conference_loaded = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, current: str | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Open conference"))
        self.setAccessibleName(self.windowTitle())
        self.conference_model = QStandardItemModel(self)
        self.table_model = QStandardItemModel(self)

        self.conference_view = _PickList()
        self.conference_view.setModel(self.conference_model)
        self.conference_view.setAccessibleName(self.tr("Conferences in this workspace"))
        self.conference_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.conference_empty = EmptyState(
            self.conference_view,
            lambda: self.tr(
                "No conference yet. Open the conference pack from the secretariat with Open file…"
            ),
        )
        self.table_view = _PickList()
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(self.tr("Tables of the chosen conference"))
        self.table_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.table_view.doubleClicked.connect(self._on_table_view_double_clicked)
        for view in (self.conference_view, self.table_view):
            # A region's long title or table name wraps in its row instead of running off sideways.
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
        conference_label = QLabel(self.tr("&Conference:"))
        conference_label.setBuddy(self.conference_view)
        table_label = QLabel(self.tr("&Your table:"))
        table_label.setBuddy(self.table_view)

        self.file_button = QPushButton(self.tr("Open &file…"))
        self.file_button.setToolTip(
            self.tr("A conference pack (.rbz) from the secretariat, or a conference description (.toml)")
        )
        self.file_button.setAccessibleDescription(self.file_button.toolTip())
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.heading = QLabel(
            self.tr(
                "Choose the conference and your table, then press Open. A conference pack from the "
                "secretariat opens with Open file."
            )
        )
        self.heading.setWordWrap(True)
        layout = QGridLayout(self)
        layout.addWidget(self.heading, 0, 0, 1, 2)
        layout.addWidget(conference_label, 1, 0)
        layout.addWidget(table_label, 1, 1)
        layout.addWidget(self.conference_view, 2, 0)
        layout.addWidget(self.table_view, 2, 1)
        layout.addWidget(self.buttons, 3, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 24)

        self.conference_view.selectionModel().currentChanged.connect(self._on_conference_current_changed)
        self.table_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.reload(current)

    # -- content ------------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        self.conference_model.clear()
        store = self.workspace.store
        every = conferences.conferences(store)
        alike = Counter((c.title, c.date, c.venue) for c in every)
        whose: dict[str, str] = {}
        if any(n > 1 for n in alike.values()):  # two regions' "Rundabordssamtal våren 2026" on one laptop
            from app.pack_pins import pack_signers

            organisations = {p.id: p.organisation for p in conferences.processes(store)}
            signers = pack_signers(store)
            for c in every:
                if alike[(c.title, c.date, c.venue)] > 1:
                    parts = [organisations.get(c.process_id, ""), signers.get(c.id, "")]
                    whose[c.id] = " · ".join(dict.fromkeys(p for p in parts if p))
        for c in every:
            lines = [c.title, f"{c.date}  {c.venue}".rstrip(), whose.get(c.id, "")]
            item = QStandardItem("\n".join(line for line in lines if line))
            item.setData(c.id, ID_ROLE)
            item.setData(", ".join(line for line in lines if line), Qt.ItemDataRole.AccessibleTextRole)
            self.conference_model.appendRow(item)
        row = 0
        for r in range(self.conference_model.rowCount()):
            if self.conference_model.item(r).data(ID_ROLE) == select_id:
                row = r
        if self.conference_model.rowCount():
            self.conference_view.setCurrentIndex(self.conference_model.index(row, 0))
        else:
            self.table_model.clear()
        self._update_buttons()

    def _on_conference_current_changed(self) -> None:
        self.table_model.clear()
        conference_id = self.selected_conference()
        if conference_id is None:
            return
        for t in conferences.tables(self.workspace.store, conference_id):
            label = self.tr("Table %1").replace("%1", str(t.number))
            if t.name == label or t.name.startswith(f"{label} "):  # "Bord 12 – Näringslivet": said once
                label = t.name
            elif t.name:
                label = f"{label} – {t.name}"
            if t.chair_name:
                label = f"{label} ({t.chair_name})"
            item = QStandardItem(label)
            item.setData(t.number, ID_ROLE)
            self.table_model.appendRow(item)
        self._update_buttons()

    def selected_conference(self) -> str | None:
        index = self.conference_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_table(self) -> int | None:
        index = self.table_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_table(self, number: int) -> None:
        for r in range(self.table_model.rowCount()):
            if self.table_model.item(r).data(ID_ROLE) == number:
                self.table_view.setCurrentIndex(self.table_model.index(r, 0))

    def _update_buttons(self, *args) -> None:
        ready = self.selected_conference() is not None and self.selected_table() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def _on_table_view_double_clicked(self) -> None:
        self.accept()

    def accept(self) -> None:
        conference_id, number = self.selected_conference(), self.selected_table()
        if conference_id is None or number is None:
            msgbox.information(
                self, self.tr("Open conference"), self.tr("Choose a conference and your table.")
            )
            return
        super().accept()
        self.table_chosen.emit(conference_id, number)

    # -- from a file --------------------------------------------------------------------------------

    def ask_file(self) -> Path | None:
        """Which file to open (replaced in tests)."""
        settings = QSettings()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open conference file"),
            str(settings.value(FOLDER_KEY, str(Path.home()))),
            self.tr("Conference packs and descriptions (*.rbz *.toml);;All files (*)"),
        )
        if not name:
            return None
        settings.setValue(FOLDER_KEY, str(Path(name).parent))
        return Path(name)

    def _on_file_button_clicked(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, *, fingerprint_accepted: bool = False) -> Operation:
        workspace_dir = self.workspace.dir

        def work(progress: Progress, cancel: CancelToken) -> Loaded:
            return load_conference_file(workspace_dir, path, fingerprint_accepted=fingerprint_accepted)

        return Operation(
            self,
            work,
            title=self.tr("Opening %1").replace("%1", path.name),
            on_success=self._on_loaded,
            on_failure=lambda exc: show_failure(
                self, self.tr("Cannot open %1").replace("%1", path.name), exc
            ),
        ).run()

    def _on_loaded(self, loaded: Loaded) -> None:
        if loaded.awaiting_consent:
            self._ask_fingerprint(loaded)
            return
        if loaded.conference_id is None:
            msgbox.warning(
                self,
                self.tr("Conference pack held back"),
                self.tr(
                    "The pack is signed by a key this workspace does not know yet, so it is held in "
                    "quarantine. Compare its fingerprint with the secretariat's and trust the key first "
                    "(rundabord quarantine list)."
                ),
            )
            return
        self.reload(loaded.conference_id)
        # Next the chair picks her table: the keys (Down, Enter) go to that list, not the conference's.
        self.table_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.conference_loaded.emit(loaded.conference_id)
        tell_what_came(self, loaded)

    def _ask_fingerprint(self, loaded: Loaded) -> None:
        """The first pack: the chair compares the fingerprint and accepts or refuses the pack."""
        path = loaded.path
        assert path is not None

        def answered(accept: bool) -> None:
            if accept:
                self.open_file(path, fingerprint_accepted=True)
            else:
                msgbox.information(
                    self,
                    self.tr("Conference pack refused"),
                    self.tr(
                        "The pack was not opened and nothing was saved. Ask the secretariat for the right "
                        "pack, or for the fingerprint once more."
                    ),
                )

        if loaded.known_from:  # next year's pack from the secretariat whose key was accepted here before
            text = (
                self.tr(
                    "Signed by %1 with the same key as the pack of %2, which was opened on this computer "
                    "before:\n\n%3\n\nOpen the pack? Later packs for this conference must carry the same key."
                )
                .replace("%1", loaded.signer)
                .replace("%2", " · ".join(f"“{title}”" for title in loaded.known_from))
                .replace("%3", loaded.fingerprint)
            )
        else:
            text = self.tr(
                "Signed by {signer}. Compare this fingerprint with the one the secretariat gave you:\n\n"
                "{fingerprint}\n\nDo they match? Only then open the pack: later packs for this conference "
                "must carry the same key."
            ).format(signer=loaded.signer, fingerprint=loaded.fingerprint)
        msgbox.question(self, self.tr("Check the conference pack"), text, on_answer=answered)
