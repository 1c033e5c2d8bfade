"""`rundabord table facts`: read or set a table's participant count and its age/gender bands.

The twin of the chair's Table facts dialog (and a way for the secretariat to enter the facts of a table
that reported on paper). Bands are aggregate counts with no names, given as KEY=COUNT.
"""

from __future__ import annotations

import argparse

from app import conferences
from app.cli.common import open_workspace, plural, print_json_line
from app.errors import UserError
from app.model import Table


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


def _facts(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    store = workspace.store
    conference = conferences.conference(store, args.conference)
    table = conferences.table(store, conference.id, args.number)
    changes = dict(_parse_band(text) for text in args.band)  # every band checked before anything is written
    if args.participants is not None and args.participants < 0:
        raise UserError("participants cannot be negative")
    if args.participants is not None or changes or args.clear_bands:
        bands = {} if args.clear_bands else dict(table.bands)
        bands.update(changes)
        bands = {key: count for key, count in bands.items() if count != 0}
        participants = table.participants if args.participants is None else args.participants
        _check_totals(participants, bands)
        new_bands = bands if (changes or args.clear_bands) else None
        conferences.set_table_facts(
            store, conference.id, args.number, participants=args.participants, bands=new_bands
        )
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
        print_json_line({"number": table.number, "participants": table.participants, "bands": ordered})
        return
    bands = "  ".join(f"{key}={count}" for key, count in ordered.items()) or "no bands"
    print(f"table {table.number}: {plural(table.participants, 'participant')}; {bands}")
