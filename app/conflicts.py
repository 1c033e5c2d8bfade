"""Open conflicts and their resolution: what a secretary reviews after a merge.

A conflict is a value that lost to a concurrent edit of the same field (app/merge.py keeps it). Resolving
keeps the current value ("ours"), the losing one ("theirs"), or an edited text; the choice is written as
a `conflict_resolution` record, which travels like any record, so every store that sees it closes the
same conflict the same way. A settled conflict can be reopened: its resolution is deleted (a tombstone,
which travels too), and every store that holds the tombstone opens again the versions it reviewed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from app.bundles.domain import field_problem
from app.conflict_copies import (
    KEPT_KEY,
    once_each,
    process_records,
    prune_withdrawn,
    same_decision,
    superseded,
    travels_with,
    with_withdrawn,
)
from app.conflict_rows import conflict_rows
from app.errors import NotFound, Said, UserError
from app.hlc import Stamp, StampError
from app.merge import refresh_conflicts, reviewed_versions, value_key
from app.messages import Message, message
from app.records import RECORD_TYPES, record_type
from app.revs import rev_digest
from app.store import Store
from app.typed_ids import SHORTEST, id_prefix

CHOICES = ("ours", "theirs", "text")
# The fields people fill with words of their own: only there can a secretary's own text stand in for
# both versions. A kind, a status or a question is picked from a few values; an id is no one's words.
OWN_WORDS = frozenset(
    ("text", "name", "chair_name", "title", "venue", "organisation", "decision", "reason", "owner", "contact")
) | {"caption"}
_KEPT_KEY = KEPT_KEY  # + a resolution's id: the value it kept, in this store (see kept_value)


@dataclass(frozen=True)
class Conflict:
    id: str
    record_type: str
    record_id: str
    field: str
    theirs: Any  # the value that lost
    theirs_stamp: tuple[str, str]  # (rev, origin) of the edit that wrote it
    ours: Any  # the value the record holds now
    ours_stamp: tuple[str, str]
    conference_id: str | None
    table_number: int | None
    deleted: bool  # the record itself is deleted (a tombstone won)


def _row_context(store: Store, type_name: str, record_id: str) -> dict[str, Any] | None:
    return store.get(type_name, record_id, include_deleted=True)


def open_conflicts(
    store: Store, conference_id: str | None = None, record_type: str | None = None
) -> list[Conflict]:
    """Open conflicts whose losing value differs from the value kept, oldest record first; `record_type`
    keeps those of one type of record (a table's facts, for the minutes).

    (Two concurrent edits that typed the same value stay in the table, so that every store agrees, but
    there is nothing to review in them.)
    """
    found: list[Conflict] = []
    rows = conflict_rows(store, conference_id, record_type)
    of_process = process_records(store, conference_id) if conference_id is not None else set()
    for row in rows:
        conflict = _conflict(store, row)
        if conflict is None or value_key(conflict.theirs) == value_key(conflict.ours):
            continue
        if conference_id is not None and conflict.conference_id != conference_id:
            if conflict.conference_id is not None or conflict.record_id not in of_process:
                continue
            # A process's or a theme's conflict is listed under every conference of the process, as
            # that conference's: settling it there sends the decision in that conference's follow-up.
            conflict = replace(conflict, conference_id=conference_id)
        found.append(conflict)
    return found


def open_in(store: Store, conference_ids: list[str]) -> list[Conflict]:
    """The conflicts open in any of these conferences, each once: a process's or a theme's is listed
    under every conference of the process, and is still one conflict to settle."""
    found: dict[str, Conflict] = {}
    for conference_id in sorted(set(conference_ids)):
        for conflict in open_conflicts(store, conference_id):
            found.setdefault(conflict.id, conflict)
    return list(found.values())


def _conflict(store: Store, row: Any) -> Conflict | None:
    if row["record_type"] not in RECORD_TYPES:
        return None
    record = _row_context(store, row["record_type"], row["record_id"])
    if record is None:
        return None
    field = row["field"]
    ours_stamp = record["stamps"].get(field) or ["", ""]
    table_number = record.get("table_number", record.get("number"))
    return Conflict(
        id=row["id"],
        record_type=row["record_type"],
        record_id=row["record_id"],
        field=field,
        theirs=json.loads(row["value"]),
        theirs_stamp=(row["rev"], row["origin"]),
        ours=record.get(field),
        ours_stamp=(ours_stamp[0], ours_stamp[1]),
        # A conference's own fields (its title, its venue) are listed under it, and their decision travels
        # in its follow-up.
        conference_id=record["id"] if row["record_type"] == "conference" else record.get("conference_id"),
        table_number=table_number if isinstance(table_number, int) else None,
        deleted=record["deleted"],
    )


def reviewed_of(resolution: dict[str, Any]) -> list[dict[str, Any]]:
    """The versions a resolution record says the secretary reviewed: {"rev", "origin", "value"}."""
    return reviewed_versions(json.dumps(resolution["reviewed"]))


def find_conflict(store: Store, conflict_id: str) -> Conflict:
    """An open conflict by its id, or by a unique prefix of at least 4 characters."""
    rows = store.conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id,)).fetchall()
    if not rows and len(conflict_id.strip()) >= SHORTEST:
        where, params = id_prefix(conflict_id)
        rows = store.conn.execute(f"SELECT * FROM conflicts WHERE {where}", params).fetchall()
    if len(rows) > 1:
        raise UserError(f"conflict id {conflict_id} is ambiguous; give more characters")
    conflict = _conflict(store, rows[0]) if rows else None
    if conflict is None:
        raise NotFound(f"no open conflict {conflict_id} (see `rundabord conflict list`)")
    return conflict


def conflict_rev(store: Store, conflict: Conflict) -> str:
    """A conflict as `conflict list` showed it, in eight hex digits: the version the record holds now (its
    stamp, and whether the record is deleted) and every value open beside it for the field, all of which
    resolving reviews at once. Another secretary's write to the field, her resolution of a value beside
    it, or a chair's value arriving since changes it."""
    beside = store.conn.execute(
        "SELECT id FROM conflicts WHERE record_id = ? AND field = ? ORDER BY id",
        (conflict.record_id, conflict.field),
    ).fetchall()
    seen = [list(conflict.ours_stamp), bool(conflict.deleted), [row[0] for row in beside]]
    return rev_digest(seen)


class ConflictChanged(UserError):
    """The conflict is no longer as the rev a command was given says; nothing was written."""

    def __init__(self, conflict: Conflict, given: str, now: str, writer_origin: str) -> None:
        self.conflict, self.given, self.now, self.writer_origin = conflict, given, now, writer_origin
        super().__init__(f"conflict {conflict.id} changed after rev {given} (it is at rev {now} now)")


def _newest_origin(store: Store, conflict: Conflict) -> str:
    """Whose edit is the newest among the versions a conflict's rev is read from."""
    stamps = [tuple(conflict.ours_stamp)] + [
        (row[0], row[1])
        for row in store.conn.execute(
            "SELECT rev, origin FROM conflicts WHERE record_id = ? AND field = ?",
            (conflict.record_id, conflict.field),
        )
    ]
    return max(stamps)[1]


def resolve(
    store: Store,
    conflict_id: str,
    choice: str,
    text: str | None = None,
    *,
    expected_rev: str | None = None,
    conference_id: str | None = None,
) -> str:
    """Settle a conflict: keep `ours`, `theirs`, or `text` (an edited text). Returns the resolution's id.

    Every value still open for the same field is reviewed at once: a field holds one value in the end.
    `expected_rev`: the conflict's rev as the caller showed it (`conflict_rev`); refused with
    ConflictChanged, writing nothing, when it is at another now. The record is locked and the conflict
    read again inside the transaction, so two secretaries settling it at once settle it once.
    A process's or a theme's conflict belongs to no one conference: the decision is written once for
    each conference of the process, so that it travels in every one's follow-up
    (app/conflict_copies.py); `conference_id`, the conference being viewed, must be one of them, and
    its copy's id is returned.
    """
    if choice not in CHOICES:
        raise Said(message("conflict-choice-unknown", choice=choice, choices=", ".join(CHOICES)))
    conflict = find_conflict(store, conflict_id)
    if (
        conflict.conference_id is None
        and conference_id
        and conflict.record_id not in process_records(store, conference_id)
    ):
        raise UserError(f"conflict {conflict.id} is not of conference {conference_id}'s process")
    rt = record_type(conflict.record_type)
    if choice == "text":
        why = own_text_refusal(conflict) or text_refusal(conflict, text or "")
        if why is not None:
            raise Said(why)
    with store.transaction():
        store.lock_records([conflict.record_id])
        conflict = find_conflict(store, conflict.id)  # settled meanwhile: "no open conflict"
        if (
            expected_rev is not None
            and (now := conflict_rev(store, conflict)) != expected_rev.strip().lower()
        ):
            raise ConflictChanged(conflict, expected_rev.strip(), now, _newest_origin(store, conflict))
        versions = [
            {"rev": rev, "origin": origin, "value": json.loads(value)}
            for value, rev, origin in store.conn.execute(
                "SELECT value, rev, origin FROM conflicts WHERE record_id = ? AND field = ? ORDER BY id",
                (conflict.record_id, conflict.field),
            )
        ]
        versions.append(
            {"rev": conflict.ours_stamp[0], "origin": conflict.ours_stamp[1], "value": conflict.ours}
        )
        versions = with_withdrawn(store, conflict.record_id, conflict.field, versions)
        # As texts: the lists of a record in a bundle may hold only texts and numbers.
        reviewed = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in versions]
        if choice != "ours":
            value = conflict.theirs if choice == "theirs" else text
            store.write(rt.name, conflict.record_id, {conflict.field: value})
        record = store.get(rt.name, conflict.record_id, include_deleted=True)
        assert record is not None  # found above, and records are never removed
        kept = record["stamps"][conflict.field]
        copies = {}
        for travels in travels_with(store, rt.name, conflict.record_id, conflict.conference_id):
            copies[travels] = store.write(
                "conflict_resolution",
                None,
                {
                    "conference_id": travels,
                    "record_type": rt.name,
                    "record_id": conflict.record_id,
                    "field": conflict.field,
                    "choice": choice,
                    "kept": kept,
                    "reviewed": reviewed,
                },
            )
        refresh_conflicts(store, rt.name, conflict.record_id)
        # What the decision kept, for saying it later: the resolution names it by its stamp only, and
        # the field may be edited again (or its value, an edited text, be nowhere else). Keeping "ours"
        # kept a version it reviewed, which the resolution itself holds.
        if choice != "ours":
            for copy_id in copies.values():
                store.meta_set(
                    _KEPT_KEY + copy_id, json.dumps(record.get(conflict.field), ensure_ascii=False)
                )
        prune_withdrawn(store, conflict.record_id)
        prune_kept(store)
    return copies.get(conference_id or "", next(iter(copies.values())))


