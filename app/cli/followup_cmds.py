"""`rundabord proposal add|remove|link|unlink|timeline|summary`: follow-up across conferences.

Registered under `rundabord proposal` by app/cli/proposal_cmds.py. Each edit takes `--expect-rev`, the rev
of the proposal it changes as `proposal show` printed it (app/cli/proposal_seen.py).
"""

from __future__ import annotations

import argparse

from app import proposals
from app.cli.common import open_workspace, print_json_line
from app.cli.proposal_seen import add_expect_rev, expecting
from app.errors import UserError
from app.typed_ids import short_id


def register_actions(actions: argparse._SubParsersAction) -> None:
    add = actions.add_parser("add", help="add proposals of its conference to a merged proposal")
    add.add_argument("group", metavar="MERGED_ID")
    add.add_argument("ids", nargs="+", metavar="NOTE_ID")
    add_expect_rev(add, "the merged proposal")
    add.set_defaults(handler=_add)

    remove = actions.add_parser(
        "remove", help="take one original out of a merged proposal (the rest stay merged)"
    )
    remove.add_argument("group", metavar="MERGED_ID")
    remove.add_argument("id", metavar="NOTE_ID")
    add_expect_rev(remove, "the merged proposal")
    remove.set_defaults(handler=_remove)

    link = actions.add_parser(
        "link", help="same proposal, raised again: link a proposal to one of an earlier conference"
    )
    link.add_argument("later", metavar="ID", help="the proposal of the later conference")
    link.add_argument("earlier", metavar="EARLIER_ID", help="the proposal of the earlier conference")
    add_expect_rev(link, "the later proposal")
    link.set_defaults(handler=_link)

    unlink = actions.add_parser("unlink", help="remove the link between two proposals")
    unlink.add_argument("first", metavar="ID")
    unlink.add_argument("second", metavar="OTHER_ID")
    add_expect_rev(unlink, "the first proposal named")
    unlink.set_defaults(handler=_unlink)

    timeline = actions.add_parser(
        "timeline", help="one proposal's history across conferences (raised, merged, decided, raised again)"
    )
    timeline.add_argument("id", metavar="ID")
    timeline.add_argument("--json", action="store_true", help="one JSON object a line")
    timeline.set_defaults(handler=_timeline)

    summary = actions.add_parser(
        "summary", help="show or write the summary participants read in the public report"
    )
    summary.add_argument("id", metavar="ID")
    summary.add_argument("text", nargs="?", metavar="TEXT", help="the new summary; without it, print it")
    summary.add_argument("--clear", action="store_true", help="remove the summary")
    add_expect_rev(summary, "the proposal (when writing)")
    summary.set_defaults(handler=_summary)


def _add(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    expecting(store, args, args.group, lambda: proposals.add_to_group(store, args.group, args.ids))
    group = proposals.find_proposal(store, args.group)
    print(f"{group.id}: merged from {len(group.originals)}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    removal = expecting(
        store, args, args.group, lambda: proposals.remove_from_group(store, args.group, args.id)
    )
    if removal.dissolved:
        print(f"{short_id(removal.group_id)} had one original left and is unmerged")
    else:
        left = proposals.find_proposal(store, removal.group_id)
        print(f"{left.id}: merged from {len(left.originals)}")
    return 0


def _link(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    print(expecting(store, args, args.later, lambda: proposals.link_again(store, args.later, args.earlier)))
    return 0


def _unlink(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    first = proposals.find_proposal(store, args.first)
    second = proposals.find_proposal(store, args.second)
    for link in proposals.recurrences(store, [first]):
        if {link.earlier.id, link.later.id} == {first.id, second.id}:
            expecting(store, args, first.id, lambda found=link.id: proposals.unlink(store, found))
            return 0
    raise UserError(f"{short_id(first.id)} and {short_id(second.id)} are not linked")


def _timeline(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    _, events = proposals.timeline(store, args.id)
    for e in events:
        c = e.change
        if args.json:
            print_json_line(
                {
                    "day": e.day,
                    "kind": e.kind,
                    "proposal_id": e.proposal_id,
                    "conference": e.conference_title,
                    "table": e.table_number,
                    "text": e.text,
                    "status": c.status if c else None,
                    "decision": c.decision if c else None,
                    "reason": c.reason if c else None,
                    "owner": c.owner if c else None,
                    "meeting": c.meeting if c else None,
                    "review_date": c.review_date if c else None,
                }
            )
            continue
        if c is not None:
            where = f" at {c.meeting}" if c.meeting else ""
            print(f"{e.day}  {c.status}{where}" + (f": {c.decision}" if c.decision else ""))
            for label, value in (("reason", c.reason), ("owner", c.owner), ("review", c.review_date)):
                if value:
                    print(f"            {label}: {value}")
            continue
        what = {"raised": "raised", "raised-again": "raised again", "merged": "merged"}[e.kind]
        table = f", table {e.table_number}" if e.table_number is not None else ""
        print(f"{e.day}  {what} at {e.conference_title}{table}: {e.text}")
    return 0


def _summary(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    if args.clear and args.text:
        raise UserError("give either a summary or --clear, not both")
    if args.clear or args.text is not None:
        if args.text is not None and not args.text.strip():
            raise UserError("the summary is empty; use --clear to remove it")
        text = "" if args.clear else args.text
        expecting(store, args, args.id, lambda: proposals.set_summary(store, args.id, text))
        return 0
    text = proposals.summary_of(store, args.id)
    print(text if text else "no summary yet")
    return 0
