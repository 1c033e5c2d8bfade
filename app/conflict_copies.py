"""Where a conflict's decision travels, and when a withdrawn one may be forgotten.

A decision (a `conflict_resolution` record) travels in the follow-up bundle of the conference it names.
A process and its themes belong to no one conference: every conference of the process carries them in
its pack, so a store may hold their conflict through any of them. A decision on them is therefore
written once per conference of the process, each copy naming its conference: a chair's laptop trusts a
conference's secretariat with that conference's records only, so one record naming one conference could
not ride in another's follow-up. The copies review the same versions and keep the same one; they are one
decision, listed once and withdrawn together (`same_decision`).

A withdrawn decision (its tombstone, or a version put up to be weighed again, `conflicts.weigh_again`)
reopens what it reviewed until a decision taken after the withdrawal reviews it anew
(app/merge/frontier.py). Once a decision taken after it (standing, or withdrawn and still held) reviewed
every version it reviewed, and the version it wrote if it wrote one, the tombstone reopens nothing that
decision would not and teaches no order it does not: `prune_withdrawn` removes it, so reopening and
settling again and again leaves no more than a tombstone or two per field.
"""

from __future__ import annotations

import json
from typing import Any

from app.merge.frontier import reviewed_versions
from app.merge.registers import value_key
from app.store import Store

SHARED_TYPES = ("process", "theme")  # shared by every conference of a process
KEPT_KEY = "conflict-kept:"  # + a resolution's id: the value it kept, in this store (conflicts.kept_value)


def process_records(store: Store, conference_id: str) -> set[str]:
    """The ids of the process a conference belongs to and of that process's themes."""
    record = store.get("conference", conference_id, include_deleted=True)
    process_id = (record or {}).get("process_id")
    if not process_id:
        return set()
    themes = store.conn.execute("SELECT id FROM themes WHERE process_id = ?", (process_id,)).fetchall()
    return {process_id} | {row[0] for row in themes}


def conferences_sharing(store: Store, type_name: str, record_id: str) -> list[str]:
    """The live conferences of the process a process or theme record belongs to, by id."""
    if type_name == "process":
        process_id: str | None = record_id
    else:
        process_id = (store.get("theme", record_id, include_deleted=True) or {}).get("process_id")
    if not process_id:
        return []
    rows = store.conn.execute(
        "SELECT id FROM conferences WHERE process_id = ? AND deleted = 0 ORDER BY id", (process_id,)
    ).fetchall()
    return [row[0] for row in rows]


def travels_with(store: Store, type_name: str, record_id: str, conference_id: str | None) -> list[str]:
    """The conferences whose follow-ups carry a decision on this record, one copy each: its own
    conference, or every conference of its process; [""] when there is none (it travels nowhere)."""
    if type_name in SHARED_TYPES:
        return conferences_sharing(store, type_name, record_id) or [""]
    return [conference_id or ""]


def _content(resolution: dict[str, Any]) -> tuple[Any, ...]:
    reviewed = sorted(
        json.dumps(v, sort_keys=True) for v in reviewed_versions(json.dumps(resolution["reviewed"]))
    )
    return (
        resolution["record_type"],
        resolution["record_id"],
        resolution["field"],
        resolution["choice"],
        json.dumps(list(resolution["kept"] or [])),
        tuple(reviewed),
    )


def same_decision(store: Store, resolution: dict[str, Any]) -> list[str]:
    """The ids of the live resolutions that are this decision (its copies for other conferences, or the
    same decision taken twice): the same field, choice, kept version and versions reviewed."""
    same = _content(resolution)
    return [
        other["id"]
        for other in store.select("conflict_resolution", "record_id = ?", (resolution["record_id"],))
        if _content(other) == same
    ]


def once_each(resolutions: list[dict[str, Any]], preferred: str | None) -> list[dict[str, Any]]:
    """One resolution per decision, the copy naming `preferred` where there is one, with the earliest
    copy's rev: when the decision was taken (a copy `place_shared` wrote later is the same decision)."""
    chosen: dict[tuple[Any, ...], dict[str, Any]] = {}
    first: dict[tuple[Any, ...], str] = {}
    for resolution in resolutions:
        key = _content(resolution)
        first[key] = min(first.get(key, resolution["rev"]), resolution["rev"])
        if key not in chosen or (resolution["conference_id"] == preferred and preferred):
            chosen[key] = resolution
    return [{**resolution, "rev": first[key]} for key, resolution in chosen.items()]


