"""Who typed a table's paper notes in is printed in its minutes: a chair's key may not say the secretariat
did."""

from __future__ import annotations

import copy
import uuid

import pytest

from app.bundles.importer import IMPORTED, REFUSED, import_data
from app.sheets.importing import paper_sheets

ANNA_ORIGIN = "a11aa11aa11aa11a"
STAMP = "001700000000500-000000"


def _sheet(world, role, *, record_id: str | None = None) -> dict:
    note = next(r for r in world.table_records() if r["type"] == "note" and not r["deleted"])
    fields = {
        "conference_id": world.conference_id,
        "table_number": world.table,
        "file_name": "bord3.xlsx",
        "sha256": "ab" * 32,
        "typed_by": "Regionens kansli",
        "typed_by_role": role,
        "typed_at": "2026-11-25T14:00+01:00",
        "notes": [note["id"]],
    }
    return {
        "id": record_id or str(uuid.uuid4()),
        "type": "paper_sheet",
        "origin": ANNA_ORIGIN,
        "rev": STAMP,
        "base_rev": "000000000000000-000000",
        "deleted": False,
        "fields": fields,
        "stamps": {name: [STAMP, ANNA_ORIGIN] for name in [*fields, "deleted"]},
    }


def _anna(world, records) -> bytes:
    return world.signed_bundle(
        world.chair_key(), world.chair_public_key, records, conference_id=world.conference_id
    )


@pytest.mark.parametrize("role", ["secretariat", "", None])
def test_a_chairs_bundle_cannot_say_the_secretariat_typed_its_sheet(world, secretariat, role) -> None:
    records = [*copy.deepcopy(world.table_records()), _sheet(world, role)]
    before = world.snapshot(secretariat)
    receipt = import_data(secretariat, _anna(world, records), "sheet.rbz")
    assert receipt.status == REFUSED and receipt.check == "role", receipt
    assert "paper notes were typed in by" in receipt.reason
    assert world.snapshot(secretariat) == before


def test_a_chairs_bundle_cannot_win_the_typists_role_by_a_tie(world, secretariat) -> None:
    """The same stamp with "secretariat" would beat "chair" on the value's bytes."""
    sheet = _sheet(world, "chair")
    receipt = import_data(secretariat, _anna(world, [*world.table_records(), sheet]), "first.rbz")
    assert receipt.status == IMPORTED, receipt
    tied = copy.deepcopy(sheet)
    tied["fields"]["typed_by_role"] = "secretariat"
    before = world.snapshot(secretariat)
    receipt = import_data(
        secretariat,
        world.signed_bundle(
            world.chair_key(),
            world.chair_public_key,
            [*world.table_records(), tied],
            conference_id=world.conference_id,
            sequence=2,
        ),
        "tied.rbz",
    )
    assert receipt.status == REFUSED and receipt.check == "role", receipt
    assert world.snapshot(secretariat) == before
    [held] = paper_sheets(secretariat.store, world.conference_id, world.table)
    assert held["typed_by_role"] == "chair"


def test_a_sheet_a_chair_typed_is_taken(world, secretariat) -> None:
    sheet = _sheet(world, "chair")
    receipt = import_data(secretariat, _anna(world, [*world.table_records(), sheet]), "sheet.rbz")
    assert receipt.status == IMPORTED, receipt
    [held] = paper_sheets(secretariat.store, world.conference_id, world.table)
    assert held["typed_by_role"] == "chair"


def test_the_secretariats_own_sheet_may_be_relayed_as_it_is(world, secretariat) -> None:
    """A chair's export carries the sheet the secretariat typed (it came in the follow-up bundle)."""
    from app.bundles.importer import merge

    sheet = _sheet(world, "secretariat")
    sheet["origin"] = secretariat.store.origin
    sheet["stamps"] = {name: [STAMP, secretariat.store.origin] for name in sheet["stamps"]}
    with secretariat.store.transaction():
        merge(secretariat.store, [*world.table_records(), sheet])
    receipt = import_data(secretariat, _anna(world, [*world.table_records(), sheet]), "relay.rbz")
    assert receipt.status == IMPORTED, receipt
