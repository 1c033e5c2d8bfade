"""`rundabord quarantine list|accept|reject`: bundles from keys not trusted here, held until decided.

`quarantine list` prints each key's rev (app/bundles/held_rev.py: the bundles held from it and what the
trust list says of it); `accept` and `reject` take it back as `--expect-rev` and write nothing when the
key was decided by someone else since, or more of its bundles came: two secretaries accepting the same
key at once, one accepts it and the other is told. Required on a shared PostgreSQL store (`any` decides
whatever is held then); a one-person SQLite store checks only when asked.
"""

from __future__ import annotations

import argparse
from typing import Any

from app import conferences, edits
from app.cli.common import open_workspace, plural, print_json_line
from app.cli.expect import needs_rev
from app.cli.receipt_lines import print_receipt
from app.errors import NotFound, UserError

LISTING = "quarantine list"


def register(subparsers: argparse._SubParsersAction) -> None:
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
    accept.add_argument(
        "--expect-rev",
        action="append",
        metavar="REV",
        help="the rev `quarantine list` printed of the key, once for each KEY_ID|BUNDLE_ID in their order"
        " (--all-from last): refused if the key was decided or more of its bundles came since; 'any'"
        " accepts whatever is held now (default: required on a shared PostgreSQL store, else any)",
    )
    accept.set_defaults(handler=_quarantine_accept)
    reject = q_actions.add_parser("reject", help="refuse the key from now on and drop its held bundles")
    reject.add_argument("selector", metavar="KEY_ID|BUNDLE_ID")
    reject.add_argument(
        "--expect-rev",
        metavar="REV",
        help="the rev `quarantine list` printed of the key: refused if it was decided or more of its"
        " bundles came since; 'any' rejects whatever is held now (default: required on a shared"
        " PostgreSQL store, else any)",
    )
    reject.set_defaults(handler=_quarantine_reject)


def _name_of(store: Any, public_key: bytes, claimed: str) -> str:
    """The name this workspace trusts the key by; for a key it does not know, the bundle's own claim,
    marked as such (anyone can write any name into a manifest)."""
    from app.bundles import trust

    return trust.status(store, public_key).name or f'claims to be "{claimed}" (unverified)'


