"""One real hostile bundle of each kind of refusal, each signed with real Ed25519 keys where the attack
needs a valid signature to reach its check, each with the check and message code it must be refused with
and a phrase of the Swedish sentence the secretariat's window must say.

`hostile_bundles(world, workspace)` expects the workspace (a copy of the bundle world's secretariat) to
have imported Anna's own table export first: the origin and relay attacks are told apart from what it
holds. It trusts Bo, a spare laptop of Anna's table 3, in that workspace.
"""

from __future__ import annotations

import copy
import io
import json
import uuid
import zipfile
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.bundles.format import MANIFEST, SIGNATURE, attachment_member, sha256_hex
from app.bundles.trust import add as trust_add
from app.hlc import Stamp, wall_clock_ms

BO_ORIGIN = "b0b0b0b0b0b0b0b0"


@dataclass(frozen=True)
class Hostile:
    name: str  # the file's name
    data: bytes
    check: str  # BundleError.check
    code: str  # the message code of exactly why (BundleError.why)
    swedish: str  # what the window says of it, in Swedish (part of the sentence)
    read_refused: bool = True  # refused on reading (Collect says it) rather than when merged


def _members(bundle: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def anna_origin(world) -> str:
    return json.loads(dict(_members(world.table_bundle))[MANIFEST])["created"]["origin"]


def live_notes(world) -> list[dict]:
    return [copy.deepcopy(r) for r in world.table_records() if r["type"] == "note" and not r["deleted"]]


def edited(record: dict, stamp: str, origin: str, **fields) -> dict:
    for name, value in fields.items():
        record["fields"][name] = value
        record["stamps"][name] = [stamp, origin]
    record["base_rev"], record["rev"], record["origin"] = record["rev"], stamp, origin
    return record


def _after_anna(world, records: list[dict], **changes) -> bytes:
    """Signed by Anna, as her next bundle after the table export the workspace imported."""
    previous = sha256_hex(dict(_members(world.table_bundle))[MANIFEST])
    return world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        records,
        conference_id=world.conference_id,
        sequence=2,
        previous=previous,
        **changes,
    )


def attachment_record(world, data: bytes, *, record_id: str, media_type: str = "image/png") -> dict:
    """Anna's record of a photo of table 3's paper, whose image member holds `data`."""
    stamp = ["001700000000000-000001", "a1b2c3d4e5f60718"]
    fields = {
        "conference_id": world.conference_id,
        "table_number": world.table,
        "sha256": sha256_hex(data),
        "media_type": media_type,
        "file_name": "duken.png",
        "size": len(data),
        "width": 60,
        "height": 40,
        "caption": "",
        "added_by": "Anna Berg",
        "added_at": "2026-03-12T13:00+01:00",
    }
    return {
        "id": record_id,
        "type": "attachment",
        "origin": stamp[1],
        "rev": stamp[0],
        "base_rev": "000000000000000-000000",
        "deleted": False,
        "fields": fields,
        "stamps": {name: stamp for name in (*fields, "deleted")},
    }


def _with_a_broken_photo(world) -> bytes:
    photo = b"\x89PNG\r\n\x1a\n" + b"inte en riktig bild" * 20  # starts like a PNG, decodes as nothing
    record = attachment_record(world, photo, record_id=str(uuid.uuid4()))
    members = {attachment_member(sha256_hex(photo), "png"): photo}
    return _after_anna(world, [*world.table_records(), record], attachments=members)


def _version(manifest: bytes, version: int) -> bytes:
    return json.dumps({**json.loads(manifest), "version": version}).encode()


