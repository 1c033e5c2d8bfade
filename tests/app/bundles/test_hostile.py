"""Every hostile bundle a secretariat may be sent (forged, damaged, oversized, out of role), through the
real import path: refused whole, with a clear reason and the name of the failed check, and the
secretariat's store and folder exactly as they were."""

from __future__ import annotations

import base64
import copy
import io
import json
import random
import stat
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app import notes
from app.bundles import container, reader, verify_file
from app.bundles.canonical import canonical_bytes
from app.bundles.domain import RULES
from app.bundles.format import MANIFEST, RECORDS, SIGNATURE, key_id_for
from app.bundles.importer import QUARANTINED, REFUSED, Receipt, import_data
from app.bundles.pae import manifest_pae
from app.bundles.trust import remove
from app.hlc import Stamp, wall_clock_ms
from app.records import RECORD_TYPES
from app.workspace import Workspace

LATER = str(Stamp(wall_clock_ms() + 3_600_000, 0))  # an hour ahead: newer than anything here


def _refused(world, workspace: Workspace, data: bytes, check: str) -> Receipt:
    before, files = world.snapshot(workspace), world.folder_listing(workspace)
    receipt = import_data(workspace, data, "hostile.rbz")
    assert receipt.status == REFUSED, receipt
    assert receipt.check == check, receipt
    assert receipt.reason and "\n" not in receipt.reason
    assert world.snapshot(workspace) == before
    assert world.folder_listing(workspace) == files
    return receipt


def _member(world, name: str) -> bytes:
    return dict(world.members_of(world.table_bundle))[name]


def _replace(world, name: str, data: bytes) -> bytes:
    return world.rezip([(n, data if n == name else d) for n, d in world.members_of(world.table_bundle)])


def _resign(key: Ed25519PrivateKey, manifest: bytes, records: bytes) -> bytes:
    from app.bundles.writer import zip_members

    signature = base64.b64encode(key.sign(manifest_pae(manifest)))
    return zip_members(((MANIFEST, manifest), (RECORDS, records), (SIGNATURE, signature)))


def test_the_untouched_bundle_imports(world, secretariat) -> None:
    receipt = import_data(secretariat, world.table_bundle, "table3.rbz")
    assert receipt.status == "imported", receipt
    assert receipt.counts["new"] == 3  # two live notes and one tombstone; the table record was known


# -- the file and the zip -------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"hello, world\n", b"%PDF-1.7\n" + b"x" * 200, b"\x00" * 64])
def test_not_a_zip(world, secretariat, data) -> None:
    receipt = _refused(world, secretariat, data, "zip")
    assert "not a zip" in receipt.reason


@pytest.mark.parametrize("cut", [0, 1, 3, 30, 200, -400, -23, -22, -5, -1])
def test_truncated_copy_is_incomplete_not_tampered(world, secretariat, cut) -> None:
    receipt = _refused(world, secretariat, world.table_bundle[:cut], "incomplete")
    assert receipt.incomplete
    assert "incomplete" in receipt.reason


def test_bytes_after_the_zip_are_refused(world, secretariat) -> None:
    _refused(world, secretariat, world.table_bundle + b"\x00extra", "zip")


