"""Saving an edit made against what the window showed, on a store other people write to at the same time.

Two secretaries open the same note; Britt saves first, then Anna. Anna's window showed the note as it was
before Britt's save (`seen_rev`), so Anna's edit must not silently overwrite Britt's: Anna's value is
written, and Britt's stays open beside it as a conflict, shown side by side in the conflicts panel
for a person to choose (`app.conflicts.resolve`). The causal record says so too: the state Anna wrote
is recorded as knowing only what she had seen, so every later merge and refresh keeps the conflict
open until it is settled.

Every field a secretary edits on a note (text, kind, theme tags, votes) is saved this way, and so is
each undo and redo of it: a step's `seen` is then the version its own previous save left. A field last
changed by this workspace itself (its own earlier step) is no change underneath.
"""

from __future__ import annotations

import json
from typing import Any

from app import notes
from app.merge.frontier import load_knowledge, load_open_versions, open_losers, replace_conflicts
from app.records import record_type
from app.store import Store, wire_record


def edit_note_as_seen(store: Store, note_id: str, seen_rev: str, **changes: Any) -> list[str]:
    """`notes.edit_note`, for a window that showed the note at `seen_rev`. Returns the fields another
    writer had changed since then (each now an open conflict); empty when nothing changed under her."""
    return edit_notes_as_seen(store, {note_id: seen_rev}, {note_id: changes}).get(note_id, [])


def edit_notes_as_seen(
    store: Store, seen: dict[str, str], changes: dict[str, dict[str, Any]]
) -> dict[str, list[str]]:
    """Several notes' edits (text, kind, themes, votes) as one step, all or none; `seen`: each note's rev
    as the window showed it ("" for an edit that does not care). Returns, per note that another writer
    changed meanwhile, the fields now open as conflicts beside this edit."""
    return save_notes_as_seen(store, seen, changes)[0]


def save_notes_as_seen(
    store: Store, seen: dict[str, str], changes: dict[str, dict[str, Any]]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """`edit_notes_as_seen`, and each note's rev as this save left it, read in the same transaction:
    what the step's undo or redo saw (another secretary's save right after this one is then no part of
    it, and is noticed)."""
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
                if _changed_by_another(store, before, name, seen_rev) and before[name] != value
            }
            notes.edit_note(store, note_id, **fields)
            if changed_under:
                _keep_unseen(store, rt.name, note_id, seen_rev, changed_under)
                clashes[note_id] = sorted(changed_under)
        saved = revs(store, list(changes))
    return clashes, saved


def _changed_by_another(store: Store, before: dict[str, Any], name: str, seen_rev: str) -> bool:
    """Whether another writer (not this workspace's own earlier steps) changed the field after `seen_rev`."""
    rev, origin = before["stamps"].get(name, ["", ""])
    return bool(seen_rev) and rev > seen_rev and origin != store.origin


def revs(store: Store, note_ids: list[str]) -> dict[str, str]:
    """Each note's rev as stored now: what an undo step saw after its own save."""
    return {note_id: store.require("note", note_id)["rev"] for note_id in note_ids}


def _keep_unseen(
    store: Store, type_name: str, record_id: str, seen_rev: str, unseen: dict[str, tuple[Any, Any]]
) -> None:
    rt = record_type(type_name)
    row = store.conn.execute(f"SELECT * FROM {rt.table} WHERE id = ?", (record_id,)).fetchone()
    current = wire_record(rt, row)
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
    open_before = load_open_versions(store, record_id)
    weighed = {name: list(open_before.get(name, [])) for name in rt.fields}
    for name, (stamp, value) in unseen.items():
        weighed[name].append((stamp, value))
    losers = open_losers(rt, current, weighed, knowledge)
    replace_conflicts(store.conn, rt, record_id, open_before, losers)
