"""Next year the chair opens the new conference's pack on the same laptop. Each conference pins its own
secretariat's key, so she was asked to compare the fingerprint again, with no word that this is the
very key she compared and accepted last year; last year's paper is long gone. When an earlier pack here
was signed with the same key she is now told so, in Swedish; a pack signed by another key still asks
her to compare, as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import conferences, prepare
from app.bundles import export_pack, import_files
from app.bundles.identity import create_identity
from app.demo import ensure_demo
from app.workspace import Workspace
from ui import msgbox

from .conftest import open_window
from .real_hands import in_swedish


def _question(qtbot):
    qtbot.waitUntil(lambda: bool(msgbox.open_boxes()), timeout=5000)
    [box] = msgbox.open_boxes()
    return box


def _open_by_mouse(qtbot, chair, pack) -> None:
    chair.picker.ask_file = lambda: pack  # the file dialog, answered
    qtbot.mouseClick(chair.picker.file_button, Qt.MouseButton.LeftButton)


def test_next_years_pack_from_the_same_secretariat_says_so(qtbot, qapp, tmp_path, sync_ops):
    in_swedish(qapp)
    office = Workspace.create(tmp_path / "kansliet", "secretariat")
    create_identity(office, "Region Exempellän, sekretariatet")
    spring = ensure_demo(office.store)
    last_year = export_pack(office, spring, tmp_path / "2026.rbz").path
    process = conferences.processes(office.store)[0]
    again = prepare.create_conference_in_process(
        office.store, process.name, process.organisation, "Rundabordssamtal våren 2027", date="2027-03-11"
    )
    prepare.add_table(office.store, again, chair_name="Karin Sjöström")
    prepare.add_question(office.store, again, "Vad har hänt sedan förra året?")
    this_year = export_pack(office, again, tmp_path / "2027.rbz").path
    stranger = Workspace.create(tmp_path / "grannlan", "secretariat")
    create_identity(stranger, "Region Exempellän, sekretariatet")  # the same name, another key
    foreign = export_pack(stranger, ensure_demo(stranger.store), tmp_path / "grannlan.rbz").path
    office.close()
    stranger.close()

    laptop = Workspace.create(tmp_path / "laptop")
    assert import_files(laptop, [last_year])[0].status == "imported"  # accepted last year
    try:
        chair = open_window(qtbot, laptop)
        _open_by_mouse(qtbot, chair, this_year)
        box = _question(qtbot)
        text = box.text()
        assert "samma nyckel som paketet för “Rundabordssamtal våren 2026 (2026-03-12)”" in text, text
        assert "Jämför" not in text
        qtbot.mouseClick(box.button(msgbox.Button.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: chair.picker.conference_model.rowCount() == 2, timeout=5000)

        _open_by_mouse(qtbot, chair, foreign)
        box = _question(qtbot)
        assert "samma nyckel som paketet" not in box.text()
        assert box.text().startswith("Signerat av Region Exempellän, sekretariatet. Jämför"), box.text()
        qtbot.mouseClick(box.button(msgbox.Button.No), Qt.MouseButton.LeftButton)
        for box in msgbox.open_boxes():
            box.close()
        chair.close()
    finally:
        laptop.close()


def test_two_regions_alike_conferences_are_told_apart_in_the_list(qtbot, qapp, tmp_path, sync_ops):
    """A chair who sits at two regions' tables had two rows "Rundabordssamtal våren 2026 / 2026-03-12
    Folkets hus, Exempelstad" alike to the letter; which was which, only the order said. Rows alike now
    name their secretariat; a row alike to none is as before."""
    in_swedish(qapp)
    packs = []
    for folder, name in (("ost", "Region Östlän, sekretariatet"), ("vast", "Region Västlän, sekretariatet")):
        office = Workspace.create(tmp_path / folder, "secretariat")
        create_identity(office, name)
        packs.append(export_pack(office, ensure_demo(office.store), tmp_path / f"{folder}.rbz").path)
        office.close()
    laptop = Workspace.create(tmp_path / "laptop")
    try:
        chair = open_window(qtbot, laptop)
        _open_by_mouse(qtbot, chair, packs[0])
        qtbot.mouseClick(_question(qtbot).button(msgbox.Button.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: chair.picker.conference_model.rowCount() == 1, timeout=5000)
        assert chair.picker.conference_model.item(0).text() == (
            "Rundabordssamtal våren 2026\n2026-03-12  Folkets hus, Exempelstad"
        )
        _open_by_mouse(qtbot, chair, packs[1])
        qtbot.mouseClick(_question(qtbot).button(msgbox.Button.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: chair.picker.conference_model.rowCount() == 2, timeout=5000)
        rows = [chair.picker.conference_model.item(r).text() for r in range(2)]
        assert sorted(row.splitlines()[-1] for row in rows) == [
            "Region Exempellän · Region Västlän, sekretariatet",
            "Region Exempellän · Region Östlän, sekretariatet",
        ], rows
        spoken = chair.picker.conference_model.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken.endswith("sekretariatet") and "\n" not in spoken
        chair.close()
    finally:
        laptop.close()
