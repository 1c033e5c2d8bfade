"""`rundabord proposal show`, and the `--expect-rev` every proposal edit of the command line takes.

`proposal show` and `proposal list --json` print a proposal's rev (app/proposals/rev.py); `status`,
`summary`, `add`, `remove`, `link`, `unlink` and `unmerge` take it back as `--expect-rev`, and `merge`
once for each proposal it merges (app/cli/proposal_cmds.py), and are refused
(one line, exit 2, nothing written) when the proposal changed since: another secretary's decision,
rewording, summary, merge or link is never overwritten unseen. On a store others share (PostgreSQL) the
rev is required, as with `note edit`; `--expect-rev any` writes over whatever is there. A one-person
SQLite store checks only when asked.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeVar

from app import proposals
from app.cli.common import open_workspace, plural, print_json_line
from app.proposals.rev import edit_expecting, rev_of
from app.store import Store
from app.typed_ids import short_id

T = TypeVar("T")


def add_expect_rev(parser: argparse.ArgumentParser, whose: str) -> None:
    parser.add_argument(
        "--expect-rev",
        metavar="REV",
        help=f"the rev of {whose} as `proposal show` or `proposal list --json` printed it: refused if it"
        " changed since; 'any' writes over whatever is there (default: required on a shared PostgreSQL"
        " store, else any)",
    )


def expecting(store: Store, args: argparse.Namespace, proposal_id: str, work: Callable[[], T]) -> T:
    """`work()`, checked against the rev the command was given for `proposal_id`."""
    return edit_expecting(store, proposal_id, args.expect_rev, work)


def register_show(actions: argparse._SubParsersAction) -> None:
    show = actions.add_parser(
        "show", help="show one proposal with its rev (what the proposal edits' --expect-rev take)"
    )
    show.add_argument("id", metavar="ID", help="a proposal note's id, or a merged proposal's id")
    show.add_argument("--json", action="store_true", help="one JSON object")
    show.set_defaults(handler=_show)


def _show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    proposal = proposals.find_proposal(store, args.id)
    rev = rev_of(store, proposal)
    summary = proposals.summary_of(store, proposal.id)
    linked = [
        r.earlier if r.later.id == proposal.id else r.later for r in proposals.recurrences(store, [proposal])
    ]
    if args.json:
        print_json_line(
            {
                "id": proposal.id,
                "rev": rev,
                "status": proposal.status,
                "merged": proposal.is_group,
                "originals": [n.id for n in proposal.originals],
                "tables": list(proposal.tables),
                "votes": proposal.votes,
                "text": proposal.text,
                "summary": summary,
                "linked": [p.id for p in linked],
            }
        )
        return 0
    print(f"id:       {proposal.id}")
    print(f"rev:      {rev}")
    tables = ("table " if len(proposal.tables) == 1 else "tables ") + ", ".join(map(str, proposal.tables))
    print(f"status:   {proposal.status}, {plural(proposal.votes, 'vote')}, {tables}")
    print("text:     " + "\n          ".join(proposal.text.splitlines()))
    for note in proposal.originals if proposal.is_group else []:
        print(f"merged:   {short_id(note.id)} table {note.table_number}: {note.text}")
    if summary:
        print("summary:  " + "\n          ".join(summary.splitlines()))
    for other in linked:
        print(f"linked:   {short_id(other.id)} {other.text}")
    return 0
