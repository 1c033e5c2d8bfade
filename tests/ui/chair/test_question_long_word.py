"""The questions list keeps every question inside its edge when one question holds a word wider than it.

At 150 % on a 1366×768 laptop the questions list is about 170 pixels of text wide, and a question such
as "Hur kan Landsbygdsutvecklingsprogrammet och ungdomsverksamhetsansvariga samarbeta bättre?" has a
word wider than that. The list then laid every question out at that word's width: a scroll bar across,
the long question cut at the top and bottom, and the next question, with only short words, clipped at
the list's right edge ("2. Vad behövs för att göra d"). The word is now broken inside, as a word wider
than the list can only be.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app import conferences, prepare
from ui import i18n
from ui.chair.question_delegate import QuestionDelegate

LONG = "Hur kan Landsbygdsutvecklingsprogrammet och ungdomsverksamhetsansvariga samarbeta bättre?"


def test_a_question_with_a_word_wider_than_the_list_keeps_every_question_inside(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    from .conftest import open_window

    i18n.install("sv", qapp)
    store = demo_workspace.store
    first = conferences.questions(store, demo_conference_id)[0]
    prepare.edit_question(store, first.id, text=LONG)
    window = open_window(qtbot, demo_workspace)
    window.resize(911, 512)  # 1366×768 at 150 %, as the window opens there
    window.open_table(demo_conference_id, 3)
    view = window.questions_view
    qtbot.waitUntil(
        lambda: view.model().rowCount() == 3 and view.visualRect(view.model().index(2, 0)).isValid()
    )
    # The window's own question delegate measures the questions from its first frame on.
    qtbot.waitUntil(lambda: isinstance(view.itemDelegate(), QuestionDelegate))
    view.doItemsLayout()  # as the list does on the event loop's next turn
    room = view.viewport().width()
    assert QFontMetrics(view.font()).horizontalAdvance("Landsbygdsutvecklingsprogrammet") > room - 10

    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    for row in range(3):
        rect = view.visualRect(view.model().index(row, 0))
        assert rect.left() >= 0 and rect.right() < room, (row, rect, room)
        assert rect.top() >= 0 and rect.bottom() < view.viewport().height(), (row, rect)
    assert view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith("1. " + LONG)