def place_shared(store: Store) -> int:
    """Write a copy of every standing decision on a process or a theme for each live conference of the
    process that has none, so that every follow-up of the process carries it. A decision stored before
    decisions were copied names no conference (it travelled in no follow-up) or only the one it was
    taken under, and a conference made since has none. Run where a follow-up is made
    (`proposals.export_followup`), not at every open: a chair's start pays nothing. A decision a later
    one supersedes (`superseded`) is not copied. Returns how many copies were written."""
    found = "record_type IN ('process', 'theme')"
    if (
        store.conn.execute(f"SELECT 1 FROM conflict_resolutions WHERE {found} AND deleted = 0").fetchone()
        is None
    ):
        return 0  # the usual case
    written = 0
    with store.transaction():
        record_ids = [
            row[0]
            for row in store.conn.execute(
                f"SELECT DISTINCT record_id FROM conflict_resolutions WHERE {found}"
            )
        ]
        store.lock_records(sorted(record_ids))  # two secretaries exporting at once write one set
        live = store.select("conflict_resolution", found)
        gone = superseded(live)
        decisions: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for resolution in live:
            if resolution["id"] not in gone:
                decisions.setdefault(_content(resolution), []).append(resolution)
        for copies in decisions.values():
            source = min(copies, key=lambda r: (r["rev"], r["id"]))
            have = {r["conference_id"] for r in copies}
            for conference_id in conferences_sharing(store, source["record_type"], source["record_id"]):
                if conference_id in have:
                    continue
                fields = {name: source[name] for name in ("record_type", "record_id", "field", "choice")}
                copy_id = store.write(
                    "conflict_resolution",
                    None,
                    {
                        **fields,
                        "conference_id": conference_id,
                        "kept": source["kept"],
                        "reviewed": source["reviewed"],
                    },
                )
                noted = next(filter(None, (store.meta_get(KEPT_KEY + r["id"]) for r in copies)), None)
                if noted is not None:
                    store.meta_set(KEPT_KEY + copy_id, noted)
                written += 1
    return written


