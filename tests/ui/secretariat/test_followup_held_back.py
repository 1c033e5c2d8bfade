"""Arkiv › Exportera uppföljning…, by mouse, in Swedish: the done message says how many decisions stayed
at the secretariat because they name a person, and in which fields, so that a person decides; the
council's decisions go to the chairs (app/proposals/to_chairs.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app import notes, proposals
from app.bundles.identity import create_identity

from .conftest import open_in_swedish
from .test_followup_menu import _click_menu_entry, _dialog, _read, _said


def test_the_done_message_says_what_stayed_and_why(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, tmp_path, monkeypatch
):
    office, cid = demo_workspace, demo_conference_id
    store = office.store
    create_identity(office, "Region Exempellän, sekretariatet")
    assert not store.select("proposal_status", "conference_id = ?", (cid,))
    by_person = notes.add_note(store, cid, 1, 1, "Fler bänkar", kind="proposal")
    owned = notes.add_note(store, cid, 1, 1, "Fler papperskorgar", kind="proposal")
    council = notes.add_note(store, cid, 1, 1, "Fler lampor", kind="proposal")
    other_table = notes.add_note(store, cid, 2, 1, "Fler cykelställ", kind="proposal")
    proposals.set_status(store, by_person, "selected", decided_by="Karin Öhrvall")
    proposals.set_status(
        store, owned, "selected", decided_by="Tillväxtrådet", owner="Per Sköld", owner_kind="person"
    )
    proposals.set_status(store, council, "selected", decided_by="Tillväxtrådet")
    proposals.set_status(store, other_table, "in-progress", decided_by="Karin Öhrvall")
    folder = tmp_path / "till-borden"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window = open_in_swedish(qtbot, qapp, office, cid)
    window.sync_status.automatic = False
    _click_menu_entry(qtbot, window, "Exportera &uppföljning…")
    qtbot.mouseClick(_dialog(qtbot).ok_button, Qt.MouseButton.LeftButton)
    said = _said(qtbot, str(folder))
    assert said.endswith(
        "\n\n3 beslut stannade hos sekretariatet: de nämner en person (beslutat av, ansvarig)."
        " Se Personuppgifter före publicering."
    ), said
    [first] = folder.glob("*-bord-1.rbz")
    _manifest, records = _read(first)
    status_of = {
        r["proposal_id"]: r["id"] for r in store.select("proposal_status", "conference_id = ?", (cid,))
    }
    assert status_of[council].encode() in records  # the council's decision reaches table 1
    assert status_of[by_person].encode() not in records and "Öhrvall".encode() not in records
    window.close()
