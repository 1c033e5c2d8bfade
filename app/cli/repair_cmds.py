"""`rundabord repair`: check the workspace database and, when it is damaged or lost, restore it."""

from __future__ import annotations

import argparse

from app.workspace import default_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    repair = subparsers.add_parser(
        "repair",
        help="check the workspace database; restore the latest backup if it is damaged",
        description="Runs SQLite's integrity check on the workspace database. If it is damaged, lost or"
        " empty, moves it aside, restores the newest whole automatic backup (taken daily and before"
        " imports, in the workspace's backups/ folder) and brings it up to date from the bundles in"
        " inbox/ and this workspace's own exports in outbox/. On a store on a PostgreSQL server (whose"
        " files and backups are the server's: pg_dump) it rebuilds the indexes and record digests"
        " Rundabord derives from the records, then brings back the same bundles.",
    )
    repair.set_defaults(handler=_repair)


def _repair(args: argparse.Namespace) -> int:
    from app.repair import repair

    report = repair(args.workspace or default_dir())
    for line in report.lines():
        print(line)
    return 1 if report.problems else 0
