"""Constants of the bundle format, versions 1 to 3, and the one error every refusal raises.

A bundle (`.rbz`) is a zip with exactly three members:
  manifest.json  canonical JSON (see canonical.py) describing the bundle and hashing records.jsonl
  records.jsonl  one canonical JSON record a line, in the wire form of app/records.py
  signature      base64 of the Ed25519 signature over PAE(MANIFEST_TYPE, exact manifest bytes)

The manifest (canonical JSON; shown spread out here):
  {"format": "rundabord-bundle", "version": 1, "kind": "table-export" | "conference-pack",
   "bundle_id": UUID, "created": {"utc": "2026-11-25T12:00:00Z", "hlc": "001764072000000-000000",
                                  "origin": 16 hex, the exporting workspace's origin (optional)},
   "signer": {"name": "Anna Berg", "key_id": 16 hex, "public_key": base64 of the raw 32 bytes},
   "conference": UUID, "tables": [3], "counts": {"note": 12, "table": 1},
   "sequence": 4, "previous": SHA-256 hex of the signer's previous manifest or null,
   "members": {"records.jsonl": SHA-256 hex}}

Version 2 is version 1 plus attachments (photos or scans of a table's paper) and a named records
encoding. It is written when a bundle carries an attachment, for conference packs, and for a table
export whose secretariat reads the "compact" encoding (encoding_choice.py); otherwise version 1.
Version 1 is always read.
  - `"records_encoding"`: "jsonl" (as v1) or "compact" (records_compact.py: a note a third of its v1
    size); the member is records.jsonl either way;
  - extra members `attachments/<sha256>.png|jpg`, named by the SHA-256 of their own bytes, at most
    MAX_ATTACHMENTS of them, each at most MAX_ATTACHMENT_BYTES, each a PNG or JPEG that decodes whole;
  - the manifest lists every attachment in `members` with its SHA-256, beside records.jsonl;
  - every attachment member belongs to an `attachment` record of the bundle (same hash and type), and
    every live attachment record of the bundle has its member.
The signature is made exactly as in v1 (the same PAE type); the version is inside the signed manifest.

Version 3 is version 2 whose records may carry `seen` (records_jsonl.py; the compact form's ninth item):
per other workspace, the latest stamp the writer of the record's head had seen that the record no longer
shows (an edit that restamped the one field a colleague had changed replaced it, and says so). Every
pack is version 3, so that a chair's laptop learns from each pack whether its secretariat reads them
(a pack of an older version: it does not). A table export is version 3 when it carries a claim: only
to a secretariat known to read version 3 (encoding_choice.py), and only on records whose head is the
export's own workspace's (a bundle not signed by a secretariat that claims for another workspace's
record is refused: origins.py); elsewhere they are left out, as every bundle before. The merge counts a
claim only for an edit its own store holds (app/knowledge.py). A record of a version 1 or 2 bundle
that carries one is refused, as a Rundabord before version 3 refuses it.

Optional in either version, and written only when there is something to say (so that every other
bundle reads as before, also in a Rundabord that predates it):
  - `"copied_keys"` (packs only): the sorted key ids of chairs whose laptop profile the secretariat has
    seen copied (the key's chain of exports forked, app/merge/forks.py), at most MAX_COPIED_KEYS; a
    chair's laptop that signs with one of them is told so when it imports the pack (copied_notice.py);
  - `created.former` (table exports only, beside `created.origin`): the sorted origins the exporting
    workspace wrote under before it renewed or re-created its identity (a lost or copied key), when
    the export carries their edits, at most MAX_FORMER_ORIGINS: the laptop's signed claim that those
    edits are its own (succession.py);
  - `"secretariat_keys"` (packs only): the other secretaries of a team sharing one store, each
    `{"name": ..., "public_key": base64 of 32 bytes}`, sorted by key, at most MAX_SECRETARIAT_KEYS: a
    chair's laptop that takes the pack from its conference's secretariat takes their packs and
    follow-ups for that conference too (co_secretaries.py).

  - `"requires"` (packs only): the sorted names of what the reader must honour, or else refuse the
    bundle, from REQUIREMENTS: "omit" when a colleague secretariat's follow-up carries a live
    "leave out" decision (app/proposals/exchange.py); "table-scoped" on every chairs' follow-up (one
    table's notes and decisions): sync takes it only on a laptop that chairs one of the tables it
    covers, never as the conference's pack (app/sync/engine.py), so a laptop that would take every
    table's follow-ups as packs refuses them instead; "secretariat-only" on every colleague
    secretariat's follow-up (the whole record, privacy decisions too): a chair's laptop refuses it
    however it arrives (app/bundles/table_scope.py). A reader that does not know a name refuses it.

`created.origin` and the fields above came without a version bump, and a Rundabord before each refuses
a bundle carrying it (an unknown manifest key or `created` field). So `rundabord export
--oldest-format` writes version 1 as the first Rundabord wrote it, without `created.origin`; only a
renewed laptop's export that must name its former workspace keeps both (encoding_choice.names_origin).
A laptop whose newest pack is version 1 without `created.origin` writes it so by itself
(encoding_choice.for_export).

Read since 5 December, and written only into a pack that names `requires` (team_origins.written;
docs/ARCHITECTURE.md says when every pack will carry it):
  - `"secretariat_origins"` (packs only): the sorted origins the signing secretariat knows as the
    writers of a secretariat of the conference (its team's, and a colleague's it learnt), at most
    MAX_SECRETARIAT_ORIGINS; kept by a store only from a pack signed by a secretariat of the
    conference, and a chair's bundle naming one as its own, former or in an export from before
    origins were named is refused or not vouched for (team_origins.py).
"""

