"""Authority cannot be won by a tie, and the origin of an edit is bound to the key that signed it."""

from __future__ import annotations

import copy

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.bundles.importer import IMPORTED, import_data
from app.bundles.trust import add as trust_add
from app.hlc import Stamp, wall_clock_ms

LATER = str(Stamp(wall_clock_ms() + 6 * 3600_000, 0))  # later than any edit of a slow run


def _table(world) -> dict:
    return copy.deepcopy(next(r for r in world.table_records() if r["type"] == "table"))


def test_a_chair_cannot_win_the_chair_name_by_a_tie(world, secretariat) -> None:
    record = _table(world)
    record["fields"]["chair_name"] = "Öööö Mallory"  # greater bytes: would win a tie on value
    # the same stamp the secretariat's pack gave the field
    receipt = world.refused(secretariat, world.anna_signs([record]), "role")
    assert "chair_name" in receipt.reason


def test_a_chair_cannot_delete_its_table_by_a_tie(world, secretariat) -> None:
    record = _table(world)
    record["deleted"] = True  # the deleted flag's stamp left as the pack's
    world.refused(secretariat, world.anna_signs([record]), "role")


def test_a_chair_cannot_stamp_its_edit_with_the_secretariats_origin(world, secretariat) -> None:
    record = _table(world)
    origin = secretariat.store.origin
    record["fields"]["participants"] = 99
    record["stamps"]["participants"] = [LATER, origin]
    record["rev"], record["origin"] = LATER, origin
    receipt = world.refused(secretariat, world.anna_signs([record]), "origin")
    assert origin in receipt.reason


def test_a_chair_may_relay_another_laptops_edits(world, secretariat) -> None:
    """A spare laptop that took over the table's export carries the main laptop's stamps: not forged."""
    assert import_data(secretariat, world.table_bundle, "anna.rbz").status == IMPORTED
    bo = Ed25519PrivateKey.generate()
    bo_public = bo.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trust_add(secretariat.store, bo_public, "Bo Ek", "chair", world.conference_id, world.table)
    records = copy.deepcopy(world.table_records())
    note = next(r for r in records if r["type"] == "note" and not r["deleted"])
    note["fields"]["text"] = "Reservdatorn skrev vidare"
    note["stamps"]["text"] = [LATER, "b0b0b0b0b0b0b0b0"]
    note["rev"], note["origin"], note["base_rev"] = LATER, "b0b0b0b0b0b0b0b0", note["rev"]
    bundle = world.signed_bundle(
        bo, bo_public, records, conference_id=world.conference_id, signer_name="Bo Ek"
    )
    assert import_data(secretariat, bundle, "spare.rbz").status == IMPORTED
