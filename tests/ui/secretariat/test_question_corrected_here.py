"""A question's text (or the conference's venue) corrected in Prepare after a colleague's follow-up opened
a conflict on it: the conflict list in Review has nothing left of it at once (before, her own first text
stayed listed against her correction until the next import; a venue's conflict was never listed). Driven
in Swedish, by mouse and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app import conferences, demo, prepare
from app.merge import merge_records
from app.records import RECORD_TYPES
from app.workspace import Workspace
from tests.clocks import edits_after

from ..chair.conftest import type_text
from .conftest import open_in_swedish


def _send(source: Workspace, target: Workspace) -> None:
    with target.store.transaction():
        merge_records(target.store, [r for name in RECORD_TYPES for r in source.store.dump(name)])


def _click_tab(qtbot, window, widget) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(widget)).center())
    assert window.tabs.currentWidget() is widget


def test_a_question_corrected_in_prepare_leaves_no_conflict_of_her_own(qtbot, qapp, tmp_path, sync_ops):
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    conference_id = demo.ensure_demo(kansli.store)
    question_id = conferences.questions(kansli.store, conference_id)[0].id
    _send(kansli, colleague)
    prepare.edit_question(kansli.store, question_id, text="Vad behöver byn?")
    edits_after(colleague.store, kansli.store)  # the colleague's text is the later one: the question holds it
    prepare.edit_question(colleague.store, question_id, text="Vad saknar byn?")
    _send(colleague, kansli)
    colleague.close()

    window = open_in_swedish(qtbot, qapp, kansli, conference_id)
    with qtbot.waitActive(window):
        window.activateWindow()
    try:
        window.show_conflicts()
        panel = window.review_view.conflicts_panel
        assert panel.summary.text() == "En öppen konflikt"
        [conflict] = panel.conflicts()
        assert (conflict.field, conflict.ours, conflict.theirs) == (
            "text",
            "Vad saknar byn?",
            "Vad behöver byn?",
        )

        view = window.prepare_view
        _click_tab(qtbot, window, view)
        questions = view.questions_view
        index = view.questions_model.index(0, 1)
        assert index.data() == "Vad saknar byn?"
        questions.scrollTo(index)
        where = questions.visualRect(index).center()
        qtbot.mouseClick(questions.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(questions.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        editor = QApplication.focusWidget()
        editor.selectAll()
        type_text(qtbot, editor, "Vad vill ni ha i byn?")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: conferences.questions(kansli.store, conference_id)[0].text == "Vad vill ni ha i byn?"
        )

        _click_tab(qtbot, window, window.review_view)
        window.show_conflicts()
        qtbot.waitUntil(lambda: panel.summary.text() == "Inga öppna konflikter.")
        assert panel.conflicts() == []
    finally:
        from ui import i18n

        window.close()
        i18n.install("en", qapp)
        kansli.close()


def test_a_venue_in_conflict_is_listed_and_a_correction_in_prepare_settles_her_own(
    qtbot, qapp, tmp_path, sync_ops
):
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    conference_id = demo.ensure_demo(kansli.store)
    _send(kansli, colleague)
    prepare.edit_conference(kansli.store, conference_id, venue="Folkets hus")
    # the colleague's venue is the later one: the conference holds it
    edits_after(colleague.store, kansli.store)
    prepare.edit_conference(colleague.store, conference_id, venue="Kulturhuset")
    _send(colleague, kansli)
    colleague.close()

    window = open_in_swedish(qtbot, qapp, kansli, conference_id)
    with qtbot.waitActive(window):
        window.activateWindow()
    try:
        window.show_conflicts()
        panel = window.review_view.conflicts_panel
        assert panel.summary.text() == "En öppen konflikt"
        model = panel.model
        lines = [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in (0, 1)]
        assert lines[0][1] == "plats" and lines[0][5] == "Kulturhuset" and lines[1][5] == "Folkets hus"

        view = window.prepare_view
        _click_tab(qtbot, window, view)
        qtbot.mouseClick(view.venue_edit, Qt.MouseButton.LeftButton)
        view.venue_edit.selectAll()
        type_text(qtbot, view.venue_edit, "Medborgarhuset")
        qtbot.keyClick(view.venue_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: conferences.conference(kansli.store, conference_id).venue == "Medborgarhuset")

        _click_tab(qtbot, window, window.review_view)
        window.show_conflicts()
        qtbot.waitUntil(lambda: panel.summary.text() == "Inga öppna konflikter.")
    finally:
        from ui import i18n

        window.close()
        i18n.install("en", qapp)
        kansli.close()
