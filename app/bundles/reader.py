"""Reading and checking an untrusted bundle, in memory, refusing anything not exactly the format.

Order of checks: the zip container (container.py: size, structure, a truncated copy reported as
incomplete, member names, sizes and compression ratio, contents by CRC), the signature's encoding, the
manifest's JSON, format and version, then the Ed25519 signature over PAE(type, the exact manifest
bytes) with the key the manifest names (the only field read before the signature is checked), then the
manifest's fields and key id, every member's hash, the records themselves, and last a v2 bundle's attachments
(attached.py: images that decode, each owned by an attachment record). Nothing is ever extracted to
disk. Every refusal is a `BundleError`. The result says nothing about trust: see trust.py, permissions.py.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.bundles import strictjson
from app.bundles.attached import check_attachments, check_member_hashes
from app.bundles.codec import JSONL, Known, decode_records, digest_context
from app.bundles.container import read_members
from app.bundles.format import (
    FORMAT,
    KIND_PACK,
    KIND_TABLE,
    KINDS,
    MANIFEST,
    MAX_COPIED_KEYS,
    MAX_FILE_BYTES,
    MAX_FORMER_ORIGINS,
    MAX_SECRETARIAT_KEYS,
    RECORDS,
    SIGNATURE,
    VERSION,
    VERSIONS,
    BundleError,
    key_id_for,
    refused,
    sha256_hex,
)
from app.bundles.keys import weak_key_problem
from app.bundles.pae import manifest_pae
from app.bundles.records_jsonl import ORIGIN, UUID, is_stamp
from app.records import RECORD_TYPES

_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")
_MANIFEST_KEYS = frozenset(
    (
        "format",
        "version",
        "kind",
        "bundle_id",
        "created",
        "signer",
        "conference",
        "tables",
        "counts",
        "sequence",
        "previous",
        "members",
    )
)
_MANIFEST_KEYS_V2 = _MANIFEST_KEYS | {"records_encoding"}
# Written only when there is something to say, so that a bundle without it reads as before (format.py).
_OPTIONAL_KEYS = frozenset({"copied_keys", "secretariat_keys"})
_KEY_ID = re.compile(r"[0-9a-f]{16}\Z")


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check of the format and whose signature verifies."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    manifest_sha256: str
    records: list[dict[str, Any]]
    public_key: bytes
    attachments: dict[str, bytes] = field(default_factory=dict)  # v2: SHA-256 hex -> image bytes
    # Ids of lines this store merged before, read without the checks they passed then (codec.py).
    skipped: set[str] = field(default_factory=set)
    digests: dict[str, str] = field(default_factory=dict)  # record id -> its line's digest
    line_digests: tuple[str, ...] = ()  # every record line's digest, in order (read with `known`)
    lines: tuple[bytes, ...] = ()  # every record line's bytes, in order (read with `known`)

    @property
    def record_count(self) -> int:
        return len(self.records)

    @property
    def records_encoding(self) -> str:
        return self.manifest.get("records_encoding", JSONL)

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def key_id(self) -> str:
        return self.manifest["signer"]["key_id"]

    @property
    def signer_name(self) -> str:
        return self.manifest["signer"]["name"]

    @property
    def conference_id(self) -> str:
        return self.manifest["conference"]

    @property
    def tables(self) -> tuple[int, ...]:
        return tuple(self.manifest["tables"])

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.manifest["counts"])

    @property
    def sequence(self) -> int:
        return self.manifest["sequence"]

    @property
    def previous(self) -> str | None:
        return self.manifest["previous"]

    @property
    def created_utc(self) -> str:
        return self.manifest["created"]["utc"]

    @property
    def created_hlc(self) -> str:
        return self.manifest["created"]["hlc"]

    @property
    def home_origin(self) -> str | None:
        """The origin of the workspace that made the bundle (signed; absent in older bundles)."""
        return self.manifest["created"].get("origin")

    @property
    def former_origins(self) -> tuple[str, ...]:
        """The origins the exporting workspace wrote under before it renewed its identity, when the
        export carries their edits (signed; absent in older bundles and when there is none)."""
        return tuple(self.manifest["created"].get("former", ()))

    @property
    def copied_keys(self) -> tuple[str, ...]:
        """A pack's word on which chairs' keys sign two histories (a copied laptop profile): the key ids
        its secretariat has seen fork (signed; absent in older packs and when there is none)."""
        return tuple(self.manifest.get("copied_keys", ()))

    @property
    def secretariat_keys(self) -> tuple[tuple[bytes, str], ...]:
        """A pack's (public key, name) of its team's other secretaries (signed; absent in older packs and
        from a secretariat of one)."""
        return tuple(
            (base64.b64decode(k["public_key"]), k["name"]) for k in self.manifest.get("secretariat_keys", ())
        )

    def unseen(self) -> Iterator[dict[str, Any]]:
        """The records not merged here before: a known line's stamps passed the clock check and were
        observed when it was merged (codec.py)."""
        return (r for r in self.records if r["id"] not in self.skipped)

    def every_stamp(self) -> Iterator[str]:
        """Every clock stamp the bundle carries: its creation, and each record's revs and field stamps
        (of the records not merged here before)."""
        yield self.created_hlc
        for record in self.unseen():
            yield record["rev"]
            yield record["base_rev"]
            for rev, _origin in record["stamps"].values():
                yield rev

    def greatest_stamp(self) -> str:
        """The greatest clock stamp in the bundle, for the importing workspace's clock to observe."""
        greatest = self.created_hlc
        for record in self.unseen():
            top = max([record["rev"], *[pair[0] for pair in record["stamps"].values()]])
            if top > greatest:
                greatest = top
        return greatest


