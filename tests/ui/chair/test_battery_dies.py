"""The battery dies while the chair types (the window never closes, nothing more is written): every
saved note and the half-typed one are there on the restart, even a half-typed note begun like the last
one; the entry emptied by Enter reaches the disk at once, so no saved note comes back as a draft."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from app.workspace import Workspace

from .conftest import open_window, type_text


def _on_disk(keeper) -> str | None:
    return keeper.path.read_text(encoding="utf-8") if keeper.path.exists() else None


def _crash_and_restart(qtbot, window, folder):
    """What the restarted window shows: (its notes of the question, its entry)."""
    QSettings().sync()
    window.place._draft_timer.stop()  # the crash: nothing more is handed over
    window.hide()
    workspace = Workspace(folder)
    try:
        again = open_window(qtbot, workspace)
        shown = [again.notes_model.note(r).text for r in range(again.notes_model.rowCount())]
        entry = again.entry.toPlainText()
        again.close()
        return shown, entry
    finally:
        workspace.close()


def test_a_note_begun_like_the_last_one_is_back_after_the_battery_died(qtbot, window, demo_workspace_dir):
    type_text(qtbot, window.entry, "Ungdomsrådet borde få en egen budget, sa Öz")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    type_text(qtbot, window.entry, "Ungdomsrådet borde")  # the next speaker begins the same way
    keeper = window.place.drafts()
    qtbot.waitUntil(lambda: keeper.written and _on_disk(keeper) == "Ungdomsrådet borde")

    shown, entry = _crash_and_restart(qtbot, window, demo_workspace_dir)
    assert shown[-1] == "Ungdomsrådet borde få en egen budget, sa Öz"
    assert entry == "Ungdomsrådet borde"  # the half-typed note, not lost


def test_the_entry_emptied_by_enter_reaches_the_disk_at_once(qtbot, window, demo_workspace_dir):
    keeper = window.place.drafts()
    type_text(qtbot, window.entry, "Läxhjälp på bibliot")
    qtbot.waitUntil(lambda: keeper.written and keeper.path.exists())
    type_text(qtbot, window.entry, "eket – Åsa")  # Enter within the second: the disk holds the start
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert not window.place._draft_timer.isActive()  # handed over with the Enter, not a second later
    qtbot.waitUntil(lambda: keeper.written)
    assert keeper.path.read_text(encoding="utf-8") == ""

    shown, entry = _crash_and_restart(qtbot, window, demo_workspace_dir)
    assert shown[-1] == "Läxhjälp på biblioteket – Åsa"
    assert entry == ""  # the note is in the list, not half of it in the entry again
