"""The Merge tab's report after a sync tells what is true now: a bundle it held reads as merged once the
key is trusted in Collect, or as deleted once the key is rejected; a returning chair's bundle is named
by the chair's trusted name with the remedy as a question, never as an "unknown key". Swedish, by mouse."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.sync import settings as sync_settings
from ui import msgbox
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.trust_dialog import TrustKeyDialog
from ui.sync_status import SyncStatusWidget

from .conftest import UNKNOWN_TABLE, open_in_swedish
from .returning_scene import returning_chair_bundle

HELD, MERGED, DROPPED = "I karantän", "Sammanslaget", "Raderat (nyckeln avvisad)"


def _sync(qtbot, window, rows: int):
    [status] = window.statusBar().findChildren(SyncStatusWidget)
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    merge = window.merge_view
    qtbot.waitUntil(lambda: merge.model.rowCount() == rows)
    return merge


def _cells(merge, table: int) -> list:
    model = merge.model
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == str(table)]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _choose_waiting(qtbot, window, table: int) -> None:
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    model, proxy, view = collect.model, collect.proxy, collect.view
    row = next(
        r
        for r in range(model.rowCount())
        if model.row_at(r).tables == (table,)
        and model.row_at(r).state in (inbox_mod.HELD, inbox_mod.UNKNOWN_KEY)
    )
    index = proxy.mapFromSource(model.index(row, 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _trust_chosen(qtbot, window) -> None:
    collect = window.collect_view
    qtbot.mouseClick(collect.trust_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(TrustKeyDialog)
    qtbot.mouseClick(dialog.compared, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def share(afternoon, tmp_path):
    folder = tmp_path / "delad" / afternoon.conference_id
    folder.mkdir(parents=True)
    for name in ("bord-1.rbz", afternoon.unknown.name):
        shutil.copy2(afternoon.stick / name, folder / name)
    return folder.parent


def test_a_held_bundle_reads_as_merged_once_its_key_is_trusted(
    qtbot, qapp, secretariat, afternoon, share, sync_ops
):
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    merge = _sync(qtbot, window, 2)
    assert _cells(merge, UNKNOWN_TABLE)[2] == HELD
    assert (
        merge.result_label.text()
        == "Synken slog samman ett paket · 1 väntar på beslut om förtroende under Samla in"
    )

    _choose_waiting(qtbot, window, UNKNOWN_TABLE)
    _trust_chosen(qtbot, window)
    window.tabs.setCurrentWidget(merge)
    cells = _cells(merge, UNKNOWN_TABLE)
    assert cells[2] == MERGED, cells
    assert cells[3] == 3  # its three notes are new: the counts of the merge that took it
    assert not cells[1].startswith("uppger sig vara")  # the name it was trusted by
    assert cells[9] == "hölls i karantän tills nyckeln godkändes, sedan sammanslaget"
    assert merge.result_label.text() == "Synken slog samman ett paket · 1 sammanslaget när nyckeln godkänts"
    held_row = next(r for r in range(2) if merge.model.index(r, 0).data() == str(UNKNOWN_TABLE))
    assert merge.model.index(held_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # waits no more
    window.grab().save(str(share.parent / "slå-samman-efter-beslut.png"))


def test_a_held_bundle_reads_as_deleted_once_its_key_is_rejected(
    qtbot, qapp, secretariat, afternoon, share, sync_ops
):
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1366, 768))
    merge = _sync(qtbot, window, 2)
    _choose_waiting(qtbot, window, UNKNOWN_TABLE)
    qtbot.mouseClick(window.collect_view.reject_button, Qt.MouseButton.LeftButton)
    [box] = msgbox.open_boxes()
    assert "uppger sig vara" in box.text() and "(ej verifierat)" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    cells = _cells(merge, UNKNOWN_TABLE)
    assert cells[2] == DROPPED and cells[3:9] == [""] * 6
    assert cells[9] == "hölls i karantän, sedan raderat: nyckeln avvisades"
    assert merge.result_label.text() == "Synken slog samman ett paket · 1 raderat med en avvisad nyckel"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_a_returning_chair_is_named_with_the_remedy_and_merged_once_trusted(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops, size
):
    share = tmp_path / "delad"
    returning_chair_bundle(secretariat, afternoon, tmp_path, share)
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, size)
    merge = _sync(qtbot, window, 1)
    window.tabs.setCurrentWidget(merge)
    remedy = (
        "Lita på Anna Lindqvist som ordförande för bord 1 i Rundabordssamtal 2027 (2027-03-11)? Nyckeln är"
        " betrodd vid en annan konferens; paketet väntar i karantän tills du godkänner den under Samla in"
    )
    cells = _cells(merge, 1)
    assert cells[1] == "Anna Lindqvist" and cells[2] == HELD and cells[9] == remedy
    assert merge.result_label.text() == (
        "Synken slog inte samman något paket · 1 väntar på beslut om förtroende under Samla in"
    )
    remark = merge.model.index(0, 9)
    assert merge.model.data(remark, Qt.ItemDataRole.ToolTipRole) == remedy  # whole, however narrow the column
    window.grab().save(str(tmp_path / f"återkommande-{size[0]}.png"))

    collect = window.collect_view
    _choose_waiting(qtbot, window, 1)
    [entry] = collect.selected_entries()
    assert collect.words.verdict(entry) == "Väntar (ordförande från en annan konferens)"
    assert collect.words.reason(entry) == (
        "lita på Anna Lindqvist som ordförande för bord 1 i Rundabordssamtal 2027 (2027-03-11)?"
    )
    seen = [
        str(m.index(r, c).data())
        for m in (merge.model, collect.model)
        for r in range(m.rowCount())
        for c in range(m.columnCount())
    ]
    seen.append(collect.details.text())
    assert not any("okänd nyckel" in text or "unknown key" in text for text in seen), seen
    assert "— Väntar (ordförande från en annan konferens): lita på Anna Lindqvist" in collect.details.text()
    _trust_chosen(qtbot, window)
    assert _cells(merge, 1)[2] == MERGED


def test_a_refused_file_shows_no_row_of_zeros_and_the_remark_keeps_its_room(
    qtbot, qapp, secretariat, afternoon, share, sync_ops
):
    """A copy cut short beside a held claim: "Avvisat" with no counts (not "Avvisat … 0"), and a long
    claimed name wraps in its own column instead of squeezing the remark into a sliver at 1280×720."""
    data = (afternoon.stick / "bord-2.rbz").read_bytes()
    (share / afternoon.conference_id / "bord-2-halv.rbz").write_bytes(data[: len(data) // 2])
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    merge = _sync(qtbot, window, 3)
    window.tabs.setCurrentWidget(merge)
    model = merge.model
    [refused] = [r for r in range(3) if model.index(r, 2).data() == "Avvisat"]
    cells = [model.index(refused, c).data() for c in range(model.columnCount())]
    assert cells[3:9] == [""] * 6 and cells[9].startswith("Filen är ofullständig")
    header = merge.view.horizontalHeader()
    assert header.sectionSize(9) >= 230, [header.sectionSize(c) for c in range(model.columnCount())]
    assert not merge.view.horizontalScrollBar().isVisible()


def test_once_the_conflict_a_sync_opened_is_settled_the_report_no_longer_asks_to_review_it(
    qtbot, qapp, secretariat, afternoon, tmp_path, sync_ops
):
    folder = tmp_path / "delad" / afternoon.conference_id
    folder.mkdir(parents=True)
    for path in (afternoon.stick / "bord-7.rbz", afternoon.laptop_b):
        shutil.copy2(path, folder / path.name)
    sync_settings.configure(secretariat.store, str(folder.parent))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1366, 768))
    merge = _sync(qtbot, window, 2)
    assert merge.result_label.text() == "Synken slog samman 2 paket · en konflikt att granska"
    qtbot.mouseClick(merge.conflicts_button, Qt.MouseButton.LeftButton)
    panel = window.review_view.conflicts_panel
    qtbot.mouseClick(panel.keep_ours_button, Qt.MouseButton.LeftButton)
    [box] = msgbox.open_boxes()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    window.tabs.setCurrentWidget(merge)
    assert merge.result_label.text() == "Synken slog samman 2 paket · konflikten som öppnades är avgjord"
    assert not merge.conflicts_button.isVisibleTo(merge)
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)  # reopened: to review again
    assert merge.result_label.text() == "Synken slog samman 2 paket · en konflikt att granska"
    assert merge.conflicts_button.isVisibleTo(merge)


def test_a_held_bundle_whose_key_looks_like_an_impostors_is_loud_in_the_report(
    qtbot, qapp, secretariat, afternoon, share, tmp_path, sync_ops
):
    """As in Collect: a key that signs as a trusted chair's table under a look-alike name is a problem,
    not one more bundle waiting; the warning comes first in its remark."""
    from app import notes
    from app.bundles import export_table

    from .conftest import _chair

    laptop = _chair(tmp_path / "imp", afternoon.secretariat_template.parent / "pack.rbz", "Karin Sjostrom")
    notes.add_note(laptop.store, afternoon.conference_id, 12, 1, "vi vill ha  fler bussar ?!")
    export_table(laptop, afternoon.conference_id, 12, share / afternoon.conference_id / "bord-12.rbz")
    laptop.close()
    sync_settings.configure(secretariat.store, str(share))
    window = open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, (1280, 720))
    merge = _sync(qtbot, window, 3)
    impostor, unknown = _cells(merge, 12), _cells(merge, UNKNOWN_TABLE)
    assert impostor[2] == unknown[2] == HELD
    assert impostor[-2].startswith("⚠ Varning: en annan nyckel signerar redan för bord 12 som ")
    assert not unknown[-2].startswith("⚠")
    model = merge.model
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == "12"]
    [other] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == str(UNKNOWN_TABLE)]
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(row, 0).data(background) != model.index(other, 0).data(background)
    assert model.index(row, 0).data(background) == model.index(row, 1).data(background)  # the whole row