def prune_kept(store: Store) -> int:
    """Forget what withdrawn resolutions kept (reopened here, or their tombstone arrived from another
    store): only a live resolution's is ever read (`kept_value`), so what is noted stays as many as the
    settled conflicts, however often a decision is reopened and taken again. Returns how many went."""
    with store.transaction():
        return store.conn.execute(
            "DELETE FROM meta WHERE key LIKE ? AND substr(key, ?) NOT IN"
            " (SELECT id FROM conflict_resolutions WHERE deleted = 0)",
            (_KEPT_KEY + "%", len(_KEPT_KEY) + 1),
        ).rowcount


def own_text_refusal(conflict: Conflict) -> Message | None:
    """Why no text of one's own can settle this conflict (its field is not words people write), or None."""
    rt = record_type(conflict.record_type)
    if rt.fields.get(conflict.field) is not str:
        return message("own-text-not-text", field=conflict.field, type=rt.name)
    if conflict.field not in OWN_WORDS:
        return message("own-text-chosen", field=conflict.field, type=rt.name)
    return None


def text_refusal(conflict: Conflict, text: str) -> Message | None:
    """Why `text` cannot settle the conflict (empty, or what another store's import would refuse), or None."""
    if not text.strip():
        return message("own-text-empty")
    # What another store's import would refuse (a text beyond the longest, say) must not be written
    # here: the follow-up bundle carrying it would be refused everywhere.
    problem = field_problem({"type": conflict.record_type, "fields": {conflict.field: text}})
    if problem is not None:
        return message("own-text-refused", field=conflict.field, problem=problem.as_json())
    return None


