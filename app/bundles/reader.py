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
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.bundles import strictjson
from app.bundles.attached import check_attachments, check_member_hashes
from app.bundles.codec import JSONL, Known, decode_records, digest_context, read_known_line
from app.bundles.container import member_alone, read_members
from app.bundles.format import (
    FORMAT,
    KIND_TABLE,
    MANIFEST,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    RECORDS,
    SIGNATURE,
    VERSION_SEEN,
    VERSIONS,
    BundleError,
    key_id_for,
    refused,
    sha256_hex,
)
from app.bundles.manifest_fields import check_manifest_fields
from app.bundles.newer_format import refuse_newer
from app.bundles.records_jsonl import SEEN, line_refused
from app.bundles.signature import decode_signature, public_key_of, verify_signature
from app.messages import message
from app.records import RECORD_TYPES

_KNOWN_PLACE = itemgetter(1, 3, 2)  # codec.Known -> (type, conference, table number)
_KNOWN_TYPE = itemgetter(0, 1)  # codec.Known -> (record id, type)


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check of the format and whose signature verifies."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    manifest_sha256: str
    read: list[dict[str, Any] | None]  # every line's record, None for a line left unread (`unread`)
    public_key: bytes
    attachments: dict[str, bytes] = field(default_factory=dict)  # v2: SHA-256 hex -> image bytes
    # Ids of lines this store merged before, read without the checks they passed then (codec.py).
    skipped: set[str] = field(default_factory=set)
    digests: dict[str, str] = field(default_factory=dict)  # record id -> its line's digest
    line_digests: tuple[str, ...] = ()  # every record line's digest, in order (read with `known`)
    lines: tuple[bytes, ...] = ()  # every record line's bytes, in order (read with `known`)
    # Lines this store merged before whose digest's row names their place (codec.py), not read at all:
    # line index -> their id, type, table and conference.
    unread: dict[int, Known] = field(default_factory=dict)

    @cached_property
    def records(self) -> list[dict[str, Any]]:
        """Every record, in order; the lines left unread are read (as known lines) when this is first
        asked for. The import's own checks ask for `places`, `unseen` and `of_type` instead."""
        if not self.unread:
            return self.read  # type: ignore[return-value]
        return [
            record
            or read_known_line(
                i + 1, self.lines[i], self.records_encoding, self.unread[i], self.conference_id
            )
            for i, record in enumerate(self.read)
        ]

    @property
    def record_count(self) -> int:
        return len(self.read)

    def places(self) -> Iterator[tuple[str, str, str | None, Any, dict[str, Any] | None]]:
        """(type, id, conference, table number, the record or None where its line was left unread) of every
        record in order, the unread ones' from their digests' rows. The number is a table's own `number`
        for the table record, else its `table_number` (None where the type has none)."""
        for i, record in enumerate(self.read):
            if record is None:
                was = self.unread[i]
                yield was.type, was.record_id, was.conference_id, was.table_number, None
            else:
                conference_id, number = table_of(record)
                yield record["type"], record["id"], conference_id, number, record

    def place_counts(self) -> Counter[tuple[str, str | None, Any]]:
        """How many records of each (type, conference, table number), as `places` gives them, the
        unread lines' counted from their rows at once."""
        found = Counter((r["type"], *table_of(r)) for r in self.read if r is not None)
        found.update(map(_KNOWN_PLACE, self.unread.values()))
        return found

    def unread_places(self) -> set[tuple[str, str | None, Any]]:
        """The (type, conference, table number) of the lines left unread."""
        return set(map(_KNOWN_PLACE, self.unread.values()))

    def unread_types(self) -> dict[str, str]:
        """The unread lines' record ids -> types."""
        return dict(map(_KNOWN_TYPE, self.unread.values()))

    def of_type(self, type_name: str) -> list[dict[str, Any]]:
        """The records of one type, whole (an unread line of that type is read)."""
        found = [r for r in self.read if r is not None and r["type"] == type_name]
        unread = [i for i, was in self.unread.items() if was.type == type_name]
        return found + [self.records[i] for i in unread] if unread else found

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

    @property
    def secretariat_origins(self) -> tuple[str, ...]:
        """A pack's word on which origins are the writers of a secretariat of its conference (signed;
        absent in packs of a Rundabord that does not write it: team_origins.py)."""
        return tuple(self.manifest.get("secretariat_origins", ()))

    def unseen(self) -> Iterator[dict[str, Any]]:
        """The records not merged here before: a known line's stamps passed the clock check and were
        observed when it was merged (codec.py)."""
        return (r for r in self.read if r is not None and r["id"] not in self.skipped)

    def _pairs(self, type_name: str | None = None) -> list[list[str]]:
        """Every field stamp (rev, origin) of the records not merged here before (of one type)."""
        records = self.unseen() if type_name is None else (r for r in self.unseen() if r["type"] == type_name)
        return list(chain.from_iterable(r["stamps"].values() for r in records))

    def stamp_origins(self, type_name: str | None = None, *, heads: bool = True) -> set[str]:
        """The origins of every field stamp of the records not merged here before (of one type), and of
        their heads' unless `heads` is false."""
        origins = set(map(itemgetter(1), self._pairs(type_name)))
        if heads:
            origins.update(r["origin"] for r in self.unseen() if type_name is None or r["type"] == type_name)
        return origins

    @cached_property
    def _greatest(self) -> dict[str, str]:
        """The greatest of each part (a rev, "" for field stamps) of the records not merged here before,
        found once: an import asks three times (the clock check, the clock's flags, the store's clock)."""
        return {}

    def _greatest_of(self, part: str) -> str:
        found = self._greatest.get(part)
        if found is None:
            if part:
                found = max(map(itemgetter(part), self.unseen()), default="")
            else:
                found = max(map(itemgetter(0), self._pairs()), default="")
            self._greatest[part] = found
        return found

    def _latest(self, *parts: str) -> str:
        return max(self.created_hlc, *(self._greatest_of(part) for part in parts), self._greatest_of(""))

    def every_stamp(self) -> Iterator[str]:
        """Every clock stamp the bundle carries: its creation, and each record's revs and field stamps
        (of the records not merged here before)."""
        yield self.created_hlc
        for record in self.unseen():
            yield record["rev"]
            yield record["base_rev"]
            for rev, _origin in record["stamps"].values():
                yield rev

    def latest_stamp(self) -> str:
        """`max(self.every_stamp())`, quicker."""
        return self._latest("rev", "base_rev")

    def greatest_head(self) -> str:
        """The greatest of its creation and the heads (revs) of the records not merged here before."""
        return max(self.created_hlc, self._greatest_of("rev"))

    def greatest_stamp(self) -> str:
        """The greatest clock stamp in the bundle, for the importing workspace's clock to observe (its
        creation, each record's rev and field stamps: a base rev was observed with its own edit)."""
        return self._latest("rev")