@pytest.mark.parametrize("name", [MANIFEST, RECORDS, SIGNATURE])
def test_a_changed_byte_in_any_member(world, secretariat, name) -> None:
    data = bytearray(_member(world, name))
    data[len(data) // 2] ^= 0x01
    receipt = _refused(
        world, secretariat, _replace(world, name, bytes(data)), "signature" if name != RECORDS else "hash"
    )
    assert receipt.reason


def test_a_changed_byte_inside_the_compressed_data(world, secretariat) -> None:
    data = bytearray(world.table_bundle)
    data[60] ^= 0x10  # inside the first member's deflate stream
    _refused(world, secretariat, bytes(data), "zip")


def test_a_changed_byte_in_a_stored_member_is_named_in_plain_words(world, secretariat) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, content in world.members_of(world.table_bundle):
            archive.writestr(name, content)
    data = bytearray(buffer.getvalue())
    data[data.index(b'"format"')] ^= 0x01  # the zip's checksum no longer matches the manifest
    receipt = _refused(world, secretariat, bytes(data), "zip")
    assert "manifest.json is damaged or altered (its checksum does not match)" in receipt.reason


@pytest.mark.parametrize("name", [MANIFEST, RECORDS, SIGNATURE])
def test_a_missing_member(world, secretariat, name) -> None:
    members = [(n, d) for n, d in world.members_of(world.table_bundle) if n != name]
    receipt = _refused(world, secretariat, world.rezip(members), "member")
    assert name in receipt.reason and "missing" in receipt.reason


def test_an_extra_member(world, secretariat) -> None:
    members = [*world.members_of(world.table_bundle), ("readme.txt", b"hi")]
    assert "unexpected member" in _refused(world, secretariat, world.rezip(members), "member").reason


def test_thousands_of_members(world, secretariat) -> None:
    members = [*world.members_of(world.table_bundle), *((f"x{i}", b"") for i in range(5000))]
    assert "5003 members" in _refused(world, secretariat, world.rezip(members), "member").reason


def test_a_duplicated_member(world, secretariat) -> None:
    members = world.members_of(world.table_bundle)
    doubled = [*members, (RECORDS, b"")]
    assert "2 times" in _refused(world, secretariat, world.rezip(doubled), "member").reason


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../records.jsonl", "climbs out"),
        ("sub/../../records.jsonl", "climbs out"),
        ("/manifest.json", "absolute"),
        ("C:/records.jsonl", "absolute"),
        ("\\records.jsonl", "absolute"),
        ("keys/records.jsonl", "folder"),
    ],
)
def test_member_paths_that_leave_the_bundle(world, secretariat, name, words) -> None:
    members = [*world.members_of(world.table_bundle), (name, b"x")]
    assert words in _refused(world, secretariat, world.rezip(members), "member").reason


def test_a_symlink_member(world, secretariat) -> None:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in world.members_of(world.table_bundle):
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            mode = (stat.S_IFLNK | 0o777) if name == RECORDS else (stat.S_IFREG | 0o644)
            info.external_attr = mode << 16
            archive.writestr(info, b"/etc/passwd" if name == RECORDS else data)
    assert "symbolic link" in _refused(world, secretariat, buffer.getvalue(), "member").reason


@pytest.mark.parametrize(
    ("name", "twin"),
    [
        ("Manifest.json", MANIFEST),
        ("RECORDS.JSONL", RECORDS),
        ("ｓignature", SIGNATURE),  # fullwidth s: the same name after NFKC normalisation
        ("mani\u0066est.json".replace("f", "\ufb01")[:-1] if False else "manifest.json\u200b", None),
    ],
)
def test_member_names_differing_by_case_or_unicode_form(world, secretariat, name, twin) -> None:
    members = [(name if n == (twin or MANIFEST) else n, d) for n, d in world.members_of(world.table_bundle)]
    reason = _refused(world, secretariat, world.rezip(members), "member").reason
    if twin:
        assert "only by case or Unicode form" in reason
    both = [*world.members_of(world.table_bundle), (name, b"{}")]
    _refused(world, secretariat, world.rezip(both), "member")


