"""The GUI face of minutes, shared by the chair's and the secretariat's windows.

`MinutesActions` offers one QAction per document. Each asks for a file name (with a sensible default in
the folder used last), builds the document off the UI thread (ui/operations.py), opens it in the system's
viewer, then offers to print it through Qt's print dialog (see ui/minutes_print.py).

    actions = populate_secretariat_menu(menu, workspace, lambda: conference_id, parent)
    actions = populate_chair_menu(menu, workspace, lambda: conference_id, lambda: table_number, parent)

Signals:
    document_written(str)   a document was written to that path (after its file exists)
    printed(int)            that many pages went to the printer

The dialogs that ask the user (file name, theme, table, printer) are attributes, so tests can answer
them without a person: `ask_save_path`, `ask_item`, `ask_table`, `ask_printer`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app import conferences
from app.errors import UserError
from app.workspace import Workspace
from ui import msgbox
from ui.operations import CancelToken, Operation, Progress, show_failure
from ui.table_minutes_job import table_minutes_job

if TYPE_CHECKING:  # Qt's print support is loaded when something is printed, not when a window opens
    from PySide6.QtPrintSupport import QPrinter

    from ui.minutes_internal import InternalMinutesNotice

SETTINGS_FOLDER = "minutes/folder"

ConferenceGetter = Callable[[], str | None]
TableGetter = Callable[[], int | None]


class MinutesActions(QObject):
    document_written = Signal(str)
    printed = Signal(int)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        conference: ConferenceGetter,
        table: TableGetter | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self.workspace = workspace
        self._conference = conference
        self._table = table
        self.last_document: Path | None = None
        self.privacy_dialog: QDialog | None = None  # the personal-data review last opened
        self.texts_dialog: QDialog | None = None  # the public report's texts, last opened
        self.internal_notice: InternalMinutesNotice | None = None  # personal data told before the minutes
        self.undo_stack: QUndoStack | None = None  # the window's history, for the texts' edits
        self.open_in_viewer = True  # the windows keep it; tests turn the viewer off where it is not wanted

        def action(text: str, slot: Callable[[], None], tip: str) -> QAction:
            made = QAction(self, text=text)  # not (text, self): that loads QIcon at start
            made.setStatusTip(tip)
            made.triggered.connect(slot)
            return made

        self.table_minutes_action = action(
            self.tr("&Table minutes…"),
            self.table_minutes,
            self.tr(
                "The table's notes, proposals and themes as PDF minutes, for the chair to check and sign"
            ),
        )
        self.table_minutes_photos_action = action(
            self.tr("Table minutes &with photos of the paper…"),
            self.table_minutes_with_photos,
            self.tr("The table minutes with the photos of the table's paper as an appendix"),
        )
        self.conference_minutes_action = action(
            self.tr("&Conference minutes…"),
            self.conference_minutes,
            self.tr("Every table's notes by question and theme, ranked proposals, counts and a chart"),
        )
        self.theme_report_action = action(
            self.tr("T&heme report…"),
            self.theme_report,
            self.tr("Guiding words and what needs to be done, per theme, across the process's conferences"),
        )
        self.public_texts_action = action(
            self.tr("Public report te&xts…"),
            self.public_texts,
            self.tr("Write the public report's foreword, contact, how to respond and what happens next"),
        )
        self.public_report_action = action(
            self.tr("&Public feedback report…"),
            self.public_report,
            self.tr(
                "What was said and what happened to the proposals, without personal data, as PDF and HTML"
            ),
        )
        self.export_data_action = action(
            self.tr("Export &open data…"),
            self.export_data,
            self.tr("The conference's notes and proposals as CSV or JSON"),
        )
        self.print_action = action(
            self.tr("Print &last document…"),
            self.print_last,
            self.tr("Print the PDF made last through the print dialog"),
        )
        self.print_action.setEnabled(False)

    # -- the questions to the user (replaced in tests) --------------------------------------------

    # The dialogs, standard paths and URLs are imported where used: both windows make these actions at
    # start, and PySide makes a Qt class's enums when it is first imported.

    def ask_save_path(self, title: str, default: Path, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from ui.save_kind import with_chosen_suffix

        name, chosen = QFileDialog.getSaveFileName(self._window, title, str(default), filters)
        return with_chosen_suffix(Path(name), chosen, filters) if name else None

    def ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        item, ok = QInputDialog.getItem(self._window, title, label, items, 0, False)
        return item if ok else None

    def ask_table(self, title: str, numbers: list[int], current: int | None) -> int | None:
        labels = [self.tr("Table %1").replace("%1", str(n)) for n in numbers]
        start = numbers.index(current) if current in numbers else 0
        from PySide6.QtWidgets import QInputDialog

        item, ok = QInputDialog.getItem(self._window, title, self.tr("&Table:"), labels, start, False)
        return numbers[labels.index(item)] if ok else None

    def ask_printer(self, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print minutes"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- the actions -------------------------------------------------------------------------------

    def table_minutes_with_photos(self) -> None:
        self.table_minutes(photos=True)

    def table_minutes(self, _checked: bool = False, *, photos: bool = False) -> None:
        conference = self._current_conference()
        if conference is None:
            return
        numbers = [t.number for t in conferences.tables(self.workspace.store, conference.id)]
        current = self._table() if self._table else None
        if self._table is None or current is None:
            current = self.ask_table(self.tr("Table minutes"), numbers, current)
            if current is None:
                return
        language = self.workspace.language  # read here: the workspace's store belongs to this thread
        photos_from = self.workspace.dir if photos else None
        self._build_pdf(
            self.tr("Save table minutes"),
            self._default_path("table", conference, table=current),
            lambda store, path, report: table_minutes_job(
                store, conference.id, current, path, language, report, photos_from
            ),
        )

    def conference_minutes(self) -> None:
        conference = self._current_conference()
        if conference is None:
            return
        # the notes' personal data, told first
        self._internal_notice().ask(
            self.workspace, conference.id, lambda: self._write_conference_minutes(conference)
        )

    def _write_conference_minutes(self, conference) -> None:
        from app.minutes.conference import build_conference_minutes

        language = self.workspace.language
        self._build_pdf(
            self.tr("Save conference minutes"),
            self._default_path("conference", conference),
            lambda store, path, report: build_conference_minutes(
                store, conference.id, path, language, report
            ),
        )

    def theme_report(self) -> None:
        conference = self._current_conference()
        if conference is None:
            return
        names = [t.name for t in conferences.themes(self.workspace.store, conference.process_id)]
        every = self.tr("All themes")
        chosen = self.ask_item(self.tr("Theme report"), self.tr("&Theme:"), [every, *names])
        if chosen is None:
            return
        theme = None if chosen == every else chosen
        from app.minutes.themes import build_theme_report

        language = self.workspace.language

        def write() -> None:
            self._build_pdf(
                self.tr("Save theme report"),
                self._default_path("themes", conference),
                lambda store, path, report: build_theme_report(
                    store, conference.process_id, path, language, theme=theme, progress=report
                ),
            )

        self._internal_notice().ask_theme_report(self.workspace, conference.process_id, theme, write)

    def _internal_notice(self) -> InternalMinutesNotice:
        """The notice of personal data in an internal document, made when first needed."""
        from ui.minutes_internal import InternalMinutesNotice

        if self.internal_notice is None:
            self.internal_notice = InternalMinutesNotice(self._window)
        return self.internal_notice

    def public_texts(self) -> None:
        """The secretariat's own words in the public report, edited in a dialog that can preview it."""
        conference = self._current_conference()
        if conference is None:
            return
        from ui.minutes_texts import PublicTextsDialog

        dialog = PublicTextsDialog(
            self._window,
            self.workspace.store,
            conference.id,
            language=self.workspace.language,
            undo_stack=self.undo_stack,
            preview=self.public_report,
        )
        if self.texts_dialog is not None:
            self.texts_dialog.deleteLater()  # the one closed last time
        self.texts_dialog = dialog
        dialog.open()

    def public_report(self) -> None:
        conference = self._current_conference()
        if conference is not None:
            self.review_privacy(conference.id, lambda: self._write_public_report(conference))

    def _write_public_report(self, conference) -> None:
        from app.minutes.public import build_public_report

        language = self.workspace.language
        self._build_pdf(
            self.tr("Save public feedback report"),
            self._default_path("public", conference),
            lambda store, path, report: build_public_report(
                store, conference.id, path, language, html_path=path.with_suffix(".html"), progress=report
            ),
            note=self.tr("The same report was saved as an accessible web page beside it (.html)."),
        )

    def review_privacy(self, conference_id: str, then: Callable[[], None]) -> None:
        """Nothing personal leaves without a person deciding: with findings, the review dialog comes
        first and `then` runs once the secretary publishes from it; without any, `then` runs at once."""
        from app.privacy.review import review
        from ui.minutes_privacy import PrivacyReviewDialog

        hits = review(self.workspace.store, conference_id)
        if not hits:
            then()
            return
        dialog = PrivacyReviewDialog(self._window, self.workspace.store, conference_id, hits, self.workspace)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(then)
        self.privacy_dialog = dialog
        dialog.open()

    def export_data(self) -> None:
        conference = self._current_conference()
        if conference is not None:
            self.review_privacy(conference.id, lambda: self._export_data(conference))

    def _export_data(self, conference) -> None:
        default = self._default_path("data", conference, ext="csv")
        path = self.ask_save_path(
            self.tr("Export open data"), default, self.tr("CSV for Excel (*.csv);;JSON (*.json)")
        )
        if path is None:
            return
        fmt = "json" if path.suffix.lower() == ".json" else "csv"
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_suffix(".csv")
        self._remember_folder(path)
        from app.minutes.opendata import export_data

        language = self.workspace.language
        directory = self.workspace.dir

        def work(progress: Progress, cancel: CancelToken) -> Path:
            workspace = Workspace(directory)  # this thread's own store
            try:
                export_data(workspace.store, conference.id, fmt, path, language)
            finally:
                workspace.close()
            return path

        def done(written: Path) -> None:
            self.document_written.emit(str(written))
            msgbox.information(
                self._window,
                self.tr("Open data exported"),
                self.tr("The notes and proposals were saved as %1.").replace("%1", str(written)),
            )

        Operation(self._window, work, title=self.tr("Exporting open data"), on_success=done).run()

    def print_last(self) -> None:
        if self.last_document is not None:
            self.print_document(self.last_document)

    def print_document(self, pdf: Path) -> None:
        """Qt's print dialog, then the pages painted on the printer off the UI thread."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(pdf.stem)
        if not self.ask_printer(printer):
            return
        from ui.minutes_print import print_pdf

        def work(progress: Progress, cancel: CancelToken) -> int:
            return print_pdf(
                pdf, printer, lambda done, total: progress(done, total), lambda: cancel.cancelled
            )

        Operation(
            self._window,
            work,
            title=self.tr("Printing %1").replace("%1", pdf.name),
            on_success=self.printed.emit,
        ).run()

    # -- shared steps ------------------------------------------------------------------------------

    def _current_conference(self):
        conference_id = self._conference()
        if not conference_id:
            msgbox.information(
                self._window, self.tr("No conference"), self.tr("Choose a conference first, then try again.")
            )
            return None
        try:
            return conferences.conference(self.workspace.store, conference_id)
        except UserError as exc:
            from ui.bundle_messages import error_box

            error_box(self._window, self.tr("No conference"), exc)
            return None

    def _default_path(self, kind: str, conference, *, table: int = 0, ext: str = "pdf") -> Path:
        from PySide6.QtCore import QStandardPaths

        from app.minutes.naming import default_name

        folder = QSettings().value(SETTINGS_FOLDER, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(folder) / default_name(kind, conference, self.workspace.language, table=table, ext=ext)

    def _remember_folder(self, path: Path) -> None:
        QSettings().setValue(SETTINGS_FOLDER, str(path.parent))

    def _build_pdf(
        self,
        title: str,
        default: Path,
        build: Callable[[Any, Path, Callable[[int, int], None]], int],
        note: str = "",
    ) -> None:
        """Ask for the file, then `build(store, path, report)` in a worker with its own store."""
        path = self.ask_save_path(title, default, self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._remember_folder(path)
        directory = self.workspace.dir

        def work(progress: Progress, cancel: CancelToken) -> tuple[Path, int]:
            def report(done: int, total: int) -> None:
                cancel.raise_if_cancelled()  # stops the layout; build_pdf removes the half-made file
                progress(done, total)

            workspace = Workspace(directory)  # sqlite connections belong to their thread
            try:
                return path, build(workspace.store, path, report)
            finally:
                workspace.close()

        Operation(
            self._window,
            work,
            title=self.tr("Making %1").replace("%1", path.name),
            on_success=lambda r: self._on_built(*r, note),
            on_failure=lambda exc: show_failure(
                self._window, self.tr("Cannot save %1").replace("%1", path.name), exc
            ),
        ).run()

    def _on_built(self, path: Path, pages: int, note: str) -> None:
        self.last_document = path
        self.print_action.setEnabled(True)
        self.document_written.emit(str(path))
        if self.open_in_viewer:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        # English is the source language and loads no .qm, so its singular needs its own string; the
        # Swedish .ts gives the plural string both numerus forms (sida, sidor).
        saved = (
            self.tr("%1 was saved (1 page).")
            if pages == 1
            else self.tr("%1 was saved (%Ln pages).", "", pages)
        )
        text = saved.replace("%1", str(path))
        if note:
            text += "\n\n" + note
        text += "\n\n" + self.tr("Print it now?")
        msgbox.question(
            self._window,
            self.tr("Document ready"),
            text,
            on_answer=lambda yes: self.print_document(path) if yes else None,
        )


def populate_secretariat_menu(
    menu: QMenu, workspace: Workspace, conference: ConferenceGetter, parent: QWidget
) -> MinutesActions:
    """Every document for the secretariat, in the order a secretary needs them on the day. Give the
    result the window's `undo_stack` to make saving the public report's texts a step in its history."""
    actions = MinutesActions(parent, workspace, conference)
    for action in (
        actions.conference_minutes_action,
        actions.table_minutes_action,
        actions.table_minutes_photos_action,
        actions.theme_report_action,
        actions.public_texts_action,
        actions.public_report_action,
    ):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.export_data_action)
    menu.addSeparator()
    menu.addAction(actions.print_action)
    return actions


populate_menu = populate_secretariat_menu


def populate_chair_menu(
    menu: QMenu, workspace: Workspace, conference: ConferenceGetter, table: TableGetter, parent: QWidget
) -> MinutesActions:
    """The chair's: the table's own minutes, and printing them."""
    actions = MinutesActions(parent, workspace, conference, table)
    menu.addAction(actions.table_minutes_action)
    menu.addAction(actions.table_minutes_photos_action)
    menu.addAction(actions.print_action)
    return actions
