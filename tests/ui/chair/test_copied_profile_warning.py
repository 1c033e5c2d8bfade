"""A chair whose laptop profile was copied to a second laptop learns it in her window, in Swedish, at the
next sync: a bar across the top says another computer signs as this laptop and what to do. Its button
first asks for the unexported table, then gives the laptop its own identity, and the bar goes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import notes
from app.bundles import export_pack, export_table, import_files
from app.bundles.identity import create_identity, require_identity
from app.demo import ensure_demo
from app.sync import settings
from app.workspace import Workspace
from tests.sync_fixtures import sync_once

from .real_hands import in_swedish, open_table

TABLE = 3


def _two_laptops(tmp_path: Path) -> tuple[Path, str]:
    """Table 3's laptop and a copy of its whole profile; the copy's export is on the shared folder."""
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(office, "Region Norrlän, kansliet")
    conference_id = ensure_demo(office.store)
    pack = export_pack(office, conference_id, tmp_path / "paket.rbz").path
    office.close()
    share = tmp_path / "delad-mapp"
    share.mkdir()
    laptop = Workspace.create(tmp_path / "bord3")
    import_files(laptop, [pack])
    create_identity(laptop, "Karin Sjöström")
    settings.configure(laptop.store, str(share))
    notes.add_note(laptop.store, conference_id, TABLE, 1, "Fler bussar till sjukhuset – även helger!")
    export_table(laptop, conference_id, TABLE)
    sync_once(laptop)
    laptop.close()
    shutil.copytree(
        tmp_path / "bord3", tmp_path / "bord3-kopia", ignore=shutil.ignore_patterns("*-wal", "*-shm")
    )
    copy = Workspace(tmp_path / "bord3-kopia")
    notes.add_note(copy.store, conference_id, TABLE, 2, "Ungdomsrådet vill ha egen budget (”på riktigt”)")
    export_table(copy, conference_id, TABLE)
    assert sync_once(copy).pushed
    copy.close()
    return tmp_path / "bord3", conference_id


def _click(qtbot, widget) -> None:
    """A real mouse click in the middle of what is drawn."""
    assert widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    QApplication.processEvents()


def test_the_chair_reads_in_swedish_that_another_computer_signs_as_her_laptop(
    qtbot, qapp, tmp_path, sync_ops, boxes
):
    from ui.sync_status import SyncStatusWidget

    folder, conference_id = _two_laptops(tmp_path)
    in_swedish(qapp)
    workspace = Workspace(folder)
    old_key = require_identity(workspace).key_id
    try:
        chair = open_table(qtbot, workspace, conference_id, TABLE)
        bar = chair.copied_profile_bar
        assert not bar.isVisible()  # nothing seen yet
        _click(qtbot, chair.statusBar().findChild(SyncStatusWidget).button)  # Synka nu
        assert bar.isVisible()
        text = bar.label.text()
        assert text.startswith("En annan dator signerar som den här datorn (bord 3)"), text
        assert "1 export som är signerad med den här datorns nyckel" in text
        assert "Ingenting på synkmålet har ändrats." in text
        assert bar.button.text() == "Ge den här datorn en egen identitet…"
        top = bar.mapTo(chair, bar.rect().topLeft())
        assert top.y() < chair.height() // 4 and bar.width() >= chair.width() - 20  # across the top
        label = bar.label  # every wrapped line drawn, none cut off
        wrap = int(Qt.TextFlag.TextWordWrap)
        needed = label.fontMetrics().boundingRect(0, 0, label.width(), 9999, wrap, text)
        assert label.height() >= needed.height()
        shots = Path(os.environ.get("RUNDABORD_SHOTS") or tmp_path)
        assert chair.grab().save(str(shots / "chair-copied-profile.png"))

        # The button first asks for the table written since its last export.
        notes.add_note(workspace.store, conference_id, TABLE, 1, "Skrivet efter varningen")
        _click(qtbot, bar.button)
        (_parent, title, said), _ = boxes.warning.call_args
        assert title == "Exportera först" and said.startswith("Bord 3 har ändrats sedan den senaste exporten")
        boxes.question.assert_not_called()

        export_table(workspace, conference_id, TABLE)
        _click(qtbot, bar.button)
        (_parent, title, asked), options = boxes.question.call_args
        assert title == "Ny identitet" and "i namnet Karin Sjöström" in asked
        options["on_answer"](True)  # Ja
        QApplication.processEvents()
        assert require_identity(workspace).key_id != old_key
        assert not bar.isVisible()
        (_parent, title, said), _ = boxes.information.call_args
        assert "signerar nu med en egen nyckel" in said
        chair.close()
    finally:
        workspace.close()


def test_a_chair_starting_again_sees_the_bar_right_after_the_window_opens(
    qtbot, qapp, tmp_path, sync_ops, monkeypatch
):
    """The store is read for the bar just after the window's first paint, not before; the bar then
    appears and a screen reader is told (an alert), as it would not read a window already read."""
    from ui.chair import copied_profile
    from ui.chair.window import ChairWindow

    folder, conference_id = _two_laptops(tmp_path)
    in_swedish(qapp)
    workspace = Workspace(folder)
    told = []
    monkeypatch.setattr(copied_profile, "_announce", lambda widget: told.append(widget))
    try:
        sync_once(workspace)  # an earlier sync saw the copy's export; then the chair closed the window
        chair = ChairWindow(workspace, restore=False)
        qtbot.addWidget(chair)
        chair.resize(1280, 720)
        chair.open_table(conference_id, TABLE)
        bar = chair.copied_profile_bar
        assert bar.isHidden() and told == []
        chair.show()
        qtbot.waitUntil(bar.isVisible)
        assert bar.label.text().startswith("En annan dator signerar som den här datorn (bord 3)")
        assert told == [bar]
        chair.copied_profile_bar.refresh()  # the next sync: still shown, said once
        assert told == [bar]
        chair.close()
    finally:
        workspace.close()