from __future__ import annotations

import re
from typing import Any

from app.bundles.images import MAX_IMAGE_BYTES
from app.errors import UserError
from app.messages import TEXT, Message, message

FORMAT = "rundabord-bundle"
VERSION = 1  # what a bundle is written as unless it needs version 2
VERSION_ATTACHMENTS = 2
VERSION_SEEN = 3  # version 2 whose records may say what their writer had seen (`seen`)
VERSIONS = (VERSION, VERSION_ATTACHMENTS, VERSION_SEEN)
MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
SIGNATURE = "signature"
MEMBERS = (MANIFEST, RECORDS, SIGNATURE)
MANIFEST_TYPE = "application/vnd.rundabord.manifest+json;v=1"
KIND_PACK = "conference-pack"
KIND_TABLE = "table-export"
KINDS = (KIND_PACK, KIND_TABLE)
SUFFIX = ".rbz"
ATTACHMENTS_FOLDER = "attachments/"
ATTACHMENT_MEMBER = re.compile(r"attachments/([0-9a-f]{64})\.(png|jpg)\Z")

# Caps for reading untrusted files, bounding the memory one bundle can take (its records become Python
# objects several times their size). A table's export of 10,000 notes holds ~5 MiB of records and
# zips to ~1.4 MiB; the design's largest merge is 1,000 bundles of 1,000 notes. Generous, but bounded.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 256
MAX_RECORDS_BYTES = 32 * 1024 * 1024
MAX_RECORD_LINE_BYTES = 1024 * 1024
MAX_ATTACHMENTS = 32  # photos of one table's paper: a few sheets and the tablecloth
MAX_ATTACHMENT_BYTES = MAX_IMAGE_BYTES
MAX_COPIED_KEYS = 1000  # a conference's chairs, several times over
MAX_SECRETARIAT_KEYS = 50  # a team of two to five, with room for years of comings and goings
TABLE_SCOPED = "table-scoped"  # a chairs' follow-up: for the laptops chairing the tables it covers
SECRETARIAT_ONLY = "secretariat-only"  # a colleague secretariat's whole record: no chair's laptop takes it
# what a pack's `requires` may name: what this version honours
REQUIREMENTS = ("omit", SECRETARIAT_ONLY, TABLE_SCOPED)
MAX_FORMER_ORIGINS = 64  # identities a laptop renewed or re-created, generously
MAX_RATIO = 100  # uncompressed / compressed: JSON lines compress ~5-10x; a bomb does 1000x
MAX_SECRETARIAT_ORIGINS = 256  # a team's secretaries and the colleagues it learnt of, generously


class BundleError(UserError):
    """A bundle refused: `check` names the failed check (the kind of trouble, which says what to do);
    `why` says exactly what, as data (a `Message`: a code and its parameters, registered in
    app/messages.py; the CLI prints its English, which is also `str()`, and the windows say it in the
    user's language); `incomplete` marks a truncated copy (a half-synced file, worth fetching again) as
    opposed to a damaged or forged one. A plain sentence is accepted too and kept as text."""

    def __init__(self, check: str, why: Message | str, *, incomplete: bool = False) -> None:
        self.why = why if isinstance(why, Message) else Message(TEXT, {"text": why})
        super().__init__(self.why.english())
        self.check = check
        self.incomplete = incomplete


def refused(check: str, code: str, *, incomplete: bool = False, **params: Any) -> BundleError:
    """A BundleError whose reason is the registered message `code` with `params`."""
    return BundleError(check, message(code, **params), incomplete=incomplete)


def sha256_hex(data: bytes) -> str:
    import hashlib  # here: the chair's window imports this module at start, and hashlib loads OpenSSL

    return hashlib.sha256(data).hexdigest()


def key_id_for(public_key: bytes) -> str:
    """The key id: the first 16 hex digits of SHA-256 over the raw 32-byte public key."""
    return sha256_hex(public_key)[:16]


def fingerprint_for(public_key: bytes) -> str:
    """128 bits of the key's SHA-256 in 4-hex groups, to read aloud and compare; starts with the key id."""
    digest = sha256_hex(public_key)[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def attachment_member(sha256: str, extension: str) -> str:
    """The member name of an attachment in a v2 bundle: its own hash, so two photos never collide."""
    return f"{ATTACHMENTS_FOLDER}{sha256}.{extension}"
