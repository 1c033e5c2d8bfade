"""Prepare: forms that write through app/prepare.py, undo and redo, TOML in and out, the key panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from app import conferences
from app.bundles.identity import find_identity
from ui.secretariat.new_conference import NewConferenceDialog
from ui.secretariat.window import SecretariatWindow


@pytest.fixture
def window(qtbot, demo_workspace, demo_conference_id, sync_ops):
    demo_workspace.role = "secretariat"
    w = SecretariatWindow(demo_workspace)
    qtbot.addWidget(w)
    w.show()
    w.choose_conference(demo_conference_id)
    return w


def _commit(qtbot, edit, text: str) -> None:
    """Type into a field and press Enter (Qt's key simulation only knows ASCII: å, ä, ö are pasted)."""
    edit.setFocus()
    edit.selectAll()
    ascii_part = text if text.isascii() else ""
    if ascii_part:
        qtbot.keyClicks(edit, ascii_part)
    else:
        edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_models_pass_the_model_tester(qtmodeltester, window):
    view = window.prepare_view
    for model in (view.themes_model, view.questions_model, view.tables_model):
        qtmodeltester.check(model)
    assert window.overview_view.reported_count() == (0, 40)
    qtmodeltester.check(window.overview_view.model)
    qtmodeltester.check(window.overview_view.proxy)


def test_conference_fields_autosave_and_undo(qtbot, window, demo_workspace, demo_conference_id):
    view = window.prepare_view
    store = demo_workspace.store
    _commit(qtbot, view.venue_edit, "Stadshuset, Exempelstad")
    assert conferences.conference(store, demo_conference_id).venue == "Stadshuset, Exempelstad"
    view.date_edit.setDate(QDate(2026, 4, 2))
    view.date_edit.editingFinished.emit()
    assert conferences.conference(store, demo_conference_id).date == "2026-04-02"
    view.date_edit.setDate(QDate(2026, 4, 3))
    view.date_edit.calendarWidget().clicked.emit(QDate(2026, 4, 3))
    assert conferences.conference(store, demo_conference_id).date == "2026-04-03"
    window.undo_action.trigger()
    _commit(qtbot, view.process_edit, "Tillväxtprogrammet")
    assert conferences.find_process(store, "Tillväxtprogrammet") is not None
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert conferences.conference(store, demo_conference_id).date == "2026-03-12"
    window.undo_action.trigger()
    assert conferences.conference(store, demo_conference_id).venue == "Folkets hus, Exempelstad"
    assert view.venue_edit.text() == "Folkets hus, Exempelstad"
    window.redo_action.trigger()
    assert view.venue_edit.text() == "Stadshuset, Exempelstad"


def test_closing_the_window_saves_the_field_being_typed_in(qtbot, window, demo_workspace, demo_conference_id):
    edit = window.prepare_view.venue_edit
    window.activateWindow()
    edit.setFocus()
    edit.setText("Stadshuset")
    window.close()
    assert conferences.conference(demo_workspace.store, demo_conference_id).venue == "Stadshuset"


def test_a_refused_edit_says_why_and_changes_nothing(
    qtbot, window, demo_workspace, demo_conference_id, boxes
):
    error = boxes.error
    view = window.prepare_view
    _commit(qtbot, view.title_edit, " ")
    assert error.call_count == 1 and "Give the conference a title." in error.call_args.args[2]
    assert (
        conferences.conference(demo_workspace.store, demo_conference_id).title
        == "Rundabordssamtal våren 2026"
    )
    assert view.title_edit.text() == "Rundabordssamtal våren 2026"
    assert window.context.undo_stack.count() == 0
    # A table number that is taken, typed into the table.
    model = view.tables_model
    model.setData(model.index(1, 0), "1")
    assert "Table 1 already exists" in error.call_args.args[2]


def test_questions_tables_themes_from_the_keyboard(qtbot, window, demo_workspace, demo_conference_id):
    view = window.prepare_view
    store = demo_workspace.store
    _commit(qtbot, view.new_question_edit, "Vad tar du med dig härifrån?")
    assert [q.text for q in conferences.questions(store, demo_conference_id)][
        -1
    ] == "Vad tar du med dig härifrån?"
    assert view.questions_view.currentIndex().row() == 3
    view.question_up_button.click()
    assert conferences.questions(store, demo_conference_id)[2].text == "Vad tar du med dig härifrån?"
    model = view.questions_model
    assert model.setData(model.index(2, 2), 10)
    assert conferences.questions(store, demo_conference_id)[2].round_minutes == 10
    view.questions_view.selectRow(2)
    view.delete_question_button.click()
    assert len(conferences.questions(store, demo_conference_id)) == 3
    window.undo_action.trigger()  # the delete
    assert conferences.questions(store, demo_conference_id)[2].text == "Vad tar du med dig härifrån?"

    _commit(qtbot, view.new_chair_edit, "Åsa Ek")
    table = conferences.table(store, demo_conference_id, 41)
    assert (table.chair_name, table.name) == ("Åsa Ek", "Table 41")
    tables = view.tables_model
    tables.setData(tables.index(40, 2), "Åsa Ekström")
    assert conferences.table(store, demo_conference_id, 41).chair_name == "Åsa Ekström"
    window.undo_action.trigger()
    window.undo_action.trigger()  # the add
    assert [t.number for t in conferences.tables(store, demo_conference_id)][-1] == 40
    window.redo_action.trigger()
    assert conferences.table(store, demo_conference_id, 41).chair_name == "Åsa Ek"

    _commit(qtbot, view.new_theme_edit, "Klimat")
    process_id = conferences.conference(store, demo_conference_id).process_id
    assert [t.name for t in conferences.themes(store, process_id)][-1] == "Klimat"
    view.themes_model.setData(view.themes_model.index(4, 0), "Klimat & miljö")
    assert [t.name for t in conferences.themes(store, process_id)][-1] == "Klimat & miljö"


def test_new_conference_toml_round_trip_and_pack(qtbot, window, demo_workspace, tmp_path: Path, boxes):
    info = boxes.information
    store = demo_workspace.store
    dialog = NewConferenceDialog(demo_workspace, window)
    qtbot.addWidget(dialog)
    dialog.process_combo.setEditText("Nytt program")
    dialog.organisation_edit.setText("Kommunen")
    dialog.title_edit.setText("Höstens samtal")
    dialog.date_edit.setDate(QDate(2026, 10, 8))
    dialog.created.connect(window.choose_conference)
    new_id = dialog.create()
    assert new_id and window.context.conference_id == new_id
    assert window.windowTitle().startswith("Höstens samtal")
    assert window.prepare_view.process_edit.text() == "Nytt program"
    before = len(conferences.conferences(store))
    second = dialog.create()  # a second click makes a second conference and switches to it, nothing worse
    assert second not in (None, new_id) and len(conferences.conferences(store)) == before + 1
    assert window.context.conference_id == second

    path = tmp_path / "demo.toml"
    demo_id = next(c.id for c in conferences.conferences(store) if c.title == "Rundabordssamtal våren 2026")
    window.choose_conference(demo_id)
    assert window.save_toml(path)
    count = len(conferences.conferences(store))
    loaded = window.load_toml(path)
    assert loaded == demo_id and window.context.conference_id == loaded, "the same description twice is one"
    assert len(conferences.conferences(store)) == count
    assert len(conferences.tables(store, loaded)) == 40
    path.write_text(path.read_text(encoding="utf-8").replace("våren 2026", "hösten 2026"), encoding="utf-8")
    copy = window.load_toml(path)
    assert copy not in (None, demo_id) and len(conferences.conferences(store)) == count + 1

    # The pack needs the secretariat's key: make it in the key panel, then export off the UI thread.
    panel = window.prepare_view.key_panel
    assert not panel.print_button.isEnabled()
    assert panel.create_key("Region Exempellän, sekretariatet")
    identity = find_identity(demo_workspace)
    assert panel.fingerprint_label.text().split() == identity.fingerprint.split()
    assert panel.fingerprint_label.text().count("\n") == 1  # two lines of four groups
    pack = tmp_path / "pack.rbz"
    window.export_pack(pack)
    assert pack.exists() and "pack.rbz" in info.call_args.args[2]
    from app.bundles import verify_file

    verdict = verify_file(pack, store)
    assert verdict.ok and verdict.kind == "conference-pack" and verdict.key_id == identity.key_id

    sheet = tmp_path / "fingerprint.pdf"
    panel.save_sheet_pdf(sheet)
    from pypdf import PdfReader

    text = PdfReader(sheet).pages[0].extract_text()
    assert identity.key_id in text and identity.fingerprint.split()[-1] in text


def test_bad_toml_is_explained(qtbot, window, tmp_path: Path, boxes):
    error = boxes.error
    path = tmp_path / "trasig.toml"
    path.write_text('[process]\nname = "X"\n[conference]\ntitle = \n', encoding="utf-8")
    assert window.load_toml(path) is None
    assert (
        "the TOML is wrong at line 4" in error.call_args.args[2]
        and "Correct the file" in error.call_args.args[2]
    )


def test_keyboard_only(qtbot, window, demo_workspace, demo_conference_id):
    """Lists answer Ctrl+Up/Down and Delete; Ctrl+1..5 switch the steps; every control has a name."""
    store = demo_workspace.store
    view = window.prepare_view
    view.questions_view.setFocus()
    view.questions_view.selectRow(2)
    qtbot.keyClick(view.questions_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert conferences.questions(store, demo_conference_id)[1].text.startswith("Vad är det första steget")
    assert view.questions_view.currentIndex().row() == 1
    _commit(qtbot, view.new_chair_edit, "Nils")
    view.tables_view.setFocus()
    view.tables_view.selectRow(40)
    qtbot.keyClick(view.tables_view, Qt.Key.Key_Delete)
    assert len(conferences.tables(store, demo_conference_id)) == 40
    for number, widget in ((5, window.review_view), (4, window.overview_view), (1, view)):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is widget
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the table's delete
    assert len(conferences.tables(store, demo_conference_id)) == 41
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTableView

    unnamed = [
        w
        for w in window.findChildren(QLineEdit) + window.findChildren(QTableView)
        if w.isVisibleTo(window)
        and not w.accessibleName()
        and not isinstance(w.parent(), QTableView | QAbstractSpinBox | QComboBox)
    ]
    assert not unnamed, [w.objectName() or type(w).__name__ for w in unnamed]
    assert all(
        b.text() or b.accessibleName() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)
    )


def test_switching_conference_and_reopening_remembers_the_place(
    qtbot, window, demo_workspace, demo_conference_id
):
    from app import prepare

    store = demo_workspace.store
    process_id = conferences.conference(store, demo_conference_id).process_id
    other = prepare.create_conference(store, process_id, "Höstens samtal", date="2026-10-08")
    prepare.add_question(store, other, "Vad har hänt sedan i våras?")
    window.context.changed()
    combo = window.conference_combo
    assert combo.count() == 2
    combo.setCurrentIndex(combo.findData(other))
    assert window.context.conference_id == other
    assert window.prepare_view.questions_model.rowCount() == 1
    assert window.overview_view.reported_count() == (0, 0)
    assert window.overview_view.summary.text() == "The conference has no tables yet."
    assert window.review_view.question_combo.count() == 2
    assert "Höstens samtal" in window.windowTitle()
    window.tabs.setCurrentWidget(window.review_view)
    window.close()

    again = SecretariatWindow(demo_workspace)
    qtbot.addWidget(again)
    assert again.context.conference_id == other
    assert again.tabs.currentWidget() is again.review_view


def test_the_application_opens_this_window_for_a_secretariat_workspace(qtbot, demo_workspace):
    from ui.application import main_window_for

    demo_workspace.role = "secretariat"
    window = main_window_for(demo_workspace)
    qtbot.addWidget(window)
    assert isinstance(window, SecretariatWindow)
    assert window.windowTitle() == "Rundabordssamtal våren 2026 — Secretariat — Rundabord"
