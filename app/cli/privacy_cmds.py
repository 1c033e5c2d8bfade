"""`rundabord privacy`: the personal-data review before a public report or open data is written.

rundabord privacy review --conference ID [--undecided] [--json]
rundabord privacy decide --conference ID (HIT... | --undecided) (--remove | --keep | --rewrite TEXT |
                                                                --leave-out)
rundabord privacy leave-out NOTE [--undo]

`--leave-out` leaves the whole note (or proposal) a finding stands in out of what is published, its
other findings with it; the internal minutes still print it. `privacy leave-out NOTE` leaves any note
out, one with no finding too (a private remark naming nobody the review knows); `--undo` publishes it
again, and a finding in it decided "leave out" in the review is undecided again.

`privacy review` prints each finding's rev (a digest of its id and its decision); `decide HIT...` takes
one `--expect-rev` per finding, in their order, and writes nothing when any of them was decided
otherwise since: another secretary's decision is never overwritten unseen. Required on a shared
PostgreSQL store (`any` decides over whatever is there). `--undecided` needs none: it decides only what
is undecided when it writes, read in its own transaction.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from app import conferences, edits
from app.cli.common import open_workspace, plural, print_json_line
from app.cli.expect import needs_rev, who_changed
from app.errors import UserError
from app.privacy.emptied import EMPTIED
from app.privacy.review import (
    OMIT,
    Decision,
    Hit,
    decide_all,
    decisions,
    find_hit,
    hit_id,
    review,
    undecided,
)
from app.revs import rev_digest
from app.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    privacy = subparsers.add_parser(
        "privacy",
        help="review personal data before publishing (public report, open data)",
        description="Every personal datum found in what would be published: identity and phone numbers, "
        "e-mail, personal web addresses, the names of known people, perhaps-names of others (maybe-name: "
        "a common given name and a surname, or a name after 'Kontaktperson:', 'kontakta', 'ring', 'mejla'), "
        "and each note that would say "
        "nothing once they are removed. Decide each one; the public report and open data are refused "
        "while any is undecided.",
    )
    commands = privacy.add_subparsers(dest="privacy_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("review", help="list the findings with their context and decision")
    listing.add_argument("--conference", required=True, metavar="ID")
    listing.add_argument("--undecided", action="store_true", help="only the findings still undecided")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_review)

    deciding = commands.add_parser(
        "decide", help="decide findings: remove, keep, rewrite or leave the note out"
    )
    deciding.add_argument("--conference", required=True, metavar="ID")
    deciding.add_argument("hits", nargs="*", metavar="HIT", help="finding ids (or their first characters)")
    deciding.add_argument("--undecided", action="store_true", help="every finding still undecided")
    action = deciding.add_mutually_exclusive_group(required=True)
    action.add_argument("--remove", action="store_true", help="leave it out of what is published")
    action.add_argument("--keep", action="store_true", help="publish it as written (it is not personal)")
    action.add_argument("--rewrite", metavar="TEXT", help="publish these words instead")
    action.add_argument(
        "--leave-out",
        action="store_true",
        help="leave the whole note or proposal it stands in out of what is published (a private remark)",
    )
    deciding.add_argument(
        "--expect-rev",
        action="append",
        metavar="REV",
        help="the rev `privacy review` printed, once for each HIT in their order: refused if it was decided"
        " otherwise since; 'any' decides over whatever is there (default: required on a shared PostgreSQL"
        " store, else any)",
    )
    deciding.set_defaults(handler=_decide)

    leaving = commands.add_parser(
        "leave-out",
        help="leave a note out of what is published, or (--undo) publish it again",
        description="Leave the note out of the public report, open data and proposal feedback, whether or"
        " not the review found personal data in it; the internal minutes still print it.",
    )
    leaving.add_argument("note", metavar="NOTE", help="the note's id (or its first characters)")
    leaving.add_argument(
        "--undo",
        action="store_true",
        help="publish it again; a finding in it decided 'leave out' in the review is undecided again",
    )
    leaving.set_defaults(handler=_leave_out)


def where(hit: Hit) -> str:
    src = hit.source
    if src.kind == "note":
        return f"table {src.table}, question {src.question}"
    if src.kind == "question":
        return f"question {src.question}"
    if src.kind == "proposal":
        return "proposal" if src.field == "text" else f"proposal's {src.field}"
    return f"public report's {src.part.replace('_', ' ')}"


def hit_rev(hit_key: str, decision: Decision | None) -> str:
    """A finding's rev: its id and its decision as `privacy review` shows them."""
    return rev_digest(
        [hit_key, decision.action if decision else None, decision.replacement if decision else None]
    )


@edits.aspect("privacy-hit")
def _hit_now(store: Store, key: str) -> tuple[Any, str]:
    """A finding's rev now (`key`: "CONFERENCE_ID:HIT_ID"), and who decided it."""
    conference_id, _, wanted = key.partition(":")
    for (source_id, field, match), decision in decisions(store, conference_id).items():
        if hit_id(source_id, field, match) == wanted:
            record = store.get("privacy_decision", decision.record_id)
            return hit_rev(wanted, decision), record["origin"] if record else ""
    return hit_rev(wanted, None), ""


