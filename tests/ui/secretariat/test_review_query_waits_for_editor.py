"""Review reads its rows in a worker thread. A read asked for before Anna opened a note's editor (after
her previous save, or a colleague's) used to land while she typed: the list was made anew, which closed
her editor and lost what she was typing. Now such a result waits until the editor closes, and the rows
are read again then. Real worker threads; the read is held at a gate so that it lands mid-typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit

from app import notes
from ui.operations import running_operations
from ui.secretariat.notes_model import COL_TEXT

from ..chair.conftest import type_text
from .conftest import open_in_swedish
from .held_read import saved_with_the_read_held

CTRL = Qt.KeyboardModifier.ControlModifier
FIRST = "Fler bussturer på landsbygden"
SECOND = "Bredband till varje by"
TYPED = "Kvällsturer till Åsele"


def test_a_read_landing_while_she_types_waits_for_her_save(
    qtbot, qapp, demo_workspace, demo_conference_id, monkeypatch
):
    store = demo_workspace.store
    first = notes.add_note(store, demo_conference_id, 3, 1, FIRST)
    second = notes.add_note(store, demo_conference_id, 4, 1, SECOND)
    window = open_in_swedish(qtbot, qapp, demo_workspace, demo_conference_id)
    window.sync_status.automatic = False
    window.tabs.setCurrentWidget(window.review_view)
    view, model = window.review_view.view, window.review_view.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2)

    gate = saved_with_the_read_held(qtbot, monkeypatch, window, second, "Bredband och mobiltäckning")

    with qtbot.waitActive(window):
        window.activateWindow()
    cell = view.visualRect(model.index(model.row_of(first), COL_TEXT)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(qtbot, editor, TYPED[:10])
    gate.set()  # the read lands now, in the middle of her typing
    qtbot.waitUntil(lambda: not any(op.is_running for op in running_operations()))
    qapp.processEvents()
    assert view.state() == QAbstractItemView.State.EditingState, "her editor was closed under her"
    assert QApplication.focusWidget() is editor
    type_text(qtbot, editor, TYPED[10:])
    assert editor.toPlainText() == TYPED
    assert model.loading  # the rows it read wait for her save

    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: notes.note(store, first).text == TYPED)
    qtbot.waitUntil(lambda: not model.loading)  # read again once the editor closed
    assert model.note_at(model.row_of(second)).text == "Bredband och mobiltäckning"
    assert model.note_at(model.row_of(first)).text == TYPED
    window.close()