def read_bundle_file(path: Path | str) -> tuple[Bundle, bytes]:
    """Read and check one bundle file; returns the bundle and the file's bytes."""
    data = read_capped(Path(path))
    return read_bundle(data), data


def read_capped(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise refused("file", "file-missing", path=str(path)) from None
    except IsADirectoryError:
        raise refused("file", "file-is-folder", path=str(path)) from None
    except OSError as exc:
        raise refused("file", "file-unreadable", path=str(path), error=exc.strerror or "") from None
    if len(data) > MAX_FILE_BYTES:
        raise refused("size", "file-too-large", mib=MAX_FILE_BYTES // 2**20)
    return data


KnownLines = Callable[[list[str]], Mapping[str, Known]]


def read_bundle(data: bytes, *, known: KnownLines | None = None) -> Bundle:
    """Read and check a bundle's bytes. With `known` (which of these line digests this store merged
    before), such lines are read without the checks they passed then: see codec.py."""
    members = read_members(data)
    signature = _decode_signature(members[SIGNATURE])
    manifest = _parse_manifest(members[MANIFEST])
    # The key must come out of the manifest; every other field is read only once it is signed.
    public_key = _public_key(manifest)
    _verify_signature(public_key, signature, members[MANIFEST])
    _check_manifest_fields(manifest)
    if key_id_for(public_key) != manifest["signer"]["key_id"]:
        raise refused("key", "key-id-mismatch")
    # From here on the manifest is the signer's own words; every member must be what it hashed.
    check_member_hashes(manifest, members)
    encoding = manifest.get("records_encoding", JSONL)
    key_id = manifest["signer"]["key_id"]
    decoded = decode_records(
        members[RECORDS],
        encoding,
        context=digest_context(encoding, key_id, manifest["conference"]) if known else None,
        conference_id=manifest["conference"],
        known=known,
    )
    records = decoded.records
    covered = _check_claims(manifest, records)
    attachments = check_attachments(members, records)
    _check_tables_covered(manifest, covered)
    return Bundle(
        manifest,
        members[MANIFEST],
        sha256_hex(members[MANIFEST]),
        records,
        public_key,
        attachments,
        decoded.skipped,
        decoded.digests,
        tuple(decoded.lines),
        tuple(decoded.raw_lines),
    )


# -- manifest and signature -----------------------------------------------------------------------


def _decode_signature(raw: bytes) -> bytes:
    try:
        signature = base64.b64decode(raw.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise refused("signature", "signature-not-base64") from None
    if len(signature) != 64:
        raise refused("signature", "signature-length")
    return signature


def _parse_manifest(raw: bytes) -> dict[str, Any]:
    try:
        manifest = strictjson.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise refused("manifest", "manifest-not-utf8") from None
    except strictjson.InvalidText as exc:
        raise refused("unicode", "manifest-text", problem=exc.why.as_json()) from None
    except ValueError as exc:
        problem = strictjson.problem_of(exc).as_json()
        raise refused("manifest", "manifest-not-json", problem=problem) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise refused("manifest", "manifest-other-format")
    version = manifest.get("version")
    if type(version) is int and version > max(VERSIONS):
        raise refused("version", "format-newer", version=version)
    if version not in VERSIONS or type(version) is not int:
        raise refused("version", "format-unknown", version=repr(version)[:40])
    return manifest


def _bad(part: str) -> BundleError:
    """The manifest's field `part` (its JSON name) does not hold what the format says."""
    return refused("manifest", "manifest-malformed", part=part)


def _is_int(value: Any) -> bool:
    return type(value) is int


def _check_manifest_fields(m: dict[str, Any]) -> None:
    keys = set(m) - _OPTIONAL_KEYS
    expected = _MANIFEST_KEYS if m["version"] == VERSION else _MANIFEST_KEYS_V2
    if keys != expected:
        odd = sorted(keys - expected) or sorted(expected - keys)
        raise refused("manifest", "manifest-fields", fields=", ".join(odd))
    if m["kind"] not in KINDS:
        raise _bad("kind")
    if not isinstance(m["bundle_id"], str) or not UUID.match(m["bundle_id"]):
        raise _bad("bundle_id")
    created = m["created"]
    if (
        not isinstance(created, dict)
        or set(created) - {"origin", "former"} != {"utc", "hlc"}
        or not isinstance(created.get("origin", ""), str)
        or ("origin" in created and not ORIGIN.match(created["origin"]))
        or not isinstance(created["utc"], str)
        or not _is_utc(created["utc"])
        or not is_stamp(created["hlc"])
        or not _former_ok(created, m["kind"])
    ):
        raise _bad("created")
    signer = m["signer"]
    if (
        not isinstance(signer, dict)
        or set(signer) != {"name", "key_id", "public_key"}
        or not all(isinstance(v, str) for v in signer.values())
        or not signer["name"].strip()
        or len(signer["name"]) > 200
    ):
        raise _bad("signer")
    if not isinstance(m["conference"], str) or not UUID.match(m["conference"]):
        raise _bad("conference")
    tables = m["tables"]
    if (
        not isinstance(tables, list)
        or not all(_is_int(t) and t >= 1 for t in tables)
        or tables != sorted(set(tables))
        or (m["kind"] == KIND_TABLE and not tables)
    ):
        raise _bad("tables")
    counts = m["counts"]
    if not isinstance(counts, dict) or not all(_is_int(n) and n > 0 for n in counts.values()):
        raise _bad("counts")
    if not _is_int(m["sequence"]) or m["sequence"] < 1:
        raise _bad("sequence")
    previous = m["previous"]
    if previous is not None and not (isinstance(previous, str) and _SHA256.match(previous)):
        raise _bad("previous")
    members = m["members"]
    if not isinstance(members, dict) or not all(isinstance(v, str) for v in members.values()):
        raise _bad("members")
    if "records_encoding" in m and not isinstance(m["records_encoding"], str):
        raise _bad("records_encoding")
    copied = m.get("copied_keys", [])
    if (
        not isinstance(copied, list)
        or ("copied_keys" in m and (m["kind"] != KIND_PACK or not copied))
        or len(copied) > MAX_COPIED_KEYS
        or not all(isinstance(k, str) and _KEY_ID.match(k) for k in copied)
        or copied != sorted(set(copied))
    ):
        raise _bad("copied_keys")
    if "secretariat_keys" in m and not _secretariat_keys_ok(m["secretariat_keys"], m["kind"]):
        raise _bad("secretariat_keys")


def _secretariat_keys_ok(listed: Any, kind: str) -> bool:
    """A pack's list of its team's other secretaries (format.py): named keys of 32 bytes, sorted."""
    if kind != KIND_PACK or not isinstance(listed, list) or not 0 < len(listed) <= MAX_SECRETARIAT_KEYS:
        return False
    keys = []
    for entry in listed:
        if not isinstance(entry, dict) or set(entry) != {"name", "public_key"}:
            return False
        name, key = entry["name"], entry["public_key"]
        if not isinstance(name, str) or not name.strip() or len(name) > 200 or not isinstance(key, str):
            return False
        try:
            if len(base64.b64decode(key, validate=True)) != 32:
                return False
        except ValueError:
            return False
        keys.append(key)
    return keys == sorted(set(keys))


def _former_ok(created: dict[str, Any], kind: str) -> bool:
    """A table export's former origins of its workspace (format.py): only beside its own origin."""
    if "former" not in created:
        return True
    former = created["former"]
    return (
        kind == KIND_TABLE
        and "origin" in created
        and isinstance(former, list)
        and 0 < len(former) <= MAX_FORMER_ORIGINS
        and all(isinstance(o, str) and ORIGIN.match(o) for o in former)
        and former == sorted(set(former))
        and created["origin"] not in former
    )


def _public_key(manifest: dict[str, Any]) -> bytes:
    signer = manifest.get("signer")
    encoded = signer.get("public_key") if isinstance(signer, dict) else None
    if not isinstance(encoded, str):
        raise _bad("public_key")
    try:
        public_key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("public_key") from None
    if len(public_key) != 32:
        raise _bad("public_key")
    weak = weak_key_problem(public_key)
    if weak:
        raise refused("weak-key", "weak-key", weak=weak.as_json())
    return public_key


def _verify_signature(public_key: bytes, signature: bytes, manifest_bytes: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_pae(manifest_bytes))
    except (InvalidSignature, ValueError):
        raise refused("signature", "signature-mismatch") from None


def _is_utc(value: str) -> bool:
    if not _UTC.match(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:  # 2026-13-45T25:61:00Z has the shape but is no time
        return False
    return True


# -- records --------------------------------------------------------------------------------------


def table_of(record: dict[str, Any]) -> tuple[str | None, int | None]:
    """(conference id, table number) a table-scoped record belongs to; the table record calls its
    own number `number`, every other table-scoped type `table_number`."""
    fields = record["fields"]
    number = fields.get("number") if record["type"] == "table" else fields.get("table_number")
    return fields.get("conference_id"), number


def _check_tables_covered(manifest: dict[str, Any], covered: set[int]) -> None:
    """A claim without records would sign off a table the signer never sent."""
    claimed = set(manifest["tables"])
    if manifest["kind"] == KIND_TABLE and covered != claimed:
        missing = sorted(claimed - covered)
        raise refused("claims", "claims-empty-table", table=missing[0])


def _check_claims(manifest: dict[str, Any], records: list[dict[str, Any]]) -> set[int]:
    """Counts match, and a table export's records lie in the tables it claims; returns those tables."""
    counts = Counter(r["type"] for r in records)
    if dict(counts) != manifest["counts"]:
        raise refused("counts", "counts-mismatch")
    if manifest["kind"] != KIND_TABLE:
        return set()
    # A table export says which tables it covers; the minutes' sign-off line relies on that claim.
    claimed = set(manifest["tables"])
    covered: set[int] = set()
    for record in records:
        if RECORD_TYPES[record["type"]].scope != "table":
            continue
        conference_id, number = table_of(record)
        if conference_id != manifest["conference"] or number not in claimed:
            raise refused(
                "claims", "claims-outside", type=record["type"], table=number, conference=str(conference_id)
            )
        covered.add(number)
    return covered
