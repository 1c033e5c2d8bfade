"""A chair's laptop profile copied whole to a second laptop (same origin, same key): both edited one note.
The secretary sees a conflict in Swedish, each side named by its own export, and decides it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from app import conferences, conflicts, notes
from app.bundles import export_table, import_files
from app.workspace import Workspace

from .conftest import open_in_swedish

TABLE = 9
ON_THE_CHAIRS_LAPTOP = "Bord 9: vi kan öppna våra lokaler på kvällarna"
ON_THE_COPY = "Bord 9: vi kan öppna våra lokaler för föreningar"


def _copies(afternoon, tmp_path: Path) -> list[Path]:
    """Table 9's laptop and a copy of its whole profile (keys and all) each edit the same note."""
    laptops = afternoon.secretariat_template.parent / "laptops"
    exported = []
    for name, text in (("a", ON_THE_CHAIRS_LAPTOP), ("b", ON_THE_COPY)):
        folder = tmp_path / f"bord-9-{name}"
        shutil.copytree(laptops / f"t{TABLE}", folder, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
        laptop = Workspace(folder)
        [note] = [n for n in notes.list_notes(laptop.store, afternoon.conference_id) if "lokaler" in n.text]
        notes.edit_note(laptop.store, note.id, text=text)
        exported.append(
            export_table(laptop, afternoon.conference_id, TABLE, tmp_path / f"bord-9-{name}.rbz").path
        )
        laptop.close()
    return exported


def test_a_copied_profile_is_a_conflict_named_by_export_in_swedish(
    qtbot, qapp, secretariat, afternoon, sync_ops, boxes, tmp_path
):
    bundles = [afternoon.stick / f"bord-{TABLE}.rbz", *_copies(afternoon, tmp_path)]
    receipts = import_files(secretariat, bundles)
    assert [r.status for r in receipts] == ["imported"] * 3
    assert sum(r.counts["conflicts"] for r in receipts) == 1  # the import report says a conflict opened

    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    window.show_conflicts()
    panel = window.review_view.conflicts_panel
    [conflict] = [c for c in panel.conflicts() if c.table_number == TABLE]
    assert {conflict.ours, conflict.theirs} == {ON_THE_CHAIRS_LAPTOP, ON_THE_COPY}
    rect = panel.view.visualRect(panel.model.index(panel.row_of(conflict), 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current() == conflict
    chair = {t.number: t.chair_name for t in conferences.tables(secretariat.store, afternoon.conference_id)}[
        TABLE
    ]
    ours, theirs = panel.ours_label.text(), panel.theirs_label.text()
    for label in (ours, theirs):  # the same trusted name on both sides, each side its own export
        assert label.startswith(f"{chair} (export nr 2), ändrat"), label
        assert "kopierad datorprofil: två datorer signerar med samma nyckel; export nr 2, signerad " in label
        assert ", paket " in label
    assert ours != theirs  # each names its own bundle
    assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1366
    assert panel.keep_ours_button.text() == f"Behåll versionen från {chair} (export nr 2)"

    qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
    boxes.question.call_args.kwargs["on_answer"](True)
    assert not [c for c in conflicts.open_conflicts(secretariat.store) if c.table_number == TABLE]
