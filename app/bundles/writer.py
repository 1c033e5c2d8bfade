"""Building and signing bundles: records in, a reproducible `.rbz` out.

The zip is written the same way every time (fixed member order and timestamps, deflate), and the
manifest is canonical JSON, so the same content signed by the same key gives the same bytes.
"""

from __future__ import annotations

import base64
import io
import uuid
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from app.bundles.canonical import canonical_bytes
from app.bundles.codec import JSONL, encode_records
from app.bundles.format import (
    FORMAT,
    KIND_PACK,
    MANIFEST,
    RECORDS,
    SIGNATURE,
    VERSION,
    VERSION_ATTACHMENTS,
    VERSION_SEEN,
    key_id_for,
    sha256_hex,
)
from app.bundles.pae import manifest_pae
from app.knowledge import SEEN

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the zip epoch: no wall time leaks into the bytes


def records_bytes(records: Iterable[dict[str, Any]], encoding: str = JSONL) -> bytes:
    """records.jsonl's bytes in `encoding` (see codec.py, the one place that encodes records)."""
    return encode_records(records, encoding)


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
    attachments: Mapping[str, bytes] | None = None,
    origin: str | None = None,
    records_encoding: str | None = None,
    copied_keys: Iterable[str] = (),
    secretariat_origins: Iterable[str] = (),
    former: Iterable[str] = (),
    secretariat_keys: Iterable[tuple[bytes, str]] = (),
    requires: Iterable[str] = (),
) -> dict[str, Any]:
    """The manifest: format v1, or v2 when `attachments` (member name -> bytes) are carried or a
    `records_encoding` is named (the encoding `records_data` was written in; v1 knows only "jsonl"),
    or v3 when a record says what its edit had seen or it is a pack with an encoding named.

    `origin` names the exporting workspace, so the signature binds its edits' origin to its key
    (app/bundles/origins.py); bundles written before it was added lack it and are still read.
    `copied_keys` (a pack's) names chairs' keys seen signing two histories (format.py); none: absent.
    `secretariat_origins` (a pack's) names a secretariat's writers (team_origins.py); none: absent.
    `former` (a table export's) names origins the exporting workspace wrote under before it renewed
    its identity, when its records carry their edits (app/bundles/succession.py); none: absent.
    `secretariat_keys` (a pack's): (public key, name) of the team's other secretaries; none: absent.
    `requires` (a pack's): what its reader must honour or refuse it (format.py); none: absent."""
    # Version 3: what an edit had seen (format.py). Every pack says it, claims or not: the chair's
    # laptop learns from each pack whether its secretariat reads them (encoding_choice.py). A pack asked
    # for in format 1 (no encoding named: what every Rundabord reads) stays so.
    pack = kind == KIND_PACK and records_encoding is not None
    seen = pack or any(SEEN in r for r in records)
    v2 = bool(attachments) or records_encoding is not None or seen
    manifest = {
        "format": FORMAT,
        "version": VERSION_SEEN if seen else VERSION_ATTACHMENTS if v2 else VERSION,
        "kind": kind,
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "created": {
            "utc": created_utc,
            "hlc": created_hlc,
            **({"origin": origin} if origin else {}),
            **({"former": sorted(set(former))} if former and origin else {}),
        },
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
    if v2:
        manifest["records_encoding"] = records_encoding or JSONL
    if copied_keys:
        manifest["copied_keys"] = sorted(set(copied_keys))
    if secretariat_origins and kind == KIND_PACK:
        manifest["secretariat_origins"] = sorted(set(secretariat_origins))
    others = {base64.b64encode(k).decode("ascii"): n for k, n in secretariat_keys if k != public_key}
    if others:
        manifest["secretariat_keys"] = [{"name": others[k], "public_key": k} for k in sorted(others)]
    if requires:
        manifest["requires"] = sorted(set(requires))
    if attachments:
        manifest["members"].update({name: sha256_hex(data) for name, data in sorted(attachments.items())})
    return manifest


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


def assemble(
    key: Ed25519PrivateKey,
    manifest: dict[str, Any],
    records_data: bytes,
    attachments: Mapping[str, bytes] | None = None,
) -> tuple[bytes, bytes]:
    """(zip bytes, manifest bytes) of a signed bundle; attachments follow the records, by name."""
    manifest_data = canonical_bytes(manifest)
    signature = sign_manifest(key, manifest_data)
    extra = sorted((attachments or {}).items())
    return zip_members(
        ((MANIFEST, manifest_data), (RECORDS, records_data), *extra, (SIGNATURE, signature))
    ), manifest_data
