"""Merging records from other workspaces into this store: the same result whatever the order.

Every field of a record is a last-writer-wins register: the value with the greatest (rev, origin) wins,
ties broken by the value's bytes (cloned laptop profiles share an origin). The deleted flag is a field
too, with one extra rule: a tombstone loses to an edit stamped after it, so a note edited on one laptop
while deleted on another stays alive.

A value that loses to an edit whose writer had not seen it (app/knowledge.py) is not dropped: it is kept
as an open conflict until a secretary resolves it (app/conflicts.py). Open conflicts are the losing
values of the field's frontier (the versions no other seen version knew about), a function of the set
of records seen, so every store that imported the same bundles holds the same conflicts.

`merge_records` runs inside a transaction the caller holds (the importer's BEGIN IMMEDIATE with its
ledger row) and writes in bulk with executemany; it holds one batch of records in memory at a time.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

from app.hlc import ZERO
from app.knowledge import Knowledge, Stamp, State, evident_parent
from app.records import RecordType, record_type
from app.store import Store, wire_record

_BATCH = 2000  # records held in memory at once
_ID_CHUNK = 500  # ids per SELECT ... IN (...)
_NO_STAMP: Stamp = ("", "")  # a field a record does not stamp loses to any stamped value

Wire = dict[str, Any]


@dataclass
class MergeCounts:
    """What merging did, record by record. `+` adds two counts (the greatest stamp seen is kept)."""

    new: int = 0  # records this store did not have
    updated: int = 0  # records that changed here
    unchanged: int = 0  # records this store already held exactly so
    conflicts: int = 0  # values newly kept for review because a concurrent edit beat them
    superseded: int = 0  # records older than what this store holds: nothing of them was taken
    parallel: int = 0  # records where concurrent edits of different fields were combined
    latest_rev: str = ""  # the greatest stamp seen, so an importer can flag clocks far in the future

    def __add__(self, other: MergeCounts) -> MergeCounts:
        if not isinstance(other, MergeCounts):
            return NotImplemented
        summed = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        summed["latest_rev"] = max(self.latest_rev, other.latest_rev)
        return MergeCounts(**summed)

    def as_dict(self) -> dict[str, int]:
        """The counts alone, for receipts."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "latest_rev"}


# Built once: json.dumps with options builds a new encoder on every call, and merge calls it per field.
_canonical_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def value_key(value: Any) -> bytes:
    """The bytes that break a tie between two values with the same stamp."""
    return _canonical_json(value).encode("utf-8")


def _column_value(kind: type, value: Any) -> Any:
    """`app.store.encode_field`, inlined for the bulk path (same bytes)."""
    if kind is list:
        return _compact_json(list(value or []))
    return value


def conflict_id(record_id: str, field_name: str, stamp: Stamp, value: Any) -> str:
    """The same losing value gets the same id on every store, whatever the order bundles arrived in."""
    digest = hashlib.sha256()
    for part in (record_id, field_name, stamp[0], stamp[1]):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(value_key(value))
    return digest.hexdigest()[:20]


# -- merging two states of one record ---------------------------------------------------------------


def _stamp(record: Wire, name: str) -> Stamp:
    raw = record["stamps"].get(name)
    return (str(raw[0]), str(raw[1])) if raw else _NO_STAMP


def _normalise_deleted(rt: RecordType, record: Wire) -> Wire:
    """A tombstone older than an edit of any other field does not hold: the note lives."""
    if record["deleted"]:
        deleted_at = _stamp(record, "deleted")
        if any(_stamp(record, name) > deleted_at for name in rt.fields):
            record["deleted"] = False
    return record


