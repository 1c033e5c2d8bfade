"""`rundabord store copy --to ...` moves a secretariat's store to PostgreSQL or copies it to a SQLite file
for the archive; `rundabord store use postgresql://...|local` joins the secretariat's shared store or
goes back to one on this computer; `rundabord store check` prints what a copy is verified by (rows and
SHA-256 per table); `rundabord store prune` sheds what a store that grows for years need not keep
(app/store_prune.py); `rundabord store merge-index` merges the search index's segments in short steps
(app/search_index.py)."""

from __future__ import annotations

import argparse

from app.cli.common import open_workspace, plural, print_json_line
from app.pg import settings
from app.store_copy import MOVED_NAME, check, copy_workspace_store
from app.store_switch import join_database, use_own_store


def register(subparsers: argparse._SubParsersAction) -> None:
    store = subparsers.add_parser("store", help="move or copy the workspace's store; check it")
    actions = store.add_subparsers(dest="store_action", required=True)
    copy = actions.add_parser(
        "copy",
        help="copy the store into an empty PostgreSQL database (the workspace then uses it) or a new file",
        description="To postgresql://...: the store moves to that empty database, verified by row counts"
        " and SHA-256 per table, and this workspace uses it from now on (its SQLite file is kept, renamed"
        f" {MOVED_NAME}). To a file path: a verified SQLite copy for the archive; the workspace stays.",
    )
    copy.add_argument("--to", required=True, metavar="postgresql://...|FILE.sqlite3", dest="destination")
    copy.add_argument("--json", action="store_true", help="the per-table checks, one JSON object a line")
    _password_file_option(copy)
    copy.set_defaults(handler=_copy)
    use = actions.add_parser(
        "use",
        help="join the secretariat's store on PostgreSQL, or use a store on this computer again",
        description="postgresql://...: this secretariat workspace uses the store the secretariat already"
        f" keeps in that database (its own store is kept beside, renamed {MOVED_NAME}); the password goes"
        " to the system keyring. local: the workspace gets a store on this computer again, a verified copy"
        " of the shared one; the database stays as it is. To move this workspace's own store into an empty"
        " database instead, use `store copy --to postgresql://...`.",
    )
    use.add_argument("location", metavar="postgresql://...|local")
    _password_file_option(use)
    use.set_defaults(handler=_use)
    checks = actions.add_parser("check", help="rows and SHA-256 of every table (what a copy is verified by)")
    checks.add_argument("--json", action="store_true")
    checks.set_defaults(handler=_check)
    prune = actions.add_parser(
        "prune",
        help="remove digests of superseded lines; keep each export's evidence as its change since the last",
        description="Removes the digests of record lines superseded by a newer line of the same record (an"
        " import that meets such a line again checks it in full) and keeps each export's list of lines as"
        " what changed since its signer's export before it. No evidence of a copied laptop profile is"
        " lost: imports, forks and rollbacks are judged exactly as before.",
    )
    prune.add_argument("--json", action="store_true", help="what was pruned, as one JSON object")
    prune.set_defaults(handler=_prune)
    merge_index = actions.add_parser(
        "merge-index",
        help="merge the search index's segments in short steps (other writers wait a moment at most)",
        description="Merges the notes' full-text index (SQLite's FTS5) into at most one segment per level,"
        " a few hundred kilobytes a transaction, so imports and edits by others go on meanwhile. The"
        " secretariat window does the same after every import. Ctrl+C stops it; the next run goes on."
        " PostgreSQL maintains its full-text index itself: nothing to do there.",
    )
    merge_index.add_argument("--json", action="store_true", help="segments before and after, as JSON")
    merge_index.set_defaults(handler=_merge_index)


def _password_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        help="the database password, read from FILE ('-' for standard input) instead of the address",
    )


def _address(location: str, password_file: str | None) -> str:
    """The PostgreSQL address with the password from --password-file in it (Workspace and the store
    switch move it to the keyring)."""
    if not password_file or not settings.is_postgresql(location):
        return location
    return settings.with_password(location, settings.read_password_file(password_file))


def _print(results, as_json: bool) -> None:
    for result in results:
        if as_json:
            print_json_line(result.__dict__)
        else:
            print(f"{result.table:22} {result.rows:>9}  {result.sha256}")


def _copy(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        results = copy_workspace_store(workspace, _address(args.destination, args.password_file))
    finally:
        workspace.close()  # a move has closed it already; closing twice is harmless
    _print(results, args.json)
    total = sum(r.rows for r in results)
    moved = settings.is_postgresql(args.destination)
    if not args.json:
        where = "PostgreSQL; this workspace uses it from now on" if moved else args.destination
        print(f"copied {plural(total, 'row')} in {plural(len(results), 'table')} to {where}; verified")
    return 0


def _use(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        if args.location == "local":
            results = use_own_store(workspace)
            print(f"copied {plural(sum(r.rows for r in results), 'row')} to this computer; verified")
            print("this workspace uses its own store again; the shared database is unchanged")
        else:
            join_database(workspace, _address(args.location, args.password_file))
            print("this workspace uses the secretariat's store on PostgreSQL from now on")
    finally:
        workspace.close()
    return 0


def _check(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        _print(check(workspace.store), args.json)
    finally:
        workspace.close()
    return 0


def _prune(args: argparse.Namespace) -> int:
    from app.store_prune import prune

    workspace = open_workspace(args)
    try:
        done = prune(workspace.store)
    finally:
        workspace.close()
    if args.json:
        print_json_line(done.__dict__)
    else:
        print(
            f"removed {plural(done.digests, 'digest')} of superseded lines;"
            f" {plural(done.exports, 'export')} kept as their change since the one before"
            f" ({done.characters:,} characters saved);"
            f" {plural(done.withdrawn, 'withdrawn conflict decision')} superseded by a later one"
        )
    return 0


def _merge_index(args: argparse.Namespace) -> int:
    from app import search_index

    workspace = open_workspace(args)
    try:
        done = search_index.merge(workspace.store)
    finally:
        workspace.close()
    if args.json:
        print_json_line(done.__dict__)
    elif done.segments_before is None:
        print("nothing to do: PostgreSQL maintains its full-text index itself")
    else:
        print(
            f"search index: {plural(done.segments_before, 'segment')} before,"
            f" {done.segments_after} after ({plural(done.steps, 'step')})"
            + ("" if done.done else "; the store was busy: run it again later")
        )
    return 0
