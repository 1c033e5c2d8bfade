"""The review window, in Swedish, tells the truth of a decision a newer Rundabord made: this version
removes that finding from what is published, so the window says "Tas bort", never "Behålls"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app import conferences, notes
from tests.app.privacy.read_back import decided_by_a_newer_version
from ui.minutes_privacy import DECISION, PrivacyReviewDialog


def test_the_window_says_removed_of_a_decision_this_version_does_not_know(
    qtbot, qapp, demo_workspace, demo_conference_id
):
    from ui import i18n

    i18n.install("sv", qapp)
    store, cid = demo_workspace.store, demo_conference_id
    chair = conferences.tables(store, cid)[0].chair_name
    note_id = notes.add_note(store, cid, 3, 1, f"{chair} vill ha fler bussar")
    decided_by_a_newer_version(store, cid, note_id)
    window = QMainWindow()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    window.show()
    dialog = PrivacyReviewDialog(window, store, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.view.model()
    [row] = [r for r in range(model.rowCount()) if dialog.model.hits[r].source.source_id == note_id]
    shown = model.index(row, DECISION).data(Qt.ItemDataRole.DisplayRole)
    assert shown == "Tas bort (beslutat i en nyare Rundabord)"
