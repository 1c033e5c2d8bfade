"""Fuzzing a real table export: random byte flips, truncation at every offset, member edits.

At least 20,000 mutated bundles go through the real import path (every 97th from a file) into the
secretariat's workspace. None may be imported: each is refused with a reason and the name of the
check that failed, or, when a mutation left every member's bytes as they were (a flip in a zip
header's timestamp, say), recognised as the bundle already imported. The store is byte-for-byte
unchanged throughout.
"""

from __future__ import annotations

import random
from pathlib import Path

from app.bundles.format import MANIFEST, RECORDS, SIGNATURE
from app.bundles.importer import ALREADY, IMPORTED, REFUSED, import_data, import_file
from app.workspace import Workspace

SEED = 20261125
FLIPS = 12_000
MEMBER_EDITS = 7_000
FROM_DISK = 97  # writing a file per case would cost more than all the checks together


def _byte_flips(bundle: bytes, rng: random.Random, count: int):
    for _ in range(count):
        mutated = bytearray(bundle)
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            mutated[rng.randrange(len(mutated))] ^= rng.randrange(1, 256)
        yield bytes(mutated)


def _member_edits(world, bundle: bytes, rng: random.Random, count: int):
    members = world.members_of(bundle)
    made = 0
    while made < count:
        edited = list(members)
        index = rng.randrange(len(edited))
        name, data = edited[index]
        action = rng.randrange(6)
        if action == 0 and data:  # change one byte of the content
            pos = rng.randrange(len(data))
            data = data[:pos] + bytes([data[pos] ^ rng.randrange(1, 256)]) + data[pos + 1 :]
        elif action == 1:  # cut the content short
            data = data[: rng.randrange(len(data) + 1)]
        elif action == 2:  # append bytes
            data = data + rng.randbytes(rng.randrange(1, 40))
        elif action == 3:  # drop a line or insert one
            lines = data.split(b"\n")
            if rng.random() < 0.5 and len(lines) > 1:
                del lines[rng.randrange(len(lines))]
            else:
                lines.insert(rng.randrange(len(lines) + 1), lines[rng.randrange(len(lines))])
            data = b"\n".join(lines)
        elif action == 4:  # swap two members' contents
            other = rng.randrange(len(edited))
            edited[other], data = (edited[other][0], data), edited[other][1]
        else:  # rename the member
            name = rng.choice(
                (MANIFEST, RECORDS, SIGNATURE, "Manifest.json", "records.JSONL", "x", "../signature")
            )
        edited[index] = (name, data)
        if edited == members:
            continue
        made += 1
        yield world.rezip(edited)


def _cases(world):
    rng = random.Random(SEED)
    bundle = world.table_bundle
    for offset in range(len(bundle)):
        yield "truncated", bundle[:offset]
    for mutated in _byte_flips(bundle, rng, FLIPS):
        yield "flip", mutated
    for mutated in _member_edits(world, bundle, rng, MEMBER_EDITS):
        yield "edit", mutated


def test_no_mutated_bundle_gets_in(world, secretariat: Workspace, tmp_path: Path) -> None:
    original = tmp_path / "original.rbz"
    original.write_bytes(world.table_bundle)
    [first] = [import_file(secretariat, original)]
    assert first.status == IMPORTED
    before = world.snapshot(secretariat)
    changes = secretariat.store.conn.total_changes
    target = tmp_path / "mutated.rbz"
    seen = {"truncated": 0, "flip": 0, "edit": 0}
    refused_checks: set[str] = set()
    for family, data in _cases(world):
        if data == world.table_bundle:
            continue
        if seen[family] % FROM_DISK == 0:  # now and then the whole way, file included
            target.write_bytes(data)
            receipt = import_file(secretariat, target)
        else:
            receipt = import_data(secretariat, data, "fuzz")
        seen[family] += 1
        if receipt.status == ALREADY:
            # Only possible if every member's bytes survived the mutation (the manifest hashes them).
            assert receipt.manifest_sha256 == first.manifest_sha256
        else:
            assert receipt.status == REFUSED, (family, receipt)
            assert receipt.reason
            if family == "truncated":
                assert receipt.incomplete, (len(data), receipt.reason)
            refused_checks.add(receipt.check)
        # Nothing was written: not the ledger, not the clock, not a record.
        assert secretariat.store.conn.total_changes == changes, (family, receipt)
    assert sum(seen.values()) >= 20_000, seen
    assert seen["truncated"] == len(world.table_bundle)
    assert world.snapshot(secretariat) == before
    assert not (secretariat.dir / "quarantine").exists()
    # The mutations reach every layer, not just the zip parser.
    assert {"incomplete", "zip", "member", "signature", "hash"} <= refused_checks, refused_checks


def test_every_truncation_of_a_pack_is_incomplete(world) -> None:
    from app.bundles.format import BundleError
    from app.bundles.reader import read_bundle

    for offset in range(len(world.pack_bundle)):
        try:
            read_bundle(world.pack_bundle[:offset])
        except BundleError as exc:
            assert exc.incomplete and exc.check == "incomplete", (offset, exc)
        else:
            raise AssertionError(f"a pack cut at byte {offset} was read as whole")
