"""The English templates of the command line's proposal edits checked against a rev (app/proposals/rev.py):
part of app/messages.py's one table, kept here so that module stays readable."""

from __future__ import annotations

PROPOSAL_EDITS: dict[str, str] = {
    "proposal-rev-needed": "others share this store: give the rev of proposal {id} you read, --expect-rev"
    " REV (see `rundabord proposal show {id}`), or --expect-rev any to write over whatever is there now",
    "proposal-revs-needed": "give one --expect-rev for each proposal merged, in the order of their ids"
    " ({given} given for {count}): the rev `rundabord proposal show ID` printed, or --expect-rev any to merge"
    " whatever is there now",
    "proposal-rev-shape": "{rev!r} is not a proposal's rev: give it as `rundabord proposal show {id}`"
    " prints it (five groups of six hex digits), or any",
    "proposal-changed-meanwhile": "proposal {id} was changed after rev {rev} ({changes}); nothing was"
    " written: see it with `rundabord proposal show {id}`, and make the change on what it is now with"
    " --expect-rev {now}",
    "proposal-gone-meanwhile": "proposal {id} was unmerged after rev {rev} ({changes}); nothing was"
    " written: see its originals with `rundabord proposal list`",
    "proposal-status-changed": "its status by {who}",
    "proposal-wording-changed": "its wording by {who}",
    "proposal-summary-changed": "its summary for participants by {who}",
    "proposal-members-changed": "what it is merged from by {who}",
    "proposal-links-changed": "its links to other conferences by {who}",
    "changed-here": "another command or window of this workspace",
    "changed-by-someone": "someone else",
}
