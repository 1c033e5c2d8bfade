"""Tables without a laptop, in both windows: the template, importing a filled-in sheet, and photos.

`PaperActions` holds the three actions and adds them to a window's menu; the chair's window passes the
table it captures (a chair writes only that table), the secretariat's none. Checking a sheet runs off
the UI thread (ui/operations.py); the review dialog (ui/sheet_review.py) then asks before importing.
The questions to the user (file names) are attributes, so tests answer them without a person.

Signals:
    notes_imported()  notes were added to the workspace: views should reload
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app import conferences
from app.workspace import Workspace
from ui import msgbox
from ui.operations import CancelToken, Operation, Progress

SETTINGS_FOLDER = "paper/folder"


class PaperActions(QObject):
    notes_imported = Signal()

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        conference: Callable[[], str | None],
        table: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.workspace = workspace
        self._conference = conference
        self._table = table
        self.dialog = None  # the review dialog last shown (tests look at it)

        def action(text: str, slot: Callable[[], None], tip: str) -> QAction:
            made = QAction(window, text=text)  # not (text, window): that loads QIcon at start
            made.setToolTip(tip)
            made.setStatusTip(tip)
            made.triggered.connect(slot)
            return made

        self.template_action = action(
            self.tr("Save a &template for paper tables…"),
            self.save_template,
            self.tr("An Excel workbook a table without a laptop fills in: one row per note"),
        )
        self.import_action = action(
            self.tr("&Import notes from a spreadsheet…"),
            self.import_sheet,
            self.tr("Check a filled-in template or an open-data CSV, then add its notes"),
        )
        self.photos_action = action(
            self.tr("P&hotos of the tables' paper…"),
            self.show_photos,
            self.tr("Photos or scans of a table's paper sheet or tablecloth"),
        )

    def add_to(self, menu: QMenu, before: QAction | None = None) -> None:
        """The three entries at the menu's end, or before `before`."""
        menu.insertActions(before, [self.template_action, self.import_action, self.photos_action])

    # -- the questions to the user (replaced in tests) --------------------------------------------

    # The file dialog and standard paths are imported where used: these actions are made at the chair's
    # start, and PySide makes a Qt class's enums when it is first imported.

    def ask_save_path(self, default: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save template"), str(default), self.tr("Excel workbooks (*.xlsx)")
        )
        return Path(name) if name else None

    def ask_open_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import notes from a spreadsheet"),
            self._folder(),
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        return Path(name) if name else None

    # -- the actions -------------------------------------------------------------------------------

    def _conference_or_say(self) -> str | None:
        conference_id = self._conference()
        if not conference_id:
            msgbox.information(
                self._window, self.tr("No conference"), self.tr("Open or choose a conference first.")
            )
        return conference_id or None

    def _folder(self) -> str:
        """Where the file dialogs open: the folder last used, else Documents, else home. Each only if it
        exists: the file dialog opens a missing folder as the process's current directory, which is
        wherever the program happened to be started (a pulled-out USB stick, no Documents folder)."""
        from PySide6.QtCore import QDir, QStandardPaths

        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        for folder in (QSettings().value(SETTINGS_FOLDER, ""), documents):
            if folder and Path(folder).is_dir():
                return str(folder)
        return QDir.homePath()

    def save_template(self) -> None:
        conference_id = self._conference_or_say()
        if conference_id is None:
            return
        table = self._table() if self._table else None
        conference = conferences.conference(self.workspace.store, conference_id)
        stem = self.tr("template-table-%1").replace("%1", str(table)) if table else self.tr("template")
        path = self.ask_save_path(Path(self._folder()) / f"{stem}-{conference.date or conference.title}.xlsx")
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        QSettings().setValue(SETTINGS_FOLDER, str(path.parent))
        try:
            from app.sheets.template import write_template  # openpyxl: when a template is asked for

            write_template(self.workspace.store, conference_id, path, table=table)
        except Exception as exc:  # a UserError (no questions yet, a folder not writable) or worse
            from ui.operations import show_failure

            show_failure(self._window, self.tr("The template was not saved"), exc)
            return
        msgbox.information(
            self._window,
            self.tr("Template saved"),
            self.tr("%1 was saved. Send it to the table, or fill it in from the paper notes.").replace(
                "%1", str(path)
            ),
        )

    def import_sheet(self, path: Path | None = None) -> None:
        conference_id = self._conference_or_say()
        if conference_id is None:
            return
        path = path or self.ask_open_path()
        if path is None:
            return
        QSettings().setValue(SETTINGS_FOLDER, str(path.parent))
        directory = self.workspace.dir
        table = self._table() if self._table else None

        def work(progress: Progress, cancel: CancelToken):
            workspace = Workspace(directory)  # this thread's own store
            try:
                from app.sheets.importing import plan
                from app.sheets.service import check_file

                review = check_file(workspace, path, conference_id=conference_id, table=table)
                return review, plan(workspace.store, review)
            finally:
                workspace.close()

        Operation(
            self._window,
            work,
            title=self.tr("Checking %1").replace("%1", path.name),
            on_success=lambda result: self._show_review(*result),
        ).run()

    def _show_review(self, review, planned) -> None:
        from ui.sheet_review import SheetImportDialog

        self.dialog = SheetImportDialog(self.workspace, review, planned, self._window)
        self.dialog.imported.connect(self._on_imported)
        self.dialog.open()

    def _on_imported(self, added: int) -> None:
        self.notes_imported.emit()
        # English is the source language and loads no .qm, so its singular needs its own string.
        if added == 1:
            text = self.tr("1 note was added.")
        elif added:
            text = self.tr("%Ln notes were added.", "", added)
        else:
            text = self.tr("Nothing new: these notes were imported before.")
        msgbox.information(self._window, self.tr("Notes imported"), text)

    def show_photos(self) -> None:
        conference_id = self._conference_or_say()
        if conference_id is None:
            return
        from ui.paper_photos import PhotosDialog

        self.photos_dialog = PhotosDialog(
            self.workspace, conference_id, self._table() if self._table else None, self._window
        )
        self.photos_dialog.open()
