"""Suggested merges for a conference: groups of its unmerged proposals that say the same thing."""

from __future__ import annotations

from app import conferences
from app.proposals.catalogue import list_proposals
from app.proposals.similarity import THRESHOLD, similar_groups
from app.store import Store


def suggest_groups(store: Store, conference_id: str, threshold: float = THRESHOLD) -> list[list[str]]:
    """Groups (two or more note ids, sorted) of the conference's unmerged proposals that look alike.

    Proposals already merged are left out: their group is the secretary's decision.
    """
    conference = conferences.conference(store, conference_id)
    items = [(p.id, p.text) for p in list_proposals(store, conference.id) if not p.is_group]
    return similar_groups(items, threshold)
