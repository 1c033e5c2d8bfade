"""`--expect-rev` for the command line's edits of one record: a write made on what a listing printed.

A listing (`conference list`, `question list`, `table list`, `process list`, `theme list`) prints each
record's rev: a short digest of the record's id and the fields the command shows and an edit overwrites
(a table's facts have a rev of their own, app/cli/table_facts_cmds.py). An edit takes it back as
`--expect-rev` and is refused in one line, nothing written, when the record is not what was printed any
more: another secretary's change of the same field is never overwritten unseen. The id is part of the
digest, so a record typed by its number (question 3, table 4) that another record took the place of
meanwhile is refused as well. On a store others share (PostgreSQL) the rev is required, as with
`note edit`; `--expect-rev any` writes over whatever is there. A one-person SQLite store checks only
when asked. The check is the one every edit made on what was seen goes through (`edits.save_as_seen`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from app import edits
from app.errors import UserError
from app.revs import rev_digest
from app.store import Store

T = TypeVar("T")

# Per record type, the fields a listing shows of it and an edit overwrites: what its rev digests.
SHOWN: dict[str, tuple[str, ...]] = {
    "process": ("name", "organisation"),
    "theme": ("name",),
    "conference": ("title", "date", "venue", "round_minutes"),
    "question": ("position", "text", "round_minutes"),
    "table": ("number", "name", "chair_name"),
}


def _shown(kind: str, record: dict[str, Any] | None) -> Any:
    if record is None or record.get("deleted"):
        return None
    return [record["id"], *(record.get(name) for name in SHOWN[kind])]


def rev_of(store: Store, kind: str, record_id: str) -> str:
    """The record's rev as a listing prints it."""
    return rev_digest(_shown(kind, store.get(kind, record_id)))


def _reader(kind: str) -> edits.Reader:
    def read(store: Store, record_id: str) -> tuple[Any, str]:
        record = store.get(kind, record_id)
        stamps = [record["stamps"][n] for n in SHOWN[kind] if n in record["stamps"]] if record else []
        return rev_digest(_shown(kind, record)), max(stamps)[1] if stamps else ""

    return read


for _kind in SHOWN:
    edits.aspect(f"{_kind}-shown")(_reader(_kind))


def add_expect_rev(parser: argparse.ArgumentParser, listing: str) -> None:
    parser.add_argument(
        "--expect-rev",
        metavar="REV",
        help=f"the rev `{listing}` printed: refused if it changed since; 'any' writes over whatever is"
        " there (default: required on a shared PostgreSQL store, else any)",
    )


def who_changed(change: edits.Change) -> str:
    """Who made a change the command had not seen, as a refusal names her."""
    return change.writer or ("another command or window of this workspace" if change.here else "someone else")


def needs_rev(store: Store, expected: str | None, what: str, listing: str) -> None:
    """On a store others share, an edit names the rev it was made on (or `any`)."""
    if expected is None and store.dialect != "sqlite":
        raise UserError(
            f"others share this store: give the rev of {what} you read, --expect-rev REV (see"
            f" `rundabord {listing}`), or --expect-rev any to write over whatever is there now"
        )


def write_expecting(
    store: Store,
    expected: str | None,
    kind: str,
    record_id: str,
    what: str,
    listing: str,
    work: Callable[[], T],
    *,
    lock: Iterable[str] = (),
) -> T:
    """`work()` for a command that read `what` (record `record_id` of type `kind`) at rev `expected`:
    refused in one line, writing nothing, when it is at another rev now. `listing`: the command that
    prints the rev (without `rundabord`)."""
    needs_rev(store, expected, what, listing)
    seen = (
        []
        if expected in (None, "any")
        else [edits.Seen(record_id, f"{kind}-shown", expected.strip().lower())]
    )
    try:
        return edits.save_as_seen(store, seen, work, lock=[record_id, *lock])[0]
    except edits.ChangedMeanwhile as exc:
        change = exc.changes[0]
        now = f"it is at rev {change.now} now" if change.now != rev_digest(None) else "it is gone now"
        raise UserError(
            f"{what} was changed by {who_changed(change)} after rev {expected.strip()} ({now}); nothing"
            f" was written: see it with `rundabord {listing}` and write again"
        ) from None
