"""Proposal edits saved against what the secretary saw, on a store several secretaries share.

A window showing proposals remembers what it showed of each (`shown`): its status (the id of its latest
status change), its wording, its summary for participants, what it is merged from (`members`) and its
"raised again" links. An edit names the aspects it was made on; `save_as_seen` (app/edits.py's one
mechanism) writes nothing when another secretary, or another window, changed any of them since, and
raises `ChangedMeanwhile` saying who changed what, so the secretary chooses between hers and theirs:

    status    a decision on a proposal someone else decided meanwhile
    wording   a merged proposal reworded over another rewording
    summary   the participants' summary written over another's
    members   a merge, unmerge, take-out or join of proposals merged or unmerged meanwhile
    links     a link to an earlier proposal added or removed beside links changed meanwhile

Each aspect's reader says what it is now and whose edit made it so (the origin of the newest stamp among
the records it is read from), for the question's "Britt changed ...".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from app import edits
from app.edits import ChangedMeanwhile, Seen
from app.errors import UserError
from app.proposals.catalogue import Proposal, _select_in, find_proposal, set_statuses
from app.proposals.recurrence import link_records
from app.proposals.summary import _latest
from app.store import Store

T = TypeVar("T")
ASPECTS = ("status", "wording", "summary", "members", "links")

__all__ = ["ASPECTS", "ChangedMeanwhile", "latest_seen", "save_as_seen", "set_statuses_as_seen", "shown"]


def _now(store: Store, proposal_id: str) -> Proposal | None:
    try:
        return find_proposal(store, proposal_id)
    except UserError:  # unmerged (a group's id), deleted, or no longer a proposal
        return None


def _newest_origin(records: Iterable[dict], fields: Iterable[str] | None = None) -> str:
    """The origin of the newest stamp among these records (of `fields`, or of any field)."""
    newest = ("", "")
    for record in records:
        names = record["stamps"] if fields is None else [f for f in fields if f in record["stamps"]]
        for name in names:
            newest = max(newest, tuple(record["stamps"][name]))
    return newest[1]


def _membership(store: Store, proposal: Proposal | None, proposal_id: str) -> list[dict]:
    """The records a proposal's membership is read from: its groups and links, tombstones included."""
    note_ids = {proposal_id, *(n.id for n in proposal.originals)} if proposal else {proposal_id}
    links = _select_in(store, "proposal_link", "note_id", note_ids, include_deleted=True)
    group_ids = {proposal_id, *(link["group_id"] for link in links)}
    links += _select_in(store, "proposal_link", "group_id", group_ids, include_deleted=True)
    groups = _select_in(store, "proposal_group", "id", group_ids, include_deleted=True)
    return [*links, *groups]


def latest_seen(proposal: Proposal) -> str:
    """What a window remembers of a proposal's status: the id of its latest status change."""
    return proposal.latest.id if proposal.latest is not None else ""


def _members_of(proposal: Proposal | None) -> tuple[str, ...] | None:
    return (proposal.id, *sorted(n.id for n in proposal.originals)) if proposal is not None else None


@edits.aspect("status")
def _status(store: Store, proposal_id: str) -> tuple[Any, str]:
    proposal = _now(store, proposal_id)
    if proposal is None:
        return None, ""
    return latest_seen(proposal), proposal.latest.order_key[1] if proposal.latest else ""


@edits.aspect("wording")
def _wording(store: Store, proposal_id: str) -> tuple[Any, str]:
    proposal = _now(store, proposal_id)
    if proposal is None:
        return None, ""
    record = store.get("proposal_group" if proposal.is_group else "note", proposal.id)
    return proposal.text, _newest_origin([record], ["text"]) if record else ""


@edits.aspect("summary")
def _summary(store: Store, proposal_id: str) -> tuple[Any, str]:
    proposal = _now(store, proposal_id)
    if proposal is None:
        return None, ""
    record = _latest(_select_in(store, "proposal_summary", "proposal_id", [proposal.id])).get(proposal.id)
    return (record["text"] or "", _newest_origin([record], ["text"])) if record else ("", "")


@edits.aspect("members")
def _members(store: Store, proposal_id: str) -> tuple[Any, str]:
    proposal = _now(store, proposal_id)
    return _members_of(proposal), _newest_origin(_membership(store, proposal, proposal_id))


@edits.aspect("links")
def _links(store: Store, proposal_id: str) -> tuple[Any, str]:
    from app.proposals.recurrence import recurrences

    proposal = _now(store, proposal_id)
    if proposal is None:
        return None, ""
    live = tuple(sorted(r.id for r in recurrences(store, [proposal])))
    touching = link_records(store, proposal.unit_ids, include_deleted=True)
    return live, _newest_origin(touching)


def shown(store: Store, proposal: Proposal, *aspects: str) -> list[Seen]:
    """What a window showing `proposal` (a card, as it was read) shows of these aspects. Status, wording
    and members are the card's own; the summary and links are read now, as the dialog showing them
    opens."""
    card = {"status": latest_seen(proposal), "wording": proposal.text, "members": _members_of(proposal)}
    return [
        Seen(proposal.id, name, card[name] if name in card else edits.read(store, proposal.id, name))
        for name in aspects
    ]


def save_as_seen(store: Store, seen: list[Seen], work: Callable[[], T]) -> tuple[T, list[Seen]]:
    """`edits.save_as_seen` for proposals: every note and group the seen proposals stand for is locked,
    so another secretary's merge, decision or rewording of any of them waits for this one."""
    units = {i for s in seen for p in [_now(store, s.key)] if p is not None for i in p.unit_ids}
    return edits.save_as_seen(store, seen, work, lock=units)


def set_statuses_as_seen(store: Store, seen: dict[str, str], status: str, **details: str) -> list[str]:
    """`set_statuses` for proposals shown with these latest changes (`seen`: proposal id -> the id from
    `latest_seen`); all or none. Raises ChangedMeanwhile, writing nothing, when any was decided since."""
    checked = [Seen(pid, "status", change_id) for pid, change_id in seen.items()]
    return save_as_seen(store, checked, lambda: set_statuses(store, list(seen), status, **details))[0]
