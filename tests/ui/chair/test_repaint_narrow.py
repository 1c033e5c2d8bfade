"""What a keystroke repaints, and that what it does not repaint is still true. The notes list keeps each
row as drawn and draws again only a row whose looks changed (a tree view repaints every visible row on
each added note); the questions list repaints only the question whose count changed (a QListView lays
out every question again on any change). Each picture is compared with one drawn from scratch."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import QApplication

from ui.chair.note_delegate import NoteDelegate

from .conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class PaintedRects(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def _add(qtbot, window, text: str) -> None:
    type_text(qtbot, window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.wait(10)


def _drawn_from_scratch(window):
    view = window.notes_view
    kept = view.itemDelegate()
    view.setItemDelegate(NoteDelegate(window.notes_model, window.place.theme_name, window))
    picture = view.viewport().grab().toImage()
    view.setItemDelegate(kept)
    return picture


def _edit_selected(qtbot, window, text: str) -> None:
    press(window, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_kept_rows_show_what_a_fresh_drawing_shows_after_adds_tags_edits_and_moves(qtbot, window):
    viewport = window.notes_view.viewport()
    steps = [
        lambda: _add(qtbot, window, "Fler cykelbanor, säger Åsa"),
        lambda: _add(qtbot, window, "Bussar även på kvällen"),
        lambda: press(window, Qt.Key.Key_1, CTRL),  # a theme on the selected note: its meta line
        lambda: press(window, Qt.Key.Key_Equal, CTRL),  # a vote
        lambda: press(window, Qt.Key.Key_Up, ALT),  # it trades places with the note above
        lambda: _edit_selected(qtbot, window, "Bussar även på kvällar och helger"),  # its text
        lambda: _add(qtbot, window, "Billigare busskort för unga"),
        lambda: press(window, Qt.Key.Key_Z, CTRL),  # undone: the row goes
    ]
    pictures = []
    for step in steps:
        step()
        qtbot.wait(10)
        pictures.append(viewport.grab().toImage())
        assert pictures[-1] == _drawn_from_scratch(window)
    assert all(a != b for a, b in itertools.pairwise(pictures))  # each step changed the list
    delegate = window.notes_view.itemDelegate()
    assert isinstance(delegate, NoteDelegate) and delegate.kept_rows() > 0  # drawn from kept rows


def test_an_added_note_repaints_only_its_question_in_the_questions_list(qtbot, window):
    view = window.capture.questions_view
    _add(qtbot, window, "Fler cykelbanor")
    painted = PaintedRects(view.viewport())
    row = QPersistentModelIndex(view.currentIndex())  # across the add: a reset would make it invalid
    _add(qtbot, window, "Bussar även på kvällen")
    qtbot.waitUntil(lambda: bool(painted.rects))
    assert row.isValid() and all(view.visualRect(row).contains(rect) for rect in painted.rects)
    assert row.data().endswith(": 2")  # the count it shows now
    kept = view.viewport().grab().toImage()
    view.doItemsLayout()  # every question laid out and drawn again, as a QListView would have
    assert view.viewport().grab().toImage() == kept
