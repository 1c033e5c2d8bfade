"""The review of a filled-in sheet before anything is imported: every problem, then what will be added.

`SheetImportDialog` shows a checked sheet (app.sheets.review.SheetReview): the problems as
sheet / row / column / what is wrong in the user's language, and a preview of the notes that will be
added (rows already in the workspace are shown as such). "Import" is offered only when every row
passed; "Import the valid rows only" when some did not. The import itself goes through app.sheets.

Signals:
    imported(added)  the notes were added (added may be 0 when the file was imported before)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.sheets.importing import PlannedNote
from app.sheets.review import Problem, SheetReview
from app.sheets.service import import_reviewed
from app.workspace import Workspace
from ui.bundle_messages import error_box
from ui.screen_room import fit_to_screen

Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    """One row per problem: sheet, row, column, what is wrong."""

    def __init__(self, problems: tuple[Problem, ...], parent=None) -> None:
        super().__init__(parent)
        self._problems = problems
        self._headers = (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("What is wrong"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem.text  # the core's English words, as a technical detail
        if column == 0:
            return problem.sheet
        if column == 1:
            return "" if problem.row is None else problem.row
        if column == 2:
            return problem.column or ""
        return self.describe(problem)

    def describe(self, problem: Problem) -> str:
        """What is wrong, in plain words of the user's language; what she typed in quotes ("Temat Okänt
        tema finns inte…" read as one sentence)."""
        p = {k: str(v) for k, v in problem.params.items()}
        words = {
            "not-template-version": self.tr("Made with a newer template (version %1). Make a new template."),
            "no-rows": self.tr("The sheet holds no notes."),
            "too-many-rows": self.tr("More than %1 rows. Split the sheet."),
            "missing-column": self.tr("The column is missing."),
            "duplicate-column": self.tr("The column appears twice."),
            "missing-table": self.tr("The table number is missing."),
            "unknown-table": self.tr("There is no table %1 at this conference."),
            "table-not-allowed": self.tr("You may not write table %1 here; this laptop writes table %2."),
            "missing-question": self.tr("The question is missing."),
            "unknown-question": self.tr("Unknown question: “%1”."),
            "unknown-kind": self.tr("Unknown kind: “%1”. Choose Anteckning, Förslag, Ledord or Att göra."),
            "unknown-theme": self.tr("The theme “%1” is not one of the process's themes."),
            "votes-not-number": self.tr("Votes must be a whole number, not “%1”."),
            "votes-negative": self.tr("Votes cannot be negative."),
            "empty-text": self.tr("The text is empty."),
            "text-too-long": self.tr("The text is longer than %1 characters."),
        }
        text = words.get(problem.code, problem.text)
        first = p.get("value", p.get("limit", p.get("version", "")))
        return text.replace("%1", first).replace("%2", p.get("allowed", ""))


class PreviewModel(QAbstractTableModel):
    """The notes the import will add: table, question, kind, themes, votes, text."""

    def __init__(self, planned: list[PlannedNote], parent=None) -> None:
        super().__init__(parent)
        self._planned = planned
        self._headers = (
            self.tr("Table"),
            self.tr("Question"),
            self.tr("Kind"),
            self.tr("Themes"),
            self.tr("Votes"),
            self.tr("Text"),
        )
        self._kinds = {
            "note": self.tr("Note"),
            "proposal": self.tr("Proposal"),
            "guiding-word": self.tr("Guiding word"),
            "action": self.tr("To do"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._planned)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        planned = self._planned[index.row()]
        row = planned.row
        if role == Qt.ItemDataRole.ForegroundRole and planned.already:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and planned.already:
            return self.tr("Already in this workspace: it will not be added again.")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.question.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            row.table,
            row.question.position,
            self._kinds.get(row.kind, row.kind),
            ", ".join(t.name for t in row.themes),
            row.votes or "",
            row.text + (self.tr(" (already imported)") if planned.already else ""),
        )
        return values[index.column()]


class SheetImportDialog(QDialog):
    imported = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        review: SheetReview,
        planned: list[PlannedNote],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.review = review
        self.planned = planned
        self.setWindowTitle(self.tr("Import notes from a spreadsheet"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 1000, 620)
        new = sum(1 for p in planned if not p.already)

        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(new))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Result of the check"))
        layout.addWidget(self.summary)

        self.problems_model = ProblemsModel(review.problems, self)
        self.problems_view = self._table(self.problems_model, self.tr("Problems"), stretch=3)
        problems_label = QLabel(self.tr("&Problems (fix them in the file, or import the valid rows only):"))
        problems_label.setBuddy(self.problems_view)
        self.preview_model = PreviewModel(planned, self)
        self.preview_view = self._table(self.preview_model, self.tr("Notes to add"), stretch=5)
        preview_label = QLabel(self.tr("&What will be added:"))
        preview_label.setBuddy(self.preview_view)
        if review.problems:
            layout.addWidget(problems_label)
            layout.addWidget(self.problems_view, 2)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview_view, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.valid_only_button = QPushButton(self.tr("Import the &valid rows only"))
        self.import_button.setEnabled(review.ok and new > 0)
        self.valid_only_button.setEnabled(review.headers_ok and new > 0)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.valid_only_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.valid_only_button.setVisible(bool(review.problems))  # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(lambda: self._import(valid_only=False))
        self.valid_only_button.clicked.connect(lambda: self._import(valid_only=True))
        layout.addWidget(buttons)
        if review.ok and new:
            self.import_button.setDefault(True)

    def _table(self, model: QAbstractTableModel, name: str, *, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setWordWrap(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        view.setTabKeyNavigation(False)
        return view

    def _summary(self, new: int) -> str:
        r = self.review
        head = self.tr("%1 (conference %2)").replace("%1", r.file_name).replace("%2", r.conference.title)
        if not r.headers_ok:
            return (
                head
                + "\n"
                + self.tr("The sheet's columns are not right, so no row was checked. Nothing is imported.")
            )
        # English is the source language and loads no .qm, so each singular has its own string.
        bad = r.rows_with_problems
        if bad == 1:
            line = self.tr("1 row has problems; nothing is imported until it is fixed.")
        elif bad:
            line = self.tr("%Ln rows have problems; nothing is imported until they are fixed.", "", bad)
        else:
            line = self.tr("Every row passed the check.")
        adds = self.tr("1 note will be added.") if new == 1 else self.tr("%Ln notes will be added.", "", new)
        already = len(self.planned) - new
        if already == 1:
            adds += " " + self.tr("1 row is already in this workspace and is not added again.")
        elif already:
            adds += " " + self.tr(
                "%Ln rows are already in this workspace and are not added again.", "", already
            )
        return f"{head}\n{line} {adds}"

    def _import(self, *, valid_only: bool) -> None:
        try:
            result = import_reviewed(self.workspace, self.review, valid_only=valid_only)
        except UserError as exc:
            error_box(self, self.tr("Nothing was imported"), exc)
            return
        self.result_added = result.added
        self.imported.emit(result.added)
        self.accept()
