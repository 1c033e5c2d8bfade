"""Format 2's "compact" records: a third of the size, the same records after reading, and read as strictly.

A chair writes compact table exports once its secretariat's pack came in format 2; the secretariat reads
them through the real import path. Hostile compact lines, really signed by the trusted chair, are
refused whole with the failed check named and the store as it was.
"""

from __future__ import annotations

import copy
import json
import random

import pytest

from app import notes
from app.bundles import export_pack, export_table, import_files
from app.bundles.codec import decode_records, encode_records
from app.bundles.format import RECORDS
from app.bundles.importer import ALREADY, IMPORTED, REFUSED, import_data
from app.bundles.reader import read_bundle
from app.bundles.records_compact import COMPACT, encode_record
from app.hlc import HybridClock, Stamp, wall_clock_ms
from app.records import RECORD_TYPES
from app.workspace import Workspace

COMPACT_V2 = {"version": 2, "records_encoding": COMPACT}


def _compact(world, records, **changes) -> bytes:
    """Anna's really signed table export with `records` in the compact encoding."""
    changes.setdefault("manifest_changes", COMPACT_V2)
    return world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        records,
        conference_id=world.conference_id,
        records_data=changes.pop("records_data", None) or encode_records(records, COMPACT),
        **changes,
    )


def _lines_bundle(world, records, lines: list) -> bytes:
    """Compact lines given as JSON values (hostile ones among them), counted as `records` claim."""
    data = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in lines)  # \ud800 escaped
    return _compact(world, records, records_data=data.encode("ascii"))


def _refused(world, workspace: Workspace, data: bytes, check: str) -> str:
    before = world.snapshot(workspace)
    receipt = import_data(workspace, data, "hostile.rbz")
    assert receipt.status == REFUSED, receipt
    assert receipt.check == check, receipt
    assert receipt.reason and "\n" not in receipt.reason
    assert world.snapshot(workspace) == before
    return receipt.reason


def _edited_note(world) -> dict:
    """A note as it travels after two laptops edited it: three distinct stamps, one tombstone stamp."""
    note = copy.deepcopy(next(r for r in world.table_records() if r["type"] == "note"))
    other = "0f1e2d3c4b5a6978"
    note["stamps"]["text"] = ["001700000000500-000001", other]
    note["stamps"]["votes"] = [note["rev"], other]
    note["base_rev"] = "001700000000100-000000"
    return note


# -- size and faithfulness ----------------------------------------------------------------------


def test_a_note_record_is_at_most_a_third_of_its_wire_size() -> None:
    clock, origin = HybridClock(), "f8396afbb3684268"
    fields = {
        "conference_id": "35b8450a-f591-4e0b-9129-5ba410001217",
        "table_number": 7,
        "question_id": "4adf2d1b-c940-48fd-a4a9-0ddedeca1ce9",
        "kind": "note",
        "text": "Bord 7: förslag 12-345 om fler bussar och bättre skolvägar",
        "themes": [],
        "votes": 2,
        "position": 346,
        "person_id": None,
    }
    rev = str(clock.tick())
    note = {
        "id": "3d70a5eb-a0f0-4ced-ac30-8512992fc2b0",
        "type": "note",
        "origin": origin,
        "rev": rev,
        "base_rev": "000000000000000-000000",
        "deleted": False,
        "fields": fields,
        "stamps": {name: [rev, origin] for name in [*fields, "deleted"]},
    }
    wire, compact = encode_records([note]), encode_records([note], COMPACT)
    assert len(compact) * 3 <= len(wire), (len(compact), len(wire))
    assert decode_records(compact, COMPACT).records == decode_records(wire).records == [note]


def test_every_record_reads_back_exactly_as_written(world) -> None:
    records = [*world.table_records(), _edited_note(world)]
    records[-1]["id"] = "9b0c7a52-8d0e-4f4e-8a43-0d9d52b1f6a1"
    tombstone = next(r for r in records if r["deleted"])
    assert tombstone["stamps"]["deleted"]
    assert decode_records(encode_records(records, COMPACT), COMPACT).records == records
    # Each line stands alone: the same record is the same bytes whatever else the bundle holds.
    alone = encode_records(records[:1], COMPACT)
    assert encode_records(records, COMPACT).startswith(alone)


def test_the_compact_field_order_is_part_of_the_format() -> None:
    # Compact lines give fields by position: a new field goes at the end of its type, never between.
    assert list(RECORD_TYPES["note"].fields) == [
        "conference_id",
        "table_number",
        "question_id",
        "kind",
        "text",
        "themes",
        "votes",
        "position",
        "person_id",
    ]
    assert list(RECORD_TYPES["table"].fields) == [
        "conference_id",
        "number",
        "name",
        "chair_name",
        "participants",
        "bands",
    ]


