"""Keys and archives are strict: weak keys, NUL in member names, multi-disk records and data beyond the
members' declared sizes are refused, with the store as it was."""

from __future__ import annotations

import base64
import json
import struct

import pytest

from app.bundles.format import MANIFEST, RECORDS, SIGNATURE, key_id_for
from app.bundles.importer import REFUSED, import_data

_END = b"PK\x05\x06"


def test_a_nul_in_a_member_name_is_refused(world, secretariat) -> None:
    """zipfile cuts names at NUL, so "records.jsonl\\0x" would read as records.jsonl."""
    members = [
        (name + ("Xx" if name == RECORDS else ""), data)
        for name, data in world.members_of(world.table_bundle)
    ]
    data = world.rezip(members).replace(b"records.jsonlXx", b"records.jsonl\x00x")
    receipt = world.refused(secretariat, data, "member")
    assert "NUL or control character" in receipt.reason


def test_a_zip_that_claims_several_disks_is_refused(world, secretariat) -> None:
    data = bytearray(world.table_bundle)
    end = data.rfind(_END)
    data[end + 4 : end + 6] = struct.pack("<H", 1)  # "this is disk 1"
    world.refused(secretariat, bytes(data), "zip")


def test_data_hidden_between_the_members_and_the_directory_is_refused(world, secretariat) -> None:
    data = world.table_bundle
    end = data.rfind(_END)
    (offset,) = struct.unpack("<I", data[end + 16 : end + 20])
    hidden = b"hidden payload " * 10
    moved = data[:offset] + hidden + data[offset:]
    end += len(hidden)
    patched = moved[: end + 16] + struct.pack("<I", offset + len(hidden)) + moved[end + 20 :]
    receipt = world.refused(secretariat, patched, "zip")
    assert "beyond" in receipt.reason


@pytest.mark.parametrize(
    "weak",
    [
        bytes([1]) + bytes(31),
        bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    ],
)
def test_a_bundle_signed_with_a_small_order_key_is_refused(world, secretariat, weak) -> None:
    members = dict(world.members_of(world.table_bundle))
    manifest = json.loads(members[MANIFEST])
    manifest["signer"]["public_key"] = base64.b64encode(weak).decode()
    manifest["signer"]["key_id"] = key_id_for(weak)
    forged = json.dumps(manifest, separators=(",", ":"), sort_keys=True).encode()
    identity_signature = base64.b64encode(bytes([1]) + bytes(31) + bytes(32))  # R = identity, S = 0
    data = world.rezip([(MANIFEST, forged), (RECORDS, members[RECORDS]), (SIGNATURE, identity_signature)])
    world.refused(secretariat, data, "weak-key")


def test_the_quarantine_holds_a_bounded_number_per_unknown_key(world, secretariat, monkeypatch) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from app.bundles import quarantine
    from app.bundles.importer import QUARANTINED

    monkeypatch.setattr(quarantine, "MAX_HELD_PER_KEY", 3)
    stranger = Ed25519PrivateKey.generate()
    public = stranger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    outcomes = []
    for sequence in range(1, 6):
        bundle = world.signed_bundle(
            stranger, public, world.table_records(), conference_id=world.conference_id, sequence=sequence
        )
        outcomes.append(import_data(secretariat, bundle, f"flood-{sequence}.rbz"))
    assert [r.status for r in outcomes] == [QUARANTINED] * 3 + [REFUSED] * 2
    assert outcomes[-1].check == "quarantine" and "trust or reject" in outcomes[-1].reason
    assert len(list((secretariat.dir / "quarantine").glob("*.rbz"))) == 3


def test_a_bundle_fetched_into_quarantine_is_kept_once(world, secretariat, tmp_path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from app.sync import engine, settings

    stranger = Ed25519PrivateKey.generate()
    public = stranger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    folder = tmp_path / "share" / world.conference_id
    folder.mkdir(parents=True)
    bundle = world.signed_bundle(stranger, public, world.table_records(), conference_id=world.conference_id)
    (folder / "00000000-0000-4000-8000-0000000000aa.rbz").write_bytes(bundle)
    settings.configure(secretariat.store, str(tmp_path / "share"))
    report = engine.run_sync(secretariat, settings.open_target(secretariat.store))
    assert [p.outcome for p in report.pulled] == [engine.QUARANTINED]
    copies = [p for p in secretariat.dir.rglob("*.rbz") if p.read_bytes() == bundle]
    assert len(copies) == 1, copies
