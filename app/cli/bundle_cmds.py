"""`rundabord export|pack|verify|import|quarantine|imports`: signed bundles (keys and trust: key_cmds)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import conferences
from app.cli import key_cmds
from app.cli.common import open_workspace, plural, print_json_line, record_counts
from app.errors import NotFound, UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    key_cmds.register(subparsers)  # first, as `rundabord --help` has always listed them

    export = subparsers.add_parser("export", help="sign a table's results into a bundle (.rbz)")
    export.add_argument("--conference", required=True, metavar="ID")
    export.add_argument("--table", required=True, type=int, metavar="N")
    export.add_argument("-o", "--output", type=Path, metavar="FILE.rbz", help="default: the workspace outbox")
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

    quarantine = subparsers.add_parser("quarantine", help="bundles from unknown keys, held until decided")
    q_actions = quarantine.add_subparsers(dest="action", metavar="ACTION", required=True)
    q_list = q_actions.add_parser("list", help="list held bundles")
    q_list.add_argument("--json", action="store_true")
    q_list.set_defaults(handler=_quarantine_list)
    accept = q_actions.add_parser(
        "accept",
        help="trust the key of held bundles and import them",
        description="Trust the key of held bundles and import them. Without --role, a key new here is"
        " trusted as what its bundles ask for (a revoked key needs --role). With --role chair, a missing"
        " --conference/--table is taken from the held bundles when they all ask for one and the same table.",
    )
    accept.add_argument(
        "selectors",
        nargs="*",
        metavar="KEY_ID|BUNDLE_ID",
        help="one or more held bundles or keys (each key's held bundles are accepted together)",
    )
    accept.add_argument("--all-from", metavar="KEY_ID", help="every bundle held from this key")
    accept.add_argument("--role", choices=("secretariat", "chair"), help="default: what the bundles ask for")
    accept.add_argument("--conference", metavar="ID", help="with --role chair (default: the bundles' own)")
    accept.add_argument(
        "--table", type=int, metavar="N", help="with --role chair (default: the bundles' own)"
    )
    accept.add_argument(
        "--name",
        help="the name to trust the key by (default: the signer's own; a second laptop needs one of its own)",
    )
    accept.set_defaults(handler=_quarantine_accept)
    reject = q_actions.add_parser("reject", help="refuse the key from now on and drop its held bundles")
    reject.add_argument("selector", metavar="KEY_ID|BUNDLE_ID")
    reject.set_defaults(handler=_quarantine_reject)


def _print_export(result: Any) -> None:
    counts = record_counts(result.counts)
    print(f"signed {result.kind} {result.bundle_id} ({counts}) as {result.signer_name} ({result.key_id})")
    print(f"wrote {result.path}")


def _export(args: argparse.Namespace) -> int:
    from app.bundles import export_table

    workspace = open_workspace(args)
    passphrase = key_cmds.read_passphrase(args.passphrase_file)
    _print_export(export_table(workspace, args.conference, args.table, args.output, passphrase=passphrase))
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


def _verify(args: argparse.Namespace) -> int:
    from app.bundles import verify_file
    from app.bundles.format import key_id_for
    from app.bundles.identity import own_public_key

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


def _print_receipt(receipt: Any) -> None:
    head = f"{receipt.path}: {receipt.status}"
    if receipt.status == "imported":
        c = receipt.counts
        print(
            f"{head} ({receipt.kind} by {receipt.signer_name}, {receipt.key_id}, as {receipt.trusted_as}):"
            f" {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged,"
            f" {plural(c['conflicts'], 'conflict')},"
            f" {c['superseded']} superseded"
        )
    elif receipt.incomplete:
        print(f"{head}: incomplete: {receipt.reason}")
    else:
        print(f"{head}: {receipt.reason}")
    if receipt.status == "imported" and receipt.counts.get("conflicts"):
        opened = plural(receipt.counts["conflicts"], "conflict")
        print(f"  note: opened {opened} to review: rundabord conflict list --conference {receipt.conference}")
    for flag in receipt.flags:
        print(f"  note: {flag.english()}")


def _import(args: argparse.Namespace) -> int:
    from app.bundles import import_files

    for path in args.files:  # a mistyped name stops the run before anything is imported
        if not path.is_file():
            raise UserError(f"{path}: {'is a folder, not a bundle' if path.is_dir() else 'no such file'}")
    receipts = import_files(open_workspace(args), args.files)
    for receipt in receipts:
        if args.json:
            print_json_line(receipt.as_json())
        else:
            _print_receipt(receipt)
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


# -- quarantine -----------------------------------------------------------------------------------


def _name_of(store: Any, public_key: bytes, claimed: str) -> str:
    """The name this workspace trusts the key by; for a key it does not know, the bundle's own claim,
    marked as such (anyone can write any name into a manifest)."""
    from app.bundles import trust

    return trust.status(store, public_key).name or f'claims to be "{claimed}" (unverified)'


def _quarantine_list(args: argparse.Namespace) -> int:
    import base64

    from app.bundles import clashes, quarantine, trust

    store = open_workspace(args).store
    everything = quarantine.held(store)
    by_key: dict[str, list[Any]] = {}
    for h in everything:
        by_key.setdefault(h.key_id, []).append(h)
    for bundles in by_key.values():
        found = clashes.clashes(store, bundles)
        remedy = clashes.returning_chair(store, bundles)
        grant = remedy or clashes.proposed_grant(bundles)
        if args.json:
            for h in bundles:
                print_json_line(
                    {
                        **h.as_json(),
                        "clashes": [c.as_json() for c in found],
                        "asks_for": grant.describe() if grant else None,
                        "returning_chair": remedy is not None,
                    }
                )
            continue
        first = bundles[0]
        asks = f"; asks to be trusted as {_grant_in_words(store, grant)}" if grant else ""
        if grant and grant in trust.status(store, base64.b64decode(first.public_key)).grants:
            # Trusted after its bundles were held (a key card added after the chair synced): the held
            # bundles are imported by the next sync, or at once with accept.
            asks = (
                f"; trusted as {_grant_in_words(store, grant)} since its bundles came:"
                f" the next rundabord sync imports them (or rundabord quarantine accept {first.key_id})"
            )
        name = _name_of(store, base64.b64decode(first.public_key), first.signer_name)
        print(f"{first.key_id}  {name}  {plural(len(bundles), 'held bundle')}{asks}")
        print(f"  fingerprint {first.fingerprint}")
        for clash in found:
            print(f"  WARNING: {clash.describe()}")
        if remedy is not None:
            print(
                f"  a chair trusted here in another conference; to trust it as"
                f" {_grant_in_words(store, remedy)}:"
                f" rundabord quarantine accept {first.key_id}"
            )
        for h in bundles:
            print(f"  {h.kind} {h.bundle_id}  received {h.received_at}  from {h.source_path}")
    return 0


def _grant_in_words(store, grant) -> str:
    """'chair of table 1 of Rundabordssamtal 2027 (2027-03-11)': two conferences' ids look alike."""
    if grant.role != "chair" or not grant.conference_id:
        return grant.describe()
    try:
        conference = conferences.conference(store, grant.conference_id)
    except NotFound:  # a bundle for a conference this workspace does not hold
        return grant.describe()
    title = f"{conference.title} ({conference.date})" if conference.date else conference.title
    return f"chair of table {grant.table_number} of {title}"


