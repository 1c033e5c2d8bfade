"""`rundabord identity|trust`: this workspace's signing key, and which keys may write what here."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app import conferences, edits
from app.cli.common import open_workspace, plural, print_json_line
from app.cli.expect import add_expect_rev, write_expecting
from app.errors import UserError
from app.revs import rev_digest
from app.store import Store

PASSPHRASE_ENV = "RUNDABORD_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_identity(subparsers)
    _register_trust(subparsers)


def _register_identity(subparsers: argparse._SubParsersAction) -> None:
    identity = subparsers.add_parser("identity", help="this workspace's signing key")
    actions = identity.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make this workspace's Ed25519 key")
    create.add_argument("--name", required=True, help="whose key it is, e.g. the chair's name")
    create.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="protect the key with a passphrase"
    )
    create.set_defaults(handler=_identity_create)
    renew = actions.add_parser(
        "renew", help="a new key and workspace origin for a laptop whose profile was copied to another"
    )
    renew.add_argument("--name", required=True, help="whose key it is, e.g. the chair's name")
    renew.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="protect the new key with a passphrase"
    )
    renew.set_defaults(handler=_identity_renew)
    show = actions.add_parser("show", help="name, key id and fingerprint to read aloud")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_identity_show)
    export = actions.add_parser("export", help="write the public key card to send to the secretariat")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="KEYCARD")
    export.set_defaults(handler=_identity_export)


def _register_trust(subparsers: argparse._SubParsersAction) -> None:
    trust_cmd = subparsers.add_parser("trust", help="which keys may write what here")
    actions = trust_cmd.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="trust a key (from a key card or --key) with a role")
    add.add_argument("keycard", nargs="?", type=Path, metavar="KEYCARD")
    add.add_argument("--key", metavar="BASE64", help="the raw public key, instead of a key card")
    add.add_argument("--name", help="whose key (default: the name on the key card)")
    add.add_argument("--role", required=True, choices=("secretariat", "chair"))
    add.add_argument("--conference", metavar="ID")
    add.add_argument("--table", type=int, metavar="N")
    add.set_defaults(handler=_trust_add)
    listing = actions.add_parser("list", help="list trusted (and revoked) keys")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_trust_list)
    remove = actions.add_parser("remove", help="revoke a key: its bundles are refused from now on")
    remove.add_argument("key_id", metavar="KEY_ID")
    remove.add_argument("--reason", help="why, kept beside the date (e.g. 'laptop lost')")
    remove.set_defaults(handler=_trust_remove)
    rename = actions.add_parser("rename", help="give a trusted key another name, shown everywhere it signs")
    rename.add_argument("key_id", metavar="KEY_ID")
    rename.add_argument("name", metavar="NAME")
    add_expect_rev(rename, "trust list")
    rename.set_defaults(handler=_trust_rename)


def _identity_create(args: argparse.Namespace) -> int:
    from app.bundles.identity import create_identity

    passphrase = read_passphrase(args.passphrase_file, env=False)
    identity = create_identity(open_workspace(args), args.name, passphrase)
    print(f"created the signing key of {identity.name}")
    print(f"key id:      {identity.key_id}")
    print(f"fingerprint: {identity.fingerprint}")
    return 0


def _identity_renew(args: argparse.Namespace) -> int:
    from app.bundles.renewal import renew_identity

    passphrase = read_passphrase(args.passphrase_file, env=False)
    renewal = renew_identity(open_workspace(args), args.name, passphrase)
    print(f"this laptop signs from now on as {renewal.new.name}, with a key of its own")
    print(f"key id:      {renewal.new.key_id}")
    print(f"fingerprint: {renewal.new.fingerprint}")
    print(f"the old key ({renewal.old.key_id}) is kept aside in the keys folder and signs nothing more")
    print("send the new key card to the secretariat: rundabord identity export -o card.json")
    return 0


def _identity_show(args: argparse.Namespace) -> int:
    from app.bundles.identity import require_identity

    workspace = open_workspace(args)
    identity = require_identity(workspace)
    copied = _copied_warning(workspace)
    if args.json:
        print_json_line(
            {
                "name": identity.name,
                "key_id": identity.key_id,
                "fingerprint": identity.fingerprint,
                "public_key": identity.public_key_b64,
                "passphrase": identity.encrypted,
                "copied": copied,
            }
        )
        return 0
    print(f"name:        {identity.name}")
    print(f"key id:      {identity.key_id}")
    print(f"fingerprint: {identity.fingerprint}")
    print(f"public key:  {identity.public_key_b64}")
    print(f"passphrase:  {'yes' if identity.encrypted else 'no'}")
    if copied:
        print(f"warning: {copied}")
    return 0


def _copied_warning(workspace) -> str | None:
    """Whether another computer signs with this key, as a sync saw it or the secretariat's pack said."""
    from app.bundles import copied_notice
    from app.sync import copies

    sightings = copies.current(workspace.store)
    if sightings:
        return copies.warning(sightings)
    told = copied_notice.current(workspace.store)
    return max(told, key=lambda t: t.signed_utc).message().english() if told else None


def _identity_export(args: argparse.Namespace) -> int:
    from app.bundles.identity import export_keycard

    identity = export_keycard(open_workspace(args), args.output)
    print(f"wrote the key card of {identity.name} ({identity.key_id}) to {args.output}")
    return 0


# -- trust ----------------------------------------------------------------------------------------


