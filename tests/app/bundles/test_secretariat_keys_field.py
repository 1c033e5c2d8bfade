"""A pack's list of its team's other secretaries (`secretariat_keys`) is signed with the rest of its
manifest and must be the shape the format says; no table export may carry it. A chair's laptop takes it
only from its conference's secretariat."""

from __future__ import annotations

import base64

import pytest

from app.bundles.importer import IMPORTED, REFUSED, import_data
from app.bundles.trust import status

from .test_copied_keys_field import refused_as_malformed

BRITT = base64.b64encode(bytes(range(1, 33))).decode("ascii")
CARIN = base64.b64encode(bytes(range(101, 133))).decode("ascii")


def _named(name: str, key: str) -> dict[str, str]:
    return {"name": name, "public_key": key}


@pytest.mark.parametrize(
    "listed",
    [
        [],  # written only when there is something to say
        sorted([_named("Carin", CARIN), _named("Britt", BRITT)], key=lambda e: e["public_key"])[::-1],
        [_named("Britt", BRITT), _named("Britt igen", BRITT)],  # twice
        [_named("Britt", base64.b64encode(b"kort").decode("ascii"))],  # not a key
        [_named("  ", BRITT)],
        [{"name": "Britt", "public_key": BRITT, "role": "chair"}],
        [BRITT],
        _named("Britt", BRITT),
    ],
)
def test_a_list_of_another_shape_is_refused_as_a_malformed_manifest(world, chair, listed):
    data = world.pack_again(world.pack_records(), manifest_changes={"secretariat_keys": listed})
    refused_as_malformed(import_data(chair, data, "med-lista.rbz"), "secretariat_keys")


def test_a_table_export_names_no_secretaries(world, secretariat):
    data = world.table_export_again(secretariat_keys=[_named("Britt", BRITT)])
    receipt = import_data(secretariat, data, "bord.rbz")
    assert receipt.status == REFUSED and receipt.why.params == {"part": "secretariat_keys"}


def test_the_pinned_secretariats_list_makes_britt_the_conferences_secretariat(world, chair):
    listed = sorted([_named("Britt Ek", BRITT), _named("Carin Å", CARIN)], key=lambda e: e["public_key"])
    data = world.pack_again(world.pack_records(), manifest_changes={"secretariat_keys": listed})
    receipt = import_data(chair, data, "paket.rbz")
    assert receipt.status == IMPORTED, receipt
    britt = status(chair.store, base64.b64decode(BRITT))
    assert britt.secretariat_of(world.conference_id) and not britt.is_secretariat  # this conference only
    assert not britt.secretariat_of("00000000-0000-4000-8000-000000000000")
