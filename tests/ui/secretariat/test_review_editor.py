"""Review's in-place editor of a note's text, on the row a secretary reaches last: the bottom of the list.

It opens three rows high below the row's top; on the list's last visible row it was cut to one line by
the list's edge, so a note of several lines was edited through a slit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from app import conferences, notes
from app.workspace import Workspace

from .conftest import open_in_swedish

LIST = "Kollektivtrafiken är för dålig:\n- sista bussen 21.40\n- inga turer på söndagar\n\nAnropstrafik!"


def test_the_editor_of_the_last_row_opens_whole_inside_the_list(qtbot, qapp, tmp_path):
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    description = {
        "process": {
            "name": "Länets tillväxtprogram",
            "organisation": "Region Exempellän",
            "themes": ["Unga"],
        },
        "conference": {"title": "Rundabordssamtal i Ånge", "date": "2027-04-20"},
        "questions": [{"text": "Vad behövs?"}],
        "tables": [{"number": n, "chair": f"Ordförande {n}"} for n in range(1, 5)],
    }
    cid = conferences.create_conference(workspace.store, conferences.parse_conference(description))
    for i in range(40):
        notes.add_note(workspace.store, cid, 1 + i % 4, 1, f"Anteckning {i + 1}: fler mötesplatser för unga")
    notes.add_note(workspace.store, cid, 4, 1, LIST)
    window = open_in_swedish(qtbot, qapp, workspace, cid, size=(1280, 720))
    window.tabs.setCurrentWidget(window.review_view)
    view = window.review_view.view
    model = view.model()
    qtbot.waitUntil(lambda: not window.review_view.model.loading and model.rowCount() > 0)
    while model.canFetchMore():  # the list reads a page at a time as it scrolls
        model.fetchMore()
    row = model.rowCount() - 1  # the last table's last note
    assert _text(view, row) == LIST
    view.scrollTo(model.index(row, 0))
    qapp.processEvents()
    cell = view.visualRect(_text_index(view, row))
    assert cell.bottom() > view.viewport().height() - 2 * cell.height(), "the note is not at the list's foot"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    edit = window.review_view.edit_button
    qtbot.waitUntil(edit.isEnabled)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)  # "Ändra text"
    qtbot.waitUntil(lambda: view.viewport().findChild(QPlainTextEdit) is not None)
    editor = view.viewport().findChild(QPlainTextEdit)
    assert editor.isVisible()
    assert editor.toPlainText() == LIST
    shown = editor.geometry()
    assert shown.top() >= 0 and shown.bottom() <= view.viewport().height(), (shown, view.viewport().rect())
    assert shown.height() >= 3 * cell.height(), "the editor shows fewer than three lines"
    workspace.close()


def _text_index(view, row: int):
    from ui.secretariat.review_view import COL_TEXT

    return view.model().index(row, COL_TEXT)


def _text(view, row: int) -> str:
    return _text_index(view, row).data(Qt.ItemDataRole.EditRole) or ""
