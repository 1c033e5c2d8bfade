"""Search, opening a conference from a file or a signed pack, the round timer, the shortcut help."""

from __future__ import annotations

import shutil
from importlib import resources

from PySide6.QtCore import QSettings, Qt

from app import conferences, notes
from app.workspace import Workspace
from ui.chair.round_timer import RoundTimer

from .conftest import open_window, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_search_finds_notes_of_the_workspace_and_jumps_to_the_hit(qtbot, window):
    s = window.session
    store = window.store
    notes.add_note(store, s.conference.id, 3, 1, "Mötesplatser för unga")
    target = notes.add_note(store, s.conference.id, 12, 2, "Ungdomsråd i varje kommun")
    press(window, Qt.Key.Key_F, CTRL)
    dialog = window.search_dialog
    assert dialog.isVisible()
    type_text(qtbot, dialog.query, "ungdomsr")
    dialog.run_search()
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0)).startswith("Ungdomsråd")  # highlighted, no brackets
    assert dialog.summary.text() == "Notes found: 1"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.session.table.number == 12  # the hit's table and question are opened
    assert window.place.current_question_id() == s.questions[1].id
    assert window.place.selected_note_id() == target


def test_search_with_no_words_finds_nothing(qtbot, window):
    window.open_search()
    window.search_dialog.query.setText("  ")
    window.search_dialog.run_search()
    assert window.search_dialog.model.rowCount() == 0


def test_open_a_conference_description_file(qtbot, tmp_path, sync_ops):
    workspace = Workspace.create(tmp_path / "empty")
    try:
        chair = open_window(qtbot, workspace)
        assert chair.session is None and chair.pages.currentWidget() is chair.picker_page
        assert chair.picker.isVisible()
        demo = tmp_path / "konferens.toml"
        with resources.as_file(resources.files("resources.demo").joinpath("konferens.toml")) as source:
            shutil.copy(source, demo)
        chair.picker.open_file(demo)
        assert chair.picker.conference_model.rowCount() == 1
        chair.picker.open_file(demo)  # the same file again does not make a second conference
        assert chair.picker.conference_model.rowCount() == 1
        chair.picker.select_table(40)
        chair.picker.accept()
        assert chair.session.table.chair_name == "Andreas Lundgren"
        chair.close()
    finally:
        workspace.close()


def test_open_a_broken_file_says_why_and_changes_nothing(qtbot, tmp_path, sync_ops, boxes):
    workspace = Workspace.create(tmp_path / "empty")
    try:
        chair = open_window(qtbot, workspace)
        bad = tmp_path / "trasig.toml"
        bad.write_text("[process\nname = 1", encoding="utf-8")
        chair.picker.open_file(bad)
        ((args, _),) = boxes.error.call_args_list
        assert "the TOML is wrong at line 1" in args[2] and "Traceback" not in args[2]
        assert conferences.conferences(workspace.store) == []
        chair.close()
    finally:
        workspace.close()


def test_open_a_signed_conference_pack_and_pin_its_key(qtbot, tmp_path, sync_ops, boxes):
    from app.bundles import export_pack
    from app.bundles.identity import create_identity
    from app.demo import ensure_demo

    secretariat = Workspace.create(tmp_path / "kansliet")
    secretariat.role = "secretariat"
    create_identity(secretariat, "Regionens kansli")
    pack = tmp_path / "vår2026.rbz"
    result = export_pack(secretariat, ensure_demo(secretariat.store), pack)
    secretariat.close()

    workspace = Workspace.create(tmp_path / "laptop")
    try:
        chair = open_window(qtbot, workspace)
        chair.open_bundle(pack)  # as when the file manager hands over a double-clicked pack
        ((args, kwargs),) = boxes.question.call_args_list  # first: compare the fingerprint
        assert result.fingerprint in args[2] and "Regionens kansli" in args[2]
        kwargs["on_answer"](False)  # they differ: the chair refuses the pack
        assert conferences.conferences(workspace.store) == []  # nothing imported, no key pinned
        assert boxes.information.call_args.args[1] == "Conference pack refused"
        chair.open_bundle(pack)
        boxes.question.call_args.kwargs["on_answer"](True)  # they match: open it
        assert chair.picker.conference_model.rowCount() == 1
        chair.picker.select_table(7)
        chair.picker.accept()
        assert chair.session.table.chair_name == "Karin Sjöström"
        chair.close()
    finally:
        workspace.close()


def test_round_timer_counts_down_signals_once_and_adjusts(qtbot):
    timer = RoundTimer()
    qtbot.addWidget(timer)
    timer.set_length(15)
    assert timer.text() == "15:00" and timer.start_button.text() == "Start"
    timer.adjust(+1)
    assert timer.text() == "16:00"
    timer.adjust(-20)
    assert timer.text() == "01:00"  # never below one minute
    timer._length_ms = 200  # a very short round, so the test sees the end
    with qtbot.waitSignal(timer.expired, timeout=5000):
        timer.start()
    assert timer.start_button.text() == "Pause"
    assert (
        timer.over_label.isVisibleTo(timer) and "#a4161a" in timer.display.styleSheet()
    )  # its own colours and words
    assert timer.text().startswith("−") or timer.text() == "00:00"
    timer.reset()
    assert not timer.running and timer.display.styleSheet() == ""