def merge_states(rt: RecordType, a: Wire, b: Wire) -> Wire:
    """Field by field, the later writer wins. Commutative, associative and idempotent."""
    merged_fields: dict[str, Any] = {}
    stamps: dict[str, list[str]] = {}
    for name in (*rt.fields, "deleted"):
        value_a = a["deleted"] if name == "deleted" else a["fields"].get(name)
        value_b = b["deleted"] if name == "deleted" else b["fields"].get(name)
        stamp_a, stamp_b = _stamp(a, name), _stamp(b, name)
        if (stamp_b, value_key(value_b)) > (stamp_a, value_key(value_a)):
            merged_fields[name], stamp = value_b, stamp_b
        else:
            merged_fields[name], stamp = value_a, stamp_a
        if stamp != _NO_STAMP:
            stamps[name] = list(stamp)
    head_a, head_b = (a["rev"], a["origin"]), (b["rev"], b["origin"])
    if head_a == head_b:
        base_rev = max(a["base_rev"], b["base_rev"])
    else:
        base_rev = a["base_rev"] if head_a > head_b else b["base_rev"]
    rev, origin = max(head_a, head_b)
    deleted = bool(merged_fields.pop("deleted"))
    merged = {
        "id": a["id"],
        "type": rt.name,
        "origin": origin,
        "rev": rev,
        "base_rev": base_rev,
        "deleted": deleted,
        "fields": merged_fields,
        "stamps": stamps,
    }
    return _normalise_deleted(rt, merged)


def same_state(a: Wire, b: Wire) -> bool:
    return (
        a["rev"] == b["rev"]
        and a["origin"] == b["origin"]
        and a["base_rev"] == b["base_rev"]
        and a["deleted"] == b["deleted"]
        and a["stamps"] == b["stamps"]
        and a["fields"] == b["fields"]
    )


def state_of(record: Wire) -> State:
    """A state as it arrived: what its writer evidently started from comes with it."""
    return State(
        record["rev"],
        record["origin"],
        record["base_rev"],
        evident_parent(record["rev"], record["origin"], record["base_rev"], record["stamps"]),
    )


def _learn_stored(known: Knowledge, stored: Wire) -> State:
    """The stored row's state. A row that lineage does not know was stored as it arrived (or created
    here), so its own stamps are evidence; a merged row's head is in lineage already."""
    state = known.states.get((stored["rev"], stored["origin"]))
    if state is None:
        state = state_of(stored)
        known.add_states([state])
    return state


# -- the frontier of one field: which losing values stay open ---------------------------------------

Version = tuple[Stamp, Any]  # (stamp, value)


def open_losers(
    rt: RecordType, merged: Wire, candidates: dict[str, list[Version]], knowledge: Knowledge
) -> dict[str, list[Version]]:
    """Per field, the versions nobody who wrote a later version had seen, other than the winner."""
    losers: dict[str, list[Version]] = {}
    for name, versions in candidates.items():
        winner: Version = (_stamp(merged, name), merged["fields"].get(name))
        distinct = {(stamp, value_key(value)): (stamp, value) for stamp, value in [winner, *versions]}
        if len(distinct) < 2:
            continue
        frontier = [
            version
            for version in distinct.values()
            if not any(
                knowledge.knows(other[0], version[0], name)
                for other in distinct.values()
                if other is not version
            )
        ]
        kept = [v for v in frontier if (v[0], value_key(v[1])) != (winner[0], value_key(winner[1]))]
        if kept:
            losers[name] = sorted(kept, key=lambda v: (v[0], value_key(v[1])))
    return losers


def load_knowledge(store: Store, record_id: str) -> Knowledge:
    knowledge = Knowledge()
    knowledge.add_states(
        State(rev, origin, base_rev, tuple((r, o) for r, o in json.loads(knows or "[]")))
        for rev, origin, base_rev, knows in store.conn.execute(
            "SELECT rev, origin, base_rev, knows FROM merge_lineage WHERE record_id = ?", (record_id,)
        )
    )
    for field_name, kept, reviewed in store.conn.execute(
        "SELECT field, kept, reviewed FROM conflict_resolutions WHERE record_id = ? AND deleted = 0",
        (record_id,),
    ):
        kept_stamp = json.loads(kept or "[]")
        if len(kept_stamp) != 2:
            continue
        reviewed_stamps = [(v["rev"], v["origin"]) for v in reviewed_versions(reviewed)]
        knowledge.add_resolution(field_name, (kept_stamp[0], kept_stamp[1]), reviewed_stamps)
    return knowledge


