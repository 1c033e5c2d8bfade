"""`rundabord public-text`: the secretariat's own words in the public feedback report."""

from __future__ import annotations

import argparse

from app import conferences
from app.cli.common import open_workspace
from app.minutes.report_texts import PARTS, report_texts, set_report_texts

WHAT = {
    "foreword": "foreword",
    "contact": "contact",
    "respond": "how to respond",
    "next_steps": "what happens next",
}
OPTIONS = {"foreword": "--foreword", "contact": "--contact", "respond": "--respond", "next_steps": "--next"}


def register(subparsers: argparse._SubParsersAction) -> None:
    texts = subparsers.add_parser(
        "public-text",
        help="write the public report's foreword, contact, how to respond and what happens next",
        description="With no text given, prints the texts written so far. An empty text ('') clears "
        "one. The texts pass the personal-data review like every published text.",
    )
    texts.add_argument("--conference", required=True, metavar="ID")
    texts.add_argument("--foreword", metavar="TEXT", help="the foreword or summary that opens the report")
    texts.add_argument("--contact", metavar="TEXT", help="who to contact (a function, an address)")
    texts.add_argument("--respond", metavar="TEXT", help="how participants can respond, and by when")
    texts.add_argument("--next", dest="next_steps", metavar="TEXT", help="what happens next")
    texts.set_defaults(handler=_texts)


def _texts(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    conference = conferences.conference(workspace.store, args.conference)
    given = {part: getattr(args, part) for part in PARTS if getattr(args, part) is not None}
    set_report_texts(workspace.store, conference.id, given)
    if given:  # say what was done: a silent success read as nothing having happened
        saved = [WHAT[part] for part in PARTS if given.get(part)]
        cleared = [WHAT[part] for part in PARTS if part in given and not given[part]]
        done = [
            f"{verb} the {_and(parts)}" for verb, parts in (("saved", saved), ("cleared", cleared)) if parts
        ]
        print("; ".join(done).replace("the what", "what"))
    else:
        written = report_texts(workspace.store, conference.id)
        for part in PARTS:
            print(f"{OPTIONS[part][2:]}: {written[part][1] if part in written else '(not written)'}")
    return 0


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
