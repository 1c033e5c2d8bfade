"""Bundle format v2: photos of a table's paper travel as members listed and hashed in the manifest.

A real chair attaches a real image, exports, and the secretariat verifies and merges it; hostile
attachments (not an image, too large, altered after signing, odd paths, unowned) are refused whole.
"""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from app import attachments
from app.bundles import export_table, import_files
from app.bundles.format import MAX_ATTACHMENT_BYTES, RECORDS, attachment_member, sha256_hex
from app.bundles.importer import IMPORTED, REFUSED
from app.bundles.reader import read_bundle
from app.errors import UserError

from .hostile_set import attachment_record


def _image(kind: str = "PNG", size: tuple[int, int] = (60, 40), colour: str = "navy") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


def _signed_with(world, members: dict[str, bytes], records: list[dict], manifest_changes=None) -> bytes:
    """A v2 bundle signed by Anna with `members` as its attachments (names as given)."""
    return world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        records,
        conference_id=world.conference_id,
        attachments=members,
        manifest_changes=manifest_changes,
    )


RID = "0d6c1a34-3b0e-4a53-9f0a-1c2b3d4e5f60"


def test_a_chair_attaches_a_photo_exports_v2_and_the_secretariat_merges_it(
    world, chair, secretariat, tmp_path
) -> None:
    photo = tmp_path / "duken.jpg"
    photo.write_bytes(_image("JPEG", (120, 90), "khaki"))
    attached = attachments.attach(chair, world.conference_id, world.table, photo, caption="Bordsduken")
    assert attachments.attach(chair, world.conference_id, world.table, photo).id == attached.id  # once
    result = export_table(chair, world.conference_id, world.table, tmp_path / "bord3.rbz")

    bundle = read_bundle(result.path.read_bytes())
    member = attachment_member(attached.sha256, "jpg")
    assert bundle.manifest["version"] == 2 and bundle.manifest["records_encoding"] == "jsonl"
    assert bundle.manifest["members"][member] == attached.sha256
    assert bundle.attachments == {attached.sha256: photo.read_bytes()}

    [receipt] = import_files(secretariat, [result.path])
    assert receipt.status == IMPORTED, receipt.reason
    [arrived] = attachments.attachments_of(secretariat.store, world.conference_id, world.table)
    assert (arrived.caption, arrived.width, arrived.height) == ("Bordsduken", 120, 90)
    assert attachments.image_bytes(secretariat, arrived) == photo.read_bytes()


def test_a_bundle_without_attachments_is_still_written_and_read_as_v1(world, chair, tmp_path) -> None:
    result = export_table(chair, world.conference_id, world.table, tmp_path / "v1.rbz")
    bundle = read_bundle(result.path.read_bytes())
    assert bundle.manifest["version"] == 1 and "records_encoding" not in bundle.manifest
    assert read_bundle(world.table_bundle).manifest["version"] == 1  # the session's v1 bundle, as before


def test_attaching_something_that_is_not_an_image_is_refused(world, chair, tmp_path) -> None:
    fake = tmp_path / "anteckningar.png"
    fake.write_bytes(b"%PDF-1.7 this is a PDF, not a photo")
    with pytest.raises(UserError, match="not a PNG or JPEG"):
        attachments.attach(chair, world.conference_id, world.table, fake)
    truncated = tmp_path / "halv.png"
    truncated.write_bytes(_image()[:-30])
    with pytest.raises(UserError, match="does not decode"):
        attachments.attach(chair, world.conference_id, world.table, truncated)
    assert attachments.attachments_of(chair.store, world.conference_id) == []


def _refusal(secretariat, tmp_path, bundle: bytes) -> str:
    path = tmp_path / "fientlig.rbz"
    path.write_bytes(bundle)
    before = secretariat.store.conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0]
    [receipt] = import_files(secretariat, [path])
    assert receipt.status == REFUSED
    assert secretariat.store.conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == before
    assert not (secretariat.dir / "attachments").exists() or not any(
        (secretariat.dir / "attachments").iterdir()
    )
    return receipt.reason or ""


def test_a_signed_attachment_that_is_not_an_image_is_refused(world, secretariat, tmp_path) -> None:
    text = b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 10
    record = attachment_record(world, text, record_id=RID)
    bundle = _signed_with(world, {attachment_member(sha256_hex(text), "png"): text}, [record])
    assert "does not decode" in _refusal(secretariat, tmp_path, bundle)

    script = b"#!/bin/sh\nrm -rf /\n"
    record = attachment_record(world, script, record_id=RID)
    bundle = _signed_with(world, {attachment_member(sha256_hex(script), "png"): script}, [record])
    assert "not a PNG or JPEG" in _refusal(secretariat, tmp_path, bundle)