def test_a_zip_bomb_by_ratio(world, secretariat) -> None:
    bomb = _replace(world, RECORDS, b"\n" * (8 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    assert "zip bomb" in _refused(world, secretariat, bomb, "bomb").reason


def test_members_together_above_the_total_cap(world, secretariat, monkeypatch) -> None:
    bundle = _replace(world, RECORDS, _member(world, RECORDS) * 6)  # ~9 KB inflating from ~1 KB
    monkeypatch.setattr(container, "MAX_FILE_BYTES", 4000)
    assert len(bundle) < 4000
    assert "too large" in _refused(world, secretariat, bundle, "bomb").reason


def test_a_member_above_its_size_cap(world, secretariat, monkeypatch) -> None:
    monkeypatch.setitem(container._CAPS, RECORDS, 100)
    assert "larger than" in _refused(world, secretariat, world.table_bundle, "size").reason


def test_a_file_above_the_size_cap(world, secretariat, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.rbz"
    path.write_bytes(world.table_bundle)
    assert verify_file(path, secretariat.store).check == "size"


# -- manifest, hashes, signatures -----------------------------------------------------------------


def test_records_swapped_under_a_valid_manifest(world, secretariat, chair) -> None:
    from app.bundles import export_table

    notes.add_note(chair.store, world.conference_id, world.table, 1, "En senare anteckning")
    later = export_table(chair, world.conference_id, world.table).path.read_bytes()
    # The manifest and signature of one real bundle with the records of another real bundle.
    swapped = world.rezip(
        [
            (n, dict(world.members_of(later))[RECORDS] if n == RECORDS else d)
            for n, d in world.members_of(world.table_bundle)
        ]
    )
    assert "does not match the hash" in _refused(world, secretariat, swapped, "hash").reason
    swapped_back = world.rezip(
        [
            (n, dict(world.members_of(world.table_bundle))[RECORDS] if n == RECORDS else d)
            for n, d in world.members_of(later)
        ]
    )
    _refused(world, secretariat, swapped_back, "hash")


def test_a_manifest_hash_that_does_not_match(world, secretariat) -> None:
    manifest = json.loads(_member(world, MANIFEST))
    manifest["members"][RECORDS] = "0" * 64
    bundle = _resign(world.chair_key(), canonical_bytes(manifest), _member(world, RECORDS))
    _refused(world, secretariat, bundle, "hash")


def test_a_signature_by_another_key(world, secretariat) -> None:
    mallory = Ed25519PrivateKey.generate()
    bundle = _resign(mallory, _member(world, MANIFEST), _member(world, RECORDS))
    assert "signature does not match" in _refused(world, secretariat, bundle, "signature").reason


def test_a_signature_that_is_not_base64_or_not_64_bytes(world, secretariat) -> None:
    _refused(world, secretariat, _replace(world, SIGNATURE, b"not base64!!"), "signature")
    _refused(world, secretariat, _replace(world, SIGNATURE, base64.b64encode(b"x" * 63)), "signature")


def test_a_swapped_public_key_resigned_by_the_attacker_is_only_quarantined(world, secretariat) -> None:
    mallory = Ed25519PrivateKey.generate()
    public = mallory.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    manifest = json.loads(_member(world, MANIFEST))
    manifest["signer"] = {  # keeps Anna's name: only the key tells them apart
        "name": "Anna Berg",
        "key_id": key_id_for(public),
        "public_key": base64.b64encode(public).decode(),
    }
    bundle = _resign(mallory, canonical_bytes(manifest), _member(world, RECORDS))
    before = world.snapshot(secretariat)
    receipt = import_data(secretariat, bundle, "forged.rbz")
    assert receipt.status == QUARANTINED
    assert receipt.key_id == key_id_for(public) != key_id_for(world.chair_public_key)
    note_ids = [r["id"] for r in world.table_records() if r["type"] == "note"]
    assert all(secretariat.store.get("note", i, include_deleted=True) is None for i in note_ids)
    # Only the quarantine table changed.
    changed = set(world.snapshot(secretariat).splitlines()) ^ set(before.splitlines())
    assert changed and all("bundle_quarantine" in line for line in changed)


def test_a_key_id_that_does_not_belong_to_the_key(world, secretariat) -> None:
    manifest = json.loads(_member(world, MANIFEST))
    manifest["signer"]["key_id"] = "0123456789abcdef"
    bundle = _resign(world.chair_key(), canonical_bytes(manifest), _member(world, RECORDS))
    _refused(world, secretariat, bundle, "key")


def test_a_newer_format_version(world, secretariat) -> None:
    manifest = json.loads(_member(world, MANIFEST))
    manifest["version"] = 4  # 2 has attachments (test_attachments_v2.py), 3 what edits had seen
    bundle = _resign(world.chair_key(), canonical_bytes(manifest), _member(world, RECORDS))
    assert "made by a newer Rundabord" in _refused(world, secretariat, bundle, "version").reason


@pytest.mark.parametrize(
    "manifest",
    [
        b"{",
        b"[]",
        b'{"format":"rundabord-bundle","format":"rundabord-bundle","version":1}',
        b'{"format":"rundabord-bundle","version":NaN}',
        b'{"format":"rundabord-bundle","version":1.0}',
        b'{"format":"rundabord-bundle","version":100000000000000000000000000}',
        b'{"format":"rundabord-bundle","version":1,"x":' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"format":"rundabord-bundle","version":1,"x":' + b"[" * 30000 + b"]" * 30000 + b"}",
        b"\xff\xfe{}",
    ],
)
def test_malformed_manifest_json(world, secretariat, manifest) -> None:
    bundle = _resign(world.chair_key(), manifest, _member(world, RECORDS))
    _refused(world, secretariat, bundle, "manifest")


def test_a_manifest_with_an_extra_field(world, secretariat) -> None:
    manifest = json.loads(_member(world, MANIFEST))
    manifest["note"] = "trust me"
    bundle = _resign(world.chair_key(), canonical_bytes(manifest), _member(world, RECORDS))
    assert "note" in _refused(world, secretariat, bundle, "manifest").reason


# -- records ----------------------------------------------------------------------------------------


def _note(world, table: int | None = None, **fields) -> dict:
    record = copy.deepcopy(next(r for r in world.table_records() if r["type"] == "note"))
    if table is not None:
        record["fields"]["table_number"] = table
    record["fields"].update(fields)
    return record


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (b"{", "malformed JSON"),
        (b'{"id": 1, "id": 2}', "duplicate key"),
        (b'{"votes": NaN}', "not a JSON number"),
        (b'{"votes": 123456789012345678901234567890}', "integer too large"),
        (b'{"x":' + b"[" * 30000 + b"]" * 30000 + b"}", "nested too deeply"),
        (b'"' + base64.b64encode(random.Random(1).randbytes(800_000)) + b'"', "longer than"),
        (b"\xc3\x28", "not UTF-8"),
        (b"[]", "not a JSON object"),
    ],
)
def test_malformed_record_lines(world, secretariat, line, words) -> None:
    bundle = world.anna_signs([], records_data=line + b"\n")
    assert words in _refused(world, secretariat, bundle, "records").reason


def test_records_with_an_unknown_type(world, secretariat) -> None:
    record = _note(world)
    record["type"] = "ballot"
    bundle = world.anna_signs([record])
    assert "unknown record type 'ballot'" in _refused(world, secretariat, bundle, "records").reason


@pytest.mark.parametrize("missing", ["id", "origin", "rev", "stamps", "fields"])
def test_records_missing_a_field(world, secretariat, missing) -> None:
    record = _note(world)
    del record[missing]
    assert "missing" in _refused(world, secretariat, world.anna_signs([record]), "records").reason


def test_records_missing_a_payload_field_or_of_the_wrong_kind(world, secretariat) -> None:
    record = _note(world)
    del record["fields"]["text"]
    _refused(world, secretariat, world.anna_signs([record]), "records")
    _refused(world, secretariat, world.anna_signs([_note(world, votes="many")]), "records")
    _refused(world, secretariat, world.anna_signs([_note(world, votes=True)]), "records")


def test_the_same_record_twice(world, secretariat) -> None:
    record = _note(world)
    assert (
        "appears twice" in _refused(world, secretariat, world.anna_signs([record, record]), "records").reason
    )


def test_counts_that_do_not_match(world, secretariat) -> None:
    bundle = world.anna_signs([_note(world)], manifest_changes={"counts": {"note": 2}})
    _refused(world, secretariat, bundle, "counts")


def test_a_table_export_holding_a_table_it_does_not_claim(world, secretariat) -> None:
    bundle = world.anna_signs([_note(world, table=4)])  # claims table 3
    assert "does not cover" in _refused(world, secretariat, bundle, "claims").reason


# -- roles ------------------------------------------------------------------------------------------


def test_a_chair_key_writing_another_table(world, secretariat) -> None:
    bundle = world.anna_signs([_note(world, table=4)], tables=(4,))
    receipt = _refused(world, secretariat, bundle, "role")
    assert "table 4" in receipt.reason and "chair of table 3" in receipt.reason
    assert receipt.counts["refused"] == 1


def test_a_chair_key_writing_another_conference(world, secretariat) -> None:
    other = "00000000-0000-4000-8000-000000000000"
    bundle = world.signed_bundle(
        world.chair_key(), world.chair_public_key, [_note(world, conference_id=other)], conference_id=other
    )
    _refused(world, secretariat, bundle, "role")


def test_a_chair_key_writing_the_questions(world, secretariat) -> None:
    question = next(r for r in secretariat.store.dump("question"))
    question["fields"]["text"] = "Ska vi lägga ner regionen?"
    records = [*world.table_records(), question]  # the table's own records, so the claim holds
    assert "question" in _refused(world, secretariat, world.anna_signs(records), "role").reason


@pytest.mark.parametrize(
    "record_type", ["process", "theme", "conference", "person", "proposal_status", "conflict_resolution"]
)
def test_a_chair_key_writing_anything_but_its_tables_records(world, secretariat, record_type) -> None:
    # Every record type outside the table scope is the secretariat's, whether it exists here or is new.
    existing = next(iter(secretariat.store.dump(record_type)), None)
    if existing is None:
        rt = RECORD_TYPES[record_type]
        existing = {
            "id": "7d0c2b9e-1f7a-4b7e-9c1a-2e4d5f6a7b8c",
            "type": record_type,
            "origin": "0123456789abcdef",
            "rev": "001700000000000-000000",
            "base_rev": "001700000000000-000000",
            "deleted": False,
            "fields": {name: None for name in rt.fields} | {"conference_id": world.conference_id}
            if "conference_id" in rt.fields
            else {name: None for name in rt.fields},
            "stamps": {},
        }
    records = [*world.table_records(), existing]  # the table's own records, so the claim holds
    if existing["id"] == "7d0c2b9e-1f7a-4b7e-9c1a-2e4d5f6a7b8c" and record_type in RULES:
        _refused(world, secretariat, world.anna_signs(records), "field")  # empty fields: out of their domain
    else:
        assert record_type in _refused(world, secretariat, world.anna_signs(records), "role").reason


def test_a_chair_key_signing_a_conference_pack(world, secretariat) -> None:
    bundle = world.anna_signs([_note(world)], kind="conference-pack")
    assert "conference pack" in _refused(world, secretariat, bundle, "role").reason


def test_a_chair_record_taking_over_another_tables_note(world, secretariat) -> None:
    theirs = notes.add_note(secretariat.store, world.conference_id, 5, 1, "Bord 5:s anteckning")
    hijack = _note(world, text="Övertagen")
    hijack["id"] = theirs
    receipt = _refused(world, secretariat, world.anna_signs([hijack]), "role")
    assert "belongs here to table 5" in receipt.reason
    assert notes.note(secretariat.store, theirs).text == "Bord 5:s anteckning"


def test_a_revoked_key(world, secretariat) -> None:
    remove(secretariat.store, key_id_for(world.chair_public_key))
    receipt = _refused(world, secretariat, world.table_bundle, "revoked")
    assert "revoked" in receipt.reason


def test_a_pack_signed_by_another_key_than_the_pinned_one(world, chair) -> None:
    mallory = Ed25519PrivateKey.generate()
    public = mallory.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    records = [json.loads(line) for line in dict(world.members_of(world.pack_bundle))[RECORDS].splitlines()]
    changed = next(r for r in records if r["type"] == "question")
    changed["fields"]["text"] = "Vem är er kontaktperson på banken?"
    bundle = world.signed_bundle(
        mallory,
        public,
        records,
        conference_id=world.conference_id,
        tables=(1, 2),
        kind="conference-pack",
        signer_name="Regionens kansli",
    )
    receipt = _refused(world, chair, bundle, "pinned")
    assert "opened from a pack signed by Regionens kansli" in receipt.reason


def _table_record(world) -> dict:
    return copy.deepcopy(next(r for r in world.table_records() if r["type"] == "table"))


def test_a_chair_renaming_its_table(world, secretariat) -> None:
    record = _table_record(world)
    record["fields"]["chair_name"] = "Mallory"
    record["stamps"]["chair_name"] = [LATER, record["origin"]]
    receipt = _refused(world, secretariat, world.anna_signs([record]), "role")
    assert "chair_name" in receipt.reason


def test_a_chair_deleting_its_table(world, secretariat) -> None:
    record = _table_record(world)
    record["deleted"] = True
    record["stamps"]["deleted"] = [LATER, record["origin"]]
    _refused(world, secretariat, world.anna_signs([record]), "role")


def test_a_chair_bringing_a_table_the_workspace_does_not_have(world, secretariat) -> None:
    record = _table_record(world)
    record["id"] = "00000000-0000-4000-8000-0000000000aa"
    assert "does not have" in _refused(world, secretariat, world.anna_signs([record]), "role").reason


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("created", {"utc": "2026-13-45T25:61:00Z", "hlc": "001700000000000-000000"}),
        ("created", {"utc": "2026-11-25T12:00:00Z", "hlc": "tomorrow"}),
        ("tables", [3, 3]),
        ("tables", []),
        ("sequence", 0),
        ("previous", "abc"),
        ("bundle_id", "not-a-uuid"),
        ("kind", "letter"),
        ("counts", {"note": -1}),
    ],
)
def test_malformed_manifest_fields(world, secretariat, field, value) -> None:
    manifest = json.loads(_member(world, MANIFEST))
    manifest[field] = value
    bundle = _resign(world.chair_key(), canonical_bytes(manifest), _member(world, RECORDS))
    assert "malformed" in _refused(world, secretariat, bundle, "manifest").reason


