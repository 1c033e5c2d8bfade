"""The two list boxes of the Prepare tab, questions and tables, built here to keep prepare_view.py a
readable size. Their handlers stay on `PrepareView`; these functions only lay the widgets out and wire
them to it (the words keep PrepareView's translation context).
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui.first_key import choose_current_first
from ui.secretariat.rows_model import RowsModel


class PrepareLists(Protocol):
    """What the builders read of the Prepare tab (`PrepareView`: its models and handlers) and the widgets
    they give it. Named here so that this module never imports the view that calls it."""

    questions_model: RowsModel
    tables_model: RowsModel
    questions_box: QGroupBox
    questions_view: QTableView
    new_question_edit: QLineEdit
    add_question_button: QPushButton
    question_up_button: QPushButton
    question_down_button: QPushButton
    delete_question_button: QPushButton
    tables_box: QGroupBox
    tables_view: QTableView
    new_chair_edit: QLineEdit
    add_table_button: QPushButton
    delete_table_button: QPushButton

    def _on_add_question(self) -> None: ...
    def _on_move_question(self, step: int) -> None: ...
    def _on_delete_question(self) -> None: ...
    def _on_add_table(self) -> None: ...
    def _on_delete_table(self) -> None: ...


# lupdate reads only literal calls of this form: each text names the context it keeps.
translate = QCoreApplication.translate


class _ListTable(QTableView):
    """A list of the Prepare tab asking for the height of its header and two rows, not Qt's 192 px. The
    tab scrolls, and its wrapped labels make the scroll area give the page its asked-for height: with
    the larger asks the secretariat's key and its fingerprint lay below the fold at 1366x768. The
    lists still take whatever room the screen has to spare."""

    ROWS = 2

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * self.ROWS
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(hint.width(), min(hint.height(), height))


def table_view(model: RowsModel, name: str) -> QTableView:
    view = _ListTable()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table, as a form expects; arrows move inside
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    choose_current_first(view)
    return view


def show_row(view: QTableView, row: int) -> None:
    """Choose `row` and scroll it wholly into sight. A row just added is beyond the scroll range the
    view has laid out (it lays out again later): scrolled now, the new last row stayed half under the
    list's lower edge, so the list is laid out first."""
    view.doItemsLayout()
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))


def build_questions_box(view: PrepareLists) -> None:
    view.questions_box = QGroupBox(translate("PrepareView", "Questions"))
    q_layout = QVBoxLayout(view.questions_box)
    view.questions_view = table_view(view.questions_model, translate("PrepareView", "Questions"))
    header = view.questions_view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    q_layout.addWidget(view.questions_view)
    view.new_question_edit = QLineEdit()
    view.new_question_edit.setPlaceholderText(translate("PrepareView", "New question"))
    view.new_question_edit.setAccessibleName(translate("PrepareView", "New question"))
    view.new_question_edit.returnPressed.connect(view._on_add_question)
    # The new question and its button get a row of their own: beside the three list buttons, at 150 % on
    # a laptop, the field was squeezed to a few letters.
    q_new = QHBoxLayout()
    q_new.addWidget(view.new_question_edit, 1)
    q_buttons = QHBoxLayout()
    view.add_question_button = QPushButton(translate("PrepareView", "&Add question"))
    view.question_up_button = QPushButton(translate("PrepareView", "Move up"))
    view.question_down_button = QPushButton(translate("PrepareView", "Move down"))
    view.delete_question_button = QPushButton(translate("PrepareView", "Delete question"))
    view.add_question_button.clicked.connect(view._on_add_question)
    view.question_up_button.clicked.connect(partial(view._on_move_question, -1))
    view.question_down_button.clicked.connect(partial(view._on_move_question, +1))
    view.delete_question_button.clicked.connect(view._on_delete_question)
    q_new.addWidget(view.add_question_button)
    for button in (view.question_up_button, view.question_down_button, view.delete_question_button):
        q_buttons.addWidget(button)
    q_buttons.addStretch(1)
    q_layout.addLayout(q_new)
    q_layout.addLayout(q_buttons)


def build_tables_box(view: PrepareLists) -> None:
    view.tables_box = QGroupBox(translate("PrepareView", "Tables and chairs"))
    t_layout = QVBoxLayout(view.tables_box)
    view.tables_view = table_view(view.tables_model, translate("PrepareView", "Tables and chairs"))
    header = view.tables_view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    t_layout.addWidget(view.tables_view)
    t_buttons = QHBoxLayout()
    view.new_chair_edit = QLineEdit()
    view.new_chair_edit.setPlaceholderText(translate("PrepareView", "Chair of the new table"))
    view.new_chair_edit.setAccessibleName(translate("PrepareView", "Chair of the new table"))
    view.new_chair_edit.returnPressed.connect(view._on_add_table)
    view.add_table_button = QPushButton(translate("PrepareView", "Add ta&ble"))
    view.delete_table_button = QPushButton(translate("PrepareView", "Delete table"))
    view.add_table_button.clicked.connect(view._on_add_table)
    view.delete_table_button.clicked.connect(view._on_delete_table)
    t_buttons.addWidget(view.new_chair_edit, 1)
    t_buttons.addWidget(view.add_table_button)
    t_buttons.addWidget(view.delete_table_button)
    t_layout.addLayout(t_buttons)
