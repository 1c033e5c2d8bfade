"""A colleague secretariat's window, in Swedish: a decision it took live from an older follow-up, whose
withdrawal never came, is not listed under "Avgjorda…" once the later decision covering it is reopened
where it was taken; the conflict is open, and nothing is shown as settled beside it (before, the stale
decision was listed as settled). Driven with real clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import conflicts, demo
from app.merge import merge_records
from app.proposals.exchange import followup_records
from app.workspace import Workspace
from tests.edited_on_both import edited_on_both
from ui.secretariat.settled_dialog import SettledDialog

from .conftest import open_in_swedish


def test_the_colleagues_window_lists_no_stale_decision_as_settled(qtbot, qapp, tmp_path):
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    anna = kansli.store
    conference_id = demo.ensure_demo(anna)
    note_id, chairs = edited_on_both(anna, conference_id, tmp_path / "ordförande")

    def settle(choice: str) -> str:
        [conflict] = [c for c in conflicts.open_conflicts(anna) if c.record_id == note_id]
        return conflicts.resolve(anna, conflict.id, choice)

    stale = settle("ours")
    older = list(followup_records(anna, conference_id))  # reaches the colleague
    conflicts.reopen(anna, stale)  # this follow-up does not
    later = settle("theirs")  # the withdrawal is pruned before the next follow-up is sent
    newer = list(followup_records(anna, conference_id))
    conflicts.reopen(anna, later)
    withdrawn = list(followup_records(anna, conference_id))
    kansli.close()

    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    window = None
    try:
        for records in (chairs, older, newer):
            with colleague.store.transaction():
                merge_records(colleague.store, records)
        window = open_in_swedish(qtbot, qapp, colleague, conference_id, (1366, 768))
        window.sync_status.automatic = False
        window.show_conflicts()
        panel = window.review_view.conflicts_panel
        assert panel.summary.text() == "Inga öppna konflikter."
        qtbot.mouseClick(panel.settled_button, Qt.MouseButton.LeftButton)
        dialog = panel.findChild(SettledDialog)
        assert dialog.model.rowCount() == 1  # the later decision, once
        dialog.close()

        with colleague.store.transaction():
            merge_records(colleague.store, withdrawn)  # the later decision's withdrawal arrives
        panel.refresh()
        qtbot.waitUntil(lambda: panel.summary.text() == "En öppen konflikt", timeout=5000)
        assert not panel.settled_button.isEnabled()  # before: the stale decision, "settled"
        assert [c.record_id for c in panel.conflicts()] == [note_id]
    finally:
        if window is not None:
            window.close()
        colleague.close()
