"""Feedback to participants as it may leave the secretariat: through the personal-data review.

`feedback` (feedback.py) drops the fields that are never published (who decided, a contact, a person
owner), but the free texts a table or the council wrote (a proposal's wording, a decision, a reason) can
still hold a phone number, an e-mail or a known person's name. Whatever hands that feedback to
participants (`rundabord proposal feedback`, a web page made from its JSON) goes through here: refused
(PrivacyRefusal) while findings are undecided, unless asked to redact them; then every text as the
review decided, and a proposal that would say nothing but removed personal data left out, as the
public report does.
"""

from __future__ import annotations

from dataclasses import replace

from app import conferences
from app.minutes.i18n import Strings
from app.privacy.publish import Publication
from app.proposals.feedback import ProposalOutcome, feedback, feedback_by_table
from app.store import Store

FREE_TEXTS = ("text", "decision", "reason", "owner")


def published_feedback(
    store: Store,
    conference_id: str,
    language: str = "sv",
    *,
    table: int | None = None,
    redact_undecided: bool = False,
) -> list[ProposalOutcome]:
    """What happened to each proposal of the conference (only `table`'s when given), as published."""
    conference = conferences.conference(store, conference_id)
    gate = Publication(
        store, conference.id, Strings(language)("name_removed"), redact_undecided=redact_undecided
    )
    if table is None:
        outcomes = feedback(store, conference.id, language)
    else:
        conferences.table(store, conference.id, table)  # an unknown table number is refused
        outcomes = feedback_by_table(store, conference.id, language).get(table, [])
    return [
        replace(o, **{f: gate.clean(o.proposal_id, f, getattr(o, f)) for f in FREE_TEXTS})
        for o in outcomes
        if not gate.held_back(o.proposal_id)
    ]
