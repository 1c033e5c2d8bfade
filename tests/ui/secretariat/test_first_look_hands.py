"""A secretary's first look at a new workspace, in Swedish on a 1366x768 laptop: every tab she clicks says
what belongs there before the tables' bundles have come."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app import conferences, notes
from app.workspace import Workspace

from .conftest import open_in_swedish

TOML = Path(__file__).resolve().parents[3] / "resources" / "demo" / "konferens.toml"


def _new_secretariat(folder: Path) -> tuple[Workspace, str]:
    workspace = Workspace.create(folder)
    workspace.role = "secretariat"
    conference_id = conferences.create_conference(workspace.store, conferences.read_conference_file(TOML))
    return workspace, conference_id


def _click_tab(qtbot, window, index: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def _board_index(window) -> int:
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    return titles.index("Förslag")


def test_an_empty_proposals_board_says_where_proposals_come_from(qtbot, qapp, tmp_path):
    workspace, conference_id = _new_secretariat(tmp_path / "kansli")
    try:
        window = open_in_swedish(qtbot, qapp, workspace, conference_id)
        _click_tab(qtbot, window, _board_index(window))
        board = window.proposals_view
        first = board.columns["new"]
        empty = first.empty_state
        qtbot.waitUntil(empty.is_shown)
        said = empty.label.text()
        assert said.startswith("Inga förslag än."), said
        assert first.view.accessibleDescription() == said
        label = empty.label
        assert label.isVisible()
        assert label.heightForWidth(label.width()) <= label.height(), "the explanation is cut off"
        assert label.geometry().right() <= first.view.viewport().width()
        for status, column in board.columns.items():  # one explanation, not six
            if status != "new":
                assert not column.empty_state.is_shown()

        notes.add_note(workspace.store, conference_id, 4, 1, "Läxhjälp på biblioteket", kind="proposal")
        board.reload()
        assert first.view.model().rowCount() == 1
        assert not empty.is_shown()
        # Every column empty but a theme filter on: the board says it is the filter, not missing data.
        board.theme_combo.setCurrentIndex(board.theme_combo.findText("Jämställdhet"))
        assert first.view.model().rowCount() == 0
        assert empty.is_shown()
        assert empty.label.text() == "Inget förslag har det här temat. Välj Tema: Alla teman för att se alla."
    finally:
        window.close()
        workspace.close()
