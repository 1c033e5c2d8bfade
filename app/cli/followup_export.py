"""`rundabord proposal export`: signed follow-up bundles of the secretariat's decisions on proposals,
for one conference or each conference of a process, for the chairs (one bundle a table, the default)
or for a colleague secretariat (`--for secretariat`: the whole record, to a file). Registered by
app/cli/proposal_cmds.py; what each kind carries is in app/proposals/exchange.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import conferences
from app.cli.common import open_workspace, process_id, record_counts
from app.errors import UserError


def _passphrase(args: argparse.Namespace) -> str | None:
    from app.cli.key_cmds import read_passphrase

    return read_passphrase(args.passphrase_file)


def _folder(path: Path) -> Path:
    if path.exists() and not path.is_dir():
        raise UserError(f"{path}: with --process, or for the chairs without --table, -o names a folder")
    path.mkdir(parents=True, exist_ok=True)
    return path


# What a Rundabord that knows no manifest's `requires` (every release before the chairs' follow-ups, in
# December 2026 too, so no month tells them apart) says when it refuses one: the secretary recognises it.
OLDER_REFUSAL = "the manifest has unexpected or missing fields: requires"


def export_followups(args: argparse.Namespace) -> int:
    """`proposal export`: the follow-ups of the conference, or of each of the process's conferences."""
    from app.proposals.exchange import (
        SECRETARIAT,
        chairs_file_name,
        export_followup,
        secretariat_file_name,
    )

    passphrase = _passphrase(args)
    workspace = open_workspace(args)
    store = workspace.store
    colleague = args.recipient == SECRETARIAT
    if colleague and args.output is None:
        raise UserError(
            "--for secretariat writes the whole record, the personal-data review's decisions too: give -o"
            " (never the outbox, which sync sends to the chairs)"
        )
    if colleague and args.table is not None:
        raise UserError("--table is for the chairs' follow-ups; a colleague secretariat's holds every table")
    if args.conference:
        chosen = [conferences.conference(store, args.conference)]
    else:
        # A decision belongs to its proposal's conference: after the council met, every conference of
        # the process may have news, so each gets its bundles.
        every = conferences.conferences(store)
        wanted = process_id(store, args.process) if every else None  # (named once, not once a conference)
        chosen = [c for c in every if c.process_id == wanted]
    many = len(chosen) > 1 or args.process is not None
    if not colleague and args.table is None and args.output is not None and args.output.suffix == ".rbz":
        raise UserError(
            f"{args.output}: the chairs' follow-ups are one bundle per table, so -o names a folder (or give"
            " --table N for one file)"
        )
    # (conference id, table or None, where): None writes to the outbox
    targets: list[tuple[str, int | None, Path | None]] = []
    for c in chosen:
        if colleague:
            path = _folder(args.output) / secretariat_file_name(c) if many else args.output
            targets.append((c.id, None, path))
            continue
        if args.table is not None:
            conferences.table(store, c.id, args.table)  # (refuses a table the conference has not)
            numbers = [args.table]
        else:
            numbers = [t.number for t in conferences.tables(store, c.id)]
        for number in numbers:
            path = None
            if args.output is not None:
                one_file = not many and args.table is not None
                path = args.output if one_file else _folder(args.output) / chairs_file_name(c, number)
            targets.append((c.id, number, path))
    for conference_id, number, out_path in targets:
        result = export_followup(
            workspace, conference_id, out_path, passphrase=passphrase, recipient=args.recipient, table=number
        )
        counts = record_counts(result.counts)
        whom = "a colleague secretariat" if colleague else f"the chair of table {number}"
        signer = f"{result.signer_name} ({result.key_id})"
        print(f"signed follow-up {result.bundle_id} for {whom} ({counts}) as {signer}")
        print(f"wrote {result.path}")
        # Every follow-up names `requires` in its manifest (exchange.export_followup): "secretariat-only"
        # for a colleague's, "table-scoped" for a chair's; a Rundabord that knows neither refuses it.
        what, whom = (
            ("a colleague's whole record", "that secretariat") if colleague else ("follow-ups", "the chair")
        )
        print(
            f"  needs a Rundabord that can take in {what} to read it (an older one refuses it:"
            f' "{OLDER_REFUSAL}"; then ask {whom} to update Rundabord)'
        )
        if colleague:
            print("  a chair's laptop refuses it: give it to that secretariat only")
        for line in held_lines([result]):
            print(line)
        if getattr(result, "withdrawn", None) is not None:
            from app.proposals.followup_outbox import describe

            for line in describe(result.withdrawn):
                print(line)
    return 0


def held_lines(results: list) -> list[str]:
    """What the chairs' follow-ups left at the secretariat, and why, so a person decides on it."""
    from app.proposals.exchange import held_back
    from app.proposals.to_chairs import FINDING

    count, reasons = held_back(results)
    if not count:
        return []
    why = []
    people = [r for r in reasons if r != FINDING]
    if people:
        why.append(f"{'it names' if count == 1 else 'they name'} a person ({', '.join(people)})")
    if FINDING in reasons:
        why.append("the review has not let a finding in the texts through")
    decisions = "decision" if count == 1 else "decisions"
    return [
        f"  held back {count} {decisions} at the secretariat: {'; '.join(why)}"
        " — see `rundabord privacy review`"
    ]
