"""`rundabord table facts`: read or set a table's participant count and its age/gender bands.

The twin of the chair's Table facts dialog (and a way for the secretariat to enter the facts of a table
that reported on paper). Bands are aggregate counts with no names, given as KEY=COUNT.

It prints the facts' rev (a digest of the count and the bands as shown); a write takes it back as
`--expect-rev` and writes nothing when another secretary changed the facts since. A band given adds to
the bands read, so without the check a colleague's band set meanwhile would be dropped unseen. Required
on a shared PostgreSQL store (`any` writes over whatever is there), as with `note edit`.
"""

from __future__ import annotations

import argparse
from typing import Any

from app import conferences, edits
from app.cli.common import open_workspace, plural, print_json_line
from app.cli.expect import needs_rev, who_changed
from app.errors import UserError
from app.model import Table
from app.revs import rev_digest
from app.store import Store


def _table_actions(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:
    parser = subparsers.choices["table"]  # registered by app.cli.prepare_cmds
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the table command has no actions")  # a programming error, not a user's


def register(subparsers: argparse._SubParsersAction) -> None:
    facts = _table_actions(subparsers).add_parser(
        "facts",
        help="show or set a table's participant count and age/gender bands",
        description="Without options, prints the table's facts. Bands are counts without names:"
        f" {', '.join(conferences.BANDS)}. A band set to 0 is removed.",
    )
    facts.add_argument("--conference", required=True, metavar="ID")
    facts.add_argument("number", type=int, metavar="N", help="the table's number")
    facts.add_argument("--participants", type=int, metavar="COUNT")
    facts.add_argument(
        "--band", action="append", default=[], metavar="KEY=COUNT", help="e.g. age:25-44=3 (repeatable)"
    )
    facts.add_argument("--clear-bands", action="store_true", help="remove every band before --band")
    facts.add_argument("--json", action="store_true", help="one JSON object")
    facts.add_argument(
        "--expect-rev",
        metavar="REV",
        help="the facts' rev as this command printed it: refused if they changed since; 'any' writes over"
        " whatever is there (default: required on a shared PostgreSQL store, else any)",
    )
    facts.set_defaults(handler=_facts)


def _parse_band(text: str) -> tuple[str, int]:
    key, sep, count = text.partition("=")
    if not sep or key not in conferences.BANDS:
        raise UserError(f"--band {text!r}: use KEY=COUNT with KEY one of {', '.join(conferences.BANDS)}")
    try:
        value = int(count)
    except ValueError:
        raise UserError(f"--band {text!r}: the count must be a whole number") from None
    return key, value


@edits.aspect("table-facts")
def _facts_now(store: Store, table_id: str) -> tuple[Any, str]:
    """The facts' rev as they are now, and whose edit made them so."""
    record = store.get("table", table_id, include_deleted=True)
    if record is None:
        return None, ""
    stamps = [record["stamps"][name] for name in ("participants", "bands") if name in record["stamps"]]
    return facts_rev(Table.from_record(record)), max(stamps)[1] if stamps else ""


def facts_rev(table: Table) -> str:
    shown = [table.participants, sorted(table.bands.items())]
    return rev_digest(shown)


def _facts(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    conference = conferences.conference(store, args.conference)
    table = conferences.table(store, conference.id, args.number)
    changes = dict(_parse_band(text) for text in args.band)  # every band checked before anything is written
    if args.participants is not None and args.participants < 0:
        raise UserError("participants cannot be negative")
    if args.participants is not None or changes or args.clear_bands:
        expected = args.expect_rev
        listing = f"table facts --conference {args.conference} {args.number}"
        needs_rev(store, expected, f"table {args.number}'s facts", listing)

        def write() -> None:
            now = conferences.table(store, conference.id, args.number)  # read under the lock
            bands = {} if args.clear_bands else dict(now.bands)
            bands.update(changes)
            bands = {key: count for key, count in bands.items() if count != 0}
            participants = now.participants if args.participants is None else args.participants
            _check_totals(participants, bands)
            new_bands = bands if (changes or args.clear_bands) else None
            conferences.set_table_facts(
                store, conference.id, args.number, participants=args.participants, bands=new_bands
            )

        seen = [] if expected in (None, "any") else [edits.Seen(table.id, "table-facts", expected.strip())]
        try:
            edits.save_as_seen(store, seen, write, lock=[table.id])
        except edits.ChangedMeanwhile as exc:
            [change] = exc.changes
            raise UserError(
                f"table {args.number}'s facts were changed by {who_changed(change)} after rev"
                f" {expected.strip()} (they are at rev {change.now} now); nothing was written: see them"
                f" with `rundabord {listing}` and write again"
            ) from None
        table = conferences.table(store, conference.id, args.number)
    _print(table, args.json)
    return 0


def _check_totals(participants: int, bands: dict[str, int]) -> None:
    for group, name in ((conferences.AGE_BANDS, "age"), (conferences.GENDER_BANDS, "gender")):
        total = sum(bands.get(key, 0) for key in group)
        if total > participants:
            raise UserError(f"the {name} bands add up to {total}, more than the {participants} participants")


def _print(table: Table, as_json: bool) -> None:
    ordered = {key: table.bands[key] for key in conferences.BANDS if key in table.bands}
    ordered.update({k: v for k, v in table.bands.items() if k not in ordered})  # whatever else a chair sent
    if as_json:
        shown = {"number": table.number, "participants": table.participants, "bands": ordered}
        print_json_line({**shown, "rev": facts_rev(table)})
        return
    bands = "  ".join(f"{key}={count}" for key, count in ordered.items()) or "no bands"
    people = plural(table.participants, "participant")
    print(f"table {table.number}: {people}; {bands}  (rev {facts_rev(table)})")