# -- what chairs write --------------------------------------------------------------------------


def test_a_chair_answers_a_format_2_pack_in_compact_and_the_secretariat_merges_it(
    world, secretariat, tmp_path
) -> None:
    pack = export_pack(secretariat, world.conference_id, tmp_path / "pack2.rbz")
    assert read_bundle(pack.path.read_bytes()).manifest["records_encoding"] == "jsonl"  # older chairs read it
    chair = world.copy("chair", tmp_path / "chair")
    try:
        [receipt] = import_files(chair, [pack.path])
        assert receipt.status == IMPORTED, receipt.reason
        notes.add_note(chair.store, world.conference_id, world.table, 1, "Kompakt på väg")
        export = export_table(chair, world.conference_id, world.table, tmp_path / "bord3.rbz")
    finally:
        chair.close()
    bundle = read_bundle(export.path.read_bytes())
    assert (bundle.manifest["version"], bundle.records_encoding) == (2, COMPACT)
    [receipt] = import_files(secretariat, [export.path])
    assert receipt.status == IMPORTED, receipt.reason
    texts = {n.text for n in notes.list_notes(secretariat.store, world.conference_id)}
    assert "Kompakt på väg" in texts


def test_a_chair_whose_pack_came_in_format_1_writes_format_1(world, chair, tmp_path) -> None:
    # An older secretariat reads only format 1 (and format 2 in "jsonl"): the world's pack is format 1.
    export = export_table(chair, world.conference_id, world.table, tmp_path / "bord3.rbz")
    bundle = read_bundle(export.path.read_bytes())
    assert bundle.manifest["version"] == 1 and "records_encoding" not in bundle.manifest


def test_the_compact_twin_of_the_world_bundle_imports_like_it(world, secretariat) -> None:
    receipt = import_data(secretariat, _compact(world, world.table_records()), "compact.rbz")
    assert receipt.status == IMPORTED, receipt
    assert receipt.counts["new"] == 3


def test_an_unknown_records_encoding_asks_for_a_newer_rundabord(world, secretariat) -> None:
    bundle = _compact(
        world, world.table_records(), manifest_changes={"version": 2, "records_encoding": "cbor"}
    )
    assert "update Rundabord" in _refused(world, secretariat, bundle, "version")


# -- hostile compact lines, really signed ---------------------------------------------------------


def _line(world) -> list:
    note = next(r for r in world.table_records() if r["type"] == "note" and not r["deleted"])
    return encode_record(note)


def _others(world) -> list:
    note_id = _line(world)[1]
    return [encode_record(r) for r in world.table_records() if r["id"] != note_id]


def _hostile(world, change) -> bytes:
    line = copy.deepcopy(_line(world))
    changed = change(line)
    lines = [*_others(world), changed if changed is not None else line]
    return _lines_bundle(world, world.table_records(), lines)


EARLY = "001700000000000-000001"
LATER = str(Stamp(wall_clock_ms() + 90 * 24 * 3600 * 1000, 0))  # three months ahead
NOT_AN_ORIGIN = "not-an-origin"


def _set(index, value):
    def change(line):
        line[index] = value

    return change


def _group(value):
    def change(line):
        line[7] = value

    return change


def _value(position, value):
    def change(line):
        line[6][position] = value

    return change