def _quarantine_accept(args: argparse.Namespace) -> int:
    import base64

    from app.bundles import admission, clashes, quarantine

    workspace = open_workspace(args)
    selectors = [*args.selectors, *([args.all_from] if args.all_from else [])]
    if not selectors:
        raise UserError("name the held bundles or keys to accept, or give --all-from KEY_ID")
    keys: dict[str, str] = {}  # key id -> a selector of it, in the order given
    for selector in selectors:
        bundles = quarantine.select(workspace.store, selector)  # every selector checked before any trust
        keys.setdefault(bundles[0].key_id, selector)
    if len(keys) > 1 and (args.role or args.conference or args.table is not None or args.name):
        raise UserError(
            "--role, --conference, --table and --name apply to one key; accept the keys one by one"
        )
    plans = [(selector, *_plan_accept(workspace, selector, args)) for selector in keys.values()]
    ok = True
    for selector, bundles, granted in plans:
        receipts = admission.accept(workspace, selector, granted, name=args.name)
        if granted is not None:
            name = clashes.trusted_name(
                workspace.store, base64.b64decode(bundles[0].public_key), bundles[0].signer_name
            )
            print(f"trusted {name} ({bundles[0].key_id}) as {granted.describe()}")
        for receipt in receipts:
            _print_receipt(receipt)
        ok = ok and all(r.ok for r in receipts)
    return 0 if ok else 1