def hostile_bundles(world, workspace) -> list[Hostile]:
    members = _members(world.table_bundle)
    manifest = json.loads(dict(members)[MANIFEST])
    manifest["signer"]["name"] = "Någon annan"  # changed after signing
    forged = [(n, json.dumps(manifest).encode() if n == MANIFEST else d) for n, d in members]

    bo_key = Ed25519PrivateKey.generate()
    bo_public = bo_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trust_add(workspace.store, bo_public, "Bo Ek", "chair", world.conference_id, world.table)
    later = str(Stamp(wall_clock_ms() + 6 * 3600_000, 0))

    def bo(records: list[dict], origin: str) -> bytes:
        return world.signed_bundle(
            bo_key, bo_public, records, conference_id=world.conference_id, signer_name="Bo Ek", origin=origin
        )

    moved = copy.deepcopy(world.table_records())
    for record in moved:  # Anna's notes, said to be table 4's: she chairs table 3
        record["fields"]["number" if record["type"] == "table" else "table_number"] = 4
    stray = live_notes(world)[0]
    stray["id"], stray["fields"]["question_id"] = str(uuid.uuid4()), str(uuid.uuid4())
    negative = live_notes(world)[0]
    negative["fields"]["votes"] = -3
    overwrite = edited(live_notes(world)[0], later, anna_origin(world), text="Bo skriver över Annas text")

    return [
        Hostile(
            "ingen-zip.rbz",
            "Det här är ingen zip-fil, bara text.\n".encode() * 20,
            "zip",
            "not-a-zip",
            "inget Rundabord-paket (ingen zip-fil)",
        ),
        Hostile(
            "med-skräp-efter.rbz",
            world.table_bundle + b"\0" * 64,
            "zip",
            "zip-extra-bytes",
            "det finns extra data efter zip-filens slut",
        ),
        Hostile(
            "utan-signatur.rbz",
            world.rezip([(n, d) for n, d in members if n != SIGNATURE]),
            "member",
            "member-missing",
            "delen signature saknas",
        ),
        Hostile(
            "ändrad-avsändare.rbz",
            world.rezip(forged),
            "signature",
            "signature-mismatch",
            "signaturen stämmer inte",
        ),
        Hostile(
            "nyare-format.rbz",
            world.signed_bundle(
                world.chair_key(),
                world.chair_public_key,
                world.table_records(),
                conference_id=world.conference_id,
                manifest_changes={"version": 4},
            ),
            "version",
            "format-newer",
            "gjort med en nyare version av Rundabord (paketformat 4)",
        ),
        Hostile(  # made by hand: the version edited after signing, so its signature no longer holds
            "påstått-nyare-format.rbz",
            world.rezip([(n, _version(d, 99) if n == MANIFEST else d) for n, d in members]),
            "version-unchecked",
            "format-newer-unchecked",
            "säger sig vara gjort med en nyare version av Rundabord (paketformat 99), obekräftat",
        ),
        Hostile(
            "löpnummer-noll.rbz",
            world.signed_bundle(
                world.chair_key(),
                world.chair_public_key,
                world.table_records(),
                conference_id=world.conference_id,
                manifest_changes={"sequence": 0},
            ),
            "manifest",
            "manifest-malformed",
            "fältet sequence i innehållsförteckningen är felaktigt",
        ),
        Hostile(
            "negativa-röster.rbz",
            _after_anna(world, [negative]),
            "field",
            "line",
            "fältet votes i en uppgift av typen note har värdet -3, som inte är tillåtet",
        ),
        Hostile(
            "trasigt-foto.rbz",
            _with_a_broken_photo(world),
            "attachment",
            "attachment-image",
            "ett foto i paketet tas inte emot: PNG-bilden är skadad",
        ),
        Hostile(
            "bord-4-av-anna.rbz",
            world.signed_bundle(
                world.chair_key(),
                world.chair_public_key,
                moved,
                conference_id=world.conference_id,
                tables=(4,),
            ),
            "role",
            "role-table",
            "paketet gäller bord 4, men avsändaren är här betrodd endast som bordsordförande för bord 3",
        ),
        Hostile(
            "bo-som-anna.rbz",
            bo(live_notes(world), origin=anna_origin(world)),
            "origin",
            "origin-home",
            "paketet säger att det gjordes på en dator som hör till en annan nyckel",
            read_refused=False,
        ),
        Hostile(
            "bo-skriver-över.rbz",
            bo([overwrite], origin=BO_ORIGIN),
            "relay",
            "relay-over-own",
            "paketet för vidare en ändring från en annan dator vid bordet",
            read_refused=False,
        ),
        Hostile(
            "okänd-fråga.rbz",
            _after_anna(world, [stray]),
            "references",
            "reference-question",
            "en anteckning svarar på en fråga som konferensen inte har",
            read_refused=False,
        ),
    ]