def test_question_switch_sets_the_rounds_length(qtbot, window):
    assert window.timer.text() == "20:00"
    press(window, Qt.Key.Key_PageDown, CTRL)
    press(window, Qt.Key.Key_PageDown, CTRL)
    assert window.timer.text() == "15:00"  # question 3 is a 15-minute round in the demo
    press(window, Qt.Key.Key_T, CTRL)
    assert window.timer.running
    press(window, Qt.Key.Key_T, CTRL)
    assert not window.timer.running


def test_f1_lists_every_shortcut_including_the_themes(qtbot, window):
    press(window, Qt.Key.Key_F1)
    dialog = window.shortcut_dialog
    rows = {
        dialog.model.item(r, 0).text(): dialog.model.item(r, 1).text() for r in range(dialog.model.rowCount())
    }
    assert rows["Mångfald & integration"] == "Ctrl+1"
    assert rows["Självbild & stolthet"] == "Ctrl+4"
    assert rows["Proposal"] == "Ctrl+Shift+P"
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Move note up"] == "Alt+Up"
    assert rows["Sync now"] == "F9"
    assert "Keyboard shortcuts" in rows


def test_settings_store_the_language_and_back_to_following_the_system(qtbot, window, monkeypatch):
    from ui import i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog.target_label.text() == "None yet: bundles wait in the outbox."
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.accept()
    assert QSettings().value("language") == "en"
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog.language_combo.currentData() == "en"
    dialog.language_combo.setCurrentIndex(0)  # back to following the system
    dialog.accept()
    assert QSettings().value("language") is None
    assert not hasattr(window, "replaced_by")  # English before and after: nothing to rebuild


def test_choosing_swedish_rebuilds_the_window_in_swedish_on_the_same_table(qtbot, window, monkeypatch):
    from ui import i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    window.add_note("kvar efter bytet")
    window.open_settings()
    dialog = window.settings_dialog
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("sv"))
    dialog.accept()
    qtbot.waitUntil(lambda: hasattr(window, "replaced_by"), timeout=3000)
    swedish = window.replaced_by
    try:
        assert swedish.menuBar().actions()[0].text() == "&Konferens"
        assert swedish.session.table.number == 3
        assert swedish.notes_model.data(swedish.notes_model.index(0)) == "kvar efter bytet"
        assert not window.isVisible() and swedish.isVisible()
    finally:
        swedish.close()


def test_a_table_export_or_a_tampered_pack_is_not_opened(qtbot, tmp_path, sync_ops, boxes):
    from app.bundles import export_pack, export_table
    from app.bundles.identity import create_identity
    from app.demo import ensure_demo

    other = Workspace.create(tmp_path / "annan")
    create_identity(other, "Någon")
    conference_id = ensure_demo(other.store)
    export = export_table(other, conference_id, 2, tmp_path / "bord2.rbz").path
    pack = export_pack(other, conference_id, tmp_path / "pack.rbz").path
    other.close()
    tampered = tmp_path / "ändrad.rbz"
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))

    workspace = Workspace.create(tmp_path / "laptop")
    try:
        chair = open_window(qtbot, workspace)
        chair.picker.open_file(export)
        chair.picker.open_file(tampered)
        messages = [args[2] for (args, _) in boxes.error.call_args_list]
        assert "not a conference pack" in messages[0]
        # A plain explanation first, then exactly what is wrong, in the window's words.
        assert messages[1].startswith("The file is not a readable Rundabord bundle")
        first, _, exactly = messages[1].partition("\n\nIn detail: ")
        assert first.endswith("another kind of file.") and exactly, messages[1]  # where the byte fell
        assert "Technical detail" not in messages[1] and "member" not in exactly, messages[1]
        assert boxes.error.call_args_list[1].args[1] == "Cannot open ändrad.rbz"
        assert conferences.conferences(workspace.store) == []  # nothing of either reached the store
        chair.close()
    finally:
        workspace.close()


def test_a_synced_pack_with_a_new_question_shows_without_a_restart(qtbot, window):
    s = window.session
    window.store.write(
        "question",
        None,
        {"conference_id": s.conference.id, "position": 4, "text": "Vem följer upp?", "round_minutes": 10},
    )  # what importing the secretariat's updated pack writes
    window.sync_status.synced.emit(None)
    assert window.questions_model.rowCount() == 4
    assert window.session.questions[3].text == "Vem följer upp?"
    assert window.session.table.number == 3
