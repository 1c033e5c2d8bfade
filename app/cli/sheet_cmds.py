"""Tables without a laptop: `rundabord template`, `import-sheet` (app/sheets), and `attach` /
`attachments` for photos of a table's paper (app/attachments.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import attachments
from app.cli.common import open_workspace, plural, print_json_line
from app.sheets.columns import KIND_LABELS
from app.sheets.importing import plan
from app.sheets.service import check_file, import_reviewed, typist
from app.sheets.template import write_template


def register(subparsers: argparse._SubParsersAction) -> None:
    template = subparsers.add_parser(
        "template", help="write the conference's notes template (.xlsx) for tables without a laptop"
    )
    template.add_argument("--conference", required=True, metavar="ID")
    template.add_argument("--table", type=int, metavar="N", help="a template for this one table")
    template.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    template.set_defaults(handler=_template)

    sheet = subparsers.add_parser(
        "import-sheet",
        help="check a filled-in template (.xlsx) or open-data CSV, then add its notes",
        description="Checks the headers, then every row, and lists every problem. Nothing is imported "
        "until every row passes, unless --valid-only is given. Exit 0 imported (or nothing new), "
        "1 problems found, 2 the file cannot be read.",
    )
    sheet.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
    sheet.add_argument("--conference", metavar="ID", help="for a CSV that does not name its conference")
    sheet.add_argument("--table", type=int, metavar="N", help="the table a chair's workspace writes")
    sheet.add_argument("--valid-only", action="store_true", help="import the rows that pass, skip the others")
    sheet.add_argument("--check", action="store_true", help="only check and preview; import nothing")
    sheet.add_argument("--by", metavar="NAME", help="who typed it (default: this workspace's identity name)")
    sheet.set_defaults(handler=_import_sheet)

    attach = subparsers.add_parser("attach", help="attach a photo or scan (PNG, JPEG) of a table's paper")
    attach.add_argument("--conference", required=True, metavar="ID")
    attach.add_argument("--table", required=True, type=int, metavar="N")
    attach.add_argument("--caption", default="", metavar="TEXT")
    attach.add_argument("file", type=Path, metavar="IMAGE")
    attach.set_defaults(handler=_attach)

    listing = subparsers.add_parser("attachments", help="list the photos attached to a conference's tables")
    listing.add_argument("--conference", required=True, metavar="ID")
    listing.add_argument("--table", type=int, metavar="N")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(handler=_attachments)


def _template(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    path = write_template(store, args.conference, args.output, table=args.table)
    print(f"wrote the template to {path}")
    return 0


def _import_sheet(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    review = check_file(workspace, args.file, conference_id=args.conference, table=args.table)
    for problem in review.problems:
        print(problem.text, file=sys.stderr)
    planned = plan(workspace.store, review)
    new = [p for p in planned if not p.already]
    if review.problems:
        print(
            f"{plural(len(review.problems), 'problem')} in {plural(review.rows_with_problems, 'row')};"
            f" {plural(len(review.rows), 'row')} valid",
            file=sys.stderr,
        )
    for p in new:
        r = p.row
        themes = ", ".join(t.name for t in r.themes)
        print(
            f"table {r.table}, question {r.question.position}, {KIND_LABELS[r.kind]}"
            + (f" [{themes}]" if themes else "")
            + (f" {plural(r.votes, 'vote')}" if r.votes else "")
            + f": {r.text}"
        )
    if args.check or not review.headers_ok:
        print(f"would add {plural(len(new), 'note')}; {len(planned) - len(new)} already there")
        return 1 if review.problems else 0
    if review.problems and not args.valid_only:
        print(
            "nothing was imported; fix the rows, or import the valid rows only with --valid-only",
            file=sys.stderr,
        )
        return 1
    result = import_reviewed(workspace, review, valid_only=args.valid_only, by=args.by)
    if result.already_imported_at:
        print(f"already imported on {result.already_imported_at}; nothing added")
        return 0
    if not result.tables:
        print("nothing imported: no row passed the checks", file=sys.stderr)
        return 1
    tables = ", ".join(str(t) for t in result.tables)
    print(
        f"added {plural(result.added, 'note')} to {plural(len(result.tables), 'table')} ({tables});"
        f" {result.already} already there"
        + (f"; {plural(result.skipped_rows, 'row')} with problems skipped" if result.skipped_rows else "")
    )
    return 0


def _attach(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    attached = attachments.attach(
        workspace, args.conference, args.table, args.file, caption=args.caption, by=typist(workspace)
    )
    print(
        f"attached {attached.file_name} to table {attached.table_number}"
        f" ({attached.width}×{attached.height} pixels, id {attached.id})"
    )
    return 0


def _attachments(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    found = attachments.attachments_of(store, args.conference, args.table)
    for a in found:
        if args.json:
            print_json_line(a.__dict__)
        else:
            print(f"table {a.table_number}\t{a.file_name}\t{a.width}×{a.height}\t{a.caption}\t{a.id}")
    if not found and not args.json:  # silence read as "did it work?"
        where = f"table {args.table}" if args.table else "this conference"
        print(f"no photos of the paper for {where} yet")
    return 0