def _trust_add(args: argparse.Namespace) -> int:
    from app.bundles import admission, quarantine, trust
    from app.bundles.format import fingerprint_for
    from app.bundles.identity import decode_public_key, read_keycard

    if (args.keycard is None) == (args.key is None):
        raise UserError("give either a key card file or --key BASE64")
    if args.keycard is not None:
        card = read_keycard(args.keycard)
        public_key, name = card.public_key, args.name or card.name
    else:
        public_key, name = decode_public_key(args.key), args.name
        if not name:
            raise UserError("give the key's owner with --name")
    workspace = open_workspace(args)
    store = workspace.store
    conference_id = conferences.conference(store, args.conference).id if args.conference else None
    if args.role == "chair" and conference_id and args.table is not None:
        conferences.table(store, conference_id, args.table)
    from app.bundles.naming import name_holder

    entry = trust.add(store, public_key, name, args.role, conference_id, args.table)
    print(f"trusted {entry.name} ({entry.key_id}) as {entry.grant().describe()}")
    other = name_holder(store, entry.name, entry.key_id)
    if other is not None:  # allowed: a chair's renewed key card takes her old key's workspace over by name
        print(
            f"note: another key ({other.key_id}) is trusted as {other.name} too; unless this is that"
            f' chair\'s renewed key, give it a name of its own: rundabord trust rename {entry.key_id} "NAME"'
        )
    # A key card travels by e-mail or stick and could be swapped: the fingerprint is read aloud to compare.
    print(f"fingerprint: {fingerprint_for(public_key)} (compare it with the one {entry.name} reads to you)")
    # Its bundles held before it was trusted are imported now, every check again, not left to a command.
    for released in admission.import_now_trusted(workspace, entry.key_id):
        if released.imported:
            print(released.describe())
    waiting = [h for h in quarantine.held(store) if h.key_id == entry.key_id]
    if waiting:  # what the grant does not reach stays held for a decision
        print(
            f"{plural(len(waiting), 'bundle')} from this key {'waits' if len(waiting) == 1 else 'wait'}"
            " in quarantine for something this trust does not cover; see rundabord quarantine list"
        )
    return 0


def _trust_list(args: argparse.Namespace) -> int:
    from app.bundles import key_list, trust
    from app.bundles.identity import own_public_key

    store = open_workspace(args).store
    for entry in trust.entries(store):
        reason = "" if entry.active else key_list.revoked_reason(store, entry.key_id)
        rev = names_rev(store, entry.key_id)
        if args.json:
            shown = {**entry.__dict__, "active": entry.active, "revoked_reason": reason or None}
            print_json_line({**shown, "rev": rev})
            continue
        why = f": {reason}" if reason else ""
        state = "" if entry.active else f"  (revoked {entry.revoked_at}{why})"
        role = "rejected" if entry.role == trust.REJECTED else entry.grant().describe()
        print(f"{entry.key_id}  {entry.name}  {role}{state}  (rev {rev})")
    for pin in store.conn.execute("SELECT * FROM bundle_pins ORDER BY pinned_at"):
        rev = names_rev(store, pin["key_id"])
        if args.json:
            shown = {**dict(pin), "role": "secretariat", "source": "pinned", "active": True}
            print_json_line({**shown, "rev": rev})
        else:
            print(
                f"{pin['key_id']}  {pin['signer_name']}  secretariat"
                f" (pinned from the pack of conference {pin['conference_id'][:8]})  (rev {rev})"
            )
    own = own_public_key(store)
    if own and store.meta_get("role") == "secretariat" and not args.json:
        from app.bundles.format import key_id_for

        print(f"{key_id_for(own[1])}  {own[0]}  secretariat (this workspace's own key)")
    return 0


def _trust_remove(args: argparse.Namespace) -> int:
    from app.bundles import trust

    store = open_workspace(args).store
    if args.reason is not None:
        from app.bundles import key_list

        removed = key_list.revoke(store, args.key_id, args.reason)
    else:
        removed = trust.remove(store, args.key_id)
    print(
        f"revoked {removed[0].name} ({removed[0].key_id}): {plural(len(removed), 'grant')};"
        " its bundles are refused from now on"
    )
    return 0


def names_rev(store: Store, typed: str) -> str:
    """The rev `trust rename --expect-rev` takes: the names the keys whose id starts with `typed` go by
    (every active row on the trust list, and the pins), so a rename since is never renamed over unseen."""
    from app.bundles import trust

    names = sorted(
        (e.key_id, e.name) for e in trust.entries(store, include_revoked=False) if e.key_id.startswith(typed)
    )
    pins = store.conn.execute("SELECT key_id, signer_name FROM bundle_pins").fetchall()
    return rev_digest([names, sorted((p[0], p[1]) for p in pins if p[0].startswith(typed))])


@edits.aspect("trust-names-shown")
def _names_now(store: Store, typed: str) -> tuple[str, str]:
    return names_rev(store, typed), ""  # the trust list keeps no origin: the refusal says "someone else"


def _trust_rename(args: argparse.Namespace) -> int:
    from app.bundles import naming

    store = open_workspace(args).store
    typed = args.key_id.strip().lower().replace(" ", "")
    key_id = write_expecting(
        store,
        args.expect_rev,
        "trust-names",
        typed,
        f"the name of key {typed}",
        "trust list",
        lambda: naming.rename(store, args.key_id, args.name),
    )
    print(f"the key {key_id} is trusted as {' '.join(args.name.split())} from now on")
    return 0


# -- export ---------------------------------------------------------------------------------------


def passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help=f"the key's passphrase (or set {PASSPHRASE_ENV})"
    )


def read_passphrase(path: Path | None, *, env: bool = True) -> str | None:
    if path is not None:
        from app.secret_files import first_line

        return first_line(path, "passphrase")
    return os.environ.get(PASSPHRASE_ENV) or None if env else None


# -- identity -------------------------------------------------------------------------------------
