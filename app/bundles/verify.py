"""`verify_file`: is a bundle whole and signed, by whom, and trusted here as what."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.bundles import ledger
from app.bundles.domain import references_problem
from app.bundles.format import KIND_PACK, KIND_TABLE, BundleError, fingerprint_for, refused
from app.bundles.origins import check_origins
from app.bundles.permissions import Looked, check_existing, check_role
from app.bundles.reader import Bundle, read_bundle_file
from app.bundles.table_scope import is_table_scoped
from app.bundles.trust import SECRETARIAT, Grant, TrustStatus, pin_for, status
from app.hlc import FUTURE_TOLERANCE_MS, Stamp, future_limit, wall_clock_ms
from app.merge.forks import Carrier, carried_by_key, splits
from app.messages import Message, message
from app.roles import administered
from app.store import Store

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class Verdict:
    """ok: the bundle is whole and its signature verifies (trust is reported beside it).
    When not ok, `reason` names the first failed check and `incomplete` marks a truncated copy."""

    ok: bool
    reason: str | None = None
    check: str | None = None  # the failed check's short name, e.g. "signature", "hash", "incomplete"
    why: Message | None = None  # exactly what failed, as data (BundleError.why); `reason` is its English
    incomplete: bool = False
    kind: str | None = None
    bundle_id: str | None = None
    signer_name: str | None = None
    key_id: str | None = None
    fingerprint: str | None = None
    trusted_role: str | None = None  # "secretariat", "chair of table 3 (...)", or None: not trusted
    revoked: bool = False
    conference: str | None = None
    tables: tuple[int, ...] = ()
    table_scoped: bool = False  # a chairs' follow-up: for the laptops chairing `tables` (format.TABLE_SCOPED)
    counts: dict[str, int] = field(default_factory=dict)
    created: str | None = None
    sequence: int | None = None
    manifest_sha256: str | None = None
    import_problem: str | None = None  # why an import here would refuse it although it is whole
    import_problem_check: str | None = None  # that refusal's check code (role, revoked, pinned...)
    import_problem_why: Message | None = None  # that refusal's reason, as data
    pins_on_import: bool = False  # a chair workspace's first pack of this conference: importing pins its key
    grants: tuple[Message, ...] = ()  # what the signer is trusted for, as data; () when not trusted

    def as_json(self) -> dict[str, Any]:
        values = {**self.__dict__, "tables": list(self.tables)}
        values["trust"] = [m.as_json() for m in values.pop("grants")]
        for name in ("why", "import_problem_why"):
            values[name] = values[name].as_json() if values[name] is not None else None
        return values


def verify_file(path: Path | str, store: Store) -> Verdict:
    """Check a bundle file against this workspace's trust; never raises for a bad or hostile file."""
    try:
        bundle, _data = read_bundle_file(path)
    except BundleError as exc:
        return Verdict(ok=False, reason=str(exc), check=exc.check, why=exc.why, incomplete=exc.incomplete)
    except (MemoryError, RecursionError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        # a file that trips a fault of ours is a refusal too, never a traceback (import does the same)
        logging.getLogger(__name__).exception("unexpected error verifying %s", path)
        why = message("unexpected", error=type(exc).__name__)
        return Verdict(ok=False, reason=why.english(), check="unexpected", why=why)
    trust = status(store, bundle.public_key)
    effective, pins, refusal = judge(store, store.meta_get("role") or "chair", bundle)
    if refusal is None and effective.known:  # what the import will check against the records held here
        refusal = holdings_refusal(store, effective, bundle)
    return Verdict(
        ok=True,
        kind=bundle.kind,
        bundle_id=bundle.bundle_id,
        signer_name=trust.name or bundle.signer_name,
        key_id=bundle.key_id,
        fingerprint=fingerprint_for(bundle.public_key),
        trusted_role=trust.describe() if trust.known else None,
        grants=trust.messages() if trust.known else (),
        revoked=trust.revoked,
        conference=bundle.conference_id,
        tables=bundle.tables,
        table_scoped=is_table_scoped(bundle.manifest),
        counts=bundle.counts,
        created=bundle.created_utc,
        sequence=bundle.sequence,
        manifest_sha256=bundle.manifest_sha256,
        import_problem=str(refusal) if refusal else None,
        import_problem_check=refusal.check if refusal else None,
        import_problem_why=refusal.why if refusal else None,
        pins_on_import=pins,
    )


def judge(store: Store, role: str, bundle: Bundle) -> tuple[TrustStatus, bool, BundleError | None]:
    """How an import here would treat this whole, signed bundle: (the trust it is judged with, whether
    importing it pins its key, why it would be refused or None). Verify and import share this, so
    that verify never says yes to what import refuses, nor the other way round."""
    trust = status(store, bundle.public_key)
    pins = will_pin(store, role, trust, bundle)
    if pins and not trust.is_secretariat:  # a chair opens a conference from its first pack
        trust = trust.with_grant(Grant(SECRETARIAT, bundle.conference_id))
    return trust, pins, import_refusal(store, trust, bundle)


def will_pin(store: Store, role: str, trust: TrustStatus, bundle: Bundle) -> bool:
    """A chair's workspace opening the first pack of a conference pins its key (unless the key is
    revoked, or known here as a chair's)."""
    return (
        bundle.kind == KIND_PACK
        and role == "chair"
        and not trust.revoked
        and not trust.chairs
        and pin_for(store, bundle.conference_id) is None
        and bundle.conference_id not in administered(store)  # a pack of a conference made here is ours
    )


def clock_refusal(bundle: Bundle) -> BundleError | None:
    """A bundle stamped beyond this machine's clock plus the tolerance: taking it would drag this
    workspace's clock (and every later edit) that far ahead, up to the end of its range."""
    limit = str(future_limit())
    greatest = bundle.latest_stamp()
    if greatest <= limit:
        return None
    days = (Stamp.parse(greatest).wall_ms - wall_clock_ms()) // DAY_MS
    return refused("clock", "clock-future", days=days, tolerance=FUTURE_TOLERANCE_MS // DAY_MS)


def rollback_refusal(store: Store, bundle: Bundle) -> BundleError | None:
    """A bundle numbered below one already imported from its signer, yet made after it, that brings
    nothing the signer's bundles held here did not: an older state signed again (a late arrival of a
    bundle made earlier is fine; merge never rolls records back).

    One laptop numbers its exports as it makes them, so a table export numbered against that order was
    made by another copy of the signer's state: a copied laptop profile, or a backup put back. When it
    forks the chain as held here (`forks.splits`), or brings any record state of its own, it is taken
    as that other copy's export, whichever copy's exports arrived first, and the key counts as forked
    (app/merge/forks.py), so its edits show as conflicts rather than being decided by their stamps."""
    held = ledger.chain_of_key(store, bundle.key_id)
    newer = sorted(
        {seq for seq, _sha, _prev, created in held if seq > bundle.sequence and created < bundle.created_hlc}
    )
    if not newer:
        return None
    if bundle.kind == KIND_TABLE:
        if splits(
            [Carrier(sha, bundle.key_id, seq, prev, created) for seq, sha, prev, created in held],
            Carrier(
                bundle.manifest_sha256, bundle.key_id, bundle.sequence, bundle.previous, bundle.created_hlc
            ),
        ):
            return None
        if _brings_its_own(store, bundle):
            return None
        return refused("rollback", "sequence-replayed", number=bundle.sequence, newer=newer[0])
    return refused("rollback", "sequence-rollback", number=bundle.sequence, newer=newer[0])


def _brings_its_own(store: Store, bundle: Bundle) -> bool:
    """Whether the bundle carries a record state that none of its signer's table exports held here did."""
    carried = {_same_form(r) for r in carried_by_key(store, bundle.key_id)}
    return any(_same_form(r) not in carried for r in bundle.records)


def _same_form(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def holdings_refusal(
    store: Store,
    trust: TrustStatus,
    bundle: Bundle,
    taken: set[str] | None = None,
    looked: Looked | None = None,
) -> BundleError | None:
    """Why this store's records refuse a trusted bundle: records that belong elsewhere, edits under an
    origin the signer may not write or relay (app/bundles/origins.py), notes of questions or tables that
    do not exist. The import runs it inside its transaction, and verify (so Collect's verdict) before;
    `looked` is told which of the records to merge are held here (permissions.Looked)."""
    try:
        check_existing(store, trust, bundle, looked)
        check_origins(store, trust, bundle, taken)  # `taken`: former origins it brings as its own
    except BundleError as exc:
        return exc
    # A line merged here before merges nothing again (codec.py), so what its note refers to was checked
    # when it came; a note that arrives (or changes) now is checked.
    problem = references_problem(store, list(bundle.unseen()))
    return BundleError("references", problem) if problem else None


def import_refusal(store: Store, trust: TrustStatus, bundle: Bundle) -> BundleError | None:
    """Why importing this (whole, signed) bundle here would be refused, or None."""
    if trust.revoked:
        return refused("revoked", "signed-by-revoked", key=bundle.key_id)
    too_late = clock_refusal(bundle)
    if too_late is not None:
        return too_late
    rolled_back = rollback_refusal(store, bundle)
    if rolled_back is not None:
        return rolled_back
    if bundle.kind == KIND_PACK:
        pinned = pin_for(store, bundle.conference_id)
        # Another member of the team whose pack the chair opened is that conference's secretariat too.
        team_member = trust.secretariat_of(bundle.conference_id)
        if pinned is not None and pinned.key_id != bundle.key_id and not team_member:
            return refused(
                "pinned", "pack-other-key", signer=pinned.signer_name, pinned=pinned.key_id, key=bundle.key_id
            )
    if trust.known:
        try:
            check_role(trust, bundle)
        except BundleError as exc:
            return exc
    return None