def test_a_jpeg_named_png_is_refused(world, secretariat, tmp_path) -> None:
    jpeg = _image("JPEG")
    record = attachment_record(world, jpeg, record_id=RID)
    bundle = _signed_with(world, {attachment_member(sha256_hex(jpeg), "png"): jpeg}, [record])
    assert "JPG image named .png" in _refusal(secretariat, tmp_path, bundle)


def test_an_attachment_larger_than_the_cap_is_refused(world, secretariat, tmp_path) -> None:
    big = _image() + b"\0" * (MAX_ATTACHMENT_BYTES + 1)  # a valid PNG followed by padding
    record = attachment_record(world, big, record_id=RID)
    bundle = _signed_with(world, {attachment_member(sha256_hex(big), "png"): big}, [record])
    assert f"larger than {MAX_ATTACHMENT_BYTES}" in _refusal(secretariat, tmp_path, bundle)


def test_an_image_changed_after_signing_is_refused(world, secretariat, tmp_path) -> None:
    png = _image()
    name = attachment_member(sha256_hex(png), "png")
    bundle = _signed_with(world, {name: png}, [attachment_record(world, png, record_id=RID)])
    other = _image(colour="red")
    members = [(n, other if n == name else d) for n, d in world.members_of(bundle)]
    assert "does not match the hash in the signed manifest" in _refusal(
        secretariat, tmp_path, world.rezip(members)
    )
    # An image added to a signed bundle, not listed in its manifest.
    extra = attachment_member(sha256_hex(other), "png")
    members = [*world.members_of(bundle)[:-1], (extra, other), world.members_of(bundle)[-1]]
    assert "not listed in the signed manifest" in _refusal(secretariat, tmp_path, world.rezip(members))
    # An image removed from a signed bundle.
    members = [(n, d) for n, d in world.members_of(bundle) if n != name]
    assert "is missing" in _refusal(secretariat, tmp_path, world.rezip(members))


@pytest.mark.parametrize(
    "name",
    [
        "attachments/../manifest.json",
        "attachments/../../etc/cron.d/x.png",
        "/attachments/{h}.png",
        "attachments/sub/{h}.png",
        "attachments\\{h}.png",
        "attachments/{H}.png",
        "attachments/{h}.PNG",
        "attachments/{h}.gif",
        "attachments/{h}.png/",
        "Attachments/{h}.png",
        "attachments/{h}.png\u200b",
    ],
)
def test_path_tricks_in_attachment_names_are_refused(world, secretariat, tmp_path, name) -> None:
    png = _image()
    digest = sha256_hex(png)
    trick = name.format(h=digest, H=digest.upper())
    record = attachment_record(world, png, record_id=RID)
    honest = _signed_with(world, {attachment_member(digest, "png"): png}, [record])
    members = [(trick if n.startswith("attachments/") else n, d) for n, d in world.members_of(honest)]
    reason = _refusal(secretariat, tmp_path, world.rezip(members))
    assert "member" in reason


def test_a_v1_manifest_cannot_carry_attachments_and_every_image_needs_its_record(
    world, secretariat, tmp_path
) -> None:
    png = _image()
    name = attachment_member(sha256_hex(png), "png")
    record = attachment_record(world, png, record_id=RID)
    v1 = _signed_with(world, {name: png}, [record], {"version": 1})
    assert "format 1" in _refusal(secretariat, tmp_path, v1) or "unexpected" in _refusal(
        secretariat, tmp_path, v1
    )
    unowned = _signed_with(world, {name: png}, [])
    assert "belongs to no attachment record" in _refusal(secretariat, tmp_path, unowned)
    orphan_record = _signed_with(world, {}, [record])  # no members: written as v1, the record has no image
    assert "has no image in the bundle" in _refusal(secretariat, tmp_path, orphan_record)
    encoding = _signed_with(world, {name: png}, [record], {"records_encoding": "cbor"})
    assert "unknown records encoding" in _refusal(secretariat, tmp_path, encoding)


def test_the_reader_checks_members_of_v2_like_v1(world, secretariat, tmp_path) -> None:
    png = _image()
    name = attachment_member(sha256_hex(png), "png")
    bundle = _signed_with(world, {name: png}, [attachment_record(world, png, record_id=RID)])
    assert read_bundle(bundle).attachments  # the honest one reads
    members = world.members_of(bundle)
    twice = [*members[:-1], (name, png), members[-1]]
    assert "appears 2 times" in _refusal(secretariat, tmp_path, world.rezip(twice))
    records = json.loads(next(d for n, d in members if n == RECORDS))
    assert records["type"] == "attachment"
