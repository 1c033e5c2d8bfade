"""Building and signing bundles: records in, a reproducible `.rbz` out.

The zip is written the same way every time (fixed member order and timestamps, deflate), and the
manifest is canonical JSON, so the same content signed by the same key gives the same bytes.
"""

from __future__ import annotations

import base64
import io
import json
import uuid
import zipfile
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.bundles.canonical import canonical_bytes
from app.bundles.format import FORMAT, MANIFEST, RECORDS, SIGNATURE, VERSION, key_id_for, sha256_hex
from app.bundles.pae import manifest_pae
from app.errors import UserError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the zip epoch: no wall time leaks into the bytes


def records_bytes(records: Iterable[dict[str, Any]]) -> bytes:
    """records.jsonl: one JSON object a line, keys sorted, no spaces. Records hold only the field names
    of app/records.py as keys and no floats, so this is the canonical form at the C encoder's speed."""
    encode = json.JSONEncoder(
        ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode
    try:
        return "".join(encode(r) + "\n" for r in records).encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("a record's text holds a lone surrogate, which is not valid Unicode") from None


def build_manifest(
    *,
    kind: str,
    signer_name: str,
    public_key: bytes,
    conference_id: str,
    tables: Iterable[int],
    records: list[dict[str, Any]],
    records_data: bytes,
    sequence: int,
    previous: str | None,
    created_utc: str,
    created_hlc: str,
    bundle_id: str | None = None,
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "created": {"utc": created_utc, "hlc": created_hlc},
        "signer": {
            "name": signer_name,
            "key_id": key_id_for(public_key),
            "public_key": base64.b64encode(public_key).decode("ascii"),
        },
        "conference": conference_id,
        "tables": sorted(set(tables)),
        "counts": dict(sorted(Counter(r["type"] for r in records).items())),
        "sequence": sequence,
        "previous": previous,
        "members": {RECORDS: sha256_hex(records_data)},
    }


def sign_manifest(key: Ed25519PrivateKey, manifest_data: bytes) -> bytes:
    """The `signature` member: base64 of Ed25519 over PAE(type, the exact manifest bytes)."""
    return base64.b64encode(key.sign(manifest_pae(manifest_data)))


def zip_members(members: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            info.create_system = 3  # unix, so the mode above is read as one
            archive.writestr(info, data)
    return buffer.getvalue()


def assemble(key: Ed25519PrivateKey, manifest: dict[str, Any], records_data: bytes) -> tuple[bytes, bytes]:
    """(zip bytes, manifest bytes) of a signed bundle."""
    manifest_data = canonical_bytes(manifest)
    signature = sign_manifest(key, manifest_data)
    return zip_members(
        ((MANIFEST, manifest_data), (RECORDS, records_data), (SIGNATURE, signature))
    ), manifest_data
