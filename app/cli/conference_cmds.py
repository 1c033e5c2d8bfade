"""`rundabord conference create|list|example` and `rundabord demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import conferences, demo
from app.cli.common import open_workspace, plural, print_json_line
from app.cli.expect import rev_of
from app.errors import UserError
from app.workspace import Workspace, default_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    conference = subparsers.add_parser("conference", help="create and list conferences")
    actions = conference.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="load a conference description (TOML) into the workspace")
    create.add_argument("file", type=Path, metavar="FILE.toml")
    create.add_argument(
        "--again", action="store_true", help="load it even if this workspace already holds that conference"
    )
    create.set_defaults(handler=_create)
    example = actions.add_parser(
        "example", help="write an example conference description (TOML) to make your own from"
    )
    example.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.toml")
    example.set_defaults(handler=_example)
    listing = actions.add_parser("list", help="list the workspace's conferences")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(handler=_list)

    demo_cmd = subparsers.add_parser(
        "demo", help="load the demo conference (once, making the workspace if needed) and print its id"
    )
    demo_cmd.add_argument("--role", choices=("chair", "secretariat"), help="also set the workspace's role")
    demo_cmd.set_defaults(handler=_demo)


def _create(args: argparse.Namespace) -> int:
    description = conferences.read_conference_file(args.file)  # parse fully before opening anything
    workspace = open_workspace(args)
    existing = conferences.find_described(workspace.store, description)
    if existing is not None and not args.again:
        raise UserError(
            f"this workspace already holds {existing.title!r} ({existing.date}) as {existing.id}; "
            "pass --again to load a second copy"
        )
    print(conferences.create_conference(workspace.store, description))
    return 0


def _example(args: argparse.Namespace) -> int:
    # No workspace needed: a secretary on a new machine writes her conference before anything else.
    if args.output.exists():
        raise UserError(f"{args.output} already exists; choose another file name")
    from app.bundles.files import write_whole  # whole or not at all: no half example on a full stick

    write_whole(args.output, demo.example_text().encode("utf-8"))
    print(
        f"wrote an example conference to {args.output}; edit it, then: rundabord conference create",
        args.output,
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    for c in conferences.conferences(store):
        count = len(conferences.tables(store, c.id))
        if args.json:
            shown = {"id": c.id, "title": c.title, "date": c.date, "venue": c.venue, "tables": count}
            print_json_line({**shown, "rev": rev_of(store, "conference", c.id)})
        else:
            rev = rev_of(store, "conference", c.id)
            print(f"{c.id}  {c.date:10}  {c.title}  ({c.venue}, {plural(count, 'table')}, rev {rev})")
    return 0


def _demo(args: argparse.Namespace) -> int:
    # Making a demo workspace is this command's job, so it creates the workspace when there is none.
    workspace = Workspace.open_or_create(args.workspace or default_dir(), args.role or "chair")
    if args.role:
        workspace.role = args.role
    print(demo.ensure_demo(workspace.store))
    return 0
