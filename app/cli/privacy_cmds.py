"""`rundabord privacy`: the personal-data review before a public report or open data is written.

rundabord privacy review --conference ID [--undecided] [--json]
rundabord privacy decide --conference ID (HIT... | --undecided) (--remove | --keep | --rewrite TEXT)
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from app import conferences
from app.cli.common import open_workspace, plural, print_json_line
from app.errors import UserError
from app.privacy.emptied import EMPTIED
from app.privacy.review import Hit, decide_all, find_hit, review, undecided


def register(subparsers: argparse._SubParsersAction) -> None:
    privacy = subparsers.add_parser(
        "privacy",
        help="review personal data before publishing (public report, open data)",
        description="Every personal datum found in what would be published: identity and phone numbers, "
        "e-mail, personal web addresses and the names of known people, and each note that would say "
        "nothing once they are removed. Decide each one; the public report and open data are refused "
        "while any is undecided.",
    )
    commands = privacy.add_subparsers(dest="privacy_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("review", help="list the findings with their context and decision")
    listing.add_argument("--conference", required=True, metavar="ID")
    listing.add_argument("--undecided", action="store_true", help="only the findings still undecided")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_review)

    deciding = commands.add_parser("decide", help="decide findings: remove, keep or rewrite")
    deciding.add_argument("--conference", required=True, metavar="ID")
    deciding.add_argument("hits", nargs="*", metavar="HIT", help="finding ids (or their first characters)")
    deciding.add_argument("--undecided", action="store_true", help="every finding still undecided")
    action = deciding.add_mutually_exclusive_group(required=True)
    action.add_argument("--remove", action="store_true", help="leave it out of what is published")
    action.add_argument("--keep", action="store_true", help="publish it as written (it is not personal)")
    action.add_argument("--rewrite", metavar="TEXT", help="publish these words instead")
    deciding.set_defaults(handler=_decide)


def where(hit: Hit) -> str:
    src = hit.source
    if src.kind == "note":
        return f"table {src.table}, question {src.question}"
    if src.kind == "question":
        return f"question {src.question}"
    if src.kind == "proposal":
        return "proposal" if src.field == "text" else f"proposal's {src.field}"
    return f"public report's {src.part.replace('_', ' ')}"


def hit_line(hit: Hit) -> str:
    before, match, after = hit.context()
    state = hit.decision.action if hit.decision else "UNDECIDED"
    if hit.decision and hit.decision.action == "rewrite":
        state += f" -> {hit.decision.replacement!r}"
    if hit.kind == EMPTIED:  # the whole text: say why it is held back and what each decision does
        return (
            f"{hit.id}  {'says nothing':<17} {state:<10} {where(hit)}: [{' '.join(hit.found.text.split())}]"
            " would be published as nothing but removed personal data; --remove holds it back,"
            " --keep publishes it with its markers, --rewrite TEXT publishes your words instead"
        )
    return f"{hit.id}  {hit.kind:<17} {state:<10} {where(hit)}: {before}[{match}]{after}"


def print_hits(hits: list[Hit], out: TextIO) -> None:
    for hit in hits:
        print(hit_line(hit), file=out)


def _review(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    conference = conferences.conference(workspace.store, args.conference)
    hits = review(workspace.store, conference.id)
    waiting = undecided(hits)
    shown = waiting if args.undecided else hits
    if args.json:
        for hit in shown:
            print_json_line(hit.as_json())
        return 0
    print_hits(shown, sys.stdout)
    print(f"{plural(len(hits), 'finding')}, {len(waiting)} undecided", file=sys.stderr)
    return 0


def _decide(args: argparse.Namespace) -> int:
    if bool(args.hits) == bool(args.undecided):
        raise UserError("name the findings to decide, or give --undecided (not both)")
    workspace = open_workspace(args)
    store = workspace.store
    conference = conferences.conference(store, args.conference)
    hits = review(store, conference.id)
    chosen = undecided(hits) if args.undecided else [find_hit(hits, h) for h in args.hits]
    action = "remove" if args.remove else "keep" if args.keep else "rewrite"
    decide_all(store, conference.id, chosen, action, args.rewrite or "")
    print(f"{plural(len(chosen), 'finding')} decided: {action}")
    return 0