# -- a pinned pack key is the secretariat of its conference only -------------------------------------


def _mallory_pack(world, records, conference_id) -> bytes:
    mallory = Ed25519PrivateKey.generate()
    public = mallory.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return world.signed_bundle(
        mallory,
        public,
        records,
        conference_id=conference_id,
        tables=(1,),
        kind="conference-pack",
        signer_name="Regionens kansli",
    )


def test_a_made_up_conference_cannot_rewrite_a_pinned_ones_questions(world, chair) -> None:
    fake = "00000000-0000-4000-8000-00000000000f"
    question = copy.deepcopy(next(r for r in world.pack_records() if r["type"] == "question"))
    question["fields"]["text"] = "Vilken bank använder ni?"
    question["stamps"]["text"] = [LATER, question["origin"]]
    receipt = _refused(world, chair, _mallory_pack(world, [question], fake), "role")
    assert "question record of conference" in receipt.reason


def test_a_made_up_conference_cannot_rewrite_a_pinned_ones_themes(world, chair) -> None:
    fake = "00000000-0000-4000-8000-00000000000f"
    records = world.pack_records()
    conference = copy.deepcopy(next(r for r in records if r["type"] == "conference"))
    conference["id"] = fake
    theme = copy.deepcopy(next(r for r in records if r["type"] == "theme"))
    theme["fields"]["name"] = "Bankärenden"
    theme["stamps"]["name"] = [LATER, theme["origin"]]
    receipt = _refused(world, chair, _mallory_pack(world, [conference, theme], fake), "role")
    assert "rewrites the process" in receipt.reason