def _quarantine_list(args: argparse.Namespace) -> int:
    import base64

    from app.bundles import clashes, quarantine, trust
    from app.bundles.held_rev import key_rev

    store = open_workspace(args).store
    everything = quarantine.held(store)
    by_key: dict[str, list[Any]] = {}
    for h in everything:
        by_key.setdefault(h.key_id, []).append(h)
    for bundles in by_key.values():
        found = clashes.clashes(store, bundles)
        remedy = clashes.returning_chair(store, bundles)
        grant = remedy or clashes.proposed_grant(bundles)
        rev = key_rev(store, bundles[0].key_id)
        if args.json:
            for h in bundles:
                print_json_line(
                    {
                        **h.as_json(),
                        "clashes": [c.as_json() for c in found],
                        "asks_for": grant.describe() if grant else None,
                        "returning_chair": remedy is not None,
                        "rev": rev,
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
        print(f"{first.key_id}  {name}  {plural(len(bundles), 'held bundle')}{asks}  (rev {rev})")
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

    from app.bundles import admission, clashes

    workspace = open_workspace(args)
    store = workspace.store
    selectors = [*args.selectors, *([args.all_from] if args.all_from else [])]
    if not selectors:
        raise UserError("name the held bundles or keys to accept, or give --all-from KEY_ID")
    revs = _expected_revs(store, args.expect_rev, len(selectors), "KEY_ID|BUNDLE_ID accepted")
    keys: dict[str, str] = {}  # key id -> a selector of it, in the order given
    expected: dict[str, str] = {}  # key id -> the rev the secretary read of it
    for selector, rev in zip(selectors, revs, strict=True):
        key_id = _selected(store, selector, rev)[0].key_id  # every selector checked before any trust
        keys.setdefault(key_id, selector)
        if rev is not None:
            expected.setdefault(key_id, rev)
    if len(keys) > 1 and (args.role or args.conference or args.table is not None or args.name):
        raise UserError(
            "--role, --conference, --table and --name apply to one key; accept the keys one by one"
        )
    plans = [(selector, *_plan_accept(workspace, selector, args)) for selector in keys.values()]

    def work() -> list[list[Any]]:
        # Read again under the lock: what a colleague decided meanwhile was refused by the check.
        return [admission.accept(workspace, sel, granted, name=args.name) for sel, _, granted in plans]

    from app.bundles.held_rev import decide_as_seen

    done = _told_in_one_line(store, lambda: decide_as_seen(store, list(keys), expected, work))
    ok = True
    for (_selector, bundles, granted), receipts in zip(plans, done, strict=True):
        if granted is not None:
            name = clashes.trusted_name(
                store, base64.b64decode(bundles[0].public_key), bundles[0].signer_name
            )
            print(f"trusted {name} ({bundles[0].key_id}) as {granted.describe()}")
        for receipt in receipts:
            print_receipt(receipt)
        ok = ok and all(r.ok for r in receipts)
    return 0 if ok else 1


def _expected_revs(store: Any, given: list[str] | None, count: int, each: str) -> list[str | None]:
    """The rev read of each selector's key, in their order (None: not checked)."""
    needs_rev(store, None if given is None else given[0], "each key's held bundles", LISTING)
    if given is None or given == ["any"]:
        return [None] * count
    if len(given) != count:
        raise UserError(
            f"give one --expect-rev for each {each}, in their order ({len(given)} given for {count}):"
            f" the rev `rundabord {LISTING}` printed, or --expect-rev any"
        )
    return [None if rev.strip().lower() == "any" else rev.strip().lower() for rev in given]


def _selected(store: Any, selector: str, rev: str | None) -> list[Any]:
    """The held bundles of the key `selector` names; a key read at `rev` and gone since is a change."""
    from app.bundles import quarantine

    try:
        return quarantine.select(store, selector)
    except NotFound:
        if rev is None:
            raise
        raise UserError(
            f"nothing in quarantine matches {selector} any more: it was accepted or rejected after rev"
            f" {rev}; nothing was written: see `rundabord {LISTING}` and `rundabord trust list`"
        ) from None


def _told_in_one_line(store: Any, decide: Any) -> Any:
    """`decide()`, a decision made as seen; a key not at the rev read any more refused in one line."""
    from app.bundles.held_rev import what_changed

    try:
        return decide()
    except edits.ChangedMeanwhile as exc:
        seen = exc.changes[0].seen
        raise UserError(
            f"key {seen.key} {what_changed(store, seen.key)} after rev {seen.value}; nothing was written:"
            f" see `rundabord {LISTING}` and decide again"
        ) from None


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
            from app.bundles.naming import second_laptop_name

            free = second_laptop_name(workspace.store, other["name"], bundles[0].key_id)
            raise UserError(
                f"another key ({other['key']}) is already trusted as {other['name']}; trust this key under"
                f' a name of its own: --name "{free}"'
            ) from None
    return bundles, granted


def _signs_already(store: Any, key_id: str, grant: Any, name: str) -> Any:
    """Another person's key trusted here as the chair of the table `grant` makes this key chair of, if
    any. The named chair's own table is no sign of an impostor: her second laptop asks for it too, and
    so does her third, while the second signs for it as "Anna Berg (laptop 2)"."""
    from app.bundles import trust
    from app.bundles.clashes import person_key

    if grant.role != trust.CHAIR:
        return None
    return next(
        (
            e
            for e in trust.entries(store, include_revoked=False)
            if e.key_id != key_id
            and person_key(e.name) != person_key(name)
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
    from app.bundles import held_decisions

    workspace = open_workspace(args)
    store = workspace.store
    [rev] = _expected_revs(store, None if args.expect_rev is None else [args.expect_rev], 1, "key rejected")
    key_id = _selected(store, args.selector, rev)[0].key_id
    # The window's Reject goes through the same decision ("" checks no rev).
    dropped = _told_in_one_line(store, lambda: held_decisions.reject_as_seen(workspace, key_id, rev or ""))
    print(
        f'rejected the key {dropped[0].key_id} (which claimed to be "{dropped[0].signer_name}");'
        f" dropped {plural(len(dropped), 'held bundle')}"
    )
    return 0
