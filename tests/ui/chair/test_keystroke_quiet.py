"""What a keystroke does not do, because it would cost the chair a frame: a tag does not resize the tag
bar (and with it the notes list above), and the half-typed note is not written on every key. The draft
still survives a closed window, and a crash right after Enter does not bring an
added note back into the entry."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton

from app.workspace import Workspace

from .conftest import open_window, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _geometries(window) -> list:
    buttons = window.tag_bar.findChildren(QToolButton)
    return [window.notes_view.geometry(), window.tag_bar.geometry(), *(b.geometry() for b in buttons)]


def test_tagging_and_untagging_leave_the_bar_and_the_list_their_sizes(qtbot, window):
    type_text(qtbot, window.entry, "Fler cykelbanor, säger Åsa")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.wait(20)
    before = _geometries(window)
    theme_button = next(
        b
        for b in window.tag_bar.findChildren(QToolButton)
        if b.defaultAction() is window.tag_bar.theme_actions[0]
    )
    for checked in (True, False, True):
        press(window, Qt.Key.Key_1, CTRL)
        qtbot.wait(20)
        assert theme_button.isChecked() is checked
        assert theme_button.text().startswith("✓") is checked  # the look changes, the size does not
        assert _geometries(window) == before
    press(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)  # the kind moves to "Förslag"
    qtbot.wait(20)
    assert _geometries(window) == before


def _draft(window) -> str:
    return window.place.drafts().path.read_text(encoding="utf-8")


def test_the_draft_reaches_the_disk_a_moment_after_typing_not_on_each_key(qtbot, window, monkeypatch):
    writes = []
    keeper = window.place.drafts()
    original = keeper.put

    def counting(text):
        writes.append(text)
        return original(text)

    monkeypatch.setattr(keeper, "put", counting)
    type_text(qtbot, window.entry, "halvskriven mening om färdtjänst")
    assert len(writes) <= 1  # not one write per character
    qtbot.waitUntil(lambda: bool(writes) and keeper.written, timeout=3000)
    assert _draft(window) == "halvskriven mening om färdtjänst"


def test_a_crash_right_after_enter_does_not_bring_the_note_back_as_a_draft(
    qtbot, window, demo_workspace_dir, monkeypatch
):
    type_text(qtbot, window.entry, "Bussar till badet")
    window.place.save_draft()  # the draft as the disk held it a second before Enter
    keeper = window.place.drafts()
    monkeypatch.setattr(keeper, "put", lambda text: False)  # the crash comes before the keeper writes
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert window.entry.toPlainText() == ""
    assert _draft(window) == "Bussar till badet"  # the emptied entry is not written yet: then a crash
    QSettings().sync()
    window.place._draft_timer.stop()  # the crash: nothing more is written
    window.hide()

    workspace = Workspace(demo_workspace_dir)
    try:
        again = open_window(qtbot, workspace)
        assert again.session is not None
        assert again.notes_model.note(again.notes_model.rowCount() - 1).text == "Bussar till badet"
        assert again.entry.toPlainText() == ""  # the note is in the list, not in the entry a second time
        again.close()
    finally:
        workspace.close()
