"""`rundabord export|pack|verify|import|imports`: signed bundles (keys and trust: key_cmds; quarantine:
quarantine_cmds)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import conferences
from app.cli import key_cmds, quarantine_cmds
from app.cli.common import open_workspace, plural, print_json_line, record_counts
from app.cli.receipt_lines import print_receipt
from app.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    key_cmds.register(subparsers)  # first, as `rundabord --help` has always listed them

    export = subparsers.add_parser("export", help="sign a table's results into a bundle (.rbz)")
    export.add_argument("--conference", required=True, metavar="ID")
    export.add_argument("--table", required=True, type=int, metavar="N")
    export.add_argument("-o", "--output", type=Path, metavar="FILE.rbz", help="default: the workspace outbox")
    export.add_argument(
        "--oldest-format",
        action="store_true",
        help="the oldest bundle format, which every secretariat's Rundabord reads: use it when the"
        " secretariat refused this laptop's export as made by a newer Rundabord (without it, the laptop"
        " writes what the secretariat's newest conference pack shows it reads). Two things are read only"
        " by a newer secretariat, and the export warns when it carries one: the table's paper sheets or"
        " photos (a secretariat whose Rundabord cannot take paper sheets and photos yet refuses such an"
        " export), and, on a laptop whose key was renewed (`rundabord identity renew`), notes edited"
        " before the renewal (one whose Rundabord cannot renew keys yet refuses such an export)",
    )
    key_cmds.passphrase_option(export)
    export.set_defaults(handler=_export)

    pack = subparsers.add_parser("pack", help="sign a conference pack for the chairs")
    pack_actions = pack.add_subparsers(dest="action", metavar="ACTION", required=True)
    pack_export = pack_actions.add_parser("export", help="sign the conference, its questions, themes, tables")
    pack_export.add_argument("--conference", required=True, metavar="ID")
    pack_export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.rbz",
        help="default: the outbox, and on to the sync target when one is configured",
    )
    key_cmds.passphrase_option(pack_export)
    pack_export.set_defaults(handler=_pack_export)

    verify = subparsers.add_parser("verify", help="check a bundle: whole, signed, by whom (exit 1 if not)")
    verify.add_argument("file", type=Path, metavar="FILE.rbz")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_verify)

    imp = subparsers.add_parser("import", help="verify and merge bundles; prints a receipt for each")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE.rbz")
    imp.add_argument("--json", action="store_true", help="one JSON receipt a line")
    imp.set_defaults(handler=_import)

    imports = subparsers.add_parser("imports", help="list the bundles imported into this workspace")
    imports.add_argument("--conference", metavar="ID")
    imports.add_argument("--json", action="store_true")
    imports.set_defaults(handler=_imports)

    quarantine_cmds.register(subparsers)


def _print_export(result: Any) -> None:
    counts = record_counts(result.counts)
    print(f"signed {result.kind} {result.bundle_id} ({counts}) as {result.signer_name} ({result.key_id})")
    print(f"wrote {result.path}")


def _export(args: argparse.Namespace) -> int:
    from app.bundles import encoding_choice, export_table

    workspace = open_workspace(args)
    passphrase = key_cmds.read_passphrase(args.passphrase_file)
    # The laptop's guess of what its secretariat reads (encoding_choice.py, from its newest pack) can be
    # wrong; this overrides it.
    encoding = encoding_choice.OLDEST if args.oldest_format else encoding_choice.AUTO
    result = export_table(
        workspace, args.conference, args.table, args.output, passphrase=passphrase, records_encoding=encoding
    )
    _print_export(result)
    if result.notice is not None:  # more than the secretariat may read (encoding_choice.reader_notice)
        print(result.notice.english())
    return 0


def _pack_export(args: argparse.Namespace) -> int:
    from app.bundles import export_pack

    workspace = open_workspace(args)
    passphrase = key_cmds.read_passphrase(args.passphrase_file)
    _print_export(export_pack(workspace, args.conference, args.output, passphrase=passphrase))
    if args.output is None:
        _deliver_outbox(workspace)
    return 0


def _deliver_outbox(workspace: Any) -> None:
    """Send what waits in the outbox to the configured sync target now (nothing is fetched); without a
    target, say how the pack reaches the chairs."""
    from app.sync import engine, settings
    from app.sync.errors import SyncError

    if settings.configured_target(workspace.store) is None:
        print(
            "no sync target is configured: `rundabord sync configure --target FOLDER|URL` and"
            " `rundabord sync` send it, or give -o FILE.rbz to hand it out yourself"
        )
        return
    try:
        target = settings.open_target(workspace.store)
        try:
            report = engine.run_sync(workspace, target, pull=False)
        finally:
            target.close()
    except SyncError as exc:  # the pack is signed and waits in the outbox; a later sync sends it
        raise UserError(f"the pack waits in the outbox; sending it failed: {exc}") from None
    for line in report.lines():
        print(line)


# -- verify and import ----------------------------------------------------------------------------


def _refuse_unless_a_bundle_file(path: Path) -> None:
    """A bundle is a file: a folder, a device or a pipe named by mistake is said so (a pipe would
    wait for a writer for ever, a device such as /dev/zero never ends)."""
    if path.is_file():
        return
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a bundle")
    if path.exists():
        raise UserError(f"{path}: not a file (a device or a pipe), not a bundle")
    raise UserError(f"{path}: no such file")


def _verify(args: argparse.Namespace) -> int:
    from app.bundles import verify_file
    from app.bundles.format import key_id_for
    from app.bundles.identity import own_public_key

    _refuse_unless_a_bundle_file(args.file)
    store = open_workspace(args).store
    verdict = verify_file(args.file, store)
    if verdict.check == "file":  # no file to judge (a typo, a folder): a usage error, not a verdict
        raise UserError(verdict.reason or f"{args.file}: cannot read")
    if args.json:
        print_json_line(verdict.as_json())
        return 0 if verdict.ok else 1
    if not verdict.ok:
        what = "incomplete" if verdict.incomplete else f"failed the {verdict.check} check"
        print(f"{args.file}: {what}: {verdict.reason}")
        return 1
    counts = record_counts(verdict.counts)
    trusted = verdict.trusted_role or (
        "revoked key" if verdict.revoked else "unknown key (not on the trust list)"
    )
    own = own_public_key(store)
    if own is not None and key_id_for(own[1]) == verdict.key_id and not verdict.trusted_role:
        trusted = "this workspace's own key (its bundles are for the secretariat)"
    print(f"{args.file}: whole and signed")
    print(f"kind:        {verdict.kind} (bundle {verdict.bundle_id}, sequence {verdict.sequence})")
    signer = verdict.signer_name  # the name the trust list gives the key, when it is on it
    if not verdict.trusted_role and not verdict.revoked and trusted.startswith("unknown"):
        signer = f'claims to be "{signer}" (unverified)'
    print(f"signer:      {signer}, key id {verdict.key_id}")
    print(f"fingerprint: {verdict.fingerprint}")
    print(f"trusted as:  {trusted}")
    tables = ("table " if len(verdict.tables) == 1 else "tables ") + (
        ", ".join(map(str, verdict.tables)) or "-"
    )
    print(f"conference:  {verdict.conference}, {tables}")
    print(f"created:     {verdict.created}")
    print(f"counts:      {counts}")
    if verdict.import_problem:
        print(f"an import here would refuse it: {verdict.import_problem}")
    if verdict.pins_on_import:
        print(
            "importing it opens the conference and pins this key as its secretariat: compare the "
            "fingerprint with the one the secretariat gave you"
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.bundles.admission import import_then_release

    for path in args.files:  # a mistyped name stops the run before anything is imported
        _refuse_unless_a_bundle_file(path)
    receipts, released = import_then_release(open_workspace(args), args.files)
    for receipt in receipts:
        if args.json:
            print_json_line(receipt.as_json())
        else:
            print_receipt(receipt)
    for batch in released:  # held bundles of keys trusted since they came: each its receipt too
        if not args.json and batch.imported:
            print(batch.describe())
        for receipt in batch.receipts:
            if args.json:
                print_json_line({**receipt.as_json(), "from_quarantine": True})
            else:
                print_receipt(receipt)
    return 0 if all(r.ok for r in receipts) else 1


def _imports(args: argparse.Namespace) -> int:
    from app.bundles import ledger

    store = open_workspace(args).store
    conference_id = conferences.conference(store, args.conference).id if args.conference else None
    for entry in ledger.imports(store, conference_id):
        if args.json:
            print_json_line(entry.as_json())
            continue
        c = entry.counts
        tables = ("table " if len(entry.tables) == 1 else "tables ") + (
            ",".join(map(str, entry.tables)) or "-"
        )
        print(
            f"{entry.imported_at}  {entry.kind}  {entry.signer_name} ({entry.key_id})  {tables}  "
            f"{c.get('new', 0)} new, {c.get('updated', 0)} updated,"
            f" {plural(c.get('conflicts', 0), 'conflict')}"
        )
        for flag in entry.flags:
            print(f"  note: {flag.english()}")
    return 0
