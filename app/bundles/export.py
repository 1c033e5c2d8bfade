"""Signing a table's results or a conference pack into a bundle file, and recording it.

Everything happens in one store transaction: the sequence number, the clock stamp and the exports
ledger row commit together, and only after the file was written whole and read back as valid.

The bundle is written under a hidden name first (`.<name>.signing`) and takes its final name only
after the ledger row committed, so a crash at any moment never leaves a signed bundle the ledger does
not know (sync would send it, and the next export would sign its sequence number again). A crash
between the commit and the rename leaves the hidden file: `finish_exports` (run before each export
and each sync) gives it its final name when the ledger knows it, and removes it when it does not.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import conferences
from app.bundles import co_secretaries, copied_notice, encoding_choice, succession, team_origins
from app.bundles.codec import JSONL
from app.bundles.files import fsync_folder, refuse_unless_a_file, write_whole
from app.bundles.format import (
    KIND_PACK,
    KIND_TABLE,
    SUFFIX,
    BundleError,
    fingerprint_for,
    refused,
    sha256_hex,
)
from app.bundles.identity import load_signing_key, require_identity
from app.bundles.ledger import ExportEntry, last_export_of_key, last_export_path, record_export
from app.bundles.ledger import exports as exports_of
from app.bundles.reader import read_bundle
from app.bundles.writer import assemble, build_manifest, records_bytes
from app.errors import UserError
from app.knowledge import SEEN
from app.messages import Message
from app.records import RECORD_TYPES
from app.store import Store
from app.workspace import Workspace


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    kind: str
    conference_id: str
    tables: tuple[int, ...]
    counts: dict[str, int]
    sequence: int
    manifest_sha256: str
    signer_name: str
    key_id: str
    fingerprint: str
    former: tuple[str, ...] = ()  # former origins of this workspace the export names (created.former)
    # What the chair is told: the export carries more than its secretariat may read, and who reads it
    notice: Message | None = None


def table_records(store: Store, conference_id: str, table_number: int) -> Iterator[dict[str, Any]]:
    """The table record, its notes (tombstones included) and every other table-scoped record type."""
    for rt in RECORD_TYPES.values():
        if rt.scope != "table":
            continue
        number_field = "number" if rt.name == "table" else "table_number"
        if "conference_id" not in rt.fields or number_field not in rt.fields:
            continue  # a table-scoped type without a place cannot be attributed to a table
        yield from store.dump(
            rt.name, f"conference_id = ? AND {number_field} = ?", (conference_id, table_number)
        )


def pack_records(store: Store, conference_id: str) -> Iterator[dict[str, Any]]:
    """The conference, its process and themes, its questions and tables."""
    conference = conferences.conference(store, conference_id)
    yield from store.dump("process", "id = ?", (conference.process_id,))
    yield from store.dump("theme", "process_id = ?", (conference.process_id,))
    yield from store.dump("conference", "id = ?", (conference.id,))
    yield from store.dump("question", "conference_id = ?", (conference.id,))
    yield from store.dump("table", "conference_id = ?", (conference.id,))


def export_table(
    workspace: Workspace,
    conference_id: str,
    table_number: int,
    out_path: Path | str | None = None,
    *,
    passphrase: str | bytes | None = None,
    records_encoding: str | None = encoding_choice.AUTO,
) -> ExportResult:
    """Sign one table's results. Without `out_path`, into workspace.outbox_dir / f"{bundle_id}.rbz"."""
    store = workspace.store
    conference = conferences.conference(store, conference_id)
    conferences.table(store, conference.id, table_number)
    return sign_records(
        workspace,
        KIND_TABLE,
        conference.id,
        (table_number,),
        lambda: table_records(store, conference.id, table_number),
        out_path,
        passphrase,
        records_encoding,
    )


def export_pack(
    workspace: Workspace,
    conference_id: str,
    out_path: Path | str | None,
    *,
    passphrase: str | bytes | None = None,
    records_encoding: str | None = encoding_choice.AUTO,
) -> ExportResult:
    """Sign a conference pack for the chairs. Without `out_path`, into the outbox."""
    store = workspace.store
    conference = conferences.conference(store, conference_id)
    numbers = tuple(t.number for t in conferences.tables(store, conference.id))
    return sign_records(
        workspace,
        KIND_PACK,
        conference.id,
        numbers,
        lambda: pack_records(store, conference.id),
        out_path,
        passphrase,
        records_encoding,
    )


@contextlib.contextmanager
def _removed_on_failure(paths: list[Path]) -> Iterator[None]:
    """A bundle whose ledger row did not commit must not stay behind: sync would send it, and the next
    export would sign its sequence number again."""
    try:
        yield
    except BaseException:
        for path in paths:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


_SIGNING = ".signing"


def signing_name(path: Path) -> Path:
    """The hidden name a bundle is written under until its ledger row has committed."""
    return path.with_name(f".{path.name}{_SIGNING}")


def _take_final_name(signing: Path, path: Path) -> None:
    try:
        os.replace(signing, path)
    except OSError as exc:  # the export stands (ledger and hidden file); the next export finishes it
        raise UserError(f"the bundle was signed but could not be named {path}: {exc.strerror}") from None
    fsync_folder(path.parent)


