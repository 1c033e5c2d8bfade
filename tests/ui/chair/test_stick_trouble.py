"""A copy of the signed bundle for a USB stick that is full or write-protected, in Swedish, by the mouse.
The sticks are real small filesystems (a tmpfs, mounted as root; skipped where that is not allowed)."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from app.bundles import export_table
from app.bundles.identity import create_identity
from tests.small_disk import fill, mounted_tmpfs
from ui import msgbox

from .real_hands import click_menu_entry, in_swedish, open_table


def _save_copy_by_mouse(qtbot, chair, target: Path) -> None:
    chair.export_flow.ask_copy_path = lambda name: str(target)  # the file dialog, answered
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, chair.export_flow.save_copy_action)


def _said() -> str:
    [box] = msgbox.open_boxes()
    text = box.text()
    box.close()
    QApplication.processEvents()
    return text


def test_a_full_stick_keeps_the_earlier_copy_whole_and_no_half_bundle(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    """In the morning the chair saved the table's bundle to her stick; after lunch the table said much
    more, she signs again and saves the copy under the same name, but the stick is nearly full. She is
    told the disk is full, and the morning's copy is still there, whole: the copy was written over it
    in place, so a full stick left a cut-off bundle under the name and the morning's was gone."""
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    morning = export_table(demo_workspace, demo_conference_id, 3).path
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyzåäö "
    with demo_workspace.store.transaction():
        for i in range(60):  # an afternoon of long notes (they compress poorly, as real words do)
            text = "".join(rng.choice(letters) for _ in range(600))
            notes.add_note(demo_workspace.store, demo_conference_id, 3, 1, f"Efter lunch {i}: {text}")
    afternoon = export_table(demo_workspace, demo_conference_id, 3).path
    assert afternoon.stat().st_size > morning.stat().st_size + 16_384
    with mounted_tmpfs(tmp_path / "USB-MINNE", "size=256k") as stick:
        name = "Bord-03-Rundabordssamtal-varen-2026-03-12.rbz"
        (stick / name).write_bytes(morning.read_bytes())
        fill(stick, leave=8192, name="semesterbilder.zip")
        chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
        _save_copy_by_mouse(qtbot, chair, stick / name)
        said = _said()
        assert "Disken är full" in said and name in said, said
        assert (stick / name).read_bytes() == morning.read_bytes()  # the morning's copy, whole
        assert sorted(p.name for p in stick.iterdir()) == sorted([name, "semesterbilder.zip"])
        chair.close()


def test_a_write_protected_stick_is_said_to_be_read_only(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    export_table(demo_workspace, demo_conference_id, 3)
    with mounted_tmpfs(tmp_path / "USB-MINNE", "ro,size=64k") as stick:
        chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
        _save_copy_by_mouse(qtbot, chair, stick / "Bord-03.rbz")
        said = _said()
        assert "skrivskydd" in said and "full" not in said, said
        assert list(stick.iterdir()) == []
        chair.close()


def _click_menu(qtbot, chair, action) -> None:
    click_menu_entry(qtbot, chair, chair.chair_actions.conference_menu, action)


def test_table_minutes_to_a_stick_that_refuses_say_why_in_swedish(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path, sync_ops
):
    """The table's minutes as a PDF onto a write-protected stick, then a full one: the box said "Rundabord
    kunde inte göra detta" over "Teknisk uppgift: cannot write in …: Read-only file system"."""
    in_swedish(qapp)
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    chair.add_note("Läxhjälp på biblioteket, även på lördagar")
    minutes = chair.chair_actions.minutes
    minutes.open_in_viewer = False
    with (
        mounted_tmpfs(tmp_path / "LAST", "ro,size=64k") as locked,
        mounted_tmpfs(tmp_path / "FULL", "size=64k") as full,
    ):
        fill(full, leave=0, name="semesterbilder.zip")
        for folder, expected in (
            (locked, f"Det går inte att skriva i {locked}: disken eller mappen är skrivskyddad"),
            (full, "kunde inte sparas: disken är full"),
        ):
            minutes.ask_save_path = lambda title, default, filters, folder=folder: folder / "bord-3.pdf"
            _click_menu(qtbot, chair, chair.chair_actions.save_minutes_action)
            qtbot.waitUntil(lambda: bool(msgbox.open_boxes()))
            [box] = msgbox.open_boxes()
            assert box.windowTitle() == "Kan inte spara bord-3.pdf"
            said = _said()
            assert expected in said and "Teknisk uppgift" not in said and "Read-only" not in said, said
            assert not [p for p in folder.iterdir() if p.suffix in (".pdf", ".part")]
    chair.close()


def test_a_key_card_onto_a_write_protected_stick_says_so_in_swedish(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    """Her key card for the secretariat, saved from the settings by mouse onto a locked stick."""
    in_swedish(qapp)
    create_identity(demo_workspace, "Fatima Hassan")
    chair = open_table(qtbot, demo_workspace, demo_conference_id, 3)
    chair.open_settings()
    dialog = chair.settings_dialog
    with mounted_tmpfs(tmp_path / "LAST", "ro,size=64k") as locked:
        dialog.ask_keycard_path = lambda: locked / "fatima-hassan.keycard"
        qtbot.mouseClick(dialog.keycard_button, Qt.MouseButton.LeftButton)
        said = _said()
        assert f"Det går inte att skriva i {locked}: disken eller mappen är skrivskyddad" in said, said
        assert "Teknisk uppgift" not in said and "Read-only" not in said
    dialog.reject()
    chair.close()
