"""`rundabord outbox` and `rundabord sync [configure|status|fetched|forget-password]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

from app.cli.common import open_workspace, print_json_line


def register(subparsers: argparse._SubParsersAction) -> None:
    box = subparsers.add_parser("outbox", help="list the signed bundles waiting to be sent, and those sent")
    box.add_argument("--json", action="store_true", help="one JSON object a line")
    box.set_defaults(handler=_outbox)

    sync = subparsers.add_parser(
        "sync",
        help="send the outbox to the sync target and fetch what is new",
        description="With no action: push every pending bundle of the outbox, pull what is new, print what "
        "moved. Chairs fetch conference packs of their conferences; the secretariat fetches table exports.",
    )
    sync.add_argument(
        "--target", metavar="URL|FOLDER", help="sync with this target instead of the configured one"
    )
    sync.set_defaults(handler=_sync)
    actions = sync.add_subparsers(dest="action", metavar="ACTION")

    configure = actions.add_parser(
        "configure", help="set the sync target and the account for it, or how long to wait for the server"
    )
    configure.add_argument("--target", metavar="URL|FOLDER", help="a WebDAV URL or a folder")
    configure.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="how long to wait for a WebDAV server's reply before giving up (default 60; 'default' resets)",
    )
    configure.add_argument("--user", metavar="NAME", help="WebDAV user name")
    configure.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="read the WebDAV password from FILE ('-' for standard input); it is kept in the system keyring",
    )
    configure.set_defaults(handler=_configure)

    status = actions.add_parser("status", help="the target, the last sync and how many bundles are pending")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)

    fetched = actions.add_parser("fetched", help="what sync fetched from its targets, and what became of it")
    fetched.add_argument("--json", action="store_true", help="one JSON object a line, reasons as codes")
    fetched.set_defaults(handler=_fetched)

    forget = actions.add_parser("forget-password", help="remove the sync password from the system keyring")
    forget.set_defaults(handler=_forget)


def _outbox(args: argparse.Namespace) -> int:
    from app.sync import outbox, settings

    workspace = open_workspace(args)
    target = settings.configured_target(workspace.store)
    items = outbox.status(workspace.store, workspace.outbox_dir, target)
    if not items and not args.json:
        print(f"the outbox is empty ({workspace.outbox_dir})")
    for item in items:
        e = item.entry
        if args.json:
            print_json_line(
                {
                    "file": e.name,
                    "bundle_id": e.bundle_id,
                    "conference": e.conference_id,
                    "kind": e.kind,
                    "tables": list(e.tables),
                    "created": e.created,
                    "size": e.size,
                    "sha256": e.sha256,
                    "state": item.state,
                    "sent_to": [{"target": t, "at": at} for t, at in item.sent_to],
                    "problem": e.problem,
                    "why": e.why.as_json() if e.why else None,
                }
            )
        else:
            where = f"  sent {item.sent_to[-1][1]} to {item.sent_to[-1][0]}" if item.state == "sent" else ""
            tables = f" table {','.join(map(str, e.tables))}" if e.tables else ""
            what = e.problem or f"{e.kind}{tables}, conference {e.conference_id}"
            print(f"{item.state:10} {e.name}  {what}{where}")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from app.sync import engine, settings

    workspace = open_workspace(args)
    target = settings.open_target(workspace.store, args.target)
    try:
        report = engine.run_sync(workspace, target)
    finally:
        target.close()
    for line in report.lines():
        print(line)
    return 0


def _fetched(args: argparse.Namespace) -> int:
    from app.sync.seen import fetched

    workspace = open_workspace(args)
    for seen in fetched(workspace.store):
        if args.json:
            print_json_line(seen.as_json())
        else:
            detail = f": {seen.detail}" if seen.detail else ""
            print(f"{seen.seen_at}  {seen.outcome:17} {seen.path}{detail}")
    return 0


def _read_password(path: Path) -> str:
    from app.pg.settings import read_password_file

    return read_password_file(path)


def _seconds(text: str) -> float | str:
    if text.strip().lower() == "default":
        return "default"
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None


def _configure(args: argparse.Namespace) -> int:
    from app.errors import UserError
    from app.sync import settings

    if args.target is None and args.timeout is None:
        raise UserError("give --target URL|FOLDER, --timeout SECONDS, or both")
    if args.target is None and (args.user or args.password_file):
        raise UserError("--user and --password-file go with --target")
    password = _read_password(args.password_file) if args.password_file else None
    workspace = open_workspace(args)
    if args.timeout is not None:
        settings.set_timeout(workspace.store, None if args.timeout == "default" else args.timeout)
        shown = settings.configured_timeout(workspace.store)
        print(f"sync timeout: {f'{shown:g} seconds' if shown else 'the default'}")
    if args.target is None:
        return 0
    spec = settings.configure(workspace.store, args.target, user=args.user, password=password)
    parts = urlsplit(spec.location)
    if spec.is_webdav and parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        print("warning: http:// sends the password unencrypted; use https://", file=sys.stderr)
    user = settings.configured_user(workspace.store)
    print(f"sync target: {spec.location}" + (f" (user {user})" if user else ""))
    if password is not None:
        print("password kept in the system keyring")
    return 0


def _status(args: argparse.Namespace) -> int:
    from app.sync import outbox, settings

    workspace = open_workspace(args)
    store = workspace.store
    target = settings.configured_target(store)
    states = [s.state for s in outbox.status(store, workspace.outbox_dir, target)]
    error = (store.meta_get(settings.LAST_ERROR_KEY) or "").partition("\t")
    facts = {
        "target": target or "",
        "user": settings.configured_user(store) or "",
        "pending": states.count(outbox.PENDING),
        "sent": states.count(outbox.SENT),
        "timeout": settings.configured_timeout(store) or "",
        "last_success": store.meta_get(settings.LAST_SUCCESS_KEY) or "",
        "last_attempt": store.meta_get(settings.LAST_ATTEMPT_KEY) or "",
        "last_error": error[2],
        "last_error_kind": error[0],
    }
    if args.json:
        print_json_line(facts)
    else:
        for key, value in facts.items():
            if value != "" or key in ("target", "pending", "last_success"):
                print(f"{key.replace('_', ' ')}: {value if value != '' else '-'}")
    return 0


def _forget(args: argparse.Namespace) -> int:
    from app.sync import settings

    removed = settings.forget_password(open_workspace(args).store)
    print("password removed from the keyring" if removed else "no password was kept for this target")
    return 0
