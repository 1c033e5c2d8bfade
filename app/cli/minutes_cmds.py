"""`rundabord minutes` (table, conference, theme and public PDFs) and `rundabord export-data`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app import conferences
from app.cli.common import open_workspace, plural
from app.errors import UserError

REDACT_HELP = (
    "remove every personal-data finding not yet decided (see `rundabord privacy review`) instead of "
    "refusing to write"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    minutes = subparsers.add_parser(
        "minutes",
        help="write PDF minutes: the conference's, one table's, a theme report or the public report",
        description="Without --table, --theme or --public: the whole conference's minutes. "
        "The document language is the workspace's (sv or en).",
    )
    minutes.add_argument("--conference", required=True, metavar="ID")
    which = minutes.add_mutually_exclusive_group()
    which.add_argument("--table", type=int, metavar="N", help="one table's minutes")
    which.add_argument(
        "--theme",
        metavar="NAME",
        help="the theme report across the conference's process ('all': every theme)",
    )
    which.add_argument(
        "--public", action="store_true", help="the public feedback report, with no personal data"
    )
    minutes.add_argument("--html", type=Path, metavar="FILE", help="with --public: where the HTML twin goes")
    minutes.add_argument("--redact-undecided", action="store_true", help=REDACT_HELP)
    minutes.add_argument(
        "--photos", action="store_true", help="with --table: the photos of the table's paper as an appendix"
    )
    minutes.add_argument(
        "--with-personal-data",
        action="store_true",
        help="with --theme: write the report although its texts hold personal data (it goes to a theme's "
        "working group, outside the secretariat, and prints what the review did not leave out as written)",
    )
    minutes.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    minutes.set_defaults(handler=_minutes)

    export = subparsers.add_parser(
        "export-data",
        help="write a conference's notes and proposals as open data",
        description="CSV is UTF-8 with a BOM, separated as Excel expects in the workspace language: "
        "';' for sv, ',' for en. JSON is the same content for programs.",
    )
    export.add_argument("--conference", required=True, metavar="ID")
    export.add_argument("--format", required=True, choices=("csv", "json"))
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--redact-undecided", action="store_true", help=REDACT_HELP)
    export.add_argument(
        "--language",
        choices=("sv", "en"),
        help="headers and kind/status words, and the CSV separator (default: the workspace's language)",
    )
    export.set_defaults(handler=_export)


def _minutes(args: argparse.Namespace) -> int:
    if args.html is not None and not args.public:
        raise UserError("--html goes with --public")
    if args.redact_undecided and not args.public:
        raise UserError("--redact-undecided goes with --public")
    if args.photos and args.table is None:
        raise UserError("--photos goes with --table")
    if args.with_personal_data and args.theme is None:
        raise UserError("--with-personal-data goes with --theme")
    workspace = open_workspace(args)
    store, language = workspace.store, workspace.language
    conference = conferences.conference(store, args.conference)
    output = args.output
    if args.table is not None:
        from app.minutes.table import build_table_minutes, photo_pages

        photos = photo_pages(workspace, conference.id, args.table) if args.photos else ()
        pages = build_table_minutes(store, conference.id, args.table, output, language, photos=photos)
    elif args.theme is not None:
        from app.minutes.themes import build_theme_report, personal_data

        theme = None if args.theme.casefold() in ("all", "alla") else args.theme
        held = {} if args.with_personal_data else personal_data(store, conference.process_id, theme=theme)
        if held:  # the window asks the same before it writes
            kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(held.items()))
            raise UserError(
                f"the theme report goes outside the secretariat and would print personal data as written "
                f"({kinds}); correct the notes or leave them out (`rundabord privacy leave-out`), or write "
                "it anyway with --with-personal-data"
            )
        pages = build_theme_report(store, conference.process_id, output, language, theme=theme)
    elif args.public:
        from app.minutes.public import build_public_report

        html = args.html or output.with_suffix(".html")
        if html == output:  # "-o report.html": never let the HTML overwrite the PDF
            raise UserError("give the PDF a .pdf name, or the HTML file with --html")
        with listing_refusal():
            pages = build_public_report(
                store, conference.id, output, language, html_path=html, redact_undecided=args.redact_undecided
            )
        print(f"{html}")
    else:
        from app.minutes.conference import build_conference_minutes

        pages = build_conference_minutes(store, conference.id, output, language)
    print(f"{output} ({plural(pages, 'page')})")
    return 0


@contextmanager
def listing_refusal() -> Iterator[None]:
    """A refusal for undecided personal data lists the findings (stderr) before its one-line error."""
    from app.cli.privacy_cmds import print_hits
    from app.privacy.publish import PrivacyRefusal

    try:
        yield
    except PrivacyRefusal as refusal:
        print_hits(refusal.hits, sys.stderr)
        raise


def _export(args: argparse.Namespace) -> int:
    from app.minutes.opendata import export_data

    workspace = open_workspace(args)
    conference = conferences.conference(workspace.store, args.conference)
    with listing_refusal():
        count = export_data(
            workspace.store,
            conference.id,
            args.format,
            args.output,
            args.language or workspace.language,
            redact_undecided=args.redact_undecided,
        )
    print(f"{args.output} ({plural(count, 'note')})")
    return 0
