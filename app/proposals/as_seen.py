"""A status decision saved against what the secretary saw, on a store several secretaries share.

A proposal's status is the latest of its status-change records, so a second decision never overwrites
the first's record; but made on a card that still showed the old status, it would replace another
secretary's decision without anyone having weighed it. So the decision names, per proposal, the latest
change the window showed; when another writer recorded a change since, nothing is written and the
caller hears who changed it to what (`StatusChangedMeanwhile`), to ask the secretary which should stand.
Her own earlier decisions (an undo, a redo) are no change underneath.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserError
from app.proposals.catalogue import Proposal, find_proposal, set_statuses
from app.store import Store


@dataclass(frozen=True)
class ChangedMeanwhile:
    proposal: Proposal  # as stored now
    writer: str  # the name of who recorded its latest status ("" when this store cannot name her)


class StatusChangedMeanwhile(UserError):
    """Another secretary changed the status of these proposals after the window showed them."""

    def __init__(self, changed: list[ChangedMeanwhile]) -> None:
        self.changed = changed
        described = ", ".join(
            f"{c.proposal.text[:40]!r} to {c.proposal.status} by {c.writer or 'another secretary'}"
            for c in changed
        )
        super().__init__(f"the status was changed meanwhile: {described}")


def latest_seen(proposal: Proposal) -> str:
    """What a window remembers of a proposal it shows: the id of its latest status change."""
    return proposal.latest.id if proposal.latest is not None else ""


def set_statuses_as_seen(store: Store, seen: dict[str, str], status: str, **details: str) -> list[str]:
    """`set_statuses` for proposals shown with these latest changes (`seen`: proposal id -> the id from
    `latest_seen`); all or none. Raises StatusChangedMeanwhile, writing nothing, when another writer
    changed any of them since; `set_statuses` then records the decision over theirs, if she chooses."""
    from app.bundles.contributors import writer_of

    with store.transaction():
        store.lock_records(sorted(seen))  # another secretary's decision on these waits for this one
        changed = []
        for proposal_id, seen_change in seen.items():
            now = find_proposal(store, proposal_id)
            latest = now.latest
            if latest is None or latest.id == seen_change or latest.order_key[1] == store.origin:
                continue
            writer = writer_of(store, latest.order_key[1])
            changed.append(ChangedMeanwhile(now, writer.name if writer is not None else ""))
        if changed:
            raise StatusChangedMeanwhile(changed)
        return set_statuses(store, list(seen), status, **details)
