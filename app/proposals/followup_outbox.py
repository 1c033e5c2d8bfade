"""Chairs' follow-ups already in the outbox when what they carry changes (app/proposals/exchange.py).

Each chairs' follow-up carries its table's state at signing. A newer one of the same table supersedes
it; a note left out after it was signed makes it a bundle that would still deliver the note. So:

- `withdraw_pending`: a chairs' follow-up still waiting in the outbox (sent to no target) that is
  superseded, or holds a note now left out, is removed from the outbox before sync sends it;
- `sent_holding`: those already sent (to a sync target, where laptops of that table may take them)
  that hold a note now left out, so that the secretary is told which, and can act on the target.

Nothing here touches a sync target: a bundle there may already be on a laptop, and one removed from a
folder target may live on in its copies.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.bundles.format import KIND_PACK, MANIFEST, TABLE_SCOPED
from app.sync import outbox
from app.workspace import Workspace


@dataclass(frozen=True)
class Sent:
    name: str  # the bundle's file name
    table: int
    targets: tuple[str, ...]  # where it was sent
    notes: tuple[str, ...]  # the left-out notes it holds


@dataclass
class Withdrawal:
    removed: list[str] = field(default_factory=list)  # file names taken out of the outbox
    sent: list[Sent] = field(default_factory=list)
    # Left in the outbox because a sync of this workspace was running: it may be on its way (file names).
    maybe_sent: list[Sent] = field(default_factory=list)


def _chairs_followups(workspace: Workspace, conference_id: str, table: int | None):
    for entry in outbox.entries(workspace.outbox_dir):
        if entry.problem or entry.kind != KIND_PACK or entry.conference_id != conference_id:
            continue
        if len(entry.tables) != 1 or (table is not None and entry.tables[0] != table):
            continue
        try:
            manifest = outbox.read_routing(entry.path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            continue
        if TABLE_SCOPED in (manifest.get("requires") or []):
            yield entry


def _note_ids(path: Path) -> set[str]:
    """The note ids a bundle of this workspace's own outbox carries (its own signed file)."""
    from app.bundles.codec import decode_records

    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        data = archive.read("records.jsonl")
    records = decode_records(data, manifest.get("records_encoding", "jsonl")).records
    return {r["id"] for r in records if r["type"] == "note"}


def withdraw_pending(
    workspace: Workspace, conference_id: str, table: int | None = None, *, keep: str = ""
) -> Withdrawal:
    """Remove the chairs' follow-ups of `table` (every table: None) waiting in the outbox that a newer
    one supersedes (any but `keep`, the bundle id just signed) or that hold a note now left out; list
    the sent ones that hold a note now left out."""
    from app.sync.busy import one_sync_at_a_time
    from app.sync.errors import SyncError

    try:  # a sync uploading the file while it is unlinked sends it all the same: not while one runs
        with one_sync_at_a_time(workspace.dir):
            return _withdraw(workspace, conference_id, table, keep)
    except SyncError:  # another sync holds the lock (or none can be taken): say what may have gone
        return _withdraw(workspace, conference_id, table, keep, running=True)


def _withdraw(
    workspace: Workspace, conference_id: str, table: int | None, keep: str, *, running: bool = False
) -> Withdrawal:
    from app.proposals.to_chairs import left_out_ids

    out = left_out_ids(workspace.store, conference_id)
    done = Withdrawal()
    for entry in _chairs_followups(workspace, conference_id, table):
        if entry.bundle_id == keep:
            continue
        held = _note_ids(entry.path) & out
        reached = tuple(target for target, _at in outbox.sent_to(workspace.store, entry.sha256))
        if reached:
            if held:
                done.sent.append(Sent(entry.name, entry.tables[0], reached, tuple(sorted(held))))
        elif running:
            if held:
                done.maybe_sent.append(Sent(entry.name, entry.tables[0], (), tuple(sorted(held))))
        elif keep or held:
            entry.path.unlink(missing_ok=True)
            done.removed.append(entry.name)
    return done


def withdraw_left_out(workspace: Workspace, conference_ids: Iterable[str]) -> Withdrawal:
    """The one step after anything leaves notes out of these conferences, by whatever path: the
    review's right click (and the undo or redo that leaves them out again), an omit decision in the
    personal-data review, `privacy leave-out`, `privacy decide --leave-out`. Every chairs' follow-up
    waiting in the outbox that holds a note now left out is removed; the sent ones holding one are
    listed. The faces only say what it did."""
    done = Withdrawal()
    for conference_id in dict.fromkeys(conference_ids):
        one = withdraw_pending(workspace, conference_id)
        done.removed += one.removed
        done.sent += one.sent
        done.maybe_sent += one.maybe_sent
    return done


def after_leaving_out(workspace: Workspace, note_ids: list[str]) -> Withdrawal:
    """`withdraw_left_out` for the conferences of these notes."""
    from app import notes

    return withdraw_left_out(workspace, [notes.note(workspace.store, n).conference_id for n in note_ids])


def withdraw_before_sync(workspace: Workspace) -> list[str]:
    """Sync's own net, under its lock before it sends: a chairs' follow-up sent nowhere yet that holds a
    note now left out, by whatever path (one that did not call `withdraw_left_out`, or one that ran
    while a sync held the lock), is taken out of the outbox. File names removed."""
    from app.proposals.to_chairs import left_out_ids

    removed: list[str] = []
    out: dict[str, set[str]] = {}
    for entry in outbox.entries(workspace.outbox_dir):
        if entry.problem or entry.kind != KIND_PACK or len(entry.tables) != 1:
            continue
        if outbox.sent_to(workspace.store, entry.sha256):
            continue
        if entry.conference_id not in out:
            out[entry.conference_id] = left_out_ids(workspace.store, entry.conference_id)
        if not out[entry.conference_id]:  # nothing left out: no bundle to open
            continue
        try:
            manifest = outbox.read_routing(entry.path)
            scoped = TABLE_SCOPED in (manifest.get("requires") or [])
            if scoped and _note_ids(entry.path) & out[entry.conference_id]:
                entry.path.unlink(missing_ok=True)
                removed.append(entry.name)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            continue
    return removed


def describe(done: Withdrawal) -> list[str]:
    """The withdrawal in English lines, for the CLI."""
    lines = [f"removed from the outbox, not sent: {name}" for name in done.removed]
    for s in done.maybe_sent:
        lines.append(
            f"a sync is running, so {s.name} (table {s.table}), which holds {len(s.notes)} note(s) now left"
            " out, stayed in the outbox and may already have been sent: once the sync has finished, export"
            " that table's follow-up again, which takes it out or says where it went"
        )
    for s in done.sent:
        lines.append(
            f"already sent to {', '.join(s.targets)}, and holds {len(s.notes)} note(s) now left out:"
            f" {s.name} (table {s.table}); a laptop of that table may have taken it: deleting the file there"
            " stops the laptops that have not taken it yet, and one that took it keeps the note"
        )
    return lines
