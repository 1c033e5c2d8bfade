"""`rundabord proposal export`: signed follow-up bundles of the secretariat's decisions on proposals,
for one conference or each conference of a process. Registered by app/cli/proposal_cmds.py."""

from __future__ import annotations

import argparse
import os

from app import conferences
from app.cli.common import open_workspace, process_id, record_counts
from app.errors import UserError


def export_followups(args: argparse.Namespace) -> int:
    """`proposal export`: a signed follow-up bundle for the conference, or one for each of the process's."""
    from app.proposals.exchange import export_followup

    passphrase = None
    if args.passphrase_file is not None:
        try:
            passphrase = args.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, UnicodeDecodeError, IndexError):
            raise UserError(f"{args.passphrase_file}: cannot read a passphrase from it") from None
    else:
        passphrase = os.environ.get("RUNDABORD_PASSPHRASE") or None
    workspace = open_workspace(args)
    if args.conference:
        targets = [(args.conference, args.output)]
    else:
        # A decision belongs to its proposal's conference: after the council met, every conference of
        # the process may have news, so each gets its bundle.
        chosen = [
            c
            for c in conferences.conferences(workspace.store)
            if c.process_id == process_id(workspace.store, args.process)
        ]
        if args.output is not None:
            if args.output.exists() and not args.output.is_dir():
                raise UserError(f"{args.output}: with --process, -o names a folder for the bundles")
            args.output.mkdir(parents=True, exist_ok=True)
        targets = [
            (c.id, None if args.output is None else args.output / f"uppfoljning-{c.date}-{c.id[:8]}.rbz")
            for c in chosen
        ]
    for conference_id, out_path in targets:
        result = export_followup(workspace, conference_id, out_path, passphrase=passphrase)
        counts = record_counts(result.counts)
        print(f"signed follow-up {result.bundle_id} ({counts}) as {result.signer_name} ({result.key_id})")
        print(f"wrote {result.path}")
    return 0