def edited_at(rev: str) -> datetime | None:
    """When the edit stamped `rev` was made (its writer's wall clock, local time); None for no stamp."""
    try:
        wall_ms = Stamp.parse(rev).wall_ms
    except StampError:
        return None
    return datetime.fromtimestamp(wall_ms / 1000)


def question_of(store: Store, conflict: Conflict) -> tuple[int, str] | None:
    """(position, text) of the question the conflicting note answers, for saying where it is."""
    record = store.get(conflict.record_type, conflict.record_id, include_deleted=True) or {}
    question = store.get("question", record["question_id"]) if record.get("question_id") else None
    return (question["position"], question["text"]) if question else None


@dataclass(frozen=True)
class Settled:
    """A resolved conflict, as its resolution record says: which field, what was chosen and when."""

    id: str  # the resolution's id (what `reopen` takes)
    record_type: str
    record_id: str
    field: str
    choice: str  # "ours", "theirs" or "text"
    kept: Any  # the value the decision kept (None when not known here: see kept_known)
    kept_known: bool  # False for a decision taken elsewhere whose value was since edited away here
    set_aside: list[Any]  # the reviewed values the decision did not keep ([] when kept is not known)
    now: Any  # the value the field holds now (edited since the decision, it differs from `kept`)
    reviewed: list[Any]  # the values the secretary saw
    decided_rev: str
    conference_id: str | None


