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
    Handed to participants (the CLI's `proposal feedback`): published_feedback(store, conference_id,
        language, table=, redact_undecided=) in app/proposals/published.py, through the personal-data
        review (PrivacyRefusal while findings wait), free texts as the review decided.
    status_label(status, language) -> str; STATUSES; status_of_notes(store, note_ids) -> {id: status}
        for showing a proposal's status wherever the proposal appears.

Lifecycle: set_status(store, id, status, decision=, reason=, owner=, owner_kind=, contact=,
    review_date=, decided_by=) -> change id; set_statuses(store, ids, status, ...) for one decision on
    many; unit_history(store, id); retract / reinstate (undo, redo), retract_all / reinstate_all.
    On a shared store: set_statuses_as_seen(store, {id: latest_seen(proposal)}, status, ...) raises
    ChangedMeanwhile (app/edits.py; .changes: what, now, by whom) when another secretary decided
    since the window showed the proposals.
Edits made on what a window showed (app/proposals/as_seen.py): shown(store, proposal, *aspects) ->
    [Seen]; save_as_seen(store, seen, work) -> (work's result, the aspects as the save left them), or
    ChangedMeanwhile, writing nothing. Aspects: status, wording, summary, members, links.
Catalogue: list_proposals(store, conference_ids, status=, theme_id=); find_proposal(store, id).
Merging (one conference): similar_groups(items) (shared words), group_similar(items) (by meaning where
    the model loads, else words), suggest_groups(store, conference_id), suggest_groups_by (+ method),
    merge(store, ids, text=) (none merged yet; join_target(proposals) names the merged one to join),
    add_to_group(store, group_id, ids) (undo: drop_links / restore_links),
    remove_from_group(store, group_id, note_id) -> Removal,
    put_back / take_out_again (undo, redo), unmerge(store, group_id), remerge(store, group_id).
Across conferences: link_again(store, later_id, earlier_id) ("same proposal, raised again"), unlink,
    relink, recurrences(store, proposals), related_by_proposal, thread(store, id);
    timeline(store, id) -> (proposals of the thread, TimelineEvents oldest first).
Decisions: set_status(..., decided_on="YYYY-MM-DD", meeting="Tillväxtrådet 20 maj"); StatusChange.overdue().
Participants' words: set_summary(store, id, text), summaries(store, proposals), summary_of(store, id).
"What has happened since last time?": since_last_time(store, conference_id, language) -> SinceLastTime
    | None (None for a process's first conference); app/minutes/since_last.py prints it.
Guiding words and actions per theme over a process: accumulated(store, process_id).
Representativeness: representation(store, conference_id); process_representation(store, process_id).
Exchange: export_followup(workspace, conference_id, out_path=None, recipient=CHAIRS, table=None) signs a
    conference pack that also carries a table's notes and the decisions on its proposals (a chair's),
    or the whole reviewed record (a colleague secretariat's); export_chairs_followups: one per table.
"""

from __future__ import annotations

from app.proposals.accumulate import AccumulatedItem, Origin, ThemeAccumulation, accumulated
from app.proposals.as_seen import (
    ASPECTS,
    ChangedMeanwhile,
    latest_seen,
    save_as_seen,
    set_statuses_as_seen,
    shown,
)
from app.proposals.catalogue import (
    Proposal,
    find_proposal,
    list_proposals,
    process_conference_ids,
    set_status,
    set_statuses,
    status_of_notes,
    unit_history,
)
from app.proposals.exchange import export_followup
from app.proposals.feedback import ProposalOutcome, feedback, feedback_by_table
from app.proposals.lifecycle import (
    STATUS_LABELS,
    STATUSES,
    StatusChange,
    meetings,
    parse_status,
    reinstate,
    reinstate_all,
    retract,
    retract_all,
    status_label,
)
from app.proposals.meaning import ModelUnavailable
from app.proposals.merging import (
    Removal,
    add_to_group,
    drop_links,
    join_target,
    links,
    merge,
    put_back,
    remerge,
    remove_from_group,
    rename_group,
    restore_links,
    take_out_again,
    unmerge,
)
from app.proposals.recurrence import (
    Recurrence,
    link_again,
    link_candidates,
    recurrences,
    related_by_proposal,
    relink,
    thread,
    unlink,
)
from app.proposals.representation import Representation, TableCount, process_representation, representation
from app.proposals.similarity import similar_groups
from app.proposals.since_last import EarlierProposal, SinceLastTime, since_last_time
from app.proposals.suggest import METHODS as GROUPING_METHODS
from app.proposals.suggest import group_similar, suggest_groups, suggest_groups_by
from app.proposals.summary import restore_summary, set_summary, summaries, summary_of
from app.proposals.timeline import TimelineEvent, timeline

__all__ = [
    "ASPECTS",
    "GROUPING_METHODS",
    "STATUSES",
    "STATUS_LABELS",
    "AccumulatedItem",
    "ChangedMeanwhile",
    "EarlierProposal",
    "ModelUnavailable",
    "Origin",
    "Proposal",
    "ProposalOutcome",
    "Recurrence",
    "Removal",
    "Representation",
    "SinceLastTime",
    "StatusChange",
    "TableCount",
    "ThemeAccumulation",
    "TimelineEvent",
    "accumulated",
    "add_to_group",
    "drop_links",
    "export_followup",
    "feedback",
    "feedback_by_table",
    "find_proposal",
    "group_similar",
    "join_target",
    "latest_seen",
    "link_again",
    "link_candidates",
    "links",
    "list_proposals",
    "meetings",
    "merge",
    "parse_status",
    "process_conference_ids",
    "process_representation",
    "put_back",
    "recurrences",
    "reinstate",
    "reinstate_all",
    "related_by_proposal",
    "relink",
    "remerge",
    "remove_from_group",
    "rename_group",
    "representation",
    "restore_links",
    "restore_summary",
    "retract",
    "retract_all",
    "save_as_seen",
    "set_status",
    "set_statuses",
    "set_statuses_as_seen",
    "set_summary",
    "shown",
    "similar_groups",
    "since_last_time",
    "status_label",
    "status_of_notes",
    "suggest_groups",
    "suggest_groups_by",
    "summaries",
    "summary_of",
    "take_out_again",
    "thread",
    "timeline",
    "unit_history",
    "unlink",
    "unmerge",
]
