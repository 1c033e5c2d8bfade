"""Process memory: proposals followed up across conferences, similar proposals merged, feedback.

Public API (the CLI, the GUI and the minutes use these; nothing here imports Qt):

Feedback for the public report (app/minutes) — no personal data in any field:
    feedback(store, conference_id, language="sv") -> list[ProposalOutcome]
        one outcome per proposal of the conference (a merged proposal once, its tables and summed
        votes), ordered done, in progress, selected, shortlisted, new, not pursued; most votes first.
    feedback_by_table(store, conference_id, language="sv") -> dict[int, list[ProposalOutcome]]
        per table number, the outcomes of that table's proposals ("what happened to your ideas").
    ProposalOutcome fields: proposal_id, text, themes (names), tables, votes, merged_count, status
        (code), status_label (in `language`), decision, reason (only when not pursued), owner (only an
        organisation; a person owner is never published), review_date, decided_on (YYYY-MM-DD).
    status_label(status, language) -> str; STATUSES; status_of_notes(store, note_ids) -> {id: status}
        for showing a proposal's status wherever the proposal appears.

Lifecycle: set_status(store, id, status, decision=, reason=, owner=, owner_kind=, contact=,
    review_date=, decided_by=) -> change id; set_statuses(store, ids, status, ...) for one decision on
    many; unit_history(store, id); retract / reinstate (undo, redo), retract_all / reinstate_all.
Catalogue: list_proposals(store, conference_ids, status=, theme_id=); find_proposal(store, id).
Merging: similar_groups(items), suggest_groups(store, conference_id), merge(store, ids, text=),
    unmerge(store, group_id), remerge(store, group_id).
Guiding words and actions per theme over a process: accumulated(store, process_id).
Representativeness: representation(store, conference_id); process_representation(store, process_id).
Exchange: export_followup(workspace, conference_id, out_path=None) signs a conference pack that also
    carries the conference's proposals, statuses and merges; any workspace imports it as a bundle.
"""

from __future__ import annotations

from app.proposals.accumulate import AccumulatedItem, Origin, ThemeAccumulation, accumulated
from app.proposals.catalogue import (
    Proposal,
    find_proposal,
    links,
    list_proposals,
    merge,
    process_conference_ids,
    remerge,
    rename_group,
    set_status,
    set_statuses,
    status_of_notes,
    unit_history,
    unmerge,
)
from app.proposals.exchange import export_followup
from app.proposals.feedback import ProposalOutcome, feedback, feedback_by_table
from app.proposals.lifecycle import (
    STATUS_LABELS,
    STATUSES,
    StatusChange,
    parse_status,
    reinstate,
    reinstate_all,
    retract,
    retract_all,
    status_label,
)
from app.proposals.representation import Representation, TableCount, process_representation, representation
from app.proposals.similarity import similar_groups
from app.proposals.suggest import suggest_groups

__all__ = [
    "STATUSES",
    "STATUS_LABELS",
    "AccumulatedItem",
    "Origin",
    "Proposal",
    "ProposalOutcome",
    "Representation",
    "StatusChange",
    "TableCount",
    "ThemeAccumulation",
    "accumulated",
    "export_followup",
    "feedback",
    "feedback_by_table",
    "find_proposal",
    "links",
    "list_proposals",
    "merge",
    "parse_status",
    "process_conference_ids",
    "process_representation",
    "reinstate",
    "reinstate_all",
    "remerge",
    "rename_group",
    "representation",
    "retract",
    "retract_all",
    "set_status",
    "set_statuses",
    "similar_groups",
    "status_label",
    "status_of_notes",
    "suggest_groups",
    "unit_history",
    "unmerge",
]
