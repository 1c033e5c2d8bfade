"""Arkiv › Exportera uppföljning…, by mouse, in Swedish: the chairs are the choice already made, and
their follow-ups (one a table) wait in the outbox for sync, none holding the remark left out of what is
published; choosing "Ett annat sekretariat" saves the whole record, the review's decisions included,
in the file she names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from app import conferences, notes
from app.bundles.identity import create_identity
from app.privacy import left_out
from app.sync import settings

from .conftest import open_in_swedish
from .followup_menu_hands import (
    chairs_follow_ups_into,
    click_file_menu_entry,
    read_bundle_parts,
    recipient_dialog,
    said_in_a_box,
)

PRIVATE = "Lena Wikström sa privat att hon tänker sluta, ta inte med det"

# What the notices quote of an older chair's Rundabord refusing a follow-up (yesterday's release's words)
OLDER_CHAIR_SAYS = (
    "En ordförandes dator vars Rundabord inte kan ta emot uppföljningar säger att innehållsförteckningen har"
    " felaktiga eller saknade fält: requires; då behöver den ordföranden uppdatera Rundabord."
)


def test_the_chairs_are_chosen_and_the_colleague_is_chosen_by_mouse(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, tmp_path, monkeypatch
):
    office = demo_workspace
    cid = demo_conference_id
    create_identity(office, "Region Exempellän, sekretariatet")
    private = notes.add_note(office.store, cid, 2, 1, PRIVATE)
    left_out.leave_out(office.store, private)
    shared = tmp_path / "delad"
    shared.mkdir()
    settings.configure(office.store, str(shared))
    window = open_in_swedish(qtbot, qapp, office, cid)
    window.sync_status.automatic = False

    click_file_menu_entry(qtbot, window, "Exportera &uppföljning…")
    dialog = recipient_dialog(qtbot)
    assert dialog.chairs_button.isChecked() and not dialog.colleague_button.isChecked()
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    # no month: the release of 5 December 2026 refuses them too; what an older one says instead
    assert "december" not in words and words.count("felaktiga eller saknade fält: requires;") == 2, words
    assert "datorer behöver en version av Rundabord som kan ta emot uppföljningar" in words, words
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    said = said_in_a_box(qtbot, "utkorgen")
    tables = len(conferences.tables(office.store, cid))
    assert said.startswith(f"{tables} uppföljningar till bordsordförandena, en per bord,")
    assert (
        "En ordförandes dator vars Rundabord kan ta emot uppföljningar hämtar"
        " sitt eget bords (en reservdator när den har skrivit en anteckning vid sitt bord); en äldre tar inte"
        " emot dem" in said
    )
    assert "december" not in said  # what her Rundabord must do, not the day it learnt it
    assert said.count(OLDER_CHAIR_SAYS) == 1, said
    bundles = sorted(office.outbox_dir.glob("*.rbz"))
    assert len(bundles) == tables
    covered = []
    for path in bundles:
        manifest, records = read_bundle_parts(path)
        covered += manifest["tables"]
        assert "Wikström".encode() not in records and b"privacy_decision" not in records
    assert sorted(covered) == [t.number for t in conferences.tables(office.store, cid)]

    saved = tmp_path / "till-kollegan.rbz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    click_file_menu_entry(qtbot, window, "Exportera &uppföljning…")
    dialog = recipient_dialog(qtbot)
    button = dialog.colleague_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    assert button.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    said = said_in_a_box(qtbot, "det andra sekretariatet")
    assert str(saved) in said
    assert (  # every colleague's file is "secretariat-only"
        "För att läsa den behöver det andra sekretariatet en version av Rundabord som kan ta emot ett annat"
        " sekretariats hela underlag. Ett Rundabord som inte kan ta emot ett annat sekretariats hela underlag"
        " säger att innehållsförteckningen har felaktiga eller saknade fält: requires; då behöver det andra"
        " sekretariatet uppdatera Rundabord." in said
    )
    manifest, records = read_bundle_parts(saved)
    assert manifest["requires"] == ["omit", "secretariat-only"] and "Wikström".encode() in records
    assert len(list(office.outbox_dir.glob("*.rbz"))) == tables  # nothing of it in the outbox
    window.close()


def test_without_a_sync_target_the_chairs_follow_ups_go_to_the_folder_she_chooses(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, tmp_path, monkeypatch
):
    office = demo_workspace
    cid = demo_conference_id
    create_identity(office, "Region Exempellän, sekretariatet")
    folder = tmp_path / "till-borden"
    window, said = chairs_follow_ups_into(qtbot, qapp, monkeypatch, office, cid, folder)
    tables = conferences.tables(office.store, cid)
    assert said.startswith(f"{len(tables)} uppföljningar till bordsordförandena, en per bord, finns i")
    assert f"Ordförandenas Rundabord måste kunna ta emot uppföljningar. {OLDER_CHAIR_SAYS}" in said
    assert "hennes" not in said.lower() and "ordförandens bordsnummer i namnet" in said  # no "she"/"her"
    for table in tables:
        [path] = folder.glob(f"*-bord-{table.number}.rbz")
        assert read_bundle_parts(path)[0]["tables"] == [table.number]
    assert not list(office.outbox_dir.glob("*.rbz"))
    window.close()
