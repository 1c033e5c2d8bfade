"""Enter on a 1,000-note question, in Swedish: the note is committed before the key press returns, the
list shows it, and only then, after the repaint, is the keeper's thread woken to put it on the disk;
"Sparat" comes once the disk confirmed it. A window closed right after Enter still leaves the note on
the disk, and Ctrl+Z and Ctrl+Y still take it away and bring it back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from app import notes
from app.store import Store
from app.workspace import DB_NAME, Workspace

from .conftest import type_text
from .real_hands import fill_question, in_swedish, open_table

CTRL = Qt.KeyboardModifier.ControlModifier


class _Order(QObject):
    """Notes the window's paints and the keeper's wake-ups in the order they happen."""

    def __init__(self, chair) -> None:
        super().__init__()
        self.seen: list[str] = []
        self.chair = chair
        asked = chair.editing.wal.request

        def request() -> int:
            self.seen.append("disk")
            return asked()

        chair.editing.wal.request = request
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.chair.notes_view.viewport():
            self.seen.append("paint")
        return False


def _others_see(folder, conference_id: str, text: str) -> bool:
    """Whether another connection to the file finds the note (committed, not only in this process)."""
    other = Store(folder / DB_NAME)
    try:
        return any(n.text == text for n in notes.list_notes(other, conference_id))
    finally:
        other.close()


def _found_when_opened_again(workspace: Workspace, folder, conference_id: str, text: str) -> bool:
    """Whether the note is there once the workspace is closed and its folder opened anew (on the disk)."""
    workspace.close()
    again = Workspace(folder)
    try:
        return any(n.text == text for n in notes.list_notes(again.store, conference_id))
    finally:
        again.close()


def test_enter_commits_at_once_and_the_disk_is_asked_after_the_repaint(
    qtbot, qapp, demo_workspace, demo_conference_id, demo_workspace_dir
):
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    order = _Order(chair)
    try:
        count = chair.notes_model.rowCount()
        text = "Fler bänkar vid ån, säger Örjan"
        type_text(qtbot, chair.entry, text)
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
        # The key press has returned: committed, in the list and counted, the entry empty; the repaint
        # and the disk wait for the event loop.
        assert _others_see(demo_workspace_dir, demo_conference_id, text)
        assert chair.notes_model.rowCount() == count + 1
        assert chair.notes_model.note(count).text == text
        assert chair.questions_model.count(0) == count + 1
        assert chair.entry.toPlainText() == ""
        assert "disk" not in order.seen
        assert chair.saved_indicator.state != "saved"
        qtbot.waitUntil(lambda: chair.saved_indicator.state == "saved")
        assert chair.saved_indicator.text().startswith("Sparat ")
        assert order.seen.index("paint") < order.seen.index("disk")
        assert chair.editing.wal.synced(chair.editing.wal._requested)

        qtbot.keyClick(chair.entry, Qt.Key.Key_Z, CTRL)  # undo: the note goes, and is saved gone
        assert chair.notes_model.rowCount() == count
        assert not _others_see(demo_workspace_dir, demo_conference_id, text)
        qtbot.keyClick(chair.entry, Qt.Key.Key_Y, CTRL)  # redo: the same note back
        assert chair.notes_model.note(count).text == text
        assert _others_see(demo_workspace_dir, demo_conference_id, text)
        # Both steps came before the event loop ran again: one fsync asked for both, then "Sparat" again.
        qtbot.waitUntil(lambda: order.seen.count("disk") == 2)
        qtbot.waitUntil(lambda: chair.editing.wal.synced(chair.editing.wal._requested))
    finally:
        QApplication.instance().removeEventFilter(order)
        chair.close()


def test_a_note_entered_just_before_the_window_closes_is_on_the_disk(
    qtbot, qapp, demo_workspace, demo_conference_id, demo_workspace_dir
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    text = "Sista ordet före stängning, från Åsa"
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    keeper = chair.editing.wal
    assert chair.editing._wake_keeper.isActive()  # the keeper is not asked yet: the event loop never ran
    chair.close()  # as the chair closes the window at once
    assert keeper.synced(keeper._requested)  # the close made everything durable
    assert not keeper._thread.is_alive()
    assert not chair.editing._wake_keeper.isActive() and not chair.editing._saved_check.isActive()
    assert _found_when_opened_again(demo_workspace, demo_workspace_dir, demo_conference_id, text)


def test_the_keeper_is_asked_after_the_frame_is_over_and_a_close_before_that_still_saves(
    qtbot, qapp, demo_workspace, demo_conference_id, demo_workspace_dir
):
    """Waking the sleeping keeper lets the system give it the window's processor at once: asked a little
    after the frame, while the chair types on, never inside it."""
    in_swedish(qapp)
    fill_question(demo_workspace, demo_conference_id, 3, 1, 1000)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    order = _Order(chair)
    editing = chair.editing
    pending = []
    editing._wake_keeper.timeout.connect(lambda: order.seen.append("frame over"))
    editing._wake_keeper.timeout.connect(lambda: pending.append(editing._ask_disk.isActive()))
    try:
        type_text(qtbot, chair.entry, "Bänkar i skuggan, säger Åke")
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: chair.saved_indicator.state == "saved")
        assert chair.saved_indicator.text().startswith("Sparat ")
        seen = order.seen
        assert seen.index("paint") < seen.index("frame over") < seen.index("disk")
        assert pending == [True]  # when the frame was over, the disk was still to be asked
        assert editing._ask_disk.interval() >= 10
        editing._ask_disk.setInterval(60_000)  # the next one surely not asked before the close
        text = "Sista ordet, från Åsa"
        type_text(qtbot, chair.entry, text)
        qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(pending) == 2)  # its frame is over, the keeper not asked yet
        assert pending == [True, True] and seen.count("disk") == 1
        keeper = editing.wal
    finally:
        QApplication.instance().removeEventFilter(order)
        chair.close()  # as the chair closes the window at once
    assert keeper.synced(keeper._requested) and not keeper._thread.is_alive()
    assert not editing._ask_disk.isActive() and not editing._saved_check.isActive()
    assert _found_when_opened_again(demo_workspace, demo_workspace_dir, demo_conference_id, text)
