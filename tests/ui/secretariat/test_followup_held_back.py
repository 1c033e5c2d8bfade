"""Arkiv › Exportera uppföljning…, by mouse, in Swedish: the done message says how many decisions stayed
at the secretariat because they name a person, and in which fields, so that a person decides; the
council's decisions go to the chairs (app/proposals/to_chairs.py)."""

from __future__ import annotations

from app import notes, proposals
from app.bundles.identity import create_identity

from .followup_menu_hands import chairs_follow_ups_into, read_bundle_parts


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
    window, said = chairs_follow_ups_into(qtbot, qapp, monkeypatch, office, cid, folder)
    assert said.endswith(
        "\n\n3 beslut stannade hos sekretariatet: de nämner en person (beslutat av, ansvarig)."
        " Se Personuppgifter före publicering."
    ), said
    [first] = folder.glob("*-bord-1.rbz")
    _manifest, records = read_bundle_parts(first)
    status_of = {
        r["proposal_id"]: r["id"] for r in store.select("proposal_status", "conference_id = ?", (cid,))
    }
    assert status_of[council].encode() in records  # the council's decision reaches table 1
    assert status_of[by_person].encode() not in records and "Öhrvall".encode() not in records
    window.close()
