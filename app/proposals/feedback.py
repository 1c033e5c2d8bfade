"""Feedback to participants: what happened to each proposal of a conference, with no personal data.

This is what the public feedback report (app/minutes) prints. An outcome never carries who decided,
a contact, a person owner, a chair's name or a note's person: only the proposal, where it came from
(table numbers), its votes, its status and the published parts of the decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import conferences
from app.proposals.catalogue import Proposal, list_proposals
from app.proposals.lifecycle import STATUSES, status_label
from app.store import Store


@dataclass(frozen=True)
class ProposalOutcome:
    proposal_id: str  # note id, or the merged proposal's group id
    text: str
    themes: tuple[str, ...]  # theme names, in the process's order
    tables: tuple[int, ...]  # the tables it came from
    votes: int  # summed over merged originals
    merged_count: int  # how many table proposals it stands for (1 when not merged)
    status: str  # a code of lifecycle.STATUSES
    status_label: str  # the status in the requested language
    decision: str  # the latest decision text, "" while new
    reason: str  # why it is not pursued ("" otherwise)
    owner: str  # the owning organisation; "" when none or when the owner is a person
    review_date: str  # YYYY-MM-DD or ""
    decided_on: str  # YYYY-MM-DD of the latest status change, "" while new


def _outcome(proposal: Proposal, theme_names: dict[str, str], language: str) -> ProposalOutcome:
    change = proposal.latest
    published_owner = change.owner if change and change.owner_kind == "organisation" else ""
    return ProposalOutcome(
        proposal_id=proposal.id,
        text=proposal.text,
        themes=tuple(theme_names[t] for t in proposal.themes if t in theme_names),
        tables=proposal.tables,
        votes=proposal.votes,
        merged_count=len(proposal.originals),
        status=proposal.status,
        status_label=status_label(proposal.status, language),
        decision=change.decision if change else "",
        reason=change.reason if change and proposal.status == "not-pursued" else "",
        owner=published_owner,
        review_date=change.review_date if change else "",
        decided_on=change.decided_on if change else "",
    )


def _ordered(outcomes: list[ProposalOutcome]) -> list[ProposalOutcome]:
    # Furthest along first (done before new), then most votes: what a reader looks for first.
    rank = {
        s: i for i, s in enumerate(("done", "in-progress", "selected", "shortlisted", "new", "not-pursued"))
    }
    return sorted(outcomes, key=lambda o: (rank.get(o.status, len(STATUSES)), -o.votes, o.tables, o.text))


def feedback(store: Store, conference_id: str, language: str = "sv") -> list[ProposalOutcome]:
    """What happened to each proposal of a conference: one outcome per proposal (merged ones once).

    Ordered done, in progress, selected, shortlisted, new, not pursued; most votes first within each.
    `language` ('sv' or 'en') picks the status labels.
    """
    conference = conferences.conference(store, conference_id)
    names = {t.id: t.name for t in conferences.themes(store, conference.process_id)}
    return _ordered([_outcome(p, names, language) for p in list_proposals(store, conference.id)])


def feedback_by_table(
    store: Store, conference_id: str, language: str = "sv"
) -> dict[int, list[ProposalOutcome]]:
    """Per table number, the outcomes of the proposals that table made ("what happened to your ideas").

    A merged proposal appears under every table it came from. Tables without proposals map to [].
    """
    conference = conferences.conference(store, conference_id)
    names = {t.id: t.name for t in conferences.themes(store, conference.process_id)}
    by_table: dict[int, list[ProposalOutcome]] = {
        t.number: [] for t in conferences.tables(store, conference.id)
    }
    for proposal in list_proposals(store, conference.id):
        outcome = _outcome(proposal, names, language)
        for number in proposal.tables:
            by_table.setdefault(number, []).append(outcome)
    return {number: _ordered(outcomes) for number, outcomes in sorted(by_table.items())}
