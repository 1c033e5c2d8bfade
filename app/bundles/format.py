"""Constants of the bundle format, version 1, and the one error every refusal raises.

A bundle (`.rbz`) is a zip with exactly three members:
  manifest.json  canonical JSON (see canonical.py) describing the bundle and hashing records.jsonl
  records.jsonl  one canonical JSON record a line, in the wire form of app/records.py
  signature      base64 of the Ed25519 signature over PAE(MANIFEST_TYPE, exact manifest bytes)

The manifest (canonical JSON; shown spread out here):
  {"format": "rundabord-bundle", "version": 1, "kind": "table-export" | "conference-pack",
   "bundle_id": UUID, "created": {"utc": "2026-11-25T12:00:00Z", "hlc": "001764072000000-000000"},
   "signer": {"name": "Anna Berg", "key_id": 16 hex, "public_key": base64 of the raw 32 bytes},
   "conference": UUID, "tables": [3], "counts": {"note": 12, "table": 1},
   "sequence": 4, "previous": SHA-256 hex of the signer's previous manifest or null,
   "members": {"records.jsonl": SHA-256 hex}}
"""

from __future__ import annotations

import hashlib

from app.errors import UserError

FORMAT = "rundabord-bundle"
VERSION = 1
MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
SIGNATURE = "signature"
MEMBERS = (MANIFEST, RECORDS, SIGNATURE)
MANIFEST_TYPE = "application/vnd.rundabord.manifest+json;v=1"
KIND_PACK = "conference-pack"
KIND_TABLE = "table-export"
KINDS = (KIND_PACK, KIND_TABLE)
SUFFIX = ".rbz"

# Caps for reading untrusted files, bounding the memory one bundle can take (its records become Python
# objects several times their size). A table's export of 10,000 notes holds ~5 MiB of records and
# zips to ~1.4 MiB; the design's largest merge is 1,000 bundles of 1,000 notes. Generous, but bounded.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 256
MAX_RECORDS_BYTES = 32 * 1024 * 1024
MAX_RECORD_LINE_BYTES = 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed: JSON lines compress ~5-10x; a bomb does 1000x


class BundleError(UserError):
    """A bundle refused: `check` names the failed check; `incomplete` marks a truncated copy
    (a half-synced file, worth fetching again) as opposed to a damaged or forged one."""

    def __init__(self, check: str, message: str, *, incomplete: bool = False) -> None:
        super().__init__(message)
        self.check = check
        self.incomplete = incomplete


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_id_for(public_key: bytes) -> str:
    """The key id: the first 16 hex digits of SHA-256 over the raw 32-byte public key."""
    return sha256_hex(public_key)[:16]


def fingerprint_for(public_key: bytes) -> str:
    """128 bits of the key's SHA-256 in 4-hex groups, to read aloud and compare; starts with the key id."""
    digest = sha256_hex(public_key)[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))
