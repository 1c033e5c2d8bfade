"""Notes entered one after another without a pause are put on the disk together: the keeper's thread is
woken once for the burst, when the chair pauses, not after each note (each wake-up is a turn for Python's
lock that the window's thread may wait a time slice for). A burst that never pauses is still put on the
disk: the first of its notes waits at most ASK_DISK_AT_MOST_MS for the question to the disk. "Sparat"
comes once everything entered is on the disk, and every note is there; a window closed in a burst
leaves it on the disk too.

The intervals are set long here (a "pause" of seconds), so that a slow, shared machine cannot turn the
test's burst into separate notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from ui.chair import note_editing

from .conftest import type_text
from .real_hands import in_swedish, open_table


def _counting_requests(chair) -> list[int]:
    asked: list[int] = []
    request = chair.editing.wal.request

    def counted() -> int:
        asked.append(chair.notes_model.rowCount())  # the notes shown when the disk was asked
        return request()

    chair.editing.wal.request = counted
    return asked


def _enter(qtbot, chair, text: str) -> None:
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    QApplication.processEvents()  # its frame, as between two keys


def _on_disk(chair, conference_id: str, texts: list[str]) -> bool:
    stored = {n.text for n in notes.list_notes(chair.workspace.store, conference_id)}
    return set(texts) <= stored


def test_a_burst_of_notes_is_put_on_the_disk_once_when_the_chair_pauses(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    editing = chair.editing
    pause = editing._ask_disk
    # A pause no stall of a loaded machine lasts while she types (a 3 s pause between notes a second
    # apart was taken for one when the test's process stood still for two); each note starts it again.
    pause.setInterval(600_000)
    editing._ask_disk_by.setInterval(600_000)  # never overdue in this test
    asked = _counting_requests(chair)
    texts = [f"Anteckning {i} i en följd, säger Åsa" for i in range(4)]
    before = chair.notes_model.rowCount()
    for number, text in enumerate(texts):  # over four seconds, each note a second after the last
        left_before = pause.remainingTime()
        _enter(qtbot, chair, text)
        qtbot.waitUntil(pause.isActive)  # the note's frame is over: the pause is counted from here
        if number:  # counted again from its start, not on from the first note's
            assert pause.remainingTime() > left_before
        assert asked == []  # not while she types on
        assert chair.saved_indicator.state != "saved"
        qtbot.wait(1_000)
    pause.setInterval(1_000)  # she pauses now: the pause ends a second after the last note's frame
    qtbot.waitUntil(lambda: chair.saved_indicator.state == "saved", timeout=20_000)
    assert asked == [before + len(texts)]  # once, for all of them
    assert chair.saved_indicator.text().startswith("Sparat ")
    assert editing.wal.synced(editing.wal._requested)
    assert _on_disk(chair, demo_conference_id, texts)
    chair.close()


def test_a_burst_without_a_pause_is_still_put_on_the_disk(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    editing = chair.editing
    editing._ask_disk.setInterval(600_000)  # she never pauses
    assert editing._ask_disk_by.interval() == note_editing.ASK_DISK_AT_MOST_MS
    editing._ask_disk_by.setInterval(300)
    asked = _counting_requests(chair)
    texts: list[str] = []
    while not asked and len(texts) < 2_000:
        texts.append(f"Anteckning {len(texts)} utan paus")
        _enter(qtbot, chair, texts[-1])
        qtbot.wait(5)
    assert asked, "never asked while the chair typed on"
    qtbot.waitUntil(lambda: editing.wal.synced(editing.wal._requested), timeout=20_000)
    qtbot.waitUntil(lambda: chair.saved_indicator.state == "saved", timeout=20_000)
    assert _on_disk(chair, demo_conference_id, texts)
    more = "Efter det sparade, från Örjan"
    times_asked = len(asked)
    _enter(qtbot, chair, more)
    assert len(asked) == times_asked  # a new burst: not asked at once
    keeper = editing.wal
    chair.close()  # a close makes it durable, asked or not
    assert keeper.synced(keeper._requested) and not keeper._thread.is_alive()
