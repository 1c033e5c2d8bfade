"""The same proposal raised again at a later conference of the process: the council's memory.

A proposal_recurrence record ties a proposal of a later conference (a note, or a merged proposal) to one
of an earlier conference of the same process. Each keeps its own status and its place in its own
conference's minutes; the link shows in both, and their histories read as one timeline (`timeline`).

A link names the proposals as they were when linked. A note merged later still finds its links (they
are looked up by the merged proposal's own and its originals' ids); a link to a merged proposal that
was unmerged again no longer resolves and is not shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app import conferences
from app.errors import NotFound, UserError
from app.model import Conference
from app.proposals.catalogue import Proposal, find_proposal
from app.store import Store
from app.typed_ids import short_id


@dataclass(frozen=True)
class Recurrence:
    """One live "raised again" link, both ends resolved to the proposals they stand for today."""

    id: str
    earlier: Proposal
    later: Proposal


def _conference(store: Store, conference_id: str) -> Conference:
    return conferences.conference(store, conference_id)


def link_again(store: Store, later_id: str, earlier_id: str) -> str:
    """Record that the proposal `later_id` raises again the earlier proposal `earlier_id`; returns its id.

    The two must belong to different conferences of one process; given the other way round (the
    earlier first) they are swapped, as the conferences' dates say which came first.
    """
    later, earlier = find_proposal(store, later_id), find_proposal(store, earlier_id)
    if later.conference_id == earlier.conference_id:
        raise UserError("both proposals are from the same conference; merge them instead (proposal merge)")
    later_conf, earlier_conf = (
        _conference(store, later.conference_id),
        _conference(store, earlier.conference_id),
    )
    if later_conf.process_id != earlier_conf.process_id:
        raise UserError(
            "the proposals belong to different processes; only one process's proposals can be linked"
        )
    if (later_conf.date, later_conf.title) < (earlier_conf.date, earlier_conf.title):
        later, earlier = earlier, later
        later_conf, earlier_conf = earlier_conf, later_conf
    for known in recurrences(store, [later]):
        if known.earlier.id == earlier.id:
            raise UserError(f"{short_id(later.id)} is linked to {short_id(earlier.id)} already")
    return store.write(
        "proposal_recurrence",
        None,
        {
            "later_id": later.id,
            "earlier_id": earlier.id,
            "conference_id": later_conf.id,
            "earlier_conference_id": earlier_conf.id,
        },
    )


def unlink(store: Store, recurrence_id: str) -> None:
    """Remove a "raised again" link (a tombstone, so the removal travels and can be undone)."""
    if store.get("proposal_recurrence", recurrence_id) is None:
        raise NotFound(f"no link with id {recurrence_id}")
    store.delete("proposal_recurrence", recurrence_id)


def relink(store: Store, recurrence_id: str) -> None:
    """Undo `unlink`."""
    if store.get("proposal_recurrence", recurrence_id, include_deleted=True) is None:
        raise NotFound(f"no link with id {recurrence_id}")
    store.restore("proposal_recurrence", recurrence_id)


def link_records(store: Store, ids: Iterable[str], *, include_deleted: bool = False) -> list[dict]:
    """Live link records (and removed ones, if asked) with either end among `ids` (unit or original
    note ids): both ends asked in one statement (each column has its index)."""
    ids = list(dict.fromkeys(ids))
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 250):  # twice the ids a statement: far below SQLite's limit
        chunk = ids[start : start + 250]
        marks = ", ".join("?" * len(chunk))
        for r in store.select(
            "proposal_recurrence",
            f"(later_id IN ({marks}) OR earlier_id IN ({marks}))",
            (*chunk, *chunk),
            order_by="id",
            include_deleted=include_deleted,
        ):
            found[r["id"]] = r
    return sorted(found.values(), key=lambda r: r["id"])


def _resolve(store: Store, record_id: str, cache: dict[str, Proposal | None]) -> Proposal | None:
    if record_id not in cache:
        try:
            cache[record_id] = find_proposal(store, record_id)
        except (NotFound, UserError):
            cache[record_id] = None
    return cache[record_id]


def recurrences(
    store: Store, proposals: Iterable[Proposal], *, known: Iterable[Proposal] = ()
) -> list[Recurrence]:
    """The live links touching these proposals, both ends resolved; unresolvable links are skipped.
    `known`: whole conferences' proposals as `list_proposals` gives them, already read: an end that is
    one of their ids is the proposal `find_proposal` would read again."""
    ids = [i for p in proposals for i in p.unit_ids]
    cache: dict[str, Proposal | None] = {i: p for p in known for i in p.unit_ids}
    found = []
    for record in link_records(store, ids):
        earlier = _resolve(store, record["earlier_id"], cache)
        later = _resolve(store, record["later_id"], cache)
        if earlier is not None and later is not None and earlier.id != later.id:
            found.append(Recurrence(record["id"], earlier, later))
    return found


def thread(store: Store, proposal_id: str) -> list[Proposal]:
    """The proposal and every proposal linked to it, directly or through others, oldest conference first."""
    start = find_proposal(store, proposal_id)
    seen = {start.id: start}
    frontier = [start]
    while frontier:
        links = recurrences(store, frontier)
        frontier = []
        for link in links:
            for proposal in (link.earlier, link.later):
                if proposal.id not in seen:
                    seen[proposal.id] = proposal
                    frontier.append(proposal)
    dated = {c.id: (c.date, c.title) for c in conferences.conferences(store)}
    return sorted(seen.values(), key=lambda p: (dated.get(p.conference_id, ("", "")), p.id))


def related_by_proposal(
    store: Store, proposals: Iterable[Proposal], links: list[Recurrence] | None = None
) -> dict[str, list[tuple[str, Proposal]]]:
    """For each proposal id: ("earlier" | "later", the linked proposal), for badges on cards and in lists.
    `links`: the live links touching them (others among them are passed over), when read already."""
    proposals = list(proposals)
    wanted = {i: p.id for p in proposals for i in p.unit_ids}
    result: dict[str, list[tuple[str, Proposal]]] = {p.id: [] for p in proposals}
    for link in recurrences(store, proposals) if links is None else links:
        if link.later.id in result and wanted.get(link.later.id) == link.later.id:
            result[link.later.id].append(("earlier", link.earlier))
        if link.earlier.id in result and wanted.get(link.earlier.id) == link.earlier.id:
            result[link.earlier.id].append(("later", link.later))
    return result


def link_candidates(store: Store, proposal_id: str) -> list[tuple[Proposal, float]]:
    """Proposals of the process's other conferences that `proposal_id` could be linked to, most alike
    first (TF-IDF cosine over Swedish stems, as the similar-proposal grouping uses), with their score."""
    from app.proposals.catalogue import list_proposals, process_conference_ids
    from app.proposals.similarity import tfidf_vectors

    proposal = find_proposal(store, proposal_id)
    process_id = _conference(store, proposal.conference_id).process_id
    others = [c for c in process_conference_ids(store, process_id) if c != proposal.conference_id]
    linked = {link.earlier.id for link in recurrences(store, [proposal])}
    linked |= {link.later.id for link in recurrences(store, [proposal])}
    candidates = [p for p in list_proposals(store, others) if p.id not in linked]
    vectors = tfidf_vectors([proposal.text, *(p.text for p in candidates)])
    mine = vectors[0]
    scored = [
        (p, sum(w * vector.get(term, 0.0) for term, w in mine.items()))
        for p, vector in zip(candidates, vectors[1:], strict=True)
    ]
    scored.sort(key=lambda pair: (-pair[1], pair[0].conference_id, -pair[0].votes, pair[0].id))
    return scored
