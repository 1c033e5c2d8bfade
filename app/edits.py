"""Saving an edit made against what the window showed, on a store other people write to at the same time.

Two secretaries open the same note; Britt saves first, then Anna. Anna's window showed the note as it was
before Britt's save (`seen_rev`), so Anna's edit must not silently overwrite Britt's: Anna's value is
written, and Britt's stays open beside it as a conflict, shown side by side in the conflicts panel
for a person to choose (`app.conflicts.resolve`). The causal record says so too: the state Anna wrote
is recorded as knowing only what she had seen, so every later merge and refresh keeps the conflict
open until it is settled.

Every field a secretary edits on a note (text, kind, theme tags, votes) is saved this way, and so is
each undo and redo of it: a step's `seen` is then the version its own previous save left. A field last
changed by the saver's own earlier step is no change underneath; a window names its steps' saves
(`own`), so another window of the same workspace (one origin: two windows on one SQLite workspace) is
told apart from it. The causal record cannot say that one origin's later save had not seen its earlier
one (a workspace's edits are one history), so such a version is recorded as one to weigh again, as a
reopened conflict is: a resolution written and withdrawn in one step, which every store its tombstone
reaches opens too, until someone settles it.

Edits that cannot keep both values (a proposal's wording, its summary, a merge, a link, a status
decision) or that come from a command line with no one to choose are *asked* instead: the caller names
what it showed (`Seen`: a thing, one aspect of it and its value then) and `save_as_seen` writes nothing
when any of it is different now, raising `ChangedMeanwhile` with who changed what, so the secretary can
choose between hers and theirs, side by side. Each aspect has one reader (`aspect`), which says what it
is now and who last changed it; values are compared, not clocks, so two windows of one workspace (one
origin) are told apart as well as two secretaries. A step's undo and redo are checked against what its
own previous save left (`save_as_seen` returns it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from app import notes
from app.conflicts import weigh_again
from app.errors import UserError
from app.merge.frontier import load_knowledge, load_open_versions, open_losers, replace_conflicts
from app.records import record_type
from app.store import Store, wire_record
from app.typed_ids import short_id

Stamp = tuple[str, str]  # (rev, origin)


def edit_note_as_seen(
    store: Store, note_id: str, seen_rev: str, own: set[Stamp] | None = None, **changes: Any
) -> list[str]:
    """`notes.edit_note`, for a window that showed the note at `seen_rev`. Returns the fields another
    writer had changed since then (each now an open conflict); empty when nothing changed under her."""
    return edit_notes_as_seen(store, {note_id: seen_rev}, {note_id: changes}, own).get(note_id, [])


def edit_notes_as_seen(
    store: Store, seen: dict[str, str], changes: dict[str, dict[str, Any]], own: set[Stamp] | None = None
) -> dict[str, list[str]]:
    """Several notes' edits (text, kind, themes, votes) as one step, all or none; `seen`: each note's rev
    as the window showed it ("" for an edit that does not care). Returns, per note that another writer
    changed meanwhile, the fields now open as conflicts beside this edit."""
    return save_notes_as_seen(store, seen, changes, own)[0]


def save_notes_as_seen(
    store: Store, seen: dict[str, str], changes: dict[str, dict[str, Any]], own: set[Stamp] | None = None
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """`edit_notes_as_seen`, and each note's rev as this save left it, read in the same transaction:
    what the step's undo or redo saw (another secretary's save right after this one is then no part of
    it, and is noticed). `own`: the saves of the window saving (its steps'), grown by this one; a change
    by this workspace that is not among them is another window's or command's. None: every change by
    this workspace counts as the saver's own."""
    rt = record_type("note")
    clashes: dict[str, list[str]] = {}
    with store.transaction():
        store.lock_records(sorted(changes))  # another secretary's save of these notes waits for this one
        for note_id, fields in changes.items():
            seen_rev = seen.get(note_id, "")
            before = store.require("note", note_id)
            changed_under = {
                name: (tuple(before["stamps"][name]), before[name])
                for name, value in fields.items()
                if _changed_by_another(store, before, name, seen_rev, own) and before[name] != value
            }
            # What was open before the save: the save knew less than the edit alone would say, and
            # what it had not seen stays open (weighed with what it knew, below).
            open_earlier = load_open_versions(store, note_id) if changed_under else {}
            notes.edit_note(store, note_id, **fields)
            if changed_under:
                _keep_unseen(store, rt.name, note_id, seen_rev, changed_under, open_earlier)
                clashes[note_id] = sorted(changed_under)
        saved = revs(store, list(changes))
    if own is not None:  # the fields this save wrote carry the note's new rev
        own.update((rev, store.origin) for rev in saved.values())
    return clashes, saved


def _changed_by_another(
    store: Store, before: dict[str, Any], name: str, seen_rev: str, own: set[Stamp] | None
) -> bool:
    """Whether another writer (not the saver's own earlier steps) changed the field after `seen_rev`."""
    rev, origin = before["stamps"].get(name, ["", ""])
    if not seen_rev or rev <= seen_rev:
        return False
    if origin != store.origin:
        return True
    return own is not None and (rev, origin) not in own


def revs(store: Store, note_ids: list[str]) -> dict[str, str]:
    """Each note's rev as stored now: what an undo step saw after its own save."""
    return {note_id: store.require("note", note_id)["rev"] for note_id in note_ids}


def _keep_unseen(
    store: Store,
    type_name: str,
    record_id: str,
    seen_rev: str,
    unseen: dict[str, tuple[Any, Any]],
    open_earlier: dict[str, list[tuple[Stamp, Any]]],
) -> None:
    rt = record_type(type_name)
    row = store.conn.execute(f"SELECT * FROM {rt.table} WHERE id = ?", (record_id,)).fetchone()
    current = wire_record(rt, row)
    # Versions of this workspace's own origin that the save had not seen (another window's): the causal
    # record cannot say one origin's later save had not seen its earlier one, so they are weighed again.
    conference_id = current["fields"].get("conference_id")
    own = {n: v for n, v in unseen.items() if v[0][1] == store.origin}
    weigh_again(store, rt.name, record_id, conference_id, own)
    # What the writer had seen: per origin, the latest stamp of the row as it was at `seen_rev`.
    seen: dict[str, str] = {}
    for rev, origin in (tuple(s) for s in current["stamps"].values()):
        if rev <= seen_rev and seen.get(origin, "") < rev:
            seen[origin] = rev
    store.conn.execute(
        "UPDATE merge_lineage SET knows = ? WHERE record_id = ? AND rev = ? AND origin = ?",
        (json.dumps(sorted([r, o] for o, r in seen.items())), record_id, current["rev"], current["origin"]),
    )
    knowledge = load_knowledge(store, record_id)
    weighed = {name: list(open_earlier.get(name, [])) for name in rt.fields}
    for name, (stamp, value) in unseen.items():
        weighed[name].append((stamp, value))
    losers = open_losers(rt, current, weighed, knowledge)
    replace_conflicts(
        store.conn, rt, record_id, load_open_versions(store, record_id), losers, current["fields"]
    )


# -- asked: nothing is written over a change the caller did not see -------------------------------------

T = TypeVar("T")
Reader = Callable[[Store, str], tuple[Any, str]]  # (the aspect's value now, origin of its last change)
_READERS: dict[str, Reader] = {}


def aspect(name: str) -> Callable[[Reader], Reader]:
    """Register the reader of one aspect (a note's "rev", a proposal's "wording", ...)."""

    def register(reader: Reader) -> Reader:
        _READERS[name] = reader
        return reader

    return register


@dataclass(frozen=True)
class Seen:
    """One aspect of one thing as a window or a command showed it."""

    key: str  # the thing's id: a note's, a proposal's
    aspect: str
    value: Any


@dataclass(frozen=True)
class Change:
    seen: Seen
    now: Any  # the aspect's value now (None: the thing is gone)
    writer: str  # who changed it, by name ("" when this store cannot name her, or it was this workspace)
    here: bool  # this workspace itself changed it (another of its windows or commands)


class ChangedMeanwhile(UserError):
    """What the caller saw has been changed since by someone else; nothing was written."""

    def __init__(self, changes: list[Change]) -> None:
        self.changes = changes
        described = "; ".join(_described(c) for c in changes)
        super().__init__(f"changed meanwhile: {described}")


def _described(change: Change) -> str:
    who = change.writer or ("another window or command here" if change.here else "another secretary")
    return f"the {change.seen.aspect} of {short_id(change.seen.key)} by {who}"


def read(store: Store, key: str, name: str) -> Any:
    """One aspect of one thing as it is now."""
    return _READERS[name](store, key)[0]


def read_with_origin(store: Store, key: str, name: str) -> tuple[Any, str]:
    """One aspect of one thing as it is now, and the origin of its last change."""
    return _READERS[name](store, key)


def seen_now(store: Store, keys: Iterable[str], aspects: Iterable[str]) -> list[Seen]:
    """These aspects of these things as they are now: what a window shows, or a step's save left."""
    names = list(aspects)
    return [Seen(key, name, read(store, key, name)) for key in keys for name in names]


def changes_since(store: Store, seen: Iterable[Seen]) -> list[Change]:
    """What is different now from what was seen, and who made it so."""
    from app.bundles.contributors import writer_of

    found = []
    for item in seen:
        now, origin = _READERS[item.aspect](store, item.key)
        if now == item.value:
            continue
        writer = writer_of(store, origin) if origin else None
        here = origin == store.origin
        found.append(Change(item, now, writer.name if writer is not None and not here else "", here))
    return found


def save_as_seen(
    store: Store, seen: list[Seen], work: Callable[[], T], *, lock: Iterable[str] = ()
) -> tuple[T, list[Seen]]:
    """`work()`, in one transaction, unless what was seen changed since: then nothing is written and
    ChangedMeanwhile says what and by whom. Returns what `work` returned, and the same aspects as the
    save left them (what the step's undo or redo saw). `lock`: more record ids another writer's save
    of the same things waits for (the seen keys are always locked)."""
    with store.transaction():
        store.lock_records(sorted({*(s.key for s in seen), *lock}))
        changed = changes_since(store, seen)
        if changed:
            raise ChangedMeanwhile(changed)
        result = work()
        after = [Seen(s.key, s.aspect, read(store, s.key, s.aspect)) for s in seen]
    return result, after


@aspect("rev")
def _note_rev(store: Store, note_id: str) -> tuple[Any, str]:
    record = store.get("note", note_id, include_deleted=True)
    return (record["rev"], record["origin"]) if record is not None else (None, "")


def edit_note_expecting(store: Store, note_id: str, expected_rev: str, **changes: Any) -> str:
    """`notes.edit_note` for a caller that read the note at `expected_rev` (the CLI's --expect-rev;
    "" checks nothing): refused with ChangedMeanwhile, writing nothing, when the note is at another rev
    now. Returns the rev the edit left, to expect next."""
    notes.note(store, note_id)  # an unknown id is "no note", not a change
    seen = [Seen(note_id, "rev", expected_rev)] if expected_rev else []
    _, after = save_as_seen(store, seen, lambda: notes.edit_note(store, note_id, **changes), lock=[note_id])
    return after[0].value if after else read(store, note_id, "rev")