def reviewed_versions(encoded: str | None) -> list[dict[str, Any]]:
    """The `reviewed` field of a resolution: JSON texts of {"rev", "origin", "value"}, one per version.

    (Texts, because a bundle's record lists may hold only texts and numbers.)
    """
    versions = []
    for item in json.loads(encoded or "[]"):
        try:
            version = json.loads(item) if isinstance(item, str) else item
            versions.append({"rev": str(version["rev"]), "origin": str(version["origin"]), **version})
        except (ValueError, KeyError, TypeError):
            continue  # a malformed entry reviews nothing
    return versions


def load_open_versions(store: Store, record_id: str) -> dict[str, list[Version]]:
    versions: dict[str, list[Version]] = {}
    for field_name, value, rev, origin in store.conn.execute(
        "SELECT field, value, rev, origin FROM conflicts WHERE record_id = ? ORDER BY id", (record_id,)
    ):
        versions.setdefault(field_name, []).append(((rev, origin), json.loads(value)))
    return versions


# -- bulk merge --------------------------------------------------------------------------------------


def merge_records(store: Store, records: Iterable[Wire]) -> MergeCounts:
    """Apply wire records (app/records.py) to the store, inside the caller's transaction.

    Never begins or commits; the caller's rollback undoes everything. Advances the store's clock past
    every stamp seen.
    """
    if not store.conn.in_transaction:
        raise RuntimeError("merge_records must run inside the caller's transaction (store.transaction())")
    counts = MergeCounts()
    resolved_targets: set[tuple[str, str]] = set()
    for batch in _batches(records, _BATCH):
        counts += _Batch(store, resolved_targets).run(batch)
    for type_name, record_id in sorted(resolved_targets):
        counts.conflicts += refresh_conflicts(store, type_name, record_id)
    if counts.latest_rev:
        store.observe(counts.latest_rev)
    return counts