def kept_value(store: Store, resolution: dict[str, Any], record: dict[str, Any]) -> tuple[bool, Any]:
    """(known, value): the value the resolution kept. The field may have been edited since; the record
    then holds a later value, and the kept one is found among the versions reviewed (keeping "ours"), or
    in what this store noted when it settled (an edited text, or "theirs" written anew)."""
    kept = list(resolution["kept"] or [])
    if list((record.get("stamps") or {}).get(resolution["field"]) or []) == kept:
        return True, record.get(resolution["field"])
    for version in reviewed_of(resolution):
        if [version["rev"], version["origin"]] == kept:
            return True, version["value"]
    noted = store.meta_get(_KEPT_KEY + resolution["id"])
    if noted is not None:
        return True, json.loads(noted)
    if len(kept) != 2:
        return False, None
    # Edited away here, but open still beside the edit (a chair's concurrent edit beat it, say)
    still_open = store.conn.execute(
        "SELECT value FROM conflicts WHERE record_id = ? AND field = ? AND rev = ? AND origin = ?",
        (resolution["record_id"], resolution["field"], *kept),
    ).fetchone()
    return (True, json.loads(still_open[0])) if still_open is not None else (False, None)


def settled(store: Store, conference_id: str | None = None) -> list[Settled]:
    """The conflicts resolved here or anywhere whose resolution reached this store, newest first; of one
    conference, its own and those of its process and themes. A decision written once per conference
    (app/conflict_copies.py) is listed once."""
    where, params = "1", ()
    if conference_id:
        shared = sorted(process_records(store, conference_id))
        where = f"conference_id = ? OR record_id IN ({','.join('?' * len(shared)) or 'NULL'})"
        params = (conference_id, *shared)
    found = []
    live = store.select("conflict_resolution", where, params)
    gone = superseded(live)
    for resolution in once_each([r for r in live if r["id"] not in gone], conference_id):
        if resolution["record_type"] not in RECORD_TYPES:
            continue
        record = _row_context(store, resolution["record_type"], resolution["record_id"]) or {}
        known, kept = kept_value(store, resolution, record)
        # Each value once: a decision names every stamp a value it weighed had (with_withdrawn)
        reviewed = list({value_key(v["value"]): v["value"] for v in reviewed_of(resolution)}.values())
        # Which of them it set aside is known only with what it kept
        set_aside = [v for v in reviewed if value_key(v) != value_key(kept)] if known else []
        found.append(
            Settled(
                id=resolution["id"],
                record_type=resolution["record_type"],
                record_id=resolution["record_id"],
                field=resolution["field"],
                choice=resolution["choice"],
                kept=kept,
                kept_known=known,
                set_aside=list({value_key(v): v for v in set_aside}.values()),
                now=record.get(resolution["field"]),
                reviewed=reviewed,
                decided_rev=resolution["rev"],
                conference_id=resolution["conference_id"] or None,
            )
        )
    return sorted(found, key=lambda r: r.decided_rev, reverse=True)