def _plan_accept(workspace: Any, selector: str, args: argparse.Namespace) -> tuple[list[Any], Any]:
    """One key's held bundles and the grant accepting them adds, refused before anything is trusted."""
    from app.bundles import quarantine, trust

    bundles = quarantine.select(workspace.store, selector)
    grant = None
    if args.role:
        conference_id = (
            conferences.conference(workspace.store, args.conference).id if args.conference else None
        )
        if args.role == trust.CHAIR:
            grant = quarantine.chair_grant(bundles, conference_id, args.table)
        else:
            grant = trust.Grant(args.role, conference_id, args.table)
    elif args.conference or args.table is not None:
        raise UserError("--conference and --table go with --role chair")
    granted = quarantine.granted_on_accept(workspace.store, bundles, grant)
    if granted is not None and granted.role == trust.CHAIR:
        _require_table(workspace.store, granted)
    if granted is not None:
        from app.bundles.admission import trust_name
        from app.errors import Said

        try:
            trust_name(workspace.store, bundles, args.name)  # a name another key has is refused up front
        except Said as exc:
            if exc.why.code != "trust-name-taken":
                raise
            other = exc.why.params
            rival = _signs_already(workspace.store, bundles[0].key_id, granted, other["name"])
            if rival is not None:  # a chair's name AND someone else's table: no second-laptop hint then
                raise UserError(
                    f"another key ({other['key']}) is already trusted as {other['name']}, and"
                    f" {rival.name} ({rival.key_id}) already signs for table {granted.table_number}:"
                    " this looks like an impostor. Do not trust it under another name; read its"
                    f" fingerprint {bundles[0].fingerprint} to {rival.name} and compare, and if it is"
                    f" not theirs: rundabord quarantine reject {bundles[0].key_id}"
                ) from None
            raise UserError(
                f"another key ({other['key']}) is already trusted as {other['name']}; trust this key under"
                f' a name of its own: --name "{other["name"]} (laptop 2)"'
            ) from None
    return bundles, granted


def _signs_already(store: Any, key_id: str, grant: Any, name: str) -> Any:
    """Another person's key trusted here as the chair of the table `grant` makes this key chair of, if
    any. The named chair's own table is no sign of an impostor: her second laptop asks for it too."""
    from app.bundles import trust
    from app.bundles.clashes import name_key

    if grant.role != trust.CHAIR:
        return None
    return next(
        (
            e
            for e in trust.entries(store, include_revoked=False)
            if e.key_id != key_id
            and name_key(e.name) != name_key(name)
            and e.role == trust.CHAIR
            and e.grant().covers(grant.conference_id, grant.table_number)
        ),
        None,
    )


def _require_table(store: Any, grant: Any) -> None:
    """Trusting a chair for a table this workspace lacks would import nothing: say what to do instead."""
    from app.errors import NotFound

    known = store.get("conference", grant.conference_id) is not None
    try:
        if known:
            conferences.table(store, grant.conference_id, grant.table_number)
    except NotFound:
        known = False
    if not known:
        raise UserError(
            f"this workspace has no table {grant.table_number} in conference {str(grant.conference_id)[:8]};"
            " import that conference's pack first, or give --conference ID and --table N"
        )


def _quarantine_reject(args: argparse.Namespace) -> int:
    from app.bundles import quarantine

    dropped = quarantine.reject(open_workspace(args), args.selector)
    print(
        f'rejected the key {dropped[0].key_id} (which claimed to be "{dropped[0].signer_name}");'
        f" dropped {plural(len(dropped), 'held bundle')}"
    )
    return 0
