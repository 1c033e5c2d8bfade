"""Hypothesis mutates a real table export in structure and content, and Anna's real key signs the result.

Whatever comes out, the import never raises; a refusal names its check and leaves the store exactly
as it was; and what is accepted is valid data: every stored record passes the domain checks, every
note's question and table exist, and the services behind `note list` and `status` read it all.

The suite runs FUZZ_EXAMPLES (default 1,500) cases; the long run in the README sets it to 20,000:
    FUZZ_EXAMPLES=20000 .venv/bin/pytest -q tests/app/bundles/test_fuzz_signed.py
"""

from __future__ import annotations

import copy
import json
import os

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app import notes
from app.bundles.domain import field_problem, references_problem
from app.bundles.format import MANIFEST, RECORDS, SIGNATURE
from app.bundles.importer import ALREADY, IMPORTED, REFUSED, import_data
from app.bundles.writer import records_bytes
from app.records import RECORD_TYPES
from app.roster import roster

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1500"))

_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.text(max_size=8),
    st.sampled_from(
        [
            "note",
            "table",
            "proposal",
            "bogus",
            "",
            "001700000000000-000000",
            "999999999999999-999999",
            "0" * 16,
            '{"a": -1}',
            '{"18-29": 2}',
            "00000000-0000-4000-8000-000000000001",
            "\x1b[2J",
            3,
            4,
            -1,
        ]
    ),
    st.lists(st.one_of(st.integers(-2, 9), st.text(max_size=3)), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(-1, 9), max_size=2),
)


@st.composite
def _content(draw, records_json: str):
    """Records with values, stamps and ids changed, records dropped, duplicated or moved (from the JSON
    text of the originals: reading it again is a deep copy at a third of `copy.deepcopy`'s cost)."""
    chosen = json.loads(records_json)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(chosen) - 1))
        record = chosen[index]
        where = draw(st.sampled_from(["top", "field", "stamp", "drop-key", "drop", "twin", "move"]))
        if where == "top":
            record[draw(st.sampled_from(sorted(record)))] = draw(_values)
        elif where == "field" and isinstance(record.get("fields"), dict) and record["fields"]:
            record["fields"][draw(st.sampled_from(sorted(record["fields"])))] = draw(_values)
        elif where == "stamp" and isinstance(record.get("stamps"), dict) and record["stamps"]:
            record["stamps"][draw(st.sampled_from(sorted(record["stamps"])))] = draw(_values)
        elif where == "drop-key" and record:
            record.pop(draw(st.sampled_from(sorted(record))))
        elif where == "drop" and len(chosen) > 1:
            chosen.pop(index)
        elif where == "twin":
            chosen.append(copy.deepcopy(record))
        elif where == "move" and isinstance(record.get("fields"), dict):
            key = "number" if record.get("type") == "table" else "table_number"
            record["fields"][key] = draw(st.integers(0, 5))
    return chosen


def _counts(records) -> dict:
    counts: dict = {}
    for record in records:
        kind = record.get("type") if isinstance(record, dict) else None
        if isinstance(kind, str) and kind:
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def _held_tables(records) -> list:
    """The tables the (mutated) records name, as an honest manifest would claim them."""
    numbers = set()
    for record in records:
        fields = record.get("fields") if isinstance(record, dict) else None
        if isinstance(fields, dict):
            number = fields.get("number" if record.get("type") == "table" else "table_number")
            if type(number) is int and number >= 1:
                numbers.add(number)
    return sorted(numbers)


def _manifest_changes(draw, records) -> dict:
    change = draw(st.sampled_from(["held", "held", "tables", "sequence", "created", "kind", "counts"]))
    if change == "held":
        return {"tables": _held_tables(records) or [3]}
    if change == "tables":
        return {"tables": draw(st.lists(st.integers(-1, 5), max_size=3))}
    if change == "sequence":
        return {"sequence": draw(st.integers(-1, 10))}
    if change == "created":
        return {"created": {"utc": "2026-11-25T12:00:00Z", "hlc": draw(_values)}}
    if change == "kind":
        return {"kind": draw(st.sampled_from(["conference-pack", "table-export", "other"]))}
    if change == "counts":
        return {"counts": draw(st.dictionaries(st.sampled_from(["note", "table", "x"]), st.integers(-1, 5)))}
    return {}  # pragma: no cover