def refresh_conflicts(store: Store, type_name: str, record_id: str) -> int:
    """Recompute one record's open conflicts from what this store knows (after a resolution arrived).

    Returns how many values were newly opened.
    """
    rt = record_type(type_name)
    row = store.conn.execute(f"SELECT * FROM {rt.table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return 0
    current = wire_record(rt, row)
    knowledge = load_knowledge(store, record_id)
    _learn_stored(knowledge, current)
    before = load_open_versions(store, record_id)
    losers = open_losers(rt, current, before, knowledge)
    return _replace_conflicts(store.conn, rt, record_id, before, losers)


def _replace_conflicts(
    conn: sqlite3.Connection,
    rt: RecordType,
    record_id: str,
    before: dict[str, list[Version]],
    after: dict[str, list[Version]],
) -> int:
    """Write a record's open conflicts; returns how many are new."""
    old_ids = {conflict_id(record_id, name, s, v) for name, vs in before.items() for s, v in vs}
    rows = [
        (conflict_id(record_id, name, s, v), rt.name, record_id, name, value_key(v).decode("utf-8"), *s)
        for name, vs in after.items()
        for s, v in vs
    ]
    if {r[0] for r in rows} == old_ids:
        return 0
    conn.execute("DELETE FROM conflicts WHERE record_id = ?", (record_id,))
    conn.executemany(
        "INSERT INTO conflicts (id, record_type, record_id, field, value, rev, origin) VALUES"
        " (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return sum(1 for r in rows if r[0] not in old_ids)


def _batches(records: Iterable[Wire], size: int) -> Iterator[list[Wire]]:
    batch: list[Wire] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_STAMPED: dict[str, frozenset[str]] = {}


def _stamped_names(rt: RecordType) -> frozenset[str]:
    names = _STAMPED.get(rt.name)
    if names is None:
        names = _STAMPED[rt.name] = frozenset([*rt.fields, "deleted"])
    return names


def _incoming(rt: RecordType, record: Wire) -> Wire:
    """A wire record, shaped as merge needs it. The importer has checked it strictly already, so this
    only fills gaps; the record's own dicts are shared, never changed."""
    try:
        stamps = record["stamps"]
        if not stamps.keys() <= _stamped_names(rt):
            stamps = {name: stamp for name, stamp in stamps.items() if name in _stamped_names(rt)}
        fields = record["fields"]
        if fields.keys() != rt.fields.keys():
            fields = {name: fields.get(name) for name in rt.fields}
        shaped = {
            "id": record["id"],
            "type": rt.name,
            "origin": record["origin"],
            "rev": record["rev"],
            "base_rev": record.get("base_rev") or ZERO,
            "deleted": bool(record.get("deleted")),
            "fields": fields,
            "stamps": stamps,
        }
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed {rt.name} record: {exc!r}") from None
    return _normalise_deleted(rt, shaped) if shaped["deleted"] else shaped


def _row_holds(rt: RecordType, row: sqlite3.Row, record: Wire) -> bool:
    """Whether the stored row is exactly this wire record: the re-import fast path, without decoding."""
    if (
        row["rev"] != record["rev"]
        or row["origin"] != record["origin"]
        or row["base_rev"] != record["base_rev"]
        or bool(row["deleted"]) != record["deleted"]
    ):
        return False
    stored_stamps = row["stamps"]
    # Rows merged from a bundle keep its stamps' text, so the same bundle again compares as text.
    if stored_stamps != _compact_json(record["stamps"]) and json.loads(stored_stamps) != record["stamps"]:
        return False
    fields = record["fields"]
    return all(row[name] == _column_value(kind, fields[name]) for name, kind in rt.fields.items())


class _Batch:
    """One batch of records: read what the store holds of them, merge in memory, write in bulk."""

    def __init__(self, store: Store, resolved_targets: set[tuple[str, str]]) -> None:
        self.store = store
        self.conn = store.conn
        self.resolved_targets = resolved_targets
        self.counts = MergeCounts()

    def run(self, records: list[Wire]) -> MergeCounts:
        by_type: dict[str, list[Wire]] = {}
        for record in records:
            by_type.setdefault(record.get("type", ""), []).append(record)
        for type_name, group in by_type.items():
            self._merge_type(record_type(type_name), group)
        return self.counts

    def _existing(self, rt: RecordType, ids: list[str]) -> dict[str, sqlite3.Row]:
        found: dict[str, sqlite3.Row] = {}
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT * FROM {rt.table} WHERE id IN ({marks})", chunk):
                found[row["id"]] = row
        return found

    def _merge_type(self, rt: RecordType, records: list[Wire]) -> None:
        incoming = [_incoming(rt, r) for r in records]
        self.counts.latest_rev = max([self.counts.latest_rev, *(r["rev"] for r in incoming)])
        held = self._existing(rt, list(dict.fromkeys(r["id"] for r in incoming)))
        current: dict[str, Wire] = {}  # merged so far in this batch
        created: set[str] = set()
        changed: set[str] = set()
        lineage: set[tuple[str, State]] = set()
        knowledge: dict[str, Knowledge] = {}
        open_before: dict[str, dict[str, list[Version]]] = {}
        open_now: dict[str, dict[str, list[Version]]] = {}

        for record in incoming:
            record_id = record["id"]
            stored = current.get(record_id)
            if stored is None:
                row = held.get(record_id)
                if row is None:
                    current[record_id] = record
                    created.add(record_id)
                    self.counts.new += 1
                    continue
                if _row_holds(rt, row, record):
                    self.counts.unchanged += 1
                    continue
                stored = wire_record(rt, row)
            if same_state(stored, record):
                self.counts.unchanged += 1
                continue
            if record_id not in knowledge:
                knowledge[record_id] = load_knowledge(self.store, record_id)
                open_before[record_id] = load_open_versions(self.store, record_id)
                open_now[record_id] = open_before[record_id]
            known = knowledge[record_id]
            arrived = state_of(record)
            known.add_states([arrived])
            lineage.update((record_id, s) for s in (_learn_stored(known, stored), arrived))
            merged = merge_states(rt, stored, record)
            candidates = _candidates(rt, stored, record, open_now[record_id])
            open_now[record_id] = open_losers(rt, merged, candidates, known)
            self._count(rt, stored, record, merged, known)
            current[record_id] = merged
            if not same_state(merged, stored):
                changed.add(record_id)
        if rt.name == "conflict_resolution":
            for record_id in created | changed:
                resolution = current[record_id]["fields"]
                if resolution.get("record_type") and resolution.get("record_id"):
                    self.resolved_targets.add((resolution["record_type"], resolution["record_id"]))
        self._write(rt, current, created, changed - created)
        # What is known of a state is the union of every piece of evidence seen for it, in whatever
        # order it came: the in-memory knowledge holds what lineage had plus what arrived now.
        rows = []
        for record_id, state in lineage:
            known_state = knowledge[record_id].states.get((state.rev, state.origin), state)
            rows.append((record_id, state.rev, state.origin, state.base_rev, json.dumps(known_state.knows)))
        self.conn.executemany(
            "INSERT INTO merge_lineage (record_id, rev, origin, base_rev, knows) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (record_id, rev, origin) DO UPDATE SET knows = excluded.knows",
            rows,
        )
        for record_id in open_now:
            self.counts.conflicts += _replace_conflicts(
                self.conn, rt, record_id, open_before[record_id], open_now[record_id]
            )

    def _count(self, rt: RecordType, stored: Wire, record: Wire, merged: Wire, known: Knowledge) -> None:
        if same_state(merged, stored):
            self.counts.superseded += 1
            return
        self.counts.updated += 1
        head_stored, head_record = (stored["rev"], stored["origin"]), (record["rev"], record["origin"])
        concurrent = not known.knows(head_stored, head_record) and not known.knows(head_record, head_stored)
        if concurrent:
            names = [*rt.fields, "deleted"]
            from_stored = any(_stamp(merged, n) == _stamp(stored, n) != _stamp(record, n) for n in names)
            from_record = any(_stamp(merged, n) == _stamp(record, n) != _stamp(stored, n) for n in names)
            if from_stored and from_record:
                self.counts.parallel += 1

    def _write(self, rt: RecordType, current: dict[str, Wire], created: set[str], changed: set[str]) -> None:
        names = list(rt.fields)
        columns = ["origin", "rev", "base_rev", "deleted", "stamps", *names]

        kinds = list(rt.fields.items())

        def values(record: Wire) -> list[Any]:
            stamps = _compact_json(record["stamps"])
            row = [record["origin"], record["rev"], record["base_rev"], int(record["deleted"]), stamps]
            fields = record["fields"]
            row.extend(_column_value(kind, fields.get(name)) for name, kind in kinds)
            return row

        if created:
            marks = ", ".join("?" * (len(columns) + 1))
            self.conn.executemany(
                f"INSERT INTO {rt.table} (id, {', '.join(columns)}) VALUES ({marks})",
                ([record_id, *values(current[record_id])] for record_id in created),
            )
        if changed:
            assignments = ", ".join(f"{c} = ?" for c in columns)
            self.conn.executemany(
                f"UPDATE {rt.table} SET {assignments} WHERE id = ?",
                ([*values(current[record_id]), record_id] for record_id in changed),
            )


def _candidates(
    rt: RecordType, stored: Wire, record: Wire, open_versions: dict[str, list[Version]]
) -> dict[str, list[Version]]:
    """Per field, the versions to weigh: the stored one, the incoming one, and those already open."""
    candidates: dict[str, list[Version]] = {}
    for name in rt.fields:
        versions = list(open_versions.get(name, ()))
        for side in (stored, record):
            stamp = _stamp(side, name)
            if stamp != _NO_STAMP:
                versions.append((stamp, side["fields"].get(name)))
        candidates[name] = versions
    return candidates
