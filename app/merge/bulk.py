"""Merging a stream of wire records into the store in bulk: read a batch, merge in memory, write it.

`merge_records` runs inside a transaction the caller holds (the importer's BEGIN IMMEDIATE with its
ledger row) and writes with executemany; it holds one batch of records in memory at a time. The rules
it applies are in `registers` (who wins a field) and `frontier` (which losers stay open).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from operator import itemgetter
from typing import Any

from app.hlc import ZERO
from app.knowledge import SEEN, Knowledge, Stamp, State
from app.merge import forks
from app.merge.batch_write import insert_rows, update_rows
from app.merge.forks import Carrier
from app.merge.frontier import (
    Snapshot,
    Vouched,
    candidates,
    learn_stored,
    load_knowledge,
    load_open_versions,
    open_losers,
    refresh_conflicts,
    relayed,
    replace_conflicts,
    state_of,
)
from app.merge.incoming import row_holds, shaped_incoming
from app.merge.registers import (
    Version,
    Wire,
    column_value,
    merge_states,
    same_state,
    stamp_of,
    stamps_json,
)
from app.records import RecordType, record_type
from app.store import Store, wire_record
from app.writing_origins import writing_origins

_BATCH = 2000  # records held in memory at once
_ID_CHUNK = 2000  # ids per SELECT ... IN (...): a whole batch (SQLite takes 32,766 parameters)


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
        summed = {name: getattr(self, name) + getattr(other, name) for name in _COUNTED}
        return MergeCounts(**summed, latest_rev=max(self.latest_rev, other.latest_rev))

    def as_dict(self) -> dict[str, int]:
        """The counts alone, for receipts."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "latest_rev"}


# The counts MergeCounts sums (`fields` is slow to ask, and `+` runs once a batch).
_COUNTED = tuple(f.name for f in fields(MergeCounts) if f.name != "latest_rev")


def merge_records(
    store: Store,
    records: Iterable[Wire],
    carrier: Carrier | None = None,
    carried: list[Wire] | None = None,
    absent: frozenset[str] = frozenset(),
    locked: bool = False,
    relayer: Vouched | None = None,
) -> MergeCounts:
    """Apply wire records (app/records.py) to the store, inside the caller's transaction.

    `carrier` names the signed table export that brought them: kept as evidence of its signer's chain,
    which shows a copied laptop profile (app/merge/forks.py); `carried` is everything it carried when
    `records` leaves out what this store merged from it before (the importer's known lines). Never
    begins or commits; the caller's rollback undoes everything. Advances the store's clock past every
    stamp seen. `locked`: the caller holds every record's lock (`Store.lock_records`) already;
    `absent`: record ids it found in no record table of the store under those locks, not looked up
    again. `relayer`: what a chair's bundle vouches for (frontier.Vouched, `state_of`); None: the
    records' own word (a secretariat's, or this workspace's own).
    """
    if not store.conn.in_transaction:
        raise RuntimeError("merge_records must run inside the caller's transaction (store.transaction())")
    if carrier is not None:
        records = list(records)  # one bundle, in memory already
        forks.remember(store, carrier, carried if carried is not None else records)
    evidence = forks.load_evidence(store)
    counts = MergeCounts()
    opened = _Opened()
    resolved_targets: set[tuple[str, str]] = set()
    relearnt: set[tuple[str, str]] = set()
    touched: set[str] = set()
    # What an edit made here had seen is recorded exactly (the lineage trigger): a stamp at its base rev
    # in a record arriving under its head could only have been merged in later, in the same millisecond.
    writers = writing_origins(store.conn, store.origin)
    for batch in _batches(records, _BATCH):
        unheld = absent - touched if touched else absent  # not written by an earlier batch either
        touched.update(str(r.get("id")) for r in batch)
        counts += _Batch(
            store, resolved_targets, evidence, relearnt, writers, opened, unheld, locked, relayer
        ).run(batch)
    if evidence is not None:
        # A forked key's exports: every record they carried is weighed again when one of them comes;
        # else only the records this merge touched (see forks.py).
        everything = carrier is not None and carrier.manifest_sha256 in evidence.carriers
        for record_id in sorted(evidence.versions if everything else touched & evidence.versions.keys()):
            type_name = evidence.versions[record_id][0]
            counts.conflicts += opened.recount(store, type_name, record_id, evidence)
    # A resolution, or what an unchanged record showed its writer had seen, changes what is known of
    # a record after its conflicts were opened: they are weighed again, as a store that learnt it
    # first would have weighed them.
    if resolved_targets:
        # A decision a later one covers is removed here as where it was taken (app/conflict_copies.py),
        # before the weighing: a standing one whose withdrawal never came would be listed as settled.
        from app.conflict_copies import prune_withdrawn  # here: it imports app.merge, which loads this

        for _type_name, record_id in sorted(resolved_targets):
            prune_withdrawn(store, record_id)
    for type_name, record_id in sorted(resolved_targets | relearnt):
        counts.conflicts += opened.recount(store, type_name, record_id, evidence)
    if carrier is not None:
        counts.latest_rev = max(counts.latest_rev, carrier.created_hlc)
    if counts.latest_rev:
        store.observe(counts.latest_rev)
    return counts