def _structure(draw, world, bundle: bytes) -> bytes:
    """The zip itself reshaped: members reordered, renamed, doubled, dropped or emptied."""
    members = world.members_of(bundle)
    action = draw(st.sampled_from(["reorder", "rename", "double", "drop", "empty", "swap"]))
    if action == "reorder":
        members = draw(st.permutations(members))
    elif action == "rename":
        index = draw(st.integers(0, len(members) - 1))
        name = draw(
            st.sampled_from(["Manifest.json", "records.jsonl\x00", "../signature", "a/records.jsonl"])
        )
        members[index] = (name, members[index][1])
    elif action == "double":
        members.append(members[draw(st.integers(0, len(members) - 1))])
    elif action == "drop":
        members.pop(draw(st.integers(0, len(members) - 1)))
    elif action == "empty":
        index = draw(st.integers(0, len(members) - 1))
        members[index] = (members[index][0], b"")
    else:
        by_name = dict(members)
        members = [
            (MANIFEST, by_name[RECORDS]),
            (RECORDS, by_name[MANIFEST]),
            (SIGNATURE, by_name[SIGNATURE]),
        ]
    return world.rezip(list(members))


def _accepted_data_is_valid(store, conference_id: str) -> None:
    for rt in RECORD_TYPES.values():
        records = list(store.dump(rt.name))
        for record in records:
            assert field_problem(record) is None, record
        assert references_problem(store, records) is None
    notes.list_notes(store, conference_id)
    roster(store, conference_id)


def test_mutated_bundles_signed_by_a_trusted_chair(world, secretariat) -> None:
    key = world.chair_key()
    originals = json.dumps(world.table_records())
    outcomes: dict[str, int] = {}
    unchanged: list[str] = []  # the store as the previous example left it, when that was not an import

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def check(data) -> None:
        records = data.draw(_content(originals))
        try:
            records_data = records_bytes(records)
        except (TypeError, ValueError, KeyError, AttributeError):
            records_data = b"".join(
                (json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8", "replace") for r in records
            )
        changes = {"counts": _counts(records), **_manifest_changes(data.draw, records)}
        try:
            bundle = world.signed_bundle(
                key,
                world.chair_public_key,
                [],
                conference_id=world.conference_id,
                records_data=records_data,
                manifest_changes=changes,
            )
        except ValueError:  # a manifest value canonical JSON cannot even write: nothing to send
            assume(False)
        if data.draw(st.integers(0, 5)) == 0:
            bundle = _structure(data.draw, world, bundle)
        before = unchanged.pop() if unchanged else world.snapshot(secretariat)
        receipt = import_data(secretariat, bundle, "fuzz.rbz")  # any exception fails the test
        outcomes[receipt.check or receipt.status] = outcomes.get(receipt.check or receipt.status, 0) + 1
        assert receipt.status in (IMPORTED, REFUSED, ALREADY), receipt
        assert receipt.check != "unexpected", receipt  # a fault of ours, caught: still a bug
        if receipt.status == IMPORTED:
            _accepted_data_is_valid(secretariat.store, world.conference_id)
        else:
            after = world.snapshot(secretariat)
            assert after == before, receipt
            unchanged.append(after)  # the next example starts from it: no second snapshot
            if receipt.status == REFUSED:
                assert receipt.reason and receipt.check

    check()
    # The mutations reach every layer: the zip, the records, the domains, the claims, the store's own
    # checks, and some pass.
    assert {"member", "records", "field", "claims", IMPORTED} <= set(outcomes), outcomes
    assert {"role", "references", "origin", "rollback", "clock"} & set(outcomes), outcomes