def finish_exports(workspace: Workspace) -> None:
    """After a crash: hidden bundles the ledger knows take their final name, the others go; so does
    the hidden file of the latest export to a path outside the outbox."""
    known = {Path(e.path).resolve() for e in exports_of(workspace.store)}
    hidden = [p for p in workspace.outbox_dir.glob(f".*{SUFFIX}{_SIGNING}") if p.is_file()]
    latest = last_export_path(workspace.store)
    if latest is not None and latest.parent != workspace.outbox_dir:
        hidden += [p for p in [signing_name(latest)] if p.is_file()]
    for partial in workspace.outbox_dir.glob(f"..*{SUFFIX}{_SIGNING}.*.part"):  # cut short mid-write
        with contextlib.suppress(OSError):
            partial.unlink()
    for signing in hidden:
        final = signing.with_name(signing.name[1 : -len(_SIGNING)])
        with contextlib.suppress(OSError):
            if final.resolve() in known and not final.exists():
                os.replace(signing, final)
                fsync_folder(final.parent)
            else:
                signing.unlink()


def sign_records(
    workspace: Workspace,
    kind: str,
    conference_id: str,
    tables: tuple[int, ...],
    collect: Callable[[], Iterable[dict[str, Any]]],
    out_path: Path | str | None = None,
    passphrase: str | bytes | None = None,
    records_encoding: str | None = encoding_choice.AUTO,
    requires: Callable[[list[dict[str, Any]]], list[str]] | None = None,
) -> ExportResult:
    """Sign the records `collect()` yields (wire form, read inside the export's transaction) as a
    bundle of `kind` covering `tables`; the shared path of every export (e.g. app/proposals' follow-up
    pack). Without `out_path`, into the outbox. The records' encoding is chosen by encoding_choice.py
    unless `records_encoding` names one (None: format 1; OLDEST: format 1 without `created.origin`).
    `requires(records)` names what a reader must honour to take them (the manifest's `requires`)."""
    from app import attachments  # here: app.attachments itself uses app.bundles' files and checks

    identity = require_identity(workspace)
    key = load_signing_key(workspace, passphrase)
    finish_exports(workspace)
    store = workspace.store
    if out_path is not None:
        out_path = Path(out_path)
        if out_path.is_dir():
            raise UserError(f"{out_path} is a folder; give a file name ending in {SUFFIX}")
        refuse_unless_a_file(out_path)
    written: list[Path] = []
    with _removed_on_failure(written), store.transaction():
        records = list(collect())  # read inside the transaction: one consistent state
        encoding = records_encoding
        if encoding == encoding_choice.AUTO:
            encoding = encoding_choice.for_export(store, kind, conference_id)
        former = succession.former_in(store, records) if kind == KIND_TABLE else []
        notice = encoding_choice.reader_notice(store, kind, conference_id, records_encoding, former, records)
        named = encoding_choice.names_origin(encoding, former)
        if encoding == encoding_choice.OLDEST:
            encoding = encoding_choice.FORMAT_1
        keeps_seen = encoding_choice.keeps_seen(store, kind, conference_id, encoding)
        own = {store.origin, *former}
        for record in records:
            # Its reader may predate claims (format 3): left out, as before. A chair vouches only for
            # her own edits' claims (app/bundles/origins.py); another's come in its own or in a pack.
            if not keeps_seen or (kind != KIND_PACK and record["origin"] not in own):
                record.pop(SEEN, None)
        data = records_bytes(records, encoding or JSONL)
        images = attachments.member_images(workspace, records)  # photos of the paper: a v2 bundle
        last = last_export_of_key(store, identity.key_id)
        sequence, previous = (last[0] + 1, last[1]) if last else (1, None)
        required = requires(records) if requires is not None else []
        manifest = build_manifest(
            kind=kind,
            signer_name=identity.name,
            public_key=identity.public_key,
            conference_id=conference_id,
            tables=tables,
            records=records,
            records_data=data,
            sequence=sequence,
            previous=previous,
            created_utc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            created_hlc=str(store.tick()),
            attachments=images,
            records_encoding=encoding,
            origin=store.origin if named else None,
            copied_keys=copied_notice.copied_keys(store, conference_id) if kind == KIND_PACK else (),
            secretariat_origins=team_origins.written(store, kind, conference_id, bool(required)),
            former=former,
            secretariat_keys=co_secretaries.team(store) if kind == KIND_PACK else (),
            requires=required,
        )
        bundle, manifest_data = assemble(key, manifest, data, images)
        path = out_path or workspace.outbox_dir / f"{manifest['bundle_id']}{SUFFIX}"
        signing = signing_name(path)
        write_whole(signing, bundle)
        written.append(signing)
        try:  # read back what reached the disk, as a verifier would
            check = read_bundle(signing.read_bytes())
            if check.manifest_sha256 != sha256_hex(manifest_data):
                raise refused("verify", "export-read-back")
        except (OSError, BundleError) as exc:
            with contextlib.suppress(OSError):
                path.unlink()
            raise UserError(
                f"the bundle written to {path} did not verify ({exc}); nothing was exported"
            ) from None
        entry = ExportEntry(
            manifest_sha256=check.manifest_sha256,
            bundle_id=manifest["bundle_id"],
            kind=kind,
            conference_id=conference_id,
            tables=tuple(manifest["tables"]),
            signer_name=identity.name,
            key_id=identity.key_id,
            sequence=sequence,
            created_utc=manifest["created"]["utc"],
            created_hlc=manifest["created"]["hlc"],
            path=str(path),
        )
        record_export(store, entry)
    _take_final_name(signing, path)
    return ExportResult(
        path=Path(path),
        bundle_id=entry.bundle_id,
        kind=kind,
        conference_id=conference_id,
        tables=entry.tables,
        counts=dict(manifest["counts"]),
        sequence=sequence,
        manifest_sha256=entry.manifest_sha256,
        signer_name=identity.name,
        key_id=identity.key_id,
        fingerprint=fingerprint_for(identity.public_key),
        former=tuple(manifest["created"].get("former", ())),
        notice=notice,
    )
