"""Format 3: a record may say what its head's writer had seen that it no longer shows (`seen`).

The claims read back exactly in both records encodings, leave every record without one the same bytes
as before (so a note's compact size is unchanged), and a claim of the wrong shape, of the record's own
workspace, or of the record's own rev or later, is refused with the bundle, really signed by the trusted
chair, and the store left as it was. (What the merge makes of a well-formed claim, and of one naming an
edit the store does not hold: tests/app/merge/test_correction_of_a_colleagues_value.py.)
"""

from __future__ import annotations

import copy
import json

import pytest

from app.bundles.codec import decode_records, encode_records
from app.bundles.importer import IMPORTED, import_data
from app.bundles.reader import read_bundle
from app.bundles.records_compact import COMPACT, encode_record
from app.knowledge import MAX_SEEN

OTHER = "0f1e2d3c4b5a6978"
EARLY = "001700000000000-000001"


def _claiming(world, seen) -> list[dict]:
    """The world's table export, its first live note claiming `seen`."""
    records = copy.deepcopy(world.table_records())
    note = next(r for r in records if r["type"] == "note" and not r["deleted"])
    note["seen"] = seen
    return records


def _note(records: list[dict]) -> dict:
    return next(r for r in records if "seen" in r)


def _signed(world, records, encoding: str, version: int = 3, origin: str | None = None) -> bytes:
    """Signed by the chair; made in `origin` (by default her own, the note's)."""
    if encoding == COMPACT:
        lines = [encode_record(r) for r in records]
        for line, record in zip(lines, records, strict=True):
            if "seen" in record and len(line) == 8:  # what the writer leaves out, written anyway
                line.append(record["seen"])
        data = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in lines)
        changes = {"version": version, "records_encoding": COMPACT}
    else:
        data = "".join(json.dumps(r, separators=(",", ":"), sort_keys=True) + "\n" for r in records)
        changes = {"version": version, "records_encoding": "jsonl"}
    return world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        records,
        conference_id=world.conference_id,
        records_data=data.encode("utf-8"),
        manifest_changes=changes,
        origin=origin or next(r["origin"] for r in records if r["type"] == "note"),
    )


@pytest.mark.parametrize("encoding", ["jsonl", COMPACT])
def test_claims_read_back_exactly_and_a_record_without_them_is_unchanged(world, encoding) -> None:
    records = _claiming(world, [[EARLY, OTHER]])
    assert decode_records(encode_records(records, encoding), encoding).records == records
    plain = world.table_records()
    assert "seen" not in encode_records(plain, encoding).decode()
    note = next(r for r in plain if r["type"] == "note")
    assert len(encode_record(note)) == 8  # the compact line as format 2 wrote it


@pytest.mark.parametrize("encoding", ["jsonl", COMPACT])
def test_a_signed_bundle_whose_record_claims_what_its_writer_had_seen_is_format_3_and_imports(
    world, secretariat, encoding
) -> None:
    records = _claiming(world, [[EARLY, OTHER]])
    bundle = _signed(world, records, encoding)
    assert read_bundle(bundle).manifest["version"] == 3
    receipt = import_data(secretariat, bundle, "claims.rbz")
    assert receipt.status == IMPORTED, receipt


def test_a_table_export_is_format_3_only_with_a_claim_and_every_pack_is(world) -> None:
    """A pack is format 3 with or without a claim (a chair's laptop learns from it that its secretariat
    reads claims), unless it is asked for in format 1, as an older secretariat writes it."""
    from app.bundles.writer import build_manifest, records_bytes

    def version(records, kind: str = "table-export", encoding: str | None = None) -> int:
        data = records_bytes(records)
        return build_manifest(
            kind=kind,
            records_encoding=encoding,
            signer_name="Anna Berg",
            public_key=world.chair_public_key,
            conference_id=world.conference_id,
            tables=(world.table,),
            records=records,
            records_data=data,
            sequence=1,
            previous=None,
            created_utc="2026-11-25T12:00:00Z",
            created_hlc="001700000000000-000000",
        )["version"]

    assert version(world.table_records()) == 1
    assert version(world.table_records(), encoding="compact") == 2
    assert version(_claiming(world, [[EARLY, OTHER]])) == 3
    assert version(world.pack_records(), "conference-pack", "jsonl") == 3
    assert version(world.pack_records(), "conference-pack") == 1


def _own_origin(note) -> list:
    return [[EARLY, note["origin"]]]


@pytest.mark.parametrize("encoding", ["jsonl", COMPACT])
@pytest.mark.parametrize(
    "claim",
    [
        pytest.param(lambda note: [], id="empty"),
        pytest.param(lambda note: "everything", id="a-text"),
        pytest.param(lambda note: [EARLY, OTHER], id="a-pair-not-a-list-of-pairs"),
        pytest.param(lambda note: [[EARLY]], id="a-rev-alone"),
        pytest.param(lambda note: [[EARLY, OTHER, 1]], id="three-items"),
        pytest.param(lambda note: [["yesterday", OTHER]], id="malformed-rev"),
        pytest.param(lambda note: [[EARLY, "not-an-origin"]], id="malformed-origin"),
        pytest.param(_own_origin, id="its-own-workspace"),
        pytest.param(lambda note: [[note["rev"], OTHER]], id="its-own-rev"),
        pytest.param(lambda note: [["999999999999999-999999", OTHER]], id="after-its-rev"),
        pytest.param(lambda note: [[EARLY, OTHER], ["001700000000000-000002", OTHER]], id="one-origin-twice"),
        pytest.param(
            lambda note: [[EARLY, f"{i:016x}"] for i in range(MAX_SEEN + 1)], id="more-than-the-bound"
        ),
    ],
)
def test_a_malformed_claim_is_refused_with_the_bundle(world, secretariat, claim, encoding) -> None:
    records = _claiming(world, None)
    note = _note(records)
    note["seen"] = claim(note)
    reason = world.refused(secretariat, _signed(world, records, encoding), "records").reason
    assert "what its writer had seen" in reason or "compact" in reason


@pytest.mark.parametrize("encoding", ["jsonl", COMPACT])
def test_a_bundle_before_format_3_may_not_claim(world, secretariat, encoding) -> None:
    """A format 2 bundle reads exactly as before format 3: a record claiming what its writer had seen is
    refused there, as a Rundabord before format 3 refuses it."""
    bundle = _signed(world, _claiming(world, [[EARLY, OTHER]]), encoding, version=2)
    reason = world.refused(secretariat, bundle, "records").reason
    assert "only a bundle of format 3" in reason


@pytest.mark.parametrize("encoding", ["jsonl", COMPACT])
def test_a_chair_may_not_claim_what_another_workspaces_edit_had_seen(world, secretariat, encoding) -> None:
    """A claim counts for the state it sits on, so only its writer may make it: a chair's bundle made in
    another workspace than the note's (it relays the note) that claims what the note's edit had seen is
    refused, the store unchanged. Without the claim, the same relay imports."""
    records = _claiming(world, [[EARLY, OTHER]])
    elsewhere = "5a5a5a5a5a5a5a5a"
    assert _note(records)["origin"] != elsewhere
    reason = world.refused(secretariat, _signed(world, records, encoding, origin=elsewhere), "origin").reason
    assert "only that workspace's own bundles or a secretariat's may say so" in reason
    del _note(records)["seen"]
    relayed = _signed(world, records, encoding, version=2, origin=elsewhere)
    receipt = import_data(secretariat, relayed, "relayed.rbz")
    assert receipt.status == IMPORTED, receipt
