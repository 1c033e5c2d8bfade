"""One proposal's history across conferences, as one timeline.

Raised (each original, at its conference and table), merged, every status change (on the day it was
decided, at the meeting named), raised again at a later conference: for the proposal and every proposal
linked to it as "raised again", oldest first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import conferences
from app.hlc import Stamp
from app.proposals.catalogue import Proposal, unit_history
from app.proposals.lifecycle import StatusChange
from app.proposals.recurrence import thread
from app.store import Store

KINDS = ("raised", "merged", "raised-again", "status")  # the order of events of one day


@dataclass(frozen=True)
class TimelineEvent:
    day: str  # YYYY-MM-DD
    kind: str  # one of KINDS
    proposal_id: str  # the proposal (note or merged) the event belongs to
    conference_id: str
    conference_title: str
    text: str  # the proposal's words (raised, merged, raised again)
    table_number: int | None = None  # where it was raised
    change: StatusChange | None = None  # for a status change
    order: str = ""  # clock stamp that orders events of one day and kind


def _stamp_day(rev: str) -> str:
    try:
        wall_ms = Stamp.parse(rev).wall_ms
    except ValueError:
        return ""
    return dt.datetime.fromtimestamp(wall_ms / 1000).date().isoformat()


def _events(
    store: Store, proposal: Proposal, again: bool, titles: dict[str, tuple[str, str]]
) -> list[TimelineEvent]:
    date, title = titles.get(proposal.conference_id, ("", ""))
    kind = "raised-again" if again else "raised"
    events = [
        TimelineEvent(
            date, kind, proposal.id, proposal.conference_id, title, n.text, n.table_number, order=n.id
        )
        for n in proposal.originals
    ]
    if proposal.is_group:
        group = store.get("proposal_group", proposal.id)
        rev = group["stamps"].get("conference_id", [group["rev"]])[0] if group else ""
        events.append(
            TimelineEvent(
                max(_stamp_day(rev), date),
                "merged",
                proposal.id,
                proposal.conference_id,
                title,
                proposal.text,
                order=rev,
            )
        )
    _, changes = unit_history(store, proposal.id)
    events += [
        TimelineEvent(
            c.decided_on or date,
            "status",
            proposal.id,
            proposal.conference_id,
            title,
            proposal.text,
            change=c,
            order=c.order_key[0],
        )
        for c in changes
    ]
    return events


def timeline(store: Store, proposal_id: str) -> tuple[list[Proposal], list[TimelineEvent]]:
    """The proposals of the thread (oldest conference first) and their events, oldest first."""
    proposals = thread(store, proposal_id)
    titles = {c.id: (c.date, c.title) for c in conferences.conferences(store)}
    first_conference = proposals[0].conference_id
    events = [
        e
        for p in proposals
        for e in _events(store, p, again=p.conference_id != first_conference, titles=titles)
    ]
    events.sort(key=lambda e: (e.day, KINDS.index(e.kind), e.order))
    return proposals, events
