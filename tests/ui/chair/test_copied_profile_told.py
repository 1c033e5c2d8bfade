"""A chair whose laptop profile was copied, and who hands her exports over on a USB stick, learns it from
the secretariat's next pack: she opens it with Open file, and the bar across the top of her window says
in Swedish that the secretariat has seen two computers sign with her laptop's key, with the remedy."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from app.bundles import export_pack, export_table, import_files, trust
from app.bundles.identity import create_identity, require_identity
from app.demo import ensure_demo
from app.workspace import Workspace

from .real_hands import in_swedish, open_table

TABLE = 3


def _copied_and_handed_over_by_stick(tmp_path: Path) -> tuple[Path, str, Path]:
    """Table 3's laptop and a copy of its whole profile each export to a file; the office imports both
    and signs a new pack. Returns the laptop's folder, the conference and the new pack."""
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(office, "Region Norrlän, kansliet")
    conference_id = ensure_demo(office.store)
    pack = export_pack(office, conference_id, tmp_path / "paket.rbz").path
    laptop = Workspace.create(tmp_path / "bord3")
    import_files(laptop, [pack])
    create_identity(laptop, "Karin Sjöström")
    key = require_identity(laptop).public_key
    trust.add(office.store, key, "Karin Sjöström", "chair", conference_id, TABLE)
    note = notes.add_note(laptop.store, conference_id, TABLE, 1, "Fler bussar till sjukhuset – även helger!")
    first = export_table(laptop, conference_id, TABLE, tmp_path / "usb-1.rbz").path
    laptop.close()
    shutil.copytree(
        tmp_path / "bord3", tmp_path / "bord3-kopia", ignore=shutil.ignore_patterns("*-wal", "*-shm")
    )
    copy = Workspace(tmp_path / "bord3-kopia")
    notes.edit_note(copy.store, note, text="Fler bussar på kvällen (”sista bussen går 21.10”)")
    from_copy = export_table(copy, conference_id, TABLE, tmp_path / "usb-kopia.rbz").path
    copy.close()
    laptop = Workspace(tmp_path / "bord3")
    notes.add_note(laptop.store, conference_id, TABLE, 2, "Ungdomsrådet vill ha egen budget")
    second = export_table(laptop, conference_id, TABLE, tmp_path / "usb-2.rbz").path
    laptop.close()
    assert [r.status for r in import_files(office, [first, from_copy, second])] == ["imported"] * 3
    new_pack = export_pack(office, conference_id, tmp_path / "paket-2.rbz").path
    office.close()
    return tmp_path / "bord3", conference_id, new_pack


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_chair_reads_in_swedish_that_the_secretariat_saw_her_laptop_copied(
    qtbot, qapp, tmp_path, sync_ops, boxes, size
):
    folder, conference_id, new_pack = _copied_and_handed_over_by_stick(tmp_path)
    in_swedish(qapp)
    workspace = Workspace(folder)
    try:
        chair = open_table(qtbot, workspace, conference_id, TABLE, size=size)
        bar = chair.copied_profile_bar
        assert not bar.isVisible()  # no sync target, nothing seen yet
        chair.show_picker()
        chair.picker.ask_file = lambda: new_pack
        button = chair.picker.file_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())  # Öppna fil…
        QApplication.processEvents()
        boxes.error.assert_not_called()
        assert bar.isVisible()
        text = bar.label.text()
        assert text.startswith(
            "Region Norrlän, kansliet har sett två datorer signera med den här datorns nyckel (bord 3)"
        ), text
        assert "datorns profil har kopierats till en annan dator" in text
        assert bar.button.text() == "Ge den här datorn en egen identitet…"
        top = bar.mapTo(chair, bar.rect().topLeft())
        assert top.y() < chair.height() // 4 and bar.width() >= chair.width() - 20  # across the top
        label = bar.label  # every wrapped line drawn, none cut off
        wrap = int(Qt.TextFlag.TextWordWrap)
        needed = label.fontMetrics().boundingRect(0, 0, label.width(), 9999, wrap, text)
        assert label.height() >= needed.height()
        shots = Path(os.environ.get("RUNDABORD_SHOTS") or tmp_path)
        assert chair.grab().save(str(shots / f"chair-copied-profile-told-{size[0]}.png"))

        _click = qtbot.mouseClick  # the remedy is the same button: a key and origin of its own
        _click(bar.button, Qt.MouseButton.LeftButton, pos=bar.button.rect().center())
        (_parent, title, asked), options = boxes.question.call_args
        assert title == "Ny identitet" and "i namnet Karin Sjöström" in asked
        options["on_answer"](True)  # Ja
        QApplication.processEvents()
        assert not bar.isVisible()  # the word was about the key it no longer signs with
        chair.close()
    finally:
        workspace.close()