def reopen(store: Store, resolution_id: str) -> int:
    """Undo a resolution: delete it (the tombstone travels) and open again the versions it reviewed
    that differ from the value the field holds now, which stays until the conflict is resolved anew,
    and what it kept when the field no longer holds that. Returns how many values are newly shown. The
    tombstone travels in the follow-up bundle, and every store it reaches opens the same values again,
    until a resolution made after it settles them."""
    record = store.get("conflict_resolution", resolution_id)
    if record is None and len(resolution_id) >= 4:
        matches = [
            r for r in store.select("conflict_resolution") if r["id"].startswith(resolution_id.strip())
        ]
        if len(matches) > 1:
            raise UserError(f"resolution id {resolution_id} is ambiguous; give more characters")
        record = matches[0] if matches else None
    if record is None:
        raise NotFound(f"no resolved conflict {resolution_id} (see `rundabord conflict list --settled`)")
    with store.transaction():
        target = _row_context(store, record["record_type"], record["record_id"]) or {}
        known, kept = kept_value(store, record, target)
        for copy_id in same_decision(store, record):  # its copies for the process's other conferences
            store.delete("conflict_resolution", copy_id)
        # The merge's own rule (app/merge/frontier.py) opens what a deleted resolution reviewed, here
        # and on every store the tombstone reaches.
        field = record["field"]
        others = {value_key(v["value"]) for v in reviewed_of(record)} | {value_key(target.get(field))}
        stamp = tuple(record["kept"] or ())
        if known and target and len(stamp) == 2 and value_key(kept) not in others:
            # What it kept is no version it reviewed (her own text) and the field was edited since:
            # it is put up to be weighed again too, or reopening would take that text off the table.
            weigh_again(
                store, record["record_type"], target["id"], record["conference_id"], {field: (stamp, kept)}
            )
        opened = refresh_conflicts(store, record["record_type"], record["record_id"])
        prune_kept(store)  # the reopened decision's kept value is one of the versions open now
        return opened


def weigh_again(
    store: Store,
    type_name: str,
    record_id: str,
    conference_id: str | None,
    versions: dict[str, tuple[Any, Any]],
) -> None:
    """Open versions beside the value their field holds, whatever the causal order says: a resolution
    reviewing each, withdrawn at once, which app/merge/frontier.py reads as reopened, here and on every
    store its tombstone reaches (one for each conference of a process, as a decision), until a
    resolution decided after it reviews that value."""
    for name, (stamp, value) in sorted(versions.items()):
        version = {"rev": stamp[0], "origin": stamp[1], "value": value}
        for travels in travels_with(store, type_name, record_id, conference_id):
            resolution = store.write(
                "conflict_resolution",
                None,
                {
                    "conference_id": travels,
                    "record_type": type_name,
                    "record_id": record_id,
                    "field": name,
                    "choice": "ours",
                    "kept": [],  # nothing was decided: a version is put up to be weighed
                    "reviewed": [json.dumps(version, ensure_ascii=False, sort_keys=True)],
                },
            )
            store.delete("conflict_resolution", resolution)
