"""`rundabord proposal list|status|history|merge|unmerge|similar|feedback|representation|accumulated`.

Adding to and taking out of merged proposals, links across conferences, timelines and summaries:
app/cli/followup_cmds.py. `proposal show` and the `--expect-rev` of every edit: app/cli/proposal_seen.py.
`proposal export` (signed follow-up bundles): app/cli/followup_export.py.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from app import conferences, proposals
from app.cli.common import open_workspace, plural, print_json_line, process_id
from app.cli.followup_export import export_followups
from app.cli.proposal_seen import add_expect_rev, expecting, register_show
from app.errors import UserError
from app.proposals.lifecycle import OWNER_KINDS, default_decider
from app.proposals.rev import edit_expecting_each, rev_of
from app.typed_ids import short_id
from app.workspace import Workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    proposal = subparsers.add_parser("proposal", help="follow up proposals: status, merging, feedback")
    actions = proposal.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", help="proposals with their current status (default: every conference)"
    )
    scope = listing.add_mutually_exclusive_group()
    scope.add_argument("--conference", metavar="ID")
    scope.add_argument("--process", metavar="NAME|ID", help="every conference of the process")
    listing.add_argument("--status", metavar="S", help=f"only this status: {', '.join(proposals.STATUSES)}")
    listing.add_argument("--theme", metavar="NAME", help="only proposals tagged with this theme")
    listing.add_argument(
        "--overdue", action="store_true", help="only open proposals whose review date has passed"
    )
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(handler=_list)

    status = actions.add_parser("status", help="record a status change (a decision) for a proposal")
    status.add_argument("id", metavar="NOTE_ID", help="a proposal note's id, or a merged proposal's id")
    status.add_argument("status", metavar="STATUS", help=", ".join(proposals.STATUSES))
    status.add_argument("--decision", default="", metavar="TEXT", help="what was decided")
    status.add_argument("--reason", default="", metavar="TEXT", help="why not pursued (required for it)")
    status.add_argument("--owner", default="", metavar="WHO", help="the person or organisation that owns it")
    status.add_argument("--owner-kind", default="organisation", choices=OWNER_KINDS)
    status.add_argument("--contact", default="", metavar="C", help="how to reach the owner (never published)")
    status.add_argument("--review-date", default="", metavar="YYYY-MM-DD")
    status.add_argument(
        "--decided-on", default="", metavar="YYYY-MM-DD", help="the day it was decided (default: today)"
    )
    status.add_argument("--meeting", default="", metavar="TEXT", help='where, e.g. "Tillväxtrådet 20 maj"')
    status.add_argument(
        "--by",
        default=None,
        metavar="WHO",
        help="who decided (default: this workspace's identity name, else your login name)",
    )
    add_expect_rev(status, "the proposal")
    status.set_defaults(handler=_status)

    hist = actions.add_parser("history", help="every status change of a proposal, oldest first")
    hist.add_argument("id", metavar="NOTE_ID")
    hist.add_argument("--json", action="store_true", help="one JSON object a line")
    hist.set_defaults(handler=_history)

    merge = actions.add_parser("merge", help="merge similar proposals into one; prints the merged id")
    merge.add_argument("ids", nargs="+", metavar="NOTE_ID")
    merge.add_argument(
        "--text",
        metavar="TEXT",
        help="the merged proposal's wording (default: the most voted one's, not one left out of what is"
        " published)",
    )
    merge.add_argument(
        "--expect-rev",
        metavar="REV",
        action="append",
        help="the rev of each proposal as `proposal show` or `proposal list --json` printed it, once per"
        " NOTE_ID in their order: refused if any changed since; 'any' once merges whatever is there"
        " (default: required on a shared PostgreSQL store, else any)",
    )
    merge.set_defaults(handler=_merge)

    unmerge = actions.add_parser("unmerge", help="undo a merge; the originals are proposals again")
    unmerge.add_argument("id", metavar="ID", help="the merged proposal's id")
    add_expect_rev(unmerge, "the merged proposal")
    unmerge.set_defaults(handler=_unmerge)

    similar = actions.add_parser("similar", help="groups of a conference's proposals that look alike")
    similar.add_argument("--conference", required=True, metavar="ID")
    similar.add_argument(
        "--threshold", type=float, default=None, help="similarity needed (the chosen method's scale)"
    )
    similar.add_argument(
        "--method",
        choices=proposals.GROUPING_METHODS,
        default="auto",
        help="meaning (the bundled language model), words (shared words), auto: meaning where it loads",
    )
    similar.add_argument("--json", action="store_true", help="one JSON array of note ids a line, per group")
    similar.set_defaults(handler=_similar)

    fb = actions.add_parser("feedback", help="what happened to each proposal, after the personal-data review")
    fb.add_argument("--conference", required=True, metavar="ID")
    fb.add_argument("--table", type=int, metavar="N", help="only the proposals of this table")
    fb.add_argument(
        "--language",
        choices=("sv", "en"),
        help="the status_label of --json output (default: the workspace's); plain output is in English",
    )
    fb.add_argument("--json", action="store_true", help="one JSON object a line")
    fb.add_argument(
        "--redact-undecided",
        action="store_true",
        help="remove every personal-data finding not yet decided (see `rundabord privacy review`) "
        "instead of refusing",
    )
    fb.set_defaults(handler=_feedback)

    rep = actions.add_parser("representation", help="participants and age/gender bands per table, summed")
    where = rep.add_mutually_exclusive_group(required=True)
    where.add_argument("--conference", metavar="ID")
    where.add_argument("--process", metavar="NAME|ID", help="every conference of the process, oldest first")
    rep.add_argument("--json", action="store_true", help="one JSON object")
    rep.set_defaults(handler=_representation)

    export = actions.add_parser(
        "export",
        help="sign follow-up bundles: for the chairs (the default: one a table, its own notes, and of the"
        " decisions on its proposals what holds no other table's words and nothing the review has not let"
        " through; no note left out of what is published, no review records) or for a colleague secretariat"
        " (the whole reviewed record, the personal-data review's decisions too)",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--conference", metavar="ID")
    which.add_argument(
        "--process",
        metavar="NAME|ID",
        help="every conference of the process (decisions on earlier conferences' proposals too): for the"
        " chairs one bundle per table of each, for a colleague secretariat one per conference",
    )
    export.add_argument(
        "--for",
        dest="recipient",
        choices=("chairs", "secretariat"),
        default="chairs",
        help="who receives it (default: chairs; secretariat needs -o, never the outbox)",
    )
    export.add_argument("--table", type=int, metavar="N", help="for the chairs: this table's bundle only")
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.rbz|FOLDER",
        help="default: the outbox; a folder for the chairs' bundles (unless --table) or with --process",
    )
    export.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the key's passphrase (or set RUNDABORD_PASSPHRASE)",
    )
    export.set_defaults(handler=export_followups)

    acc = actions.add_parser(
        "accumulated", help="guiding words and what needs to be done, per theme over a process"
    )
    acc.add_argument("--process", required=True, metavar="NAME|ID")
    acc.add_argument("--json", action="store_true", help="one JSON object a line, per theme")
    acc.set_defaults(handler=_accumulated)

    from app.cli import followup_cmds

    followup_cmds.register_actions(actions)
    register_show(actions)


def _list(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    import datetime as dt

    store = workspace.store
    if args.conference:
        conference = conferences.conference(store, args.conference)
        conference_ids, process_ids = [conference.id], {conference.process_id}
    else:
        chosen = conferences.conferences(store)
        if args.process:
            named = process_id(store, args.process)
            chosen = [c for c in chosen if c.process_id == named]
        conference_ids, process_ids = [c.id for c in chosen], {c.process_id for c in chosen}
    status = proposals.parse_status(args.status) if args.status else None
    names = {t.id: t.name for pid in sorted(process_ids) for t in conferences.themes(store, pid)}
    theme_id = None
    if args.theme:
        wanted = args.theme.strip().casefold()
        matching = [i for i, name in names.items() if name.casefold() == wanted]
        if not matching:
            raise UserError(
                f"no theme named {args.theme!r}; themes: {', '.join(sorted(set(names.values())))}"
            )
        theme_id = matching[0]
    today = dt.date.today()
    for p in proposals.list_proposals(store, conference_ids, status=status, theme_id=theme_id):
        overdue = p.latest is not None and p.latest.overdue(today)
        if args.overdue and not overdue:
            continue
        if args.json:
            print_json_line(
                {
                    "id": p.id,
                    "conference_id": p.conference_id,
                    "merged": p.is_group,
                    "originals": [n.id for n in p.originals],
                    "tables": list(p.tables),
                    "votes": p.votes,
                    "status": p.status,
                    "themes": [names.get(t, t) for t in p.themes],
                    "owner": p.latest.owner if p.latest else "",
                    "review_date": p.latest.review_date if p.latest else "",
                    "overdue": overdue,
                    "text": p.text,
                    "rev": rev_of(store, p),
                }
            )
        else:
            merged = f" (merged from {len(p.originals)})" if p.is_group else ""
            count = f"{p.votes:>3} {'vote ' if p.votes == 1 else 'votes'}"
            late = f"  [review overdue since {p.latest.review_date}]" if overdue else ""
            print(f"{short_id(p.id)}  {p.status:<12} {count}  {_tables(p.tables)}: {p.text}{merged}{late}")
    return 0


def _votes(count: int) -> str:
    return plural(count, "vote")


def _tables(numbers) -> str:
    return ("table " if len(numbers) == 1 else "tables ") + ", ".join(map(str, numbers))


def _decider(workspace: Workspace) -> str:
    """Who decides when --by is not given: the name this workspace signs with, else the OS login."""
    from app.bundles.identity import find_identity, own_public_key

    own = own_public_key(workspace.store)
    if own is not None:
        return own[0]
    try:
        identity = find_identity(workspace)
    except UserError:  # a damaged key file must not stop a decision being recorded
        identity = None
    return identity.name if identity is not None else default_decider()


def _status(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    proposal = proposals.find_proposal(store, args.id)
    decided_by = _decider(workspace) if args.by is None else args.by
    expecting(
        store,
        args,
        proposal.id,
        lambda: proposals.set_status(
            store,
            proposal.id,
            args.status,
            decision=args.decision,
            reason=args.reason,
            owner=args.owner,
            owner_kind=args.owner_kind,
            contact=args.contact,
            review_date=args.review_date,
            decided_on=args.decided_on,
            meeting=args.meeting,
            decided_by=decided_by,
        ),
    )
    if proposal.is_group and not proposal.id.startswith(args.id.strip()):  # a merged original's id was given
        print(f"recorded for merged proposal {proposal.id}")
    after = proposals.find_proposal(store, proposal.id)
    text = after.text if len(after.text) <= 60 else after.text[:59] + "…"
    print(f"{short_id(after.id)} {text!r}: {proposal.status} -> {after.status}")
    now, was = _said(after.latest), _said(proposal.latest)
    for label, value in now.items():
        if value:
            print(f"  {label}: {value}")
        elif was.get(label):  # each status change is whole: what it leaves out is no longer said
            print(f"  {label}: none now (was {was[label]!r})")
    return 0


def _said(change) -> dict[str, str]:
    """What a status change says, by the label `proposal status` prints it under."""
    if change is None:
        return {}
    return {
        "decision": change.decision,
        "reason": change.reason,
        "owner": f"{change.owner} ({change.owner_kind})" if change.owner else "",
        "contact": change.contact,
        "review": change.review_date,
        "by": change.decided_by,
    }


def _history(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    proposal, changes = proposals.unit_history(store, args.id)
    if args.json:
        for change in changes:
            record = asdict(change)
            del record["order_key"], record["retracted"]
            print_json_line(record)
        return 0
    print(f"{proposal.text}  [{proposal.status}, {_votes(proposal.votes)}, {_tables(proposal.tables)}]")
    if not changes:
        print("  no status changes yet: new")
    for c in changes:
        print(f"  {c.decided_at}  {c.status}" + (f"  by {c.decided_by}" if c.decided_by else ""))
        for label, value in (
            ("decision", c.decision),
            ("reason", c.reason),
            ("owner", f"{c.owner} ({c.owner_kind})" if c.owner else ""),
            ("contact", c.contact),
            ("review", c.review_date),
        ):
            if value:
                print(f"      {label}: {value}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    print(
        edit_expecting_each(
            store, args.ids, args.expect_rev, lambda: proposals.merge(store, args.ids, text=args.text)
        )
    )
    return 0


def _unmerge(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    for note_id in expecting(store, args, args.id, lambda: proposals.unmerge(store, args.id)):
        print(note_id)
    return 0


def _similar(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference = conferences.conference(store, args.conference)
    if args.threshold is not None and not -1.0 < args.threshold <= 1.0:
        raise UserError("--threshold must be above -1 and at most 1")
    try:
        groups, method = proposals.suggest_groups_by(store, conference.id, args.threshold, args.method)
    except proposals.ModelUnavailable as error:
        raise UserError(f"grouping by meaning is not available here: {error}") from error
    if method != args.method and args.method != "auto":
        raise UserError(f"grouping by {args.method} is not available here")
    if not args.json:
        print(f"grouped by {method}")
    if args.json:
        for group in groups:
            print_json_line(group)
        return 0
    texts = {p.id: p for p in proposals.list_proposals(store, conference.id)}
    for number, group in enumerate(groups, 1):
        print(f"group {number}:")
        for note_id in group:
            p = texts[note_id]
            print(f"  {short_id(note_id)}  {_tables(p.tables)}, {_votes(p.votes)}: {p.text}")
    return 0


def _feedback(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    # The CLI speaks English; only the JSON (for a report or a web page) carries the chosen language.
    language = (args.language or workspace.language) if args.json else "en"
    # Participants read this: it passes the personal-data review as the public report does
    from app.cli.minutes_cmds import listing_refusal
    from app.proposals.published import published_feedback

    with listing_refusal():
        outcomes = published_feedback(
            store, args.conference, language, table=args.table, redact_undecided=args.redact_undecided
        )
    for o in outcomes:
        if args.json:
            print_json_line(asdict(o))
            continue
        print(f"{o.status_label}: {o.text} ({_tables(o.tables)}, {_votes(o.votes)})")
        for value in (
            o.decision,
            o.reason,
            o.owner and f"owner: {o.owner}",
            o.review_date and f"review {o.review_date}",
        ):
            if value:
                print(f"    {value}")
    return 0


def _representation(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    if args.process:
        titles = {c.id: f"{c.date} {c.title}" for c in conferences.conferences(store)}
        for rep in proposals.process_representation(store, process_id(store, args.process)):
            if args.json:
                print_json_line(asdict(rep))
                continue
            bands = ", ".join(f"{k} {v}" for k, v in rep.bands.items())
            line = (
                f"{titles[rep.conference_id]}: {plural(rep.participants, 'participant')}"
                f" at {plural(len(rep.tables), 'table')}"
            )
            print(line + (f" ({bands}; from {plural(rep.tables_with_bands, 'table')})" if bands else ""))
        return 0
    rep = proposals.representation(store, args.conference)
    if args.json:
        print_json_line(asdict(rep))
        return 0
    for t in rep.tables:
        bands = ", ".join(f"{k} {v}" for k, v in sorted(t.bands.items()))
        people = "participant " if t.participants == 1 else "participants"
        print(f"table {t.number:>3}  {t.participants:>4} {people}" + (f"  ({bands})" if bands else ""))
    people = "participant " if rep.participants == 1 else "participants"
    print(f"total      {rep.participants:>4} {people} at {plural(len(rep.tables), 'table')}")
    if rep.bands:
        print(f"bands (from {rep.tables_with_bands} of {plural(len(rep.tables), 'table')}):")
        for band, count in rep.bands.items():
            print(f"  {band}: {count}")
    return 0


def _accumulated(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    for theme in proposals.accumulated(store, process_id(store, args.process)):
        name = theme.theme_name or "(no theme)"
        if args.json:
            print_json_line(
                {
                    "theme": theme.theme_name or None,
                    "guiding_words": [asdict(i) for i in theme.guiding_words],
                    "actions": [asdict(i) for i in theme.actions],
                }
            )
            continue
        print(name)
        if not theme.guiding_words and not theme.actions:
            print("  nothing yet")
        for title, items in (
            ("guiding words", theme.guiding_words),
            ("what needs to be done", theme.actions),
        ):
            if items:
                print(f"  {title}:")
            for item in items:
                where = "; ".join(f"{o.conference_title} table {o.table_number}" for o in item.origins)
                print(f"    {item.text}  ({where})")
    return 0