class _Opened:
    """The values one merge has newly opened, record by record. A record the merge weighs again (every
    version a copied profile's exports carried, a resolution, what an unchanged record showed) is
    counted from what was open before the merge began: a value the batch opened against the row alone
    and the weighing of every carried version closed again is no new one, or an export imported a
    second time, which changes nothing, would report one."""

    def __init__(self) -> None:
        self.before: dict[str, Snapshot] = {}  # record id -> open versions and fields when first weighed
        self.counted: dict[str, int] = {}  # record id -> values counted as newly open so far

    def count(self, record_id: str, opened: int) -> int:
        """What adds to the merge's count, once `opened` values are open that were not when it began."""
        added = opened - self.counted.get(record_id, 0)
        self.counted[record_id] = opened
        return added

    def recount(
        self, store: Store, type_name: str, record_id: str, evidence: forks.ForkEvidence | None
    ) -> int:
        return self.count(record_id, refresh_conflicts(store, type_name, record_id, evidence, self.before))


def _batches(records: Iterable[Wire], size: int) -> Iterator[list[Wire]]:
    batch: list[Wire] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Batch:
    """One batch of records: read what the store holds of them, merge in memory, write in bulk."""

    def __init__(
        self,
        store: Store,
        resolved_targets: set[tuple[str, str]],
        evidence: forks.ForkEvidence | None,
        relearnt: set[tuple[str, str]],
        writers: frozenset[str],
        opened: _Opened,
        absent: frozenset[str] = frozenset(),
        locked: bool = False,
        relayer: Vouched | None = None,
    ) -> None:
        self.store, self.conn = store, store.conn
        self.relayer = relayer
        self.opened = opened
        self.absent = absent  # ids known not to be held here (merge_records)
        self.locked = locked  # the caller holds every record's lock already
        self.evidence = evidence
        self.resolved_targets = resolved_targets
        self.relearnt = relearnt  # records whose knowledge grew from a record that changed nothing
        self.unchanged_evidence: list[tuple[str, State]] = []
        self.writers = writers
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
        if not self.locked:  # another secretary's import of the same records waits (PostgreSQL)
            self.store.lock_records(ids)
        if self.absent:
            ids = [i for i in ids if i not in self.absent]
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT * FROM {rt.table} WHERE id IN ({marks})", chunk):
                found[row["id"]] = row
        return found

    def _merge_type(self, rt: RecordType, records: list[Wire]) -> None:
        incoming = [shaped_incoming(rt, r) for r in records]
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
                    # A row stored as it arrived keeps in lineage its claims, or that a relayer's
                    # word was not taken for what it shows (`state_of`)
                    if SEEN in record or relayed(self.relayer, record["origin"]):
                        state = state_of(record, self.relayer)
                        if SEEN in record or state.knows != state_of(record).knows:
                            lineage.add((record_id, state))
                    continue
                if row_holds(rt, row, record):
                    self.counts.unchanged += 1
                    self._arrived_unchanged(record_id, record)
                    continue
                stored = wire_record(rt, row)
            if same_state(stored, record):
                self.counts.unchanged += 1
                self._arrived_unchanged(record_id, record)
                continue
            if record_id not in knowledge:
                knowledge[record_id] = load_knowledge(self.store, record_id)
                if self.evidence is not None:
                    knowledge[record_id].forks = self.evidence.of_record(record_id)
                open_before[record_id] = load_open_versions(self.store, record_id)
                open_now[record_id] = open_before[record_id]
            known = knowledge[record_id]
            # The stored row first: one stored as it arrived is a record seen under its head, which
            # the arriving one may share (a re-export of the same edit), and both count.
            lineage.add((record_id, learn_stored(known, stored)))
            arrived = state_of(record, self.relayer)
            if not self._recorded_here(known, arrived):
                known.add_states([arrived])
            lineage.add((record_id, arrived))
            merged = merge_states(rt, stored, record)
            weighed = candidates(rt, stored, record, open_now[record_id])
            open_now[record_id] = open_losers(rt, merged, weighed, known)
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
            known = knowledge.get(record_id)
            known_state = known.states.get((state.rev, state.origin), state) if known else state
            claims = json.dumps(known_state.claims) if known_state.claims else None
            rows.append(
                (record_id, state.rev, state.origin, state.base_rev, json.dumps(known_state.knows), claims)
            )
        if rows:
            self.conn.executemany(
                "INSERT INTO merge_lineage (record_id, rev, origin, base_rev, knows, claims)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_id, rev, origin)"
                " DO UPDATE SET knows = excluded.knows, claims = excluded.claims",
                rows,
            )
        for record_id in open_now:
            fields_then = wire_record(rt, held[record_id])["fields"] if record_id in held else None
            # A record in an earlier batch of this merge too: counted from before the merge
            since = self.opened.before.get(record_id)
            if since is None:
                self.opened.before[record_id] = (
                    open_before[record_id],
                    current[record_id]["fields"] if fields_then is None else fields_then,
                )
            added = replace_conflicts(
                self.conn,
                rt,
                record_id,
                open_before[record_id],
                open_now[record_id],
                current[record_id]["fields"],
                fields_then,
                since,
            )
            self.counts.conflicts += self.opened.count(record_id, added)
        self._learn_unchanged(rt)

    def _arrived_unchanged(self, record_id: str, record: Wire) -> None:
        """A record the store holds exactly so already (its own merge of the same states, made here
        before this copy came) is still a record seen: what it shows its writer started from counts."""
        if record["base_rev"] == ZERO or record["origin"] in self.writers:
            return  # a first state started from nothing (most records of a re-import), or one written here
        state = state_of(record, self.relayer)
        if state.knows or state.claims:
            self.unchanged_evidence.append((record_id, state))

    def _learn_unchanged(self, rt: RecordType) -> None:
        """Add what unchanged records showed to their heads' lineage, where the store keeps that head as a
        merge of several states: knowledge is the union of every record seen, in whatever order, so a
        store that merged a re-export's states itself knows what one that received it first knows. (A
        head without lineage is a row stored as it arrived: its own stamps are read when needed.)"""
        pending, self.unchanged_evidence = self.unchanged_evidence, []
        if not pending:
            return
        held: dict[tuple[str, str, str], tuple[set[Stamp], set[Stamp]]] = {}  # -> (knows, claims)
        ids = sorted({record_id for record_id, _state in pending})
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            for record_id, rev, origin, knows, claims in self.conn.execute(
                "SELECT record_id, rev, origin, knows, claims FROM merge_lineage"
                f" WHERE record_id IN ({marks})",
                chunk,
            ):
                held[(record_id, rev, origin)] = (
                    {(r, o) for r, o in json.loads(knows or "[]")},
                    {(r, o) for r, o in json.loads(claims or "[]")},
                )
        grown: set[tuple[str, str, str]] = set()
        for record_id, state in pending:
            key = (record_id, state.rev, state.origin)
            if key in held and not (set(state.knows) <= held[key][0] and set(state.claims) <= held[key][1]):
                held[key][0].update(state.knows)
                held[key][1].update(state.claims)
                grown.add(key)
                self.relearnt.add((rt.name, record_id))
        if grown:
            self.conn.executemany(
                "UPDATE merge_lineage SET knows = ?, claims = ?"
                " WHERE record_id = ? AND rev = ? AND origin = ?",
                [
                    (
                        json.dumps(sorted(held[key][0])),
                        json.dumps(sorted(held[key][1])) if held[key][1] else None,
                        *key,
                    )
                    for key in sorted(grown)
                ],
            )

    def _recorded_here(self, known: Knowledge, state: State) -> bool:
        return state.origin in self.writers and (state.rev, state.origin) in known.states

    def _count(self, rt: RecordType, stored: Wire, record: Wire, merged: Wire, known: Knowledge) -> None:
        if same_state(merged, stored):
            self.counts.superseded += 1
            return
        self.counts.updated += 1
        head_stored, head_record = (stored["rev"], stored["origin"]), (record["rev"], record["origin"])
        concurrent = not known.knows(head_stored, head_record) and not known.knows(head_record, head_stored)
        if concurrent:
            names = [*rt.fields, "deleted"]
            m, s, r = merged, stored, record
            from_stored = any(stamp_of(m, n) == stamp_of(s, n) != stamp_of(r, n) for n in names)
            from_record = any(stamp_of(m, n) == stamp_of(r, n) != stamp_of(s, n) for n in names)
            if from_stored and from_record:
                self.counts.parallel += 1

    def _write(self, rt: RecordType, current: dict[str, Wire], created: set[str], changed: set[str]) -> None:
        names = list(rt.fields)
        columns = ["origin", "rev", "base_rev", "deleted", "stamps", *names]
        lists = [5 + i for i, kind in enumerate(rt.fields.values()) if kind is list]  # JSON text in a column
        picked = _picker(names)

        def values(record: Wire) -> list[Any]:
            stamps = stamps_json(record["stamps"])
            row = [record["origin"], record["rev"], record["base_rev"], int(record["deleted"]), stamps]
            row += picked(record["fields"])
            for i in lists:
                row[i] = column_value(list, row[i]) if row[i] else "[]"  # as column_value writes an empty one
            return row

        if created:
            insert_rows(
                self.store,
                rt.table,
                ["id", *columns],
                ([record_id, *values(current[record_id])] for record_id in created),
            )
        if changed:
            update_rows(
                self.store,
                rt.table,
                columns,
                ([*values(current[record_id]), record_id] for record_id in changed),
            )


def _picker(names: list[str]) -> Callable[[dict[str, Any]], Sequence[Any]]:
    """The values of `names` in a record's fields, in order (None where one is missing): an itemgetter
    picks a whole row in one call, and a merged record has every field (`shaped_incoming`)."""
    if len(names) < 2:  # itemgetter of one name gives the value alone
        return lambda fields: [fields.get(name) for name in names]
    getter = itemgetter(*names)

    def picked(fields: dict[str, Any]) -> Sequence[Any]:
        try:
            return getter(fields)  # type: ignore[no-any-return]
        except KeyError:
            return [fields.get(name) for name in names]

    return picked
