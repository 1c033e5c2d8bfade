""" "Vilka har rapporterat" and `rundabord status` count alike: a table's notes and its proposals apart
(app.roster), the window's columns saying which is which. Before, the window's Anteckningar left the
proposals out while `status` said "3 notes" for two notes and a proposal. The column is "Övriga
anteckningar": headed "Anteckningar" it disagreed with the minutes, which count every note, proposals
too, under that word. Swedish, by mouse."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from app import notes
from app.bundles import import_files
from app.cli import main

from .conftest import open_in_swedish


def _status(capsys, workspace_dir, conference_id, *json_flag: str) -> str:
    capsys.readouterr()
    assert main(["--workspace", str(workspace_dir), "status", "--conference", conference_id, *json_flag]) == 0
    return capsys.readouterr().out


def test_the_overview_and_status_count_notes_and_proposals_apart(
    qtbot, qapp, capsys, afternoon, secretariat, secretariat_dir
):
    conference_id = afternoon.conference_id
    receipts = import_files(secretariat, [afternoon.stick / "bord-1.rbz", afternoon.stick / "bord-2.rbz"])
    assert [r.status for r in receipts] == ["imported", "imported"]
    # Each chair wrote two notes and a proposal; table 2's second proposal was typed in from its paper.
    notes.add_note(secretariat.store, conference_id, 2, 1, "Bord 2: en fritidsbank", kind="proposal")
    window = open_in_swedish(qtbot, qapp, secretariat, conference_id)

    bar = window.tabs.tabBar()
    view = window.overview_view
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(view)).center())
    assert window.tabs.currentWidget() is view
    model, table = view.model, view.view
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    notes_column, proposals_column = headers.index("Övriga anteckningar"), headers.index("Förslag")
    tip = Qt.ItemDataRole.ToolTipRole
    assert "Anteckningar" not in headers
    assert model.headerData(notes_column, Qt.Orientation.Horizontal, tip) == (
        "Bordets anteckningar som inte är förslag"
    )
    assert model.headerData(proposals_column, Qt.Orientation.Horizontal, tip) == (
        "Bordets förslag (räknas inte under Övriga anteckningar)"
    )

    # Most proposals first, by clicking the Förslag header (once or twice, to sort descending).
    header = table.horizontalHeader()
    for _ in range(2):
        x = header.sectionViewportPosition(proposals_column) + header.sectionSize(proposals_column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
            break
    assert header.sortIndicatorSection() == proposals_column

    def drawn(row: int) -> tuple[str, str, str]:
        proxy = table.model()
        return tuple(str(proxy.index(row, c).data()) for c in (0, notes_column, proposals_column))

    assert [drawn(0), drawn(1)] == [("2", "2", "2"), ("1", "2", "1")]

    text = _status(capsys, secretariat_dir, conference_id)
    assert "  table 2 (Bord 2): 2 notes, 2 proposals; by question: q1: 2, q2: 1, q3: 1" in text.splitlines()
    assert "  table 1 (Bord 1): 2 notes, 1 proposal; by question: q1: 1, q2: 1, q3: 1" in text.splitlines()
    listed = {
        t["table"]: t
        for t in map(json.loads, _status(capsys, secretariat_dir, conference_id, "--json").splitlines())
    }
    assert [(listed[n]["notes"], listed[n]["proposals"]) for n in (2, 1)] == [(2, 2), (2, 1)]
