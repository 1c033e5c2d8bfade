"""What a sync merged reaches the secretary: the Merge tab lists each fetched bundle and the conflicts it
opened, and the sync status says so, in Swedish, after a real click on "Synka nu"."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from app.sync import settings as sync_settings
from ui.sync_status import SyncStatusWidget

from .conftest import TWO_LAPTOPS_TABLE, open_in_swedish


@pytest.fixture
def share(afternoon, tmp_path):
    """A shared folder as sync lays it out: table 1's export and table 7's two laptops' exports."""
    folder = tmp_path / "delad" / afternoon.conference_id
    folder.mkdir(parents=True)
    for name in ("bord-1.rbz", f"bord-{TWO_LAPTOPS_TABLE}.rbz", f"bord-{TWO_LAPTOPS_TABLE}-laptop-2.rbz"):
        shutil.copy2(afternoon.stick / name, folder / name)
    return folder.parent


def test_a_held_bundle_in_the_sync_report_is_a_claim_with_no_counts(
    qtbot, qapp, secretariat, afternoon, share, sync_ops
):
    shutil.copy2(afternoon.unknown, share / afternoon.conference_id / afternoon.unknown.name)
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, size=(1280, 720))
    merge = window.merge_view
    [status] = window.statusBar().findChildren(SyncStatusWidget)
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.model.rowCount() == 4)
    assert merge.result_label.text().startswith("Synken slog samman 3 paket · 1 väntar på beslut")
    [held] = [r for r in range(4) if merge.model.index(r, 2).data() == "I karantän"]
    cells = [merge.model.index(held, c).data() for c in range(9)]
    assert (
        cells[0] == "40"
        and cells[1].startswith("uppger sig vara ”")
        and cells[1].endswith("” (ej verifierat)")
    )
    assert cells[3:9] == [""] * 6  # neither merged nor refused: no "Avvisat 3"


def test_a_sync_that_merged_bundles_lists_them_and_the_conflict_it_opened(
    qtbot, qapp, secretariat, afternoon, share, sync_ops
):
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    merge = window.merge_view
    window.tabs.setCurrentWidget(merge)
    assert merge.model.rowCount() == 0 and not merge.progress.isTextVisible()

    [status] = window.statusBar().findChildren(SyncStatusWidget)
    assert status.button.text() == "Synka nu"
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.model.rowCount() == 3)
    assert merge.result_label.text() == "Synken slog samman 3 paket · en konflikt att granska"
    assert merge.conflicts_button.isVisibleTo(merge)
    assert not merge.progress.isTextVisible()  # idle again: no "0 av 3"
    tables = sorted(merge.model.index(r, 0).data() for r in range(3))
    assert tables == ["1", "7", "7"]
    conflicts_column = [merge.model.index(r, 6).data() for r in range(3)]
    assert sorted(conflicts_column) == [0, 0, 1]
    assert "1 konflikt att granska" in status.toolTip()
    window.grab().save(str(share.parent / "merge-after-sync.png"))
    qtbot.mouseClick(merge.conflicts_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.review_view


def test_deciding_a_conflict_with_the_secretariat_names_both_sides_in_swedish(
    qtbot, qapp, secretariat, afternoon, share, sync_ops
):
    """The secretariat corrected a note that table 7's second laptop also changed: the sides read
    "Sekretariatet" and the chair's trusted name, and the question before deciding names both."""
    from app import notes
    from app.bundles import import_files
    from ui import msgbox

    from .conftest import EDIT_A

    (share / afternoon.conference_id / f"bord-{TWO_LAPTOPS_TABLE}-laptop-2.rbz").unlink()
    assert import_files(secretariat, [afternoon.stick / f"bord-{TWO_LAPTOPS_TABLE}.rbz"])[0].ok
    [note] = [n for n in notes.list_notes(secretariat.store, afternoon.conference_id) if n.text == EDIT_A]
    corrected = EDIT_A + " (rättat av kansliet)"
    notes.edit_note(secretariat.store, note.id, text=corrected)
    shutil.copy2(afternoon.laptop_b, share / afternoon.conference_id / afternoon.laptop_b.name)
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id)
    [status] = window.statusBar().findChildren(SyncStatusWidget)
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.merge_view.conflicts_button.isVisibleTo(window.merge_view))
    qtbot.mouseClick(window.merge_view.conflicts_button, Qt.MouseButton.LeftButton)
    panel = window.review_view.conflicts_panel
    row = panel.row_of(next(c for c in panel.conflicts() if c.record_id == note.id and c.field == "text"))
    index = panel.view.model().index(row, 0)
    panel.view.scrollTo(index)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )
    assert panel.ours_label.text().startswith("Sekretariatet, ändrat ")
    assert panel.theirs_label.text().startswith("Karin Sjöström (laptop 2), ändrat ")
    # The list gives each version its own line, named: the secretariat's is the one in use now
    assert panel.model.index(row, 2).data() == "Sekretariatet – gäller nu"
    assert panel.model.index(row + 1, 2).data() == "Karin Sjöström (laptop 2)"
    qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
    [box] = msgbox.open_boxes()
    assert box.text().startswith(
        "Versionen från Karin Sjöström (laptop 2) behålls och versionen från sekretariatet läggs åt sidan."
    )
    box.reject()
    assert notes.note(secretariat.store, note.id).text == corrected  # "Nej" changed nothing
