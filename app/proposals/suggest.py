"""Suggested merges for a conference: groups of its unmerged proposals that say the same thing.

By meaning (app/proposals/meaning.py) where the embedding model loads, else by shared words
(app/proposals/similarity.py); the caller can ask for one method by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from app import conferences
from app.proposals import meaning
from app.proposals.catalogue import list_proposals
from app.proposals.similarity import similar_groups
from app.store import Store

METHODS = ("auto", "meaning", "words")


def group_similar(
    items: Sequence[tuple[str, str]], threshold: float | None = None, method: str = "auto"
) -> tuple[list[list[str]], str]:
    """Groups of similar (id, text) items and the method that made them ("meaning" or "words").

    "auto" uses the model when it loads and falls back to shared words otherwise; "meaning" raises
    meaning.ModelUnavailable instead of falling back. A threshold belongs to one method's scale.
    """
    if method not in METHODS:
        raise ValueError(f"unknown grouping method {method!r}")
    if method == "meaning" or (method == "auto" and meaning.available()):
        return meaning.meaning_groups(items, threshold), "meaning"
    kwargs = {} if threshold is None else {"threshold": threshold}
    return similar_groups(items, **kwargs), "words"


def suggest_groups(
    store: Store, conference_id: str, threshold: float | None = None, method: str = "auto"
) -> list[list[str]]:
    """Groups (two or more note ids, sorted) of the conference's unmerged proposals that look alike.

    Proposals already merged are left out: their group is the secretary's decision.
    """
    return suggest_groups_by(store, conference_id, threshold, method)[0]


def suggest_groups_by(
    store: Store, conference_id: str, threshold: float | None = None, method: str = "auto"
) -> tuple[list[list[str]], str]:
    """`suggest_groups` and the method that made the groups, for a window that says which it was."""
    conference = conferences.conference(store, conference_id)
    items = [(p.id, p.text) for p in list_proposals(store, conference.id) if not p.is_group]
    return group_similar(items, threshold, method)
