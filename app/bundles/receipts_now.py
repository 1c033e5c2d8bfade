"""What became of bundles a report once listed as held in quarantine: a report is read later than it
was made, and by then the secretary may have trusted the key (the bundle was merged) or rejected it
(the held copy was deleted). `as_now` gives the receipts as they stand now, for a report that must not
say "held" of a bundle that is merged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.bundles import ledger, quarantine
from app.bundles.importer import IMPORTED, QUARANTINED, Receipt
from app.messages import message
from app.store import Store

DROPPED = "dropped"  # a held bundle deleted when its key was rejected: neither merged nor refused on import


def as_now(store: Store, receipts: Sequence[Receipt]) -> list[Receipt]:
    """`receipts` with each held bundle's receipt replaced by what became of it since: merged (the
    import's counts and remarks, and the name the key was trusted by), deleted with its rejected key,
    or still held (unchanged). Receipts of bundles that were not held are returned as they are."""
    waiting = [r for r in receipts if r.status == QUARANTINED and r.manifest_sha256]
    if not waiting:
        return list(receipts)
    still_held = {h.manifest_sha256 for h in quarantine.held(store)}
    now: list[Receipt] = []
    for receipt in receipts:
        if receipt not in waiting or receipt.manifest_sha256 in still_held:
            now.append(receipt)
            continue
        done = ledger.imported(store, str(receipt.manifest_sha256))
        if done is not None:
            merged = message("merged-after-hold")
            now.append(
                replace(
                    receipt,
                    status=IMPORTED,
                    reason=None,
                    why=None,
                    signer_name=done.signer_name,
                    imported_at=done.imported_at,
                    counts=dict(done.counts),
                    flags=(merged, *done.flags),
                    grants=done.trusted_as,
                )
            )
        else:
            dropped = message("dropped-after-hold")
            now.append(replace(receipt, status=DROPPED, reason=dropped.english(), why=dropped))
    return now