@pytest.mark.parametrize(
    ("change", "check"),
    [
        pytest.param(lambda line: {"type": "note"}, "records", id="an-object-not-an-array"),
        pytest.param(lambda line: line[:7], "records", id="seven-items"),
        pytest.param(lambda line: [*line, 0], "records", id="nine-items"),
        pytest.param(_set(0, "gossip"), "records", id="unknown-type"),
        pytest.param(_set(0, 3), "records", id="type-as-a-number"),
        pytest.param(_set(1, "../../etc"), "records", id="malformed-id"),
        pytest.param(_set(2, 7), "records", id="origin-as-an-index"),
        pytest.param(_set(2, NOT_AN_ORIGIN), "records", id="malformed-origin"),
        pytest.param(_set(3, "yesterday"), "records", id="malformed-rev"),
        pytest.param(_set(4, 5), "records", id="base-rev-a-number-not-zero"),
        pytest.param(_set(4, False), "records", id="base-rev-false"),
        pytest.param(_set(5, 2), "records", id="deleted-two"),
        pytest.param(_set(5, True), "records", id="deleted-true"),
        pytest.param(_set(6, ["x"]), "records", id="too-few-values"),
        pytest.param(_set(6, {"text": "x"}), "records", id="values-an-object"),
        pytest.param(_value(1, "tre"), "records", id="table-as-text"),
        pytest.param(_value(6, -4), "field", id="negative-votes"),
        pytest.param(_value(3, "gossip"), "field", id="unknown-kind"),
        pytest.param(_value(4, "\ud800"), "unicode", id="lone-surrogate"),
        pytest.param(_group([[0]]), "records", id="empty-mask"),
        pytest.param(_group([[2**10]]), "records", id="mask-beyond-the-fields"),
        pytest.param(_group([[-1]]), "records", id="negative-mask"),
        pytest.param(_group([[True]]), "records", id="mask-true"),
        pytest.param(_group([[3], [EARLY, 1]]), "records", id="overlapping-masks"),
        pytest.param(_group([[3], [12]]), "records", id="one-stamp-twice"),
        pytest.param(_group([[EARLY, "a1b2c3d4e5f60718", 3, 4]]), "records", id="group-of-four"),
        pytest.param(_group([[]]), "records", id="empty-group"),
        pytest.param(_group([["soon", 3]]), "records", id="malformed-group-stamp"),
        pytest.param(_group([[EARLY, 7, 3]]), "records", id="group-origin-an-index"),
        pytest.param(_group([[EARLY, NOT_AN_ORIGIN, 3]]), "records", id="bad-group-origin"),
        pytest.param(_group({"text": 3}), "records", id="groups-an-object"),
        pytest.param(_group([[3]] * 11), "records", id="more-groups-than-fields"),
        pytest.param(_group([[LATER, 1023]]), "clock", id="future-stamp-in-a-group"),
    ],
)
def test_a_hostile_compact_line_is_refused_whole(world, secretariat, change, check) -> None:
    _refused(world, secretariat, _hostile(world, change), check)


def test_hostile_compact_members(world, secretariat) -> None:
    records = world.table_records()
    lines = [encode_record(r) for r in records]
    as_jsonl = encode_records(records)  # wire objects under a manifest that says compact
    _refused(world, secretariat, _compact(world, records, records_data=as_jsonl), "records")
    twice = [*lines, lines[-1]]
    assert "appears twice" in _refused(world, secretariat, _lines_bundle(world, records, twice), "records")
    cut = encode_records(records, COMPACT)[:-1]
    _refused(world, secretariat, _compact(world, records, records_data=cut), "records")
    compact_as_v1 = world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        records,
        conference_id=world.conference_id,
        records_data=encode_records(records, COMPACT),
    )
    _refused(world, secretariat, compact_as_v1, "records")
    elsewhere = [*lines[:-1], copy.deepcopy(lines[-1])]
    elsewhere[-1][6][1] = 9  # a note of table 9 in Anna's table-3 export
    _refused(world, secretariat, _lines_bundle(world, records, elsewhere), "claims")


def test_randomly_mutated_compact_lines_are_refused_or_harmless(world, secretariat) -> None:
    """Signed mutations of compact lines: refused with a named check, or imported as valid records;
    never an unexpected error, and a refusal leaves the store as it was."""
    rng = random.Random(20261203)
    records = world.table_records()
    values = [None, True, 0, 1, 2, -1, 2**31, "", "note", "x" * 20, [], [1], {}, "001700000000000-000000"]
    for _ in range(150):
        lines = [encode_record(r) for r in records]
        line = rng.choice(lines)
        for _ in range(rng.randint(1, 3)):
            target = rng.choice((line, line[6], line[7]))
            if isinstance(target, list) and target:
                target[rng.randrange(len(target))] = rng.choice(values)
        bundle = _lines_bundle(world, records, lines)
        before = world.snapshot(secretariat)
        receipt = import_data(secretariat, bundle, "mutated.rbz")
        assert receipt.status in (REFUSED, IMPORTED, ALREADY), receipt
        assert receipt.check != "unexpected", receipt
        if receipt.status == REFUSED:
            assert world.snapshot(secretariat) == before


def test_byte_flips_in_a_compact_bundle_are_refused(world, secretariat) -> None:
    bundle = _compact(world, world.table_records())
    members = dict(world.members_of(bundle))
    assert members[RECORDS].startswith(b'["')
    assert import_data(secretariat, bundle, "bord3.rbz").status == IMPORTED
    rng = random.Random(7)
    before = world.snapshot(secretariat)
    for _ in range(300):
        mutated = bytearray(bundle)
        mutated[rng.randrange(len(mutated))] ^= rng.randrange(1, 256)
        receipt = import_data(secretariat, bytes(mutated), "flipped.rbz")
        assert receipt.status in (REFUSED, ALREADY), receipt  # ALREADY: a flip that changed no member
        assert receipt.check != "unexpected", receipt
    assert world.snapshot(secretariat) == before
