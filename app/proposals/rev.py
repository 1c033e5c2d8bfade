"""A proposal's rev: what a command line showed of it, handed back to say what an edit was made on.

A note has a rev of its own; a proposal does not (it is read from its note or merged group, its status
changes, its summary and its links). Its rev is therefore a digest of the five aspects a window
remembers of it (app/proposals/as_seen.py), one short hash each, in the order of `ASPECTS`:

    3f2a9c-9c1d07-000000-a1b2c3-77e0f1     status-wording-summary-members-links

`proposal show` and `proposal list --json` print it; `--expect-rev` gives it back, and the edit is
checked through the one check (`edits.save_as_seen`): nothing is written when any aspect differs now,
and the refusal names each one that does and who changed it. A hash per aspect, not one for all, is what
lets it say which. Six hex digits each: a change going unnoticed by chance is one in 16 million.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from app import edits
from app.edits import Seen
from app.errors import Said, UserError
from app.messages import Message, message
from app.proposals.as_seen import ASPECTS, save_as_seen
from app.proposals.catalogue import Proposal, expand_prefix, find_proposal
from app.store import Store
from app.typed_ids import short_id

T = TypeVar("T")
DIGITS = 6
_SHAPE = re.compile("-".join([f"[0-9a-f]{{{DIGITS}}}"] * len(ASPECTS)) + "$")


def _hashed(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGITS]


def _digest_reader(name: str) -> edits.Reader:
    def read(store: Store, key: str) -> tuple[Any, str]:
        value, origin = edits.read_with_origin(store, key, name)
        return _hashed(value), origin

    return read


# Each aspect's hash is an aspect of its own ("wording#"), so the one check compares it as it is now.
for _name in ASPECTS:
    edits.aspect(f"{_name}#")(_digest_reader(_name))


def rev_of(store: Store, proposal: Proposal) -> str:
    """The proposal's rev as a command prints it (its card's own aspects, the summary and links read now)."""
    from app.proposals.as_seen import shown

    return "-".join(_hashed(s.value) for s in shown(store, proposal, *ASPECTS))


def seen_at(proposal_id: str, rev: str) -> list[Seen]:
    """What a command saw of the proposal, from the rev it was given; a rev of another shape is refused."""
    given = rev.strip().lower()
    if not _SHAPE.match(given):
        raise Said(message("proposal-rev-shape", rev=rev, id=short_id(proposal_id)))
    return [Seen(proposal_id, f"{name}#", part) for name, part in zip(ASPECTS, given.split("-"), strict=True)]


def edit_expecting(store: Store, proposal_id: str, expected: str | None, work: Callable[[], T]) -> T:
    """`work()` for a command that read the proposal at rev `expected`: refused, writing nothing, when
    anything it showed changed since. `None`: no rev given, which a store others share (PostgreSQL)
    refuses; "any" writes over whatever is there."""
    if expected is None and store.dialect != "sqlite":
        raise Said(message("proposal-rev-needed", id=proposal_id))
    if expected in (None, "any"):
        return save_as_seen(store, [], work)[0]
    proposal = find_proposal(store, proposal_id)  # an unknown id is "no proposal", not a change
    seen = seen_at(proposal.id, expected)
    try:
        return save_as_seen(store, seen, work)[0]
    except edits.ChangedMeanwhile as exc:
        raise _refused(store, proposal.id, expected, exc.changes) from None


def edit_expecting_each(
    store: Store, proposal_ids: list[str], expected: list[str] | None, work: Callable[[], T]
) -> T:
    """`edit_expecting` for an edit of several proposals at once (a merge): `expected` holds one rev for
    each of `proposal_ids`, in their order, or "any". A merge over a proposal decided, reworded or
    merged since would hide that change under the merged proposal, so it is refused as any edit is."""
    if (expected and all(rev == "any" for rev in expected)) or (not expected and store.dialect == "sqlite"):
        return save_as_seen(store, [], work)[0]
    if not expected or len(expected) != len(proposal_ids):
        raise Said(message("proposal-revs-needed", given=len(expected or []), count=len(proposal_ids)))
    # Each is checked under the record typed (a proposal note), not what it belongs to now: merged
    # meanwhile, it reads as changed (what it is merged from), not as an unknown proposal.
    typed = [expand_prefix(store, given) for given in proposal_ids]
    seen = [s for record_id, rev in zip(typed, expected, strict=True) for s in seen_at(record_id, rev)]
    try:
        return save_as_seen(store, seen, work)[0]
    except edits.ChangedMeanwhile as exc:
        first = exc.changes[0].seen.key
        given = expected[typed.index(first)]
        raise _refused(store, first, given, [c for c in exc.changes if c.seen.key == first]) from None


def _refused(store: Store, proposal_id: str, expected: str, changes: list[edits.Change]) -> Said:
    """The one-line refusal of an edit made on rev `expected` of a proposal changed since."""
    said = [_said(change).as_json() for change in changes]
    given = expected.strip()
    try:
        now = rev_of(store, find_proposal(store, proposal_id))
    except UserError:  # unmerged meanwhile: a merged proposal's id names no proposal now
        return Said(message("proposal-gone-meanwhile", id=short_id(proposal_id), rev=given, changes=said))
    return Said(
        message("proposal-changed-meanwhile", id=short_id(proposal_id), rev=given, now=now, changes=said)
    )


def _said(change: edits.Change) -> Message:
    """One changed aspect and who changed it, as data for the refusal."""
    who = (
        change.writer
        if change.writer
        else message("changed-here").as_json()
        if change.here
        else message("changed-by-someone").as_json()
    )
    aspect = change.seen.aspect.rstrip("#")
    if aspect == "status":
        return message("proposal-status-changed", who=who)
    if aspect == "wording":
        return message("proposal-wording-changed", who=who)
    if aspect == "summary":
        return message("proposal-summary-changed", who=who)
    if aspect == "members":
        return message("proposal-members-changed", who=who)
    return message("proposal-links-changed", who=who)
