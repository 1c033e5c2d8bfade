"""A bundle this Rundabord cannot read, from a newer Rundabord, an older one or another program, is refused
in one line that says why and what the sender can do: each case through the real import path and the
CLI's plain output, signed by the chair's trusted key (so only the format is in question).

A newer Rundabord may add a manifest field without a version bump, as `created.origin` came to format 1
(an old secretariat then said only "the manifest's created time is malformed"): here the refusal names
the field and points to `rundabord export --oldest-format`, which every Rundabord reads.
"""

from __future__ import annotations

import json

import pytest

from app.bundles.canonical import canonical_bytes
from app.bundles.format import MANIFEST, RECORDS
from app.cli import main

from .test_hostile import _member, _refused, _resign

OLDEST = "ask a table export's chair to export it again with `rundabord export --oldest-format`"
AGAIN = "ask the sender to export it again"


def _changed(world, change) -> bytes:
    manifest = json.loads(_member(world, MANIFEST))
    change(manifest)
    return _resign(world.chair_key(), canonical_bytes(manifest), _member(world, RECORDS))


CASES = {
    # from a newer Rundabord
    "a newer version": (lambda m: m.update(version=4), "version", "format-newer", "update Rundabord", OLDEST),
    "a new manifest field": (
        lambda m: m.update(zone="Europe/Stockholm"),
        "manifest",
        "manifest-fields",
        "zone",
        OLDEST,
    ),
    "a new created field": (
        lambda m: m["created"].update(zone="CET"),
        "manifest",
        "manifest-created-fields",
        "zone",
        OLDEST,
    ),
    "a new records encoding": (
        lambda m: m.update(version=2, records_encoding="cbor"),
        "version",
        "encoding-unknown",
        "'cbor'",
        OLDEST,
    ),
    # from an older Rundabord (before any that wrote bundles) or another program
    "version 0": (lambda m: m.update(version=0), "manifest", "format-unknown", "(0)", AGAIN),
    "a version as text": (lambda m: m.update(version="3"), "manifest", "format-unknown", "('3')", AGAIN),
    "a later version's field": (
        lambda m: m.update(records_encoding="jsonl"),
        "manifest",
        "manifest-fields-version",
        "format 1",
        AGAIN,
    ),
    "a missing field": (lambda m: m.pop("tables"), "manifest", "manifest-fields-missing", "tables", AGAIN),
    "another format": (
        lambda m: m.update(format="other-bundle"),
        "manifest",
        "manifest-other-format",
        "another format",
        "ask the sender for the .rbz file Rundabord wrote",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_refusal_says_why_and_what_the_sender_can_do(world, secretariat, tmp_path, capsys, case):
    change, check, code, why, to_do = CASES[case]
    data = _changed(world, change)
    receipt = _refused(world, secretariat, data, check)
    assert receipt.why is not None and receipt.why.code == code, receipt
    assert why in receipt.reason and receipt.reason.endswith(to_do), receipt.reason
    path = tmp_path / "bord.rbz"
    path.write_bytes(data)
    capsys.readouterr()
    assert main(["--workspace", str(secretariat.dir), "import", str(path)]) == 1
    [line] = [line for line in capsys.readouterr().out.splitlines() if "refused" in line]
    assert line.endswith(to_do), line


def test_a_refusal_stored_in_the_words_of_before_is_read_back_as_its_message() -> None:
    """What sync kept of a fetched bundle's refusal before these words (the same code, said anew)."""
    from app.messages import Message, message

    newer = Message.from_json("made by a newer Rundabord (bundle format 4); update Rundabord to read it")
    assert newer == message("format-newer", version=4) and newer.english().endswith(OLDEST)
    fields = Message.from_json("the manifest has unexpected or missing fields: zone")
    assert fields == message("manifest-fields", fields="zone")
    other = Message.from_json("not a Rundabord bundle (the manifest names another format)")
    assert other == message("manifest-other-format")


def test_a_record_of_a_kind_this_rundabord_does_not_know_says_to_update(world, secretariat) -> None:
    """Paper sheets and photos came as new kinds of record without a new format version (a Rundabord
    before them said only "unknown record type"); so may the next ones."""
    record = next(r for r in world.table_records() if r["type"] == "note")
    record["type"] = "ballot"
    reason = _refused(world, secretariat, world.anna_signs([record]), "records").reason
    assert reason == (
        "record line 1: unknown record type 'ballot' (if a newer Rundabord made it, update Rundabord;"
        " otherwise ask the sender to export it again)"
    )
