"""`rundabord status` (which tables have reported) and `rundabord conflict list|resolve`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app import conferences, conflict_authors, conflict_copies, conflicts, roster
from app.cli.common import open_workspace, plural, print_json_line
from app.errors import UserError
from app.merge import value_key
from app.text_apart import parting_start
from app.typed_ids import short_id

_SHOWN_CHARS = 70


def register(subparsers: argparse._SubParsersAction) -> None:
    status = subparsers.add_parser(
        "status", help="which tables, and which questions at each table, have reported for a conference"
    )
    status.add_argument("--conference", required=True, metavar="ID")
    status.add_argument("--json", action="store_true", help="one JSON object a table")
    status.set_defaults(handler=_status)

    conflict = subparsers.add_parser("conflict", help="review and resolve merge conflicts")
    actions = conflict.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the open conflicts")
    listing.add_argument("--conference", metavar="ID")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.add_argument("--settled", action="store_true", help="the resolved ones instead, to reopen")
    listing.set_defaults(handler=_list)

    reopen = actions.add_parser("reopen", help="undo a resolution: the conflict is open again")
    reopen.add_argument("id", help="the resolution's id (`conflict list --settled`), or its first characters")
    reopen.set_defaults(handler=_reopen)

    resolve = actions.add_parser(
        "resolve", help="keep the current value (ours), the other one (theirs), or an edited text"
    )
    resolve.add_argument("id", help="the conflict's id (or its first characters)")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("ours", "theirs"))
    choice.add_argument("--text", metavar="TEXT", help="replace both with this text")
    resolve.add_argument(
        "--expect-rev",
        metavar="REV",
        help="the conflict's rev as `conflict list` printed it: refused if the field was written, or a"
        " value beside it arrived or was settled, since; 'any' settles whatever is there (default:"
        " required on a shared PostgreSQL store, else any)",
    )
    resolve.add_argument(
        "--conference",
        metavar="ID",
        help="the conference being viewed, for a process's or a theme's field (checked to be of the"
        " process); either way such a decision travels in the follow-up of every conference of the process",
    )
    resolve.set_defaults(handler=_resolve)


def _status(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    report = roster.roster(store, args.conference)
    if args.json:
        for t in report.tables:
            print_json_line(
                {
                    "table": t.number,
                    "name": t.name,
                    "chair": t.chair_name,
                    "reported": t.reported,
                    "notes": t.notes,
                    "proposals": t.proposals,
                    "questions": {str(q): n for q, n in t.by_question.items()},
                    "missing_questions": [q for q in report.questions if q not in t.by_question],
                    "last_import": t.last_import,
                }
            )
        return 0
    have = "has" if len(report.reported) == 1 else "have"
    print(f"{report.title}: {len(report.reported)} of {plural(len(report.tables), 'table')} {have} reported")
    if report.missing:
        print(f"  not yet: {', '.join(map(str, report.missing))}")
    for t in report.tables:
        label = f"table {t.number}" + (f" ({t.name})" if t.name else "")
        if not t.reported:
            print(f"  {label}: not reported")
            continue
        answered = ", ".join(f"q{q}: {n}" for q, n in t.by_question.items())
        missing = [q for q in report.questions if q not in t.by_question]
        gaps = f"; nothing on {', '.join(f'q{q}' for q in missing)}" if missing else ""
        # Notes and proposals apart, as the window's overview counts them; per question, both kinds.
        written = f"{plural(t.notes, 'note')}, {plural(t.proposals, 'proposal')}"
        print(f"  {label}: {written}; by question: {answered}{gaps}")
    return 0


def _list_settled(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    conference_id = conferences.conference(store, args.conference).id if args.conference else None
    found = conflicts.settled(store, conference_id)
    for r in found:
        if args.json:
            print_json_line({**r.__dict__})
            continue
        kept = "the edited text" if r.choice == "text" else r.choice
        when = _edited(r.decided_rev)
        print(f"{r.id}  {r.record_type} {short_id(r.record_id)} {r.field}: kept {kept}, settled {when}")
        # What the decision kept, not what the field holds now: it may have been edited since.
        print(f"    kept:      {_shown(r.kept) if r.kept_known else '(not known here)'}")
        for value in r.set_aside:
            print(f"    set aside: {_shown(value)}")
        for value in [] if r.kept_known else r.reviewed:
            print(f"    reviewed:  {_shown(value)}")
        if not r.kept_known or value_key(r.now) != value_key(r.kept):
            print(f"    now:       {_shown(r.now)} (edited since)")
    if not found and not args.json:
        print("no resolved conflicts")
    return 0


def _reopen(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    opened = conflicts.reopen(store, args.id)
    print(f"reopened {args.id}: {plural(opened, 'value')} open for review again")
    return 0


def _flat(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return " ".join(text.split())


def _shown(value: Any) -> str:
    text = _flat(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _shown_apart(ours: Any, theirs: Any) -> tuple[str, str]:
    """Both sides of a conflict, each cut to a line. Two long texts that differ only after the cut (a
    word corrected at the end of a pasted paragraph) printed as the same line twice: then each is shown
    from a little before where they part, so the line says what differs."""
    a, b = _flat(ours), _flat(theirs)
    start = parting_start([a, b], _SHOWN_CHARS)
    if not start:
        return _shown(a), _shown(b)

    def part(text: str) -> str:
        rest = text[start:]
        return "…" + (rest if len(rest) <= _SHOWN_CHARS - 1 else rest[: _SHOWN_CHARS - 2] + "…")

    return part(a), part(b)


def _edited(rev: str) -> str:
    moment = conflicts.edited_at(rev)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "at an unknown time"


def _list(args: argparse.Namespace) -> int:
    if args.settled:
        return _list_settled(args)
    store = open_workspace(args).store
    conference_id = conferences.conference(store, args.conference).id if args.conference else None
    found = conflicts.open_conflicts(store, conference_id)
    sides = conflict_authors.sides(store, found)
    for c in found:
        ours, theirs = sides[(c.record_id, c.ours_stamp)], sides[(c.record_id, c.theirs_stamp)]
        if args.json:
            print_json_line(
                {
                    "id": c.id,
                    "type": c.record_type,
                    "record": c.record_id,
                    "field": c.field,
                    "conference": c.conference_id,
                    "table": c.table_number,
                    "ours": c.ours,
                    "ours_stamp": list(c.ours_stamp),
                    "theirs": c.theirs,
                    "theirs_stamp": list(c.theirs_stamp),
                    "ours_by": ours.english(),
                    "theirs_by": theirs.english(),
                    "copied_profile": ours.copied_profile or theirs.copied_profile,
                    "deleted": c.deleted,
                    "rev": conflicts.conflict_rev(store, c),
                }
            )
        else:
            where = f"table {c.table_number} " if c.table_number is not None else ""
            gone = " (the record is deleted)" if c.deleted else ""
            rev = conflicts.conflict_rev(store, c)
            print(f"{c.id}  {where}{c.record_type} {short_id(c.record_id)} {c.field}{gone}  (rev {rev})")
            ours_line, theirs_line = _shown_apart(c.ours, c.theirs)
            print(f"    ours:   {ours_line}")
            print(f"            by {ours.english()}, edited {_edited(ours.written[0] or c.ours_stamp[0])}")
            print(f"    theirs: {theirs_line}")
            print(
                f"            by {theirs.english()}, edited {_edited(theirs.written[0] or c.theirs_stamp[0])}"
            )
    if not found and not args.json:
        print("no open conflicts")
    return 0


def _changed_since(store, changed: conflicts.ConflictChanged) -> str:
    from app.bundles.contributors import writer_of

    here = changed.writer_origin == store.origin
    writer = None if here else writer_of(store, changed.writer_origin)
    who = (
        "another command or window of this workspace"
        if here
        else writer.name
        if writer is not None
        else "someone else"
    )
    c = changed.conflict
    return (
        f"conflict {c.id[:8]} changed after rev {changed.given} (the {c.record_type}'s {c.field}, or a value"
        f" beside it, by {who}); nothing was written: see it with `rundabord conflict list`, and settle it"
        f" on what it is now with --expect-rev {changed.now}"
    )


def _resolve(args: argparse.Namespace) -> int:
    store = open_workspace(args).store
    if args.text is not None:
        choice, text = "text", args.text
    else:
        choice, text = args.keep, None
    if choice is None:  # argparse's required group makes this unreachable; keep the message anyway
        raise UserError("say what to keep: --keep ours, --keep theirs or --text TEXT")
    expected = args.expect_rev
    if expected is None and store.dialect != "sqlite":
        raise UserError(
            f"others share this store: give the rev of conflict {args.id} you read, --expect-rev REV (see"
            " `rundabord conflict list`), or --expect-rev any to settle whatever is there now"
        )
    try:
        resolution = conflicts.resolve(
            store,
            args.id,
            choice,
            text,
            expected_rev=None if expected in (None, "any") else expected,
            conference_id=args.conference,
        )
    except conflicts.ConflictChanged as changed:
        raise UserError(_changed_since(store, changed)) from None
    kept = "the edited text" if choice == "text" else choice
    # The resolution has an id of its own: that is what undoing it takes.
    print(f"resolved {args.id}: kept {kept} (to undo: rundabord conflict reopen {resolution[:8]})")
    decided = store.require("conflict_resolution", resolution)
    if decided["record_type"] in conflict_copies.SHARED_TYPES:
        shared = conflict_copies.conferences_sharing(store, decided["record_type"], decided["record_id"])
        titles = ", ".join(conferences.conference(store, c).title for c in shared) or "no conference"
        print(f"  the {decided['record_type']} is shared: the decision travels in the follow-ups of {titles}")
    return 0
