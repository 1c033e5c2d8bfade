"""The conflict list's Version column shows each version on one line. Two versions of a pasted e-mail that
two laptops corrected at its end looked the same there, the column ending each in "…" long before they
part; the secretary had to open each to tell them apart. A version alike to the other for longer than
the column now starts a little before where they part. Swedish, clicked, at 1366×768."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import conflicts, notes
from app.demo import ensure_demo
from app.workspace import Workspace
from tests.edited_on_both import corrected_on_both

from .conftest import open_in_swedish

PASTED = "Inklistrat från mejlet:\n\n\tPunkt 1\tbudget för ungdomsrådet\n\tPunkt 2\tlokaler i Folkets hus"


def test_two_versions_alike_at_the_start_show_where_they_differ(qtbot, qapp, tmp_path, sync_ops):
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    conference_id = ensure_demo(office.store)
    note_id = notes.add_note(office.store, conference_id, 7, 1, PASTED)
    notes.add_note(office.store, conference_id, 7, 1, "Kort text")
    ours = f"{PASTED}\n\n— Hälsningar, Karin (rättat i kansliet)"
    corrected_on_both(
        office.store,
        note_id,
        tmp_path / "bord-7",
        ours,
        f"{PASTED}\n\n— Hälsningar, Karin (rättat vid bordet)",
    )
    [conflict] = conflicts.open_conflicts(office.store, conference_id)

    window = open_in_swedish(qtbot, qapp, office, conference_id)
    window.sync_status.automatic = False
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    first = panel.row_of(conflict)
    shown = [panel.model.index(row, 5).data() for row in (first, first + 1)]
    assert shown[0] != shown[1]
    assert all(text.startswith("…") for text in shown), shown
    assert sorted(text[text.index("(") :] for text in shown) == ["(rättat i kansliet)", "(rättat vid bordet)"]
    cell = panel.view.visualRect(panel.model.index(first, 5))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert "rättat vid bordet" in panel.view.model().index(first, 5).data(Qt.ItemDataRole.ToolTipRole) + (
        panel.view.model().index(first + 1, 5).data(Qt.ItemDataRole.ToolTipRole)
    )  # the whole text, as before
    window.close()
    office.close()
