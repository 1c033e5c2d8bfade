"""Re-importing what a store already merged: lines whose digest it knows are not checked again.

The digest binds a line's bytes to its encoding, signer and conference; a skipped line still counts
for the manifest's claims, the signer's role and the "no id twice" rule, and a refused import
remembers nothing.
"""

from __future__ import annotations

import copy
import random

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app import notes
from app.bundles import codec, records_bulk, records_compact
from app.bundles.codec import encode_records
from app.bundles.importer import IMPORTED, REFUSED, import_data
from app.bundles.records_compact import COMPACT
from app.bundles.trust import add as trust_add
from app.hlc import Stamp


@pytest.fixture
def parsed(monkeypatch) -> list[int]:
    """How many lines were parsed and checked (not skipped), whatever their encoding, one by one or
    all together (records_bulk.py)."""
    count = [0]
    for name in ("_compact_record", "_jsonl_record"):
        real = getattr(codec, name)

        def counting(number, line, real=real):
            count[0] += 1
            return real(number, line)

        monkeypatch.setattr(codec, name, counting)
    together = records_bulk.notes

    def counting_together(values):
        records = together(values)
        count[0] += len(records or ())
        return records

    monkeypatch.setattr(records_bulk, "notes", counting_together)
    return count


def _signed(world, records, *, encoding=COMPACT, sequence=1, key=None, public=None, **changes) -> bytes:
    return world.signed_bundle(
        key or world.chair_key(),
        public or world.chair_public_key,
        records,
        conference_id=world.conference_id,
        sequence=sequence,
        records_data=encode_records(records, encoding),
        manifest_changes={"version": 2, "records_encoding": encoding},
        **changes,
    )


@pytest.mark.parametrize("encoding", [COMPACT, "jsonl"])
def test_a_re_signed_unchanged_bundle_is_not_checked_again(world, secretariat, parsed, encoding) -> None:
    records = world.table_records()
    first = import_data(secretariat, _signed(world, records, encoding=encoding), "first.rbz")
    assert first.status == IMPORTED and parsed[0] == len(records)
    before = world.snapshot(secretariat)
    again = import_data(secretariat, _signed(world, records, encoding=encoding, sequence=2), "again.rbz")
    assert again.status == IMPORTED, again
    notes_and_table = len(records)
    assert parsed[0] == notes_and_table + 1  # only the table record (never skipped) was parsed again
    assert again.counts["unchanged"] == len(records) and again.counts["new"] == 0
    changed = set(world.snapshot(secretariat).splitlines()) ^ set(before.splitlines())
    ledgers = ("bundle_imports", "origin_signers", "merge_carriers")  # what came when, and from whom
    assert all(any(name in line for name in ledgers) for line in changed), changed


def test_the_next_export_of_a_table_parses_only_what_changed(world, secretariat, chair, parsed) -> None:
    records = world.table_records()
    import_data(secretariat, _signed(world, records), "first.rbz")
    parsed[0] = 0
    edited = copy.deepcopy(records)
    note = next(r for r in edited if r["type"] == "note" and not r["deleted"])
    note["fields"]["text"] = "Fler bussturer på landsbygden, även på helger"
    later = str(Stamp(Stamp.parse(note["rev"]).wall_ms + 1000, 0))
    note["stamps"]["text"] = [later, note["origin"]]
    note["rev"], note["base_rev"] = later, note["rev"]
    receipt = import_data(secretariat, _signed(world, edited, sequence=2), "next.rbz")
    assert receipt.status == IMPORTED, receipt
    assert parsed[0] == 2  # the edited note and the table record
    assert receipt.counts["updated"] == 1 and receipt.counts["unchanged"] == len(records) - 1
    texts = {n.text for n in notes.list_notes(secretariat.store, world.conference_id)}
    assert "Fler bussturer på landsbygden, även på helger" in texts


def test_another_signer_sending_the_same_lines_is_checked_in_full(world, secretariat, parsed) -> None:
    records = world.table_records()
    import_data(secretariat, _signed(world, records), "anna.rbz")
    spare = Ed25519PrivateKey.generate()
    public = spare.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trust_add(secretariat.store, public, "Reservdatorn", "chair", world.conference_id, world.table)
    parsed[0] = 0
    relay = _signed(world, records, key=spare, public=public, signer_name="Reservdatorn")
    assert import_data(secretariat, relay, "spare.rbz").status == IMPORTED
    assert parsed[0] == len(records)


