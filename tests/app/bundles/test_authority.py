"""Authority cannot be won by a tie, and the origin of an edit is bound to the key that signed it."""

from __future__ import annotations

import copy

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.bundles.importer import IMPORTED, REFUSED, import_data
from app.bundles.trust import add as trust_add
from app.hlc import Stamp, wall_clock_ms

LATER = str(Stamp(wall_clock_ms() + 60_000, 0))


def _anna(world, records, **changes) -> bytes:
    return world.signed_bundle(
        world.chair_key(), world.chair_public_key, records, conference_id=world.conference_id, **changes
    )


def _refused(world, workspace, bundle: bytes, check: str):
    before = world.snapshot(workspace)
    receipt = import_data(workspace, bundle, "hostile.rbz")
    assert receipt.status == REFUSED and receipt.check == check, receipt
    assert world.snapshot(workspace) == before
    return receipt


def _table(world) -> dict:
    return copy.deepcopy(next(r for r in world.table_records() if r["type"] == "table"))


def test_a_chair_cannot_win_the_chair_name_by_a_tie(world, secretariat) -> None:
    record = _table(world)
    record["fields"]["chair_name"] = "Öööö Mallory"  # greater bytes: would win a tie on value
    # the same stamp the secretariat's pack gave the field
    receipt = _refused(world, secretariat, _anna(world, [record]), "role")
    assert "chair_name" in receipt.reason


def test_a_chair_cannot_delete_its_table_by_a_tie(world, secretariat) -> None:
    record = _table(world)
    record["deleted"] = True  # the deleted flag's stamp left as the pack's
    _refused(world, secretariat, _anna(world, [record]), "role")


def test_a_chair_cannot_stamp_its_edit_with_the_secretariats_origin(world, secretariat) -> None:
    record = _table(world)
    origin = secretariat.store.origin
    record["fields"]["participants"] = 99
    record["stamps"]["participants"] = [LATER, origin]
    record["rev"], record["origin"] = LATER, origin
    receipt = _refused(world, secretariat, _anna(world, [record]), "origin")
    assert origin in receipt.reason


def test_a_chair_cannot_write_under_another_chairs_origin(world, secretariat) -> None:
    assert import_data(secretariat, world.table_bundle, "anna.rbz").status == IMPORTED  # binds her origin
    bo = Ed25519PrivateKey.generate()
    bo_public = bo.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trust_add(secretariat.store, bo_public, "Bo Ek", "chair", world.conference_id, 4)
    note = copy.deepcopy(next(r for r in world.table_records() if r["type"] == "note"))
    anna_origin = note["origin"]
    note["id"] = "00000000-0000-4000-8000-0000000000b0"
    note["fields"]["table_number"] = 4
    note["rev"] = LATER
    note["stamps"] = {name: [LATER, anna_origin] for name in note["stamps"]}
    bundle = world.signed_bundle(
        bo, bo_public, [note], conference_id=world.conference_id, tables=(4,), signer_name="Bo Ek"
    )
    receipt = _refused(world, secretariat, bundle, "origin")
    assert "belongs to another key" in receipt.reason


def test_the_real_exports_still_import_and_bind(world, secretariat) -> None:
    assert import_data(secretariat, world.table_bundle, "anna.rbz").status == IMPORTED
    bound = secretariat.store.conn.execute("SELECT origin, key_id FROM origin_keys").fetchall()
    anna_origin = next(r for r in world.table_records() if r["type"] == "note")["origin"]
    assert [(row[0]) for row in bound] == [anna_origin]
