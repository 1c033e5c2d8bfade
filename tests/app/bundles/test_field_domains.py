"""Every accepted field is validated to its type and domain before it is stored."""

from __future__ import annotations

import copy

import pytest

from app.bundles.importer import IMPORTED, REFUSED, import_data


def _anna(world, records) -> bytes:
    return world.signed_bundle(
        world.chair_key(), world.chair_public_key, records, conference_id=world.conference_id
    )


def _with(world, type_name: str, field: str, value) -> list[dict]:
    records = copy.deepcopy(world.table_records())
    record = next(r for r in records if r["type"] == type_name and not r["deleted"])
    record["fields"][field] = value
    return records


def _refused(world, workspace, records, check: str):
    before = world.snapshot(workspace)
    receipt = import_data(workspace, _anna(world, records), "odd.rbz")
    assert receipt.status == REFUSED and receipt.check == check, receipt
    assert world.snapshot(workspace) == before
    return receipt


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", "bogus"),
        ("kind", None),
        ("themes", [7]),
        ("themes", ["Unga och äldre"]),  # a name, not a theme id
        ("votes", -3),
        ("table_number", 0),
        ("question_id", ""),
        ("conference_id", None),
        ("text", None),
        ("text", "x" * 100_001),
    ],
)
def test_a_note_field_outside_its_domain_is_refused(world, secretariat, field, value) -> None:
    receipt = _refused(world, secretariat, _with(world, "note", field, value), "field")
    assert field in receipt.reason


@pytest.mark.parametrize(
    ("field", "value"),
    [("bands", "inte json"), ("bands", '{"18-29": -1}'), ("bands", "[1, 2]"), ("participants", -5)],
)
def test_malformed_table_facts_are_refused(world, secretariat, field, value) -> None:
    _refused(world, secretariat, _with(world, "table", field, value), "field")


def test_a_note_for_a_question_that_does_not_exist_is_refused(world, secretariat) -> None:
    records = _with(world, "note", "question_id", "00000000-0000-4000-8000-00000000dead")
    receipt = _refused(world, secretariat, records, "references")
    assert "question" in receipt.reason


def test_well_formed_table_facts_are_taken(world, secretariat) -> None:
    records = _with(world, "table", "bands", '{"18-29": 3, "kvinnor": 4}')
    assert import_data(secretariat, _anna(world, records), "ok.rbz").status == IMPORTED