def hit_line(hit: Hit) -> str:
    before, match, after = hit.context()
    state = hit.decision.action if hit.decision else OMIT if hit.left_out else "UNDECIDED"
    if hit.decision and hit.decision.action == "rewrite":
        state += f" -> {hit.decision.replacement!r}"
    if hit.kind == EMPTIED:  # the whole text: say why it is held back and what each decision does
        return (
            f"{hit.id}  {'says nothing':<17} {state:<10} {where(hit)}: [{' '.join(hit.found.text.split())}]"
            " would be published as nothing but removed personal data; --remove holds it back,"
            " --keep publishes it with its markers, --rewrite TEXT publishes your words instead"
            f"  (rev {hit_rev(hit.id, hit.decision)})"
        )
    rev = hit_rev(hit.id, hit.decision)
    return f"{hit.id}  {hit.kind:<17} {state:<10} {where(hit)}: {before}[{match}]{after}  (rev {rev})"


def print_hits(hits: list[Hit], out: TextIO) -> None:
    for hit in hits:
        print(hit_line(hit), file=out)


def _review(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    conference = conferences.conference(workspace.store, args.conference)
    hits = review(workspace.store, conference.id)
    waiting = undecided(hits)
    shown = waiting if args.undecided else hits
    if args.json:
        for hit in shown:
            print_json_line({**hit.as_json(), "rev": hit_rev(hit.id, hit.decision)})
        return 0
    print_hits(shown, sys.stdout)
    print(f"{plural(len(hits), 'finding')}, {len(waiting)} undecided", file=sys.stderr)
    return 0


def _decide(args: argparse.Namespace) -> int:
    if bool(args.hits) == bool(args.undecided):
        raise UserError("name the findings to decide, or give --undecided (not both)")
    workspace = open_workspace(args)
    store = workspace.store
    conference = conferences.conference(store, args.conference)
    action = "remove" if args.remove else "keep" if args.keep else OMIT if args.leave_out else "rewrite"
    if args.undecided:
        with store.transaction():
            store.lock_records([conference.id])  # two secretaries deciding all that is left: one at a time
            chosen = undecided(review(store, conference.id))
            decide_all(store, conference.id, chosen, action, args.rewrite or "")
    else:
        chosen = [find_hit(review(store, conference.id), h) for h in args.hits]
        _decide_expecting(store, args, conference.id, chosen, action)
    print(f"{plural(len(chosen), 'finding')} decided: {action}")
    from app.proposals.followup_outbox import describe, withdraw_left_out

    for line in describe(withdraw_left_out(workspace, [conference.id])):  # follow-ups holding a note left out
        print(line)
    return 0


def _decide_expecting(
    store: Store, args: argparse.Namespace, conference_id: str, chosen: list[Hit], action: str
) -> None:
    """The findings decided, checked against the revs `privacy review` printed of them."""
    expected = args.expect_rev
    listing = f"privacy review --conference {args.conference}"
    needs_rev(store, None if expected is None else expected[0], "each finding", listing)
    if expected is not None and expected != ["any"] and len(expected) != len(chosen):
        raise UserError(
            f"give one --expect-rev for each finding decided, in their order ({len(expected)} given for"
            f" {len(chosen)}): the rev `rundabord {listing}` printed, or --expect-rev any"
        )
    keys = [f"{conference_id}:{hit.id}" for hit in chosen]
    checked = [] if expected in (None, ["any"]) else list(zip(keys, expected, strict=True))
    seen = [edits.Seen(key, "privacy-hit", rev.strip().lower()) for key, rev in checked]

    def work() -> None:
        decide_all(store, conference_id, _again(store, conference_id, chosen), action, args.rewrite or "")

    try:
        edits.save_as_seen(store, seen, work, lock=keys)
    except edits.ChangedMeanwhile as exc:
        change = exc.changes[0]
        hit = change.seen.key.partition(":")[2]
        raise UserError(
            f"finding {hit} was decided by {who_changed(change)} after rev {change.seen.value} (it is at"
            f" rev {change.now} now); nothing was written: see it with `rundabord {listing}` and decide again"
        ) from None


def _again(store: Store, conference_id: str, chosen: list[Hit]) -> list[Hit]:
    """The findings as they are now, read under the lock: a decision made since is edited, not doubled."""
    now = {hit.id: hit for hit in review(store, conference_id)}
    return [now.get(hit.id, hit) for hit in chosen]


def _leave_out(args: argparse.Namespace) -> int:
    from app import notes
    from app.privacy import left_out

    workspace = open_workspace(args)
    store = workspace.store
    note_id = notes.typed_note_id(store, args.note, include_deleted=args.undo)
    if args.undo:
        changed = left_out.take_back(store, note_id)
        print(f"note {note_id} published again" if changed else f"note {note_id} was not left out")
    else:
        changed = left_out.leave_out(store, note_id)
        print(f"note {note_id} left out of what is published" + ("" if changed else " (it already was)"))
        from app.proposals.followup_outbox import after_leaving_out, describe

        for line in describe(after_leaving_out(workspace, [note_id])):  # chairs' follow-ups holding it
            print(line)
    return 0