def test_a_skipped_line_still_counts_for_claims_ids_and_role(world, secretariat) -> None:
    records = world.table_records()
    import_data(secretariat, _signed(world, records), "first.rbz")
    note = next(r for r in records if r["type"] == "note")
    twin = copy.deepcopy(note)
    twin["fields"]["text"] = "Samma id, annan text"
    before = world.snapshot(secretariat)
    receipt = import_data(secretariat, _signed(world, [*records, twin], sequence=2), "twice.rbz")
    assert receipt.status == REFUSED and "appears twice" in receipt.reason, receipt
    assert import_data(secretariat, _signed(world, records, sequence=2), "ok.rbz").status == IMPORTED
    wrong_counts = world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        records[1:],
        conference_id=world.conference_id,
        sequence=3,
        records_data=encode_records(records, COMPACT),
        manifest_changes={"version": 2, "records_encoding": COMPACT},
    )
    assert import_data(secretariat, wrong_counts, "counts.rbz").check == "counts"
    assert world.snapshot(secretariat) != before  # the honest one imported; the others left nothing


def test_a_refused_import_remembers_no_digest(world, secretariat, parsed) -> None:
    records = world.table_records()
    bad = copy.deepcopy(records)
    bad[-1]["fields"]["table_number"] = 9  # outside the claimed table: the bundle is refused whole
    assert import_data(secretariat, _signed(world, bad), "bad.rbz").status == REFUSED
    assert (
        secretariat.store.conn.execute(
            "SELECT count(*) FROM merge_lines WHERE record_id IS NOT NULL"
        ).fetchone()[0]
        == 0
    )
    parsed[0] = 0
    assert import_data(secretariat, _signed(world, records, sequence=2), "good.rbz").status == IMPORTED
    assert parsed[0] == len(records)


def test_a_known_line_reads_as_the_very_record_the_full_checks_read(world) -> None:
    records = copy.deepcopy(world.table_records())
    note = next(r for r in records if r["type"] == "note" and not r["deleted"])
    note["stamps"]["text"] = [
        str(Stamp(Stamp.parse(note["rev"]).wall_ms + 1000, 0)),
        "f" * 16,
    ]  # another origin
    note["stamps"]["votes"] = [note["base_rev"], note["origin"]]  # an earlier rev of its own origin
    assert any(r["deleted"] for r in records) and note["base_rev"] != note["rev"]
    for line in encode_records(records, COMPACT).decode("utf-8").splitlines():
        assert records_compact.decode_known_line(line) == records_compact.decode_line(line)


def test_bytes_that_are_no_known_line_are_checked_in_full_not_crashed_on(world) -> None:
    """A digest binds the bytes, so a known digest with other bytes cannot happen; should it, the
    quick reading gives up (and the line is checked in full) instead of raising anything else."""
    known = codec.Known(world.table_records()[0]["id"], "note", 1)
    line = encode_records(world.table_records()[:1], COMPACT)[:-1]
    rng = random.Random(22)
    for _ in range(3000):
        mutated = bytearray(line)
        for _ in range(rng.randint(1, 4)):
            mutated[rng.randrange(len(mutated))] = rng.choice(b'[]{}",:0123456789-abcdefnull \xff')
        codec._known_record(bytes(mutated), COMPACT, known, world.conference_id)  # None or a record


def test_a_known_line_whose_note_moved_here_to_another_table_is_still_refused(
    world, secretariat, parsed
) -> None:
    """A known line is not read at all (its place comes from its digest's row), yet the role check
    against what the store holds sees where its note is now: a chair may not write a note held at
    another table, whatever her line says."""
    records = world.table_records()
    assert import_data(secretariat, _signed(world, records), "first.rbz").status == IMPORTED
    note = next(r for r in records if r["type"] == "note")
    secretariat.store.conn.execute(
        "UPDATE notes SET table_number = ? WHERE id = ?", (world.table + 1, note["id"])
    )
    parsed[0] = 0
    again = import_data(secretariat, _signed(world, records, sequence=2), "again.rbz")
    assert (again.status, again.check, again.why.code) == (REFUSED, "role", "role-elsewhere-table"), again
    assert again.why.params["record"] == note["id"]
    assert parsed[0] == 1  # the table record alone was read: the notes were known


@pytest.mark.parametrize("encoding", [COMPACT, "jsonl"])
def test_a_re_signed_unchanged_bundle_leaves_its_known_lines_unread(
    world, secretariat, monkeypatch, encoding
) -> None:
    """No check of the import reads a line the store merged before from the same signer: decoding them
    all made re-importing a re-signed, unchanged bundle cost nearly what its first import did."""
    from app.bundles import reader

    records = world.table_records()
    import_data(secretariat, _signed(world, records, encoding=encoding), "first.rbz")
    read_again = [0]
    real = reader.read_known_line

    def counting(*args, **kwargs):
        read_again[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(reader, "read_known_line", counting)
    again = import_data(secretariat, _signed(world, records, encoding=encoding, sequence=2), "again.rbz")
    assert again.status == IMPORTED and again.counts["unchanged"] == len(records), again
    assert read_again[0] == 0