def read_bundle_file(path: Path | str) -> tuple[Bundle, bytes]:
    """Read and check one bundle file; returns the bundle and the file's bytes."""
    data = read_capped(Path(path))
    return read_bundle(data), data


def read_capped(path: Path) -> bytes:
    if path.exists() and not (path.is_file() or path.is_dir()):  # a pipe would wait for a writer for ever
        raise refused("file", "file-not-regular", path=str(path))
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
    members = _members(data)
    try:
        signature = decode_signature(members[SIGNATURE])
    except BundleError:  # a newer format may sign otherwise: its manifest says why better (if it is one)
        refuse_newer(members[MANIFEST], members[SIGNATURE])
        raise
    manifest = _parse_manifest(members[MANIFEST], members[SIGNATURE])
    # The key must come out of the manifest; every other field is read only once it is signed.
    public_key = public_key_of(manifest)
    verify_signature(public_key, signature, members[MANIFEST])
    check_manifest_fields(manifest)
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
    if manifest["version"] < VERSION_SEEN:  # claims of what an edit had seen came with format 3
        _no_claims(decoded.records)
    bundle = Bundle(
        manifest,
        members[MANIFEST],
        sha256_hex(members[MANIFEST]),
        decoded.records,
        public_key,
        {},
        decoded.skipped,
        decoded.digests,
        tuple(decoded.lines),
        tuple(decoded.raw_lines),
        decoded.unread,
    )
    covered = _check_claims(bundle)
    attachments = check_attachments(members, [r for r in decoded.records if r is not None])
    _check_tables_covered(manifest, covered)
    bundle.attachments.update(attachments)
    return bundle


def _members(data: bytes) -> dict[str, bytes]:
    """The container's members. Where the container is refused, a manifest naming a newer format says
    why: that Rundabord may write what this one's checks do not know (a newer member, say), and "update
    Rundabord" is what the reader can act on, not "damaged or put together by hand" (newer_format.py:
    said as confirmed only where the signature verifies)."""
    try:
        return read_members(data)
    except BundleError as exc:
        raw = None if exc.incomplete else member_alone(data, MANIFEST, MAX_MANIFEST_BYTES)
        if raw is not None:
            refuse_newer(raw, member_alone(data, SIGNATURE, MAX_SIGNATURE_BYTES))
        raise


def _no_claims(records: list[dict[str, Any] | None]) -> None:
    """A bundle before format 3 reads as it always did: a record there claiming what its writer had
    seen is refused, as a Rundabord before format 3 refuses it."""
    for number, record in enumerate(records, 1):
        if record is not None and SEEN in record:
            raise line_refused(number, message("record-seen-format"))


# -- manifest and signature -----------------------------------------------------------------------


def _parse_manifest(raw: bytes, raw_signature: bytes) -> dict[str, Any]:
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
    refuse_newer(raw, raw_signature, manifest)
    version = manifest.get("version")
    if version not in VERSIONS or type(version) is not int:
        # Not newer (refuse_newer said so): no version any Rundabord wrote, so not "update Rundabord"
        raise refused("manifest", "format-unknown", version=repr(version)[:40])
    return manifest


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


def _check_claims(bundle: Bundle) -> set[int]:
    """Counts match, and a table export's records lie in the tables it claims; returns those tables."""
    manifest = bundle.manifest
    places = bundle.place_counts()
    counts: Counter[str] = Counter()
    for (type_name, _conference, _number), count in places.items():
        counts[type_name] += count
    if dict(counts) != manifest["counts"]:
        raise refused("counts", "counts-mismatch")
    if manifest["kind"] != KIND_TABLE:
        return set()
    # A table export says which tables it covers; the minutes' sign-off line relies on that claim.
    claimed = set(manifest["tables"])
    covered: set[int] = set()
    outside = set()
    for type_name, conference_id, number in places:
        if RECORD_TYPES[type_name].scope != "table":
            continue
        if conference_id != manifest["conference"] or number not in claimed:
            outside.add((type_name, conference_id, number))
        covered.add(number)
    for type_name, _id, conference_id, number, _record in bundle.places() if outside else ():
        if (type_name, conference_id, number) in outside:  # the first such record, in the bundle's order
            raise refused(
                "claims", "claims-outside", type=type_name, table=number, conference=str(conference_id)
            )
    return covered
