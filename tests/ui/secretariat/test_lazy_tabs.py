"""The proposals board and the council read every proposal of a process: the secretariat's window makes
them when their tab is first clicked, not when it opens. Made late, they show the same: the conference
chosen before, its proposals, and the shortlist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes, proposals
from ui import i18n
from ui.secretariat.window import SecretariatWindow


def _click_tab(qtbot, window, title: str) -> None:
    bar = window.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def test_the_proposal_tabs_are_made_when_first_clicked(qtbot, qapp, demo_workspace, demo_conference_id):
    i18n.install("sv", qapp)
    store = demo_workspace.store
    idea = notes.add_note(
        store, demo_conference_id, 4, 1, "Ett regionalt mentorsprogram för unga företagare", kind="proposal"
    )
    notes.add_note(
        store, demo_conference_id, 5, 2, "Fler cykelbanor mellan byarna – gärna belysta", kind="proposal"
    )
    proposals.set_status(store, idea, "shortlisted", decided_by="Kansliet")
    window = SecretariatWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.choose_conference(demo_conference_id)
    QApplication.processEvents()
    assert window.proposals_page.built_view is None  # opening the window read no proposal
    assert window.council_page.built_view is None

    _click_tab(qtbot, window, "Förslag")
    board = window.proposals_page.built_view
    assert board is not None and board.isVisible()
    assert board.scope_combo.currentData() == ("conference", demo_conference_id)
    shown = {
        board.model.index(row).data(Qt.ItemDataRole.DisplayRole) for row in range(board.model.rowCount())
    }
    assert any("mentorsprogram" in (text or "") for text in shown)
    assert any("cykelbanor" in (text or "") for text in shown)
    assert window.council_page.built_view is None  # one tab shown, one made

    _click_tab(qtbot, window, "Tillväxtrådet")
    council = window.council_page.built_view
    assert council is not None and council.isVisible()
    assert council.model.rowCount() == 1 and council.model.proposal(0).id == idea
    window.close()
