"""After an Enter the save label says "Sparar…" until the keeper confirms the step is on the disk, not
the older "Sparat HH:MM:SS" of the steps before it: a burst's steps may wait up to ASK_DISK_AT_MOST_MS
for the disk. The label keeps its fixed size (one repaint, no layout of the window), and says "Sparat"
again once everything entered is on the disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import type_text
from .real_hands import in_swedish, open_table


def _enter(qtbot, chair, text: str) -> None:
    type_text(qtbot, chair.entry, text)
    qtbot.keyClick(chair.entry, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_the_label_says_saving_until_the_step_is_on_the_disk(qtbot, qapp, demo_workspace, demo_conference_id):
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id)
    label, editing = chair.saved_indicator, chair.editing
    _enter(qtbot, chair, "Första anteckningen, säger Åsa")
    qtbot.waitUntil(lambda: label.text().startswith("Sparat "), timeout=20_000)
    size = label.size()
    editing._ask_disk.setInterval(600_000)  # the keeper is not asked while this test looks
    editing._ask_disk_by.setInterval(600_000)
    asked: list[int] = []
    request = editing.wal.request
    editing.wal.request = lambda: asked.append(1) or request()

    _enter(qtbot, chair, "Andra anteckningen, inte på disken än")
    for _ in range(5):  # for a while after the Enter, before the step is confirmed
        assert not asked
        assert label.text() == "Sparar…" and label.accessibleDescription() == "Sparar…"
        assert not label.text().startswith("Sparat")
        qtbot.wait(100)
    _enter(qtbot, chair, "Tredje anteckningen i samma följd")
    assert label.text() == "Sparar…"
    assert label.size() == size and label.minimumSize() == label.maximumSize()  # fixed: no layout
    assert label.sizeHint().width() <= size.width()  # and the words fit in it

    editing._request_saved()  # the chair pauses: the keeper is asked
    qtbot.waitUntil(lambda: label.text().startswith("Sparat "), timeout=20_000)
    assert asked and editing.wal.synced(editing.wal._requested)
    assert label.size() == size
    chair.close()
