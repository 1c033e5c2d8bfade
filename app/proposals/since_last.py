""" "What has happened since last time?": the earlier conferences' proposals, for the next conference.

From the second conference of a process on, its minutes and its public report tell the participants
what became of every proposal of the earlier conferences: its status, the decision, the organisation
that owns it, and the secretariat's summary for participants. A proposal raised again (linked across
conferences) is told once, as its latest earlier raising, with the conferences that raised it.

Nothing personal: the owner is given only when it is an organisation; no decider, no contact.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import conferences
from app.model import Conference
from app.proposals.catalogue import Proposal, list_proposals
from app.proposals.lifecycle import status_label
from app.proposals.recurrence import Recurrence, recurrences, related_by_proposal
from app.proposals.summary import summaries
from app.store import Store

# Furthest along first, as in the public report's own list.
_RANK = {s: i for i, s in enumerate(("done", "in-progress", "selected", "shortlisted", "new", "not-pursued"))}


@dataclass(frozen=True)
class EarlierProposal:
    proposal_id: str
    text: str
    conference_titles: tuple[str, ...]  # every earlier conference that raised it, oldest first
    votes: int
    status: str
    status_label: str
    decision: str
    reason: str  # only when not pursued
    owner: str  # an organisation; "" when none or a person
    decided_on: str  # YYYY-MM-DD of the latest decision, "" while new
    meeting: str
    review_date: str
    summary: str  # the secretariat's words to participants, "" when none
    raised_again: bool  # raised again at this conference


@dataclass(frozen=True)
class SinceLastTime:
    conference_id: str
    earlier_titles: tuple[str, ...]  # the earlier conferences, oldest first
    items: list[EarlierProposal]
    as_of: str = ""  # the conference's date (YYYY-MM-DD): a review date before it has passed


def _threads(earlier: list[Proposal], links) -> list[list[Proposal]]:
    """Earlier proposals joined by their links (union-find), each thread oldest first as listed."""
    parent = {p.id: p.id for p in earlier}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in links:
        if link.earlier.id in parent and link.later.id in parent:
            parent[root(link.later.id)] = root(link.earlier.id)
    threads: dict[str, list[Proposal]] = {}
    for p in earlier:
        threads.setdefault(root(p.id), []).append(p)
    return list(threads.values())


def since_last_time(store: Store, conference_id: str, language: str = "sv") -> SinceLastTime | None:
    """The section's content for a conference, or None for the first conference of its process."""
    return followup(store, conference_id, [], language)[0]


def followup(
    store: Store, conference_id: str, proposals: list[Proposal], language: str = "sv"
) -> tuple[SinceLastTime | None, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """A conference's minutes' follow-up: `since_last_time`, and `raised_elsewhere` of `proposals` (the
    conference's own, as `list_proposals` gives them). The conferences and the links are read once for
    both, and a link's end among the proposals at hand is not read again."""
    listed = conferences.conferences(store)
    conference = next((c for c in listed if c.id == conference_id), None)
    conference = conference or conferences.conference(store, conference_id)
    ordered = [c for c in listed if c.process_id == conference.process_id]
    ordered.sort(key=lambda c: (c.date, c.title))
    position = [c.id for c in ordered].index(conference.id)
    earlier = list_proposals(store, [c.id for c in ordered[:position]]) if position else []
    at_hand = [*earlier, *proposals]
    links = recurrences(store, at_hand, known=at_hand)
    titles = {c.id: c.title for c in listed}
    section = (
        _since_last(store, conference, ordered[:position], earlier, links, language) if position else None
    )
    return section, _raised(titles, related_by_proposal(store, proposals, links))


def _since_last(
    store: Store,
    conference: Conference,
    earlier_confs: list[Conference],
    earlier: list[Proposal],
    links: list[Recurrence],
    language: str,
) -> SinceLastTime:
    """`links`: every live link touching the earlier proposals (others are passed over)."""
    rank_of = {c.id: i for i, c in enumerate(earlier_confs)}
    titles = {c.id: c.title for c in earlier_confs}
    earlier.sort(key=lambda p: (rank_of[p.conference_id], -p.votes, p.id))
    raised_now = {link.earlier.id for link in links if link.later.conference_id == conference.id}
    summary_text = summaries(store, earlier)
    items = []
    for members in _threads(earlier, links):
        latest = members[-1]
        change = latest.latest
        items.append(
            EarlierProposal(
                proposal_id=latest.id,
                text=latest.text,
                conference_titles=tuple(dict.fromkeys(titles[p.conference_id] for p in members)),
                votes=sum(p.votes for p in members),
                status=latest.status,
                status_label=status_label(latest.status, language),
                decision=change.decision if change else "",
                reason=change.reason if change and latest.status == "not-pursued" else "",
                owner=change.owner if change and change.owner_kind == "organisation" else "",
                decided_on=change.decided_on if change else "",
                meeting=change.meeting if change else "",
                review_date=change.review_date if change else "",
                summary=next((summary_text[p.id] for p in reversed(members) if p.id in summary_text), ""),
                raised_again=any(p.id in raised_now for p in members),
            )
        )
    items.sort(key=lambda i: (_RANK.get(i.status, len(_RANK)), -i.votes, i.text))
    return SinceLastTime(conference.id, tuple(c.title for c in earlier_confs), items, conference.date)


def raised_elsewhere(
    store: Store, proposals: list[Proposal]
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """For each proposal linked across conferences: (earlier conference titles, later conference titles)."""
    titles = {c.id: c.title for c in conferences.conferences(store)}
    return _raised(titles, related_by_proposal(store, proposals))


def _raised(
    titles: dict[str, str], related_by: dict[str, list[tuple[str, Proposal]]]
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    result = {}
    for proposal_id, related in related_by.items():
        if related:
            earlier = tuple(
                dict.fromkeys(titles.get(p.conference_id, "") for side, p in related if side == "earlier")
            )
            later = tuple(
                dict.fromkeys(titles.get(p.conference_id, "") for side, p in related if side == "later")
            )
            result[proposal_id] = (earlier, later)
    return result
