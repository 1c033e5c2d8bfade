"""`rundabord public-text`: the secretariat's own words in the public feedback report."""

from __future__ import annotations

import argparse

from app import conferences
from app.cli.common import open_workspace
from app.minutes.report_texts import PARTS, report_texts, set_report_texts

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
    if not given:
        written = report_texts(workspace.store, conference.id)
        for part in PARTS:
            print(f"{OPTIONS[part][2:]}: {written[part][1] if part in written else '(not written)'}")
    return 0
