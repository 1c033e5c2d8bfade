"""The window's trust dialog follows the rule `quarantine accept` follows (admission.NameRule), in
Swedish, by mouse, with really signed bundles: a chair's renewed key (its bundle carries her former
laptop's workspace) is trusted under her name while her old key is still trusted; a second laptop's new
key under the same name is refused that name, in the window and by the CLI alike, until the old key is
revoked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import notes
from app.bundles import export_table, import_files, quarantine, trust
from app.bundles.identity import create_identity, require_identity
from app.workspace import Workspace
from tests.app.merge.test_copied_profile import TABLE, Day
from tests.app.merge.test_lost_key_edits import EDITED, _lost_key_after_edits, _run
from ui.secretariat.trust_dialog import TrustKeyDialog

from .test_successor_told import _collect


@pytest.fixture
def day(tmp_path):
    made = Day(tmp_path)
    yield made
    made.office.close()
    made.laptop.close()


def _open_trust_dialog(qtbot, qapp, day: Day, bundle: Path, shot: str) -> tuple[object, TrustKeyDialog]:
    window, collect, entry = _collect(qtbot, qapp, day, bundle, day.tmp / f"{shot}-collect.png")
    assert entry.state == "quarantined" and collect.trust_button.text() == "Lita på som &ordförande…"
    qtbot.mouseClick(collect.trust_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(TrustKeyDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == "Karin Sjöström"  # the claim, until the secretary changes it
    for box in (dialog.compared, dialog.checked_warning):
        if box.isVisible():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    dialog.grab().save(str(day.tmp / f"{shot}-dialog.png"))
    return window, dialog


def test_a_renewed_key_is_trusted_under_its_chairs_name_from_the_window(qtbot, qapp, day):
    note_id, old_key, _old_origin, export = _lost_key_after_edits(day)
    [receipt] = import_files(day.office, [export])
    assert receipt.status == "quarantined"
    [held] = quarantine.held(day.office.store)
    window, dialog = _open_trust_dialog(qtbot, qapp, day, export, "förnyad")
    assert dialog.warnings  # her old key still signs for the table: said loudly all the same
    assert not dialog.taken_label.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.renewal.isVisible() and dialog.renewal.text() == (
        "Dess paket för med arbetsytan från nyckeln som är betrodd som Karin Sjöström: det är den datorns"
        " förnyade nyckel, så den får behålla namnet."
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    store = day.office.store
    qtbot.waitUntil(lambda: store.get("note", note_id)["text"] == EDITED, timeout=15_000)
    names = {e.key_id: e.name for e in trust.entries(store, include_revoked=False)}
    assert names[held.key_id] == "Karin Sjöström" and names[old_key] == "Karin Sjöström"
    texts = {n.text for n in notes.list_notes(store, day.conference_id, table_number=TABLE)}
    assert "Skrivet med den nya nyckeln" in texts
    window.close()


def _second_laptop(day: Day) -> Path:
    """A new laptop at the same table, its key in the chair's name, with nothing of her former one."""
    laptop = Workspace.create(day.tmp / "laptop-2")
    import_files(laptop, [day.pack])
    create_identity(laptop, "Karin Sjöström")
    notes.add_note(laptop.store, day.conference_id, TABLE, 1, "Från den andra datorn")
    path = export_table(laptop, day.conference_id, TABLE, day.tmp / "dator-2.rbz").path
    laptop.close()
    return path


def test_a_second_laptops_key_is_refused_the_name_in_the_window_and_the_cli_alike(qtbot, qapp, day, capsys):
    old_key = require_identity(day.laptop).key_id
    export = _second_laptop(day)
    [receipt] = import_files(day.office, [export])
    assert receipt.status == "quarantined"
    [held] = quarantine.held(day.office.store)
    window, dialog = _open_trust_dialog(qtbot, qapp, day, export, "andra-datorn")
    assert not dialog.renewal.isVisible()
    assert not dialog.ok_button.isEnabled() and dialog.taken_label.isVisible()
    assert dialog.taken_label.text().startswith("En annan nyckel är redan godkänd som Karin Sjöström:")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    window.close()

    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "quarantine", "accept", held.key_id) == 2
    assert "is already trusted as Karin Sjöström" in capsys.readouterr().err
    assert _run("--workspace", day.tmp / "kansli", "trust", "remove", old_key) == 0
    day.office = Workspace(day.tmp / "kansli")

    # Her old key revoked, its name is free: the window offers it, as the CLI would
    window, dialog = _open_trust_dialog(qtbot, qapp, day, export, "gamla-återkallad")
    assert dialog.ok_button.isEnabled() and not dialog.taken_label.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    store = day.office.store
    qtbot.waitUntil(lambda: not quarantine.held(store), timeout=15_000)
    assert {e.name for e in trust.entries(store, include_revoked=False) if e.key_id == held.key_id} == {
        "Karin Sjöström"
    }
    window.close()
