"""Importing bundles: verify everything first, then write everything in one transaction, or nothing.

Per bundle: read and check it whole (reader.py); stop at a re-import (its manifest's SHA-256 is in the
ledger); refuse a revoked key, a pack for a conference pinned to another key, or records outside the
signer's role; hold a valid bundle from an unknown key in quarantine; otherwise, in ONE transaction:
the ledger/receipt row, the sequence checks, `app.merge.merge_records` (which never commits itself), the
clock observing the greatest stamp seen, and, for a chair's first pack of a conference, the pinned key.

`import_files(workspace, paths, progress=None, cancel=None)`: progress(done, total) after each file;
the cancel token (app/cancel.py) is looked at before each file and stops the run between bundles (never
inside one). One bundle is in memory at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.backup import BEFORE_IMPORT, take_if_due
from app.bundles import (
    co_secretaries,
    contributors,
    copied_notice,
    digests,
    encoding_choice,
    ledger,
    origins,
    quarantine,
    succession,
    team_origins,
    trust,
)
from app.bundles.format import KIND_TABLE, BundleError, fingerprint_for
from app.bundles.ledger import ImportEntry, utc_now_text
from app.bundles.permissions import Looked
from app.bundles.reader import Bundle, read_bundle, read_capped
from app.bundles.verify import holdings_refusal, judge
from app.cancel import CancelToken, is_cancelled
from app.errors import UserError
from app.hlc import Stamp, wall_clock_ms
from app.merge import Carrier, merge_records
from app.merge.forks import forked_now
from app.merge.frontier import Vouched
from app.messages import Message, english, message
from app.roles import CHAIR
from app.store import Store, database_errors
from app.workspace import Workspace

_log = logging.getLogger(__name__)

IMPORTED = "imported"
ALREADY = "already-imported"
QUARANTINED = "quarantined"
REFUSED = "refused"
COUNT_NAMES = ("new", "updated", "unchanged", "conflicts", "superseded", "refused")
DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class Receipt:
    """What happened to one bundle file. `status` is imported, already-imported, quarantined or refused."""

    path: str
    status: str
    reason: str | None = None  # why refused or quarantined
    check: str | None = None  # the failed check's short name when refused (see BundleError.check)
    why: Message | None = None  # exactly why refused, as data (BundleError.why); `reason` is its English
    incomplete: bool = False  # refused because the file is a truncated copy
    bundle_id: str | None = None
    kind: str | None = None
    signer_name: str | None = None
    key_id: str | None = None
    fingerprint: str | None = None
    trusted_as: str | None = None
    conference: str | None = None
    tables: tuple[int, ...] = ()
    imported_at: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    flags: tuple[Message, ...] = ()  # the importer's remarks (a gap in the signer's bundles, a pinned key)
    manifest_sha256: str | None = None
    grants: tuple[Message, ...] = ()  # what the signer is trusted for; `trusted_as` says it in English

    @property
    def ok(self) -> bool:
        return self.status != REFUSED

    def as_json(self) -> dict[str, Any]:
        """English sentences for people (`flags`, `reason`), codes and parameters for programs (`remarks`,
        `trust`, `why`)."""
        values = {**self.__dict__, "tables": list(self.tables)}
        values["why"] = self.why.as_json() if self.why is not None else None
        values["flags"] = [m.english() for m in self.flags]
        values["remarks"] = [m.as_json() for m in self.flags]
        values["trust"] = [m.as_json() for m in values.pop("grants")]
        return values


def import_files(
    workspace: Workspace,
    paths: Sequence[Path | str],
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    on_receipt: Callable[[Receipt], None] | None = None,
) -> list[Receipt]:
    """`on_receipt` hears each file's receipt as it is made: when a fault of this workspace (a full
    disk) raises part way, the caller still knows what was merged before it and what waits."""
    receipts: list[Receipt] = []
    total = len(paths)
    if paths:  # a safe point: the store as it was before these bundles, for `rundabord repair`
        take_if_due(workspace.store, workspace.dir, BEFORE_IMPORT)
    for done, path in enumerate(paths):
        if is_cancelled(cancel):
            break
        receipts.append(import_file(workspace, path))
        if on_receipt is not None:
            on_receipt(receipts[-1])
        if progress is not None:
            progress(done + 1, total)
    return receipts


def import_file(workspace: Workspace, path: Path | str, *, source: str | None = None) -> Receipt:
    """Import one file; `source` names where a quarantined copy originally came from."""
    shown = source or str(path)
    try:
        data = read_capped(Path(path))
    except BundleError as exc:
        return _refused_file(shown, exc)
    return import_data(workspace, data, shown)


def import_data(workspace: Workspace, data: bytes, shown: str) -> Receipt:
    """Import one bundle's bytes (read from a file, or fetched by sync); `shown` names its source.

    One bad file never stops the others: whatever a file makes go wrong becomes its refusal. Only a
    fault of this workspace (its database, its disk) raises, since it would fail every later file too.
    """
    try:  # on a shared PostgreSQL store, run again if another secretary's import won a conflict
        return workspace.store.retrying(lambda: _import_data(workspace, data, shown))
    except (UserError, OSError, *database_errors()):
        raise  # this workspace's own trouble (its disk, its database): every later file would meet it too
    except Exception as exc:  # a file that trips a fault of ours is refused, reported and logged
        _log.exception("unexpected error importing %s", shown)
        why = message("unexpected", error=type(exc).__name__)
        return Receipt(shown, REFUSED, reason=why.english(), check="unexpected", why=why)


def _import_data(workspace: Workspace, data: bytes, shown: str) -> Receipt:
    store = workspace.store
    held: dict[str, bool] = {}  # every line with a row here (its digest looked up once: digests.known)
    try:  # lines merged here before are read without their checks (app/bundles/digests.py)
        bundle = read_bundle(data, known=lambda lines: digests.known(store, lines, held))
    except BundleError as exc:
        return _refused_file(shown, exc)
    about = _about(bundle)
    done = ledger.imported(store, bundle.manifest_sha256)
    if done is not None:
        already = message("already-imported", when=done.imported_at)
        return Receipt(
            shown,
            ALREADY,
            reason=already.english(),
            why=already,
            trusted_as=english(done.trusted_as),
            grants=done.trusted_as,
            **about,
        )
    status, pinning, refusal = judge(store, workspace.role, bundle)
    if status.name:  # the name this workspace gave the key, never the one the manifest claims
        about["signer_name"] = status.name
    if refusal is not None and refusal.check == "role" and _returning_chair(store, status, bundle):
        why = message(
            "quarantined-returning-chair",
            signer=status.name,
            key=bundle.key_id,
            table=bundle.tables[0],
            conference=_conference_title(store, bundle.conference_id),  # the remedy names it
        )
        return _hold(workspace, bundle, data, shown, about, why)
    if refusal is None and workspace.role == CHAIR:  # another table's follow-up: the rule sync follows
        from app.bundles.table_scope import not_for_this_laptop

        why = not_for_this_laptop(store, bundle.manifest)
        refusal = None if why is None else BundleError("table-scope", why)
    if refusal is not None:
        return _refused(shown, refusal, bundle, about)
    if not status.known:
        return _hold(workspace, bundle, data, shown, about, message("quarantined", key=bundle.key_id))
    try:  # the role was checked above (judge); what remains needs the store's records
        return _commit(workspace, bundle, status, shown, about, pinning, held)
    except BundleError as exc:
        return _refused(shown, exc, bundle, about)


def _conference_title(store: Store, conference_id: str) -> str:
    """A conference as people tell it apart: its title and date (next year's may keep the title)."""
    row = store.get("conference", conference_id) or {}
    title = str(row.get("title") or conference_id[:8])
    return f"{title} ({row['date']})" if row.get("date") else title


def _returning_chair(store: Store, status: trust.TrustStatus, bundle: Bundle) -> bool:
    """A chair trusted in other conferences, exporting a table of a conference this workspace holds:
    held for the secretariat to decide (app.bundles.clashes), not refused."""
    from app.bundles.clashes import chair_of_another_conference

    return store.get("conference", bundle.conference_id) is not None and chair_of_another_conference(
        status, bundle.kind, bundle.conference_id, bundle.tables
    )


def _about(bundle: Bundle) -> dict[str, Any]:
    return {
        "bundle_id": bundle.bundle_id,
        "kind": bundle.kind,
        "signer_name": bundle.signer_name,
        "key_id": bundle.key_id,
        "fingerprint": fingerprint_for(bundle.public_key),
        "conference": bundle.conference_id,
        "tables": bundle.tables,
        "manifest_sha256": bundle.manifest_sha256,
    }


def _hold(
    workspace: Workspace,
    bundle: Bundle,
    data: bytes,
    shown: str,
    about: dict[str, Any],
    why: Message,
) -> Receipt:
    """Keep a whole bundle in quarantine until someone decides about its key; `why` says why."""
    try:
        held = quarantine.hold(workspace, bundle, data, shown)
    except BundleError as exc:
        return _refused(shown, exc, bundle, about)
    if not held:
        why = Message(why.code, {**why.params, "already_held": True})
    return Receipt(shown, QUARANTINED, reason=why.english(), why=why, counts=_refused_counts(bundle), **about)


def _refused_file(shown: str, error: BundleError) -> Receipt:
    """A file that is no whole, signed bundle."""
    return Receipt(
        shown, REFUSED, reason=str(error), check=error.check, why=error.why, incomplete=error.incomplete
    )


def _refused(shown: str, error: BundleError, bundle: Bundle, about: dict[str, Any]) -> Receipt:
    """A whole, signed bundle that may not be imported here."""
    return Receipt(
        shown,
        REFUSED,
        reason=str(error),
        check=error.check,
        why=error.why,
        counts=_refused_counts(bundle),
        **about,
    )


def _refused_counts(bundle: Bundle) -> dict[str, int]:
    return {name: 0 for name in COUNT_NAMES} | {"refused": bundle.record_count}


def _commit(
    workspace: Workspace,
    bundle: Bundle,
    status: trust.TrustStatus,
    shown: str,
    about: dict[str, Any],
    pinning: bool,
    held: dict[str, bool] | None = None,
) -> Receipt:
    store = workspace.store
    with store.transaction():
        done = ledger.imported(store, bundle.manifest_sha256)  # another process may have won the race
        if done is not None:
            already = message("already-imported", when=done.imported_at)
            return Receipt(shown, ALREADY, reason=already.english(), why=already, **about)
        # A line merged here before (known by its digest) changes nothing when merged again; the
        # export's evidence (forks.py) still lists everything it carried.
        fresh = list(bundle.unseen())
        # Held from here (another secretary's import of the same records waits), so the look-up of what
        # this store holds of them serves both the role check and the merge.
        store.lock_records([r["id"] for r in fresh])
        taken: set[str] = set()
        looked = Looked()
        refusal = holdings_refusal(store, status, bundle, taken, looked)  # as verify saw them
        if refusal is not None:
            raise refusal
        origins.bind(store, bundle)
        flags = sequence_flags(store, bundle) + clock_flags(bundle)
        flags += succession.bind(store, bundle, status, taken)  # a new key's laptop, its former self
        told = copied_notice.learn(store, bundle, status)  # a pack's word that this laptop was copied
        if told is not None:
            flags.append(told)
        encoding_choice.learn_from_pack(store, bundle)
        team_origins.learn(store, bundle, status)  # a secretariat's word on its writers' origins
        named = co_secretaries.learn(store, workspace.role, bundle, status)  # the pack's team
        if named is not None:
            flags.append(named)
        if pinning:
            trust.pin(store, bundle.conference_id, bundle.public_key, bundle.signer_name)
            flags.append(
                message(
                    "key-pinned", signer=bundle.signer_name, fingerprint=fingerprint_for(bundle.public_key)
                )
            )
        if bundle.attachments:  # written before the records that name them
            from app.attachments import keep_bundle_images  # here: it uses app.bundles itself

            keep_bundle_images(workspace, bundle.attachments)
        forked_before = bundle.kind != KIND_TABLE or bundle.key_id in forked_now(store)
        carrier = carrier_of(bundle, held)
        # The evidence keeps every line as it came when the reader kept them all (forks.remember).
        whole = bundle.record_count == len(bundle.lines) == len(bundle.line_digests)
        absent = frozenset() if looked.held is None else frozenset(r["id"] for r in fresh) - looked.held
        # A chair vouches only for her own workspaces' edits (app/merge/frontier.py: state_of)
        relayer = None
        if not status.secretariat_of(bundle.conference_id):
            own = succession.own_origins(store, status, bundle)
            relayer = Vouched(own, origins.chairs_of_their_tables(store, bundle) - own)
        counts = merge(store, fresh, carrier, [] if whole else bundle.records, absent, True, relayer)
        if not forked_before and bundle.key_id in forked_now(store):  # the secretary tells the chair
            flags.append(message("copied-profile-seen", signer=about["signer_name"], key=bundle.key_id))
        counts["unchanged"] += bundle.record_count - len(fresh)
        if carrier is None:  # a table export's digests went in with its lines (forks.remember)
            digests.remember(store, digests.of_lines(bundle))
        contributors.remember(store, bundle)  # whose workspace wrote the notes, for the justering
        greatest = bundle.greatest_stamp()
        # A table export's merge observed its creation and every head already (merge_records).
        if carrier is None or greatest > bundle.greatest_head():
            store.observe(greatest)
        grants = status.messages()
        entry = ImportEntry(
            manifest_sha256=bundle.manifest_sha256,
            bundle_id=bundle.bundle_id,
            kind=bundle.kind,
            conference_id=bundle.conference_id,
            tables=bundle.tables,
            signer_name=about["signer_name"],
            key_id=bundle.key_id,
            trusted_as=grants,
            sequence=bundle.sequence,
            previous=bundle.previous,
            created_utc=bundle.created_utc,
            created_hlc=bundle.created_hlc,
            imported_at=utc_now_text(),
            source_path=shown,
            counts=counts,
            flags=tuple(flags),
        )
        ledger.record_import(store, entry)
        held = quarantine.release(store, bundle.manifest_sha256)
    if held is not None:  # the quarantine's copy goes where repair finds what was fetched
        quarantine.keep_in_inbox(workspace, held, bundle.bundle_id)
    return Receipt(
        shown,
        IMPORTED,
        trusted_as=english(grants),
        grants=grants,
        imported_at=entry.imported_at,
        counts=counts,
        flags=entry.flags,
        **about,
    )


def sequence_flags(store: Store, bundle: Bundle) -> list[Message]:
    """Gaps, forks and late arrivals in the signer's sequence, as remarks for the receipt."""
    chain = ledger.chain_of_key(store, bundle.key_id)
    seen: dict[int, list[str]] = {}
    for seq, sha, _previous, _created in chain:
        seen.setdefault(seq, []).append(sha)
    number = bundle.sequence
    flags: list[Message] = []
    if number in seen:
        flags.append(message("sequence-repeated", number=number))
    newer = [n for n in seen if n > number]
    made_before = [
        seq for seq, _sha, _prev, created in chain if seq > number and created < bundle.created_hlc
    ]
    if made_before:  # taken although numbered against the order it was made in (verify.rollback_refusal)
        flags.append(message("sequence-copied", number=number, newer=min(made_before)))
    elif newer:
        flags.append(message("sequence-superseded", newer=max(newer), number=number))
    below = [n for n in seen if n < number]
    first_missing = max(below) + 1 if below else 1
    # A chair sees only the packs of its own conferences, so gaps between a signer's packs are normal;
    # every table export, though, is meant for the secretariat.
    if first_missing < number and not newer and bundle.kind == KIND_TABLE:
        flags.append(message("sequence-gap", first=first_missing, last=number - 1))
    if number - 1 in seen and bundle.previous not in seen[number - 1]:
        flags.append(message("sequence-fork", previous=number - 1))
    return flags


def clock_flags(bundle: Bundle) -> list[Message]:
    greatest = Stamp.parse(bundle.greatest_stamp())
    if greatest.wall_ms > wall_clock_ms() + DAY_MS:
        return [message("clock-ahead")]
    return []


def carrier_of(bundle: Bundle, held: dict[str, bool] | None = None) -> Carrier | None:
    """A table export's place in its signer's chain, the evidence of a copied laptop profile."""
    if bundle.kind != KIND_TABLE:
        return None
    return Carrier(
        manifest_sha256=bundle.manifest_sha256,
        key_id=bundle.key_id,
        sequence=bundle.sequence,
        previous=bundle.previous,
        created_hlc=bundle.created_hlc,
        created_utc=bundle.created_utc,
        bundle_id=bundle.bundle_id,
        signer_name=bundle.signer_name,
        origin=bundle.home_origin or "",
        conference_id=bundle.conference_id,
        tables=tuple(bundle.tables),
        lines=bundle.line_digests,
        texts=bundle.lines,
        known=digests.of_lines(bundle),
        held=held if held is not None and len(bundle.line_digests) == bundle.record_count else None,
    )


def merge(
    store: Store,
    records: Iterable[dict[str, Any]],
    carrier: Carrier | None = None,
    carried: list[dict[str, Any]] | None = None,
    absent: frozenset[str] = frozenset(),
    locked: bool = False,
    relayer: Vouched | None = None,
) -> dict[str, int]:
    """Merge through app.merge inside the caller's transaction; counts by COUNT_NAMES. `locked`: it holds
    the records' locks already; `absent`: ids this store does not hold (looked up under those locks);
    `relayer`: a chair's workspaces (merge_records)."""
    result = merge_records(store, records, carrier, carried, absent, locked, relayer)
    return {name: int(getattr(result, name, 0) or 0) for name in COUNT_NAMES}
