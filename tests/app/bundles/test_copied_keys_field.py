"""A pack's word on copied laptop profiles (`copied_keys`) is the secretariat's, signed like the rest of
its manifest: nobody can add it to a pack on its way, no table export may carry it, and it must be the
shape the format says. A chair's laptop takes it only from its conference's pinned secretariat."""

from __future__ import annotations

import json

import pytest

from app.bundles.format import MANIFEST, sha256_hex
from app.bundles.identity import require_identity
from app.bundles.importer import REFUSED, import_data
from app.bundles.verify import verify_file
from app.hlc import wall_clock_ms


def refused_as_malformed(receipt, part: str) -> None:
    """The manifest check refused the bundle for this part of its manifest."""
    assert receipt.status == REFUSED and receipt.check == "manifest", receipt
    assert receipt.why.code == "manifest-malformed" and receipt.why.params == {"part": part}


def test_a_word_added_to_a_pack_on_its_way_breaks_its_signature(world, chair, tmp_path):
    anna = require_identity(chair).key_id
    members = world.members_of(world.pack_bundle)
    manifest = json.loads(dict(members)[MANIFEST])
    manifest["copied_keys"] = [anna]
    forged = [(name, json.dumps(manifest).encode() if name == MANIFEST else data) for name, data in members]
    path = tmp_path / "paket.rbz"
    path.write_bytes(world.rezip(forged))
    verdict = verify_file(path, chair.store)
    assert not verdict.ok and verdict.check == "signature", verdict


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (["a1b2c3d4e5f60718"], "table-export"),  # only a pack speaks for the secretariat
        ([], "conference-pack"),  # written only when there is something to say
        (["ffff000011112222", "0000111122223333"], "conference-pack"),  # not in order
        (["A1B2C3D4E5F60718"], "conference-pack"),
        (["a1b2"], "conference-pack"),
        ("a1b2c3d4e5f60718", "conference-pack"),
    ],
)
def test_a_word_of_another_shape_is_refused_as_a_malformed_manifest(world, chair, secretariat, words, kind):
    if kind == "table-export":
        data, workspace = world.table_export_again(copied_keys=words), secretariat
    else:
        data = world.pack_again(world.pack_records(), manifest_changes={"copied_keys": words})
        workspace = chair
    refused_as_malformed(import_data(workspace, data, "med-ord.rbz"), "copied_keys")


def test_the_pinned_secretariats_word_is_taken_by_the_laptop_it_names(world, chair):
    from app.bundles import copied_notice

    anna = require_identity(chair).key_id
    previous = sha256_hex(dict(world.members_of(world.pack_bundle))[MANIFEST])
    data = world.pack_again(
        world.pack_records(),
        previous=previous,
        created_hlc=f"{wall_clock_ms():015d}-000000",  # made after the first pack
        manifest_changes={"copied_keys": sorted([anna, "0000111122223333"])},
    )
    receipt = import_data(chair, data, "paket-2.rbz")
    assert receipt.status == "imported", receipt
    assert [m.code for m in receipt.flags] == ["copied-profile-told"]
    [told] = copied_notice.current(chair.store)
    assert told.key_id == anna and told.tables == (world.table,)


ANNA_ORIGIN = "a1b2c3d4e5f60718"


@pytest.mark.parametrize(
    "created",
    [
        {"origin": ANNA_ORIGIN, "former": []},  # written only when there is something to claim
        {"origin": ANNA_ORIGIN, "former": ["ffff000011112222", "0000111122223333"]},  # not in order
        {"origin": ANNA_ORIGIN, "former": [ANNA_ORIGIN]},  # its own origin is no former one
        {"origin": ANNA_ORIGIN, "former": ["A1B2C3D4E5F60719"]},
        {"former": ["0000111122223333"]},  # only beside the workspace's own origin
        {"origin": ANNA_ORIGIN, "former": "0000111122223333"},
    ],
)
def test_a_claim_of_former_workspaces_of_another_shape_is_refused(world, secretariat, created):
    data = world.table_export_again(
        created={"utc": "2026-11-25T12:00:00Z", "hlc": "001700000000000-000000", **created}
    )
    refused_as_malformed(import_data(secretariat, data, "tidigare.rbz"), "created")


def test_a_pack_claiming_former_workspaces_is_refused(world, chair):
    created = {"utc": "2026-11-25T12:00:00Z", "hlc": "001700000000000-000000"}
    data = world.pack_again(
        world.pack_records(),
        manifest_changes={"created": {**created, "origin": ANNA_ORIGIN, "former": ["0000111122223333"]}},
    )
    receipt = import_data(chair, data, "paket.rbz")
    assert receipt.status == REFUSED and receipt.why.params == {"part": "created"}, receipt