def with_withdrawn(
    store: Store, record_id: str, field: str, versions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The versions a new decision reviews, and those of the field's withdrawn decisions that hold one of
    the same values under another stamp: a value reopened once shows under one stamp only (the field
    holds it under the copy keeping theirs wrote, say), and the new decision, which weighs that value,
    names every stamp it had, so the withdrawn one is superseded and `prune_withdrawn` can drop it."""
    values = {value_key(v["value"]) for v in versions}
    stamps = {(v["rev"], v["origin"]) for v in versions}
    found = list(versions)
    for (reviewed,) in store.conn.execute(
        "SELECT reviewed FROM conflict_resolutions WHERE record_id = ? AND field = ? AND deleted <> 0"
        " ORDER BY id",
        (record_id, field),
    ):
        for version in reviewed_versions(reviewed):
            stamp = (version["rev"], version["origin"])
            if stamp not in stamps and value_key(version.get("value")) in values:
                stamps.add(stamp)
                found.append({"rev": stamp[0], "origin": stamp[1], "value": version.get("value")})
    return found


def superseded(resolutions: list[dict[str, Any]]) -> set[str]:
    """The ids of live resolutions that a later live one supersedes as `prune_withdrawn` reads it: a
    decision this store holds live although it was withdrawn where it was taken (its tombstone, pruned
    there, never came), or the same decision taken again. Not listed as settled: the later one is."""
    by_field: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for resolution in resolutions:
        by_field.setdefault((resolution["record_id"], resolution["field"]), []).append(resolution)
    found = set()
    for group in by_field.values():
        if len(group) < 2:
            continue  # the usual case: one decision on the field
        read = [
            (
                r,
                _content(r),
                _versions(json.dumps(r["reviewed"])),
                _wrote(json.dumps(r["kept"]), json.dumps(r["reviewed"])),
            )
            for r in group
        ]
        for old, content, versions, wrote in read:
            for new, new_content, seen, also_wrote in read:
                if new["rev"] <= old["rev"] or new_content == content:  # its copy: once_each
                    continue
                if _covers(seen, also_wrote, versions, wrote):
                    found.add(old["id"])
                    break
    return found


def _decided(stamps: str | None, rev: str) -> str:
    """When a resolution was taken: its fields' stamp (a withdrawn one's rev is its withdrawal's)."""
    return str((json.loads(stamps or "{}").get("choice") or [rev])[0])


def _wrote(kept: str | None, reviewed: str | None) -> tuple[str, str] | None:
    """The stamp a decision wrote (theirs anew, or a text of her own), or None: keeping ours wrote none."""
    stamp = [str(s) for s in json.loads(kept or "[]")]
    if len(stamp) != 2 or any([v["rev"], v["origin"]] == stamp for v in reviewed_versions(reviewed)):
        return None
    return stamp[0], stamp[1]


def _covers(
    seen: set[tuple[str, str, bytes]],
    also_wrote: tuple[str, str] | None,
    versions: set[tuple[str, str, bytes]],
    wrote: tuple[str, str] | None,
) -> bool:
    """Whether a later decision (the versions it `seen`, the stamp it `also_wrote`) covers an earlier
    one: it reviewed every version the earlier reviewed and, if the earlier wrote a version, reviewed
    that one and wrote one itself."""
    if not versions <= seen:
        return False
    return wrote is None or (also_wrote is not None and any((r, o) == wrote for r, o, _v in seen))


def _versions(encoded: str | None) -> set[tuple[str, str, bytes]]:
    return {(v["rev"], v["origin"], value_key(v.get("value"))) for v in reviewed_versions(encoded)}


def prune_withdrawn(store: Store, record_id: str) -> int:
    """Remove the withdrawn resolutions of one record that a decision taken after their withdrawal, and
    still held (standing or withdrawn itself), supersedes: it reviewed every version they reviewed, so
    they reopen nothing it would not reopen itself once withdrawn (a value a tombstone reopens is one no
    standing decision taken after it reviews), and, if they wrote one, the version they wrote, writing
    one itself (so the order they taught stays taught, withdrawn or not: keeping ours says it only while
    it stands). A standing one that a later decision covers so goes too: it was withdrawn where it was
    taken and its tombstone, pruned there, never came (or it was taken elsewhere at the same time and
    the later decision reviewed all it did); kept, it would be listed as settled again once the later
    decision is reopened, beside the very values it says are settled. Returns how many went."""
    rows = store.conn.execute(
        "SELECT id, field, kept, reviewed, rev, deleted, stamps, choice FROM conflict_resolutions"
        " WHERE record_id = ?",
        (record_id,),
    ).fetchall()
    if len(rows) < 2:
        return 0  # the usual case: nothing to supersede it
    # (id, field, decided, versions reviewed, the stamp it wrote or None, what it kept)
    read = [
        (
            row[0],
            row[1],
            _decided(row[6], row[4]),
            _versions(row[3]),
            _wrote(row[2], row[3]),
            (row[7], row[2]),
        )
        for row in rows
    ]
    withdrawn_at = {
        row[0]: str((json.loads(row[6] or "{}").get("deleted") or [row[4]])[0]) for row in rows if row[5]
    }
    gone = []
    for row_id, field_name, decided_at, versions, wrote, kept in read:
        # A tombstone: superseded by a decision taken after its withdrawal; a standing one: by a later
        # decision, or when the same decision (a copy, or taken again) was withdrawn after it was taken.
        since = withdrawn_at.get(row_id, decided_at)
        for other_id, name, decided, seen, also_wrote, other_kept in read:
            if other_id == row_id or name != field_name:
                continue
            if row_id not in withdrawn_at and (other_kept, seen) == (kept, versions):
                if withdrawn_at.get(other_id, "") > decided_at:
                    gone.append(row_id)
                    break
                continue
            if decided > since and _covers(seen, also_wrote, versions, wrote):
                gone.append(row_id)
                break
    if gone:
        marks = ",".join("?" * len(gone))
        store.conn.execute(f"DELETE FROM conflict_resolutions WHERE id IN ({marks})", gone)
        store.conn.execute(f"DELETE FROM merge_lineage WHERE record_id IN ({marks})", gone)
    return len(gone)
