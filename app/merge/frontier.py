"""Which losing values stay open: the frontier of each field, and the conflicts table it derives.

A value that loses to an edit whose writer had not seen it (app/knowledge.py) is not dropped: it is kept
as an open conflict until a secretary resolves it (app/conflicts.py). Open conflicts are the losing
values of the field's frontier (the versions no other seen version knew about), a function of the set
of records seen, so every store that imported the same bundles holds the same conflicts.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Protocol

from app.knowledge import SEEN, Knowledge, Stamp, StampOrder, State, evident_parent
from app.merge.registers import NO_STAMP, Version, Wire, conflict_id, same_value, stamp_of, value_key
from app.records import RecordType, record_type, wire_record

# A record's open versions per field and its fields, as they were at some point of a merge
Snapshot = tuple[dict[str, list[Version]], dict[str, Any]]


class Store(Protocol):
    """A store as the weighing reads and writes it: its connection. (`app.store.Store`, which weighs an
    edit's conflicts with `refresh_conflicts`, so this module cannot import it.)"""

    conn: Any


class Forks(Protocol):
    """What a copied profile's exports carried (app/merge/forks.py: ForkEvidence)."""

    versions: dict[str, tuple[str, list[tuple[str, Wire]]]]
    carriers: dict[str, Any]  # export -> forks.Carrier (its `origin`: the workspace it names)

    def of_record(self, record_id: str) -> StampOrder | None: ...


@dataclass(frozen=True)
class Vouched:
    """What a chair's bundle vouches for. `own`: her own workspaces, whose edits it vouches for as
    evidence in any state it carries; `writers`: the workspaces of chairs of the records' own tables
    (relay rule 1, app/bundles/origins.py), whose relayed states keep their own evident parent. Such a
    chair could overwrite any value of that table by an edit of her own, so a spare laptop's relay of
    her later edit shows what she had seen; the states of a secretariat or a colleague stay filtered."""

    own: frozenset[str]
    writers: frozenset[str] = frozenset()


def relayed(relayer: Vouched | None, origin: str) -> bool:
    """Whether a state of `origin` in the bundle shows only what the relayer vouches for (state_of)."""
    return relayer is not None and origin not in relayer.own and origin not in relayer.writers


def state_of(record: Wire, relayer: Vouched | None = None) -> State:
    """A state as it arrived: what its writer evidently started from comes with it, and what its bundle
    claimed the writer had seen (counted only for what this store holds: app/knowledge.py).

    `relayer`: what a signer that vouches only for its own edits (a chair) vouches for. She may relay
    another workspace's state, and a base rev and a stamp she set there would make it show a value its
    writer never saw (a concurrent edit passing for a later one): such a state shows only her own
    workspaces' edits. The writer's own bundles, and the secretariat's, show the rest; until one comes,
    a value may stay open that it would have closed, never the other way round."""
    evident = evident_parent(record["rev"], record["origin"], record["base_rev"], record["stamps"])
    if relayed(relayer, record["origin"]):
        evident = tuple(stamp for stamp in evident if stamp[1] in relayer.own)
    return State(record["rev"], record["origin"], record["base_rev"], evident, claims_of(record))


def claims_of(record: Wire) -> tuple[Stamp, ...]:
    """A record's `seen` claims as stamps (the importer checked their shape; a state of this store's own
    dump carries none)."""
    seen = record.get(SEEN)
    return tuple(sorted((str(r), str(o)) for r, o in seen)) if seen else ()


def learn_stored(known: Knowledge, stored: Wire) -> State:
    """The stored row's state. A row that lineage does not know was stored as it arrived (or created
    here), so its own stamps are evidence; a merged row's head is in lineage already."""
    state = known.states.get((stored["rev"], stored["origin"]))
    if state is None:
        state = state_of(stored)
        known.add_states([state])
    return state


def open_losers(
    rt: RecordType, merged: Wire, candidates: dict[str, list[Version]], knowledge: Knowledge
) -> dict[str, list[Version]]:
    """Per field, the versions nobody who wrote a later version had seen, other than the winner."""
    losers: dict[str, list[Version]] = {}
    names = sorted(set(candidates) | set(knowledge.reopened))
    weighed = {name: [*candidates.get(name, ()), *knowledge.reopened.get(name, ())] for name in names}
    # Every field's versions are held before any is weighed, so a claim naming one counts alike for all
    # fields, whichever is weighed first (app/knowledge.py: `weighing`).
    knowledge.weighing(stamp_of(merged, name) for name in names)
    knowledge.weighing(v[0] for versions in weighed.values() for v in versions)
    for name in names:
        versions = weighed[name]
        winner: Version = (stamp_of(merged, name), merged["fields"].get(name))
        if all(stamp == winner[0] and same_value(value, winner[1]) for stamp, value in versions):
            continue  # every version is the winner (the usual field): nothing to weigh
        distinct = {(stamp, value_key(value)): (stamp, value) for stamp, value in [winner, *versions]}
        if len(distinct) < 2:
            continue
        # The value names the edit too: a copied profile's two laptops can draw one stamp for two values.
        frontier = [
            version
            for (_stamp, value_bytes), version in distinct.items()
            if not any(
                knowledge.knows(other[0], version[0], name, value_bytes)
                for other in distinct.values()
                if other is not version
            )
        ]
        # What a secretary reopened stays open beside the value the field holds, whatever the order says;
        # once: a value the field holds or another open version carries is not shown twice (keeping
        # theirs wrote a copy of it). Sorted, so every store keeps the same one.
        shown = {value_key(v[1]) for v in frontier} | {value_key(winner[1])}
        for version in sorted(knowledge.reopened.get(name, ()), key=lambda v: (v[0], value_key(v[1]))):
            if value_key(version[1]) not in shown:
                frontier.append(version)
                shown.add(value_key(version[1]))
        kept = list(
            {
                (v[0], value_key(v[1])): v
                for v in frontier
                if (v[0], value_key(v[1])) != (winner[0], value_key(winner[1]))
            }.values()
        )
        if kept:
            losers[name] = sorted(kept, key=lambda v: (v[0], value_key(v[1])))
    return losers


def candidates(
    rt: RecordType, stored: Wire, record: Wire, open_versions: dict[str, list[Version]]
) -> dict[str, list[Version]]:
    """Per field, the versions to weigh: the stored one, the incoming one, and those already open."""
    found: dict[str, list[Version]] = {}
    for name in rt.fields:
        versions = list(open_versions.get(name, ()))
        for side in (stored, record):
            stamp = stamp_of(side, name)
            if stamp != NO_STAMP:
                versions.append((stamp, side["fields"].get(name)))
        found[name] = versions
    return found


def load_knowledge(store: Store, record_id: str) -> Knowledge:
    knowledge = Knowledge()
    knowledge.add_states(
        State(
            rev,
            origin,
            base_rev,
            tuple([(r, o) for r, o in json.loads(knows)]) if knows else (),
            tuple([(r, o) for r, o in json.loads(claims)]) if claims else (),
        )
        for rev, origin, base_rev, knows, claims in store.conn.execute(
            "SELECT rev, origin, base_rev, knows, claims FROM merge_lineage WHERE record_id = ?",
            (record_id,),
        )
    )
    live: list[tuple[str, str, set[bytes]]] = []  # (field, decided rev, values reviewed)
    withdrawn: list[tuple[str, str, list[Version]]] = []  # (field, withdrawn at, reviewed)
    for field_name, kept, reviewed, rev, deleted, stamps in store.conn.execute(
        "SELECT field, kept, reviewed, rev, deleted, stamps FROM conflict_resolutions WHERE record_id = ?",
        (record_id,),
    ):
        versions: list[Version] = [
            ((v["rev"], v["origin"]), v.get("value")) for v in reviewed_versions(reviewed)
        ]
        kept_stamp = json.loads(kept or "[]")
        kept_version = (str(kept_stamp[0]), str(kept_stamp[1])) if len(kept_stamp) == 2 else None
        if deleted:
            withdrawn_at = (json.loads(stamps or "{}").get("deleted") or [rev])[0]
            withdrawn.append((field_name, str(withdrawn_at), versions))
            # Withdrawing a decision unsees nothing: a value the resolution wrote (theirs, or a text) was
            # written after reading every version it reviewed, and stays a later edit than each of them.
            # (Keeping ours wrote nothing: that its value beat the others was the decision withdrawn.)
            reviewed_stamps = [s for s, _v in versions]
            if kept_version is not None and kept_version not in reviewed_stamps:
                knowledge.add_resolution(field_name, kept_version, reviewed_stamps)
            continue
        live.append((field_name, rev, {value_key(value) for _stamp, value in versions}))
        if kept_version is None:
            continue
        knowledge.add_resolution(field_name, kept_version, [s for s, _v in versions])
    # A reopened (deleted) resolution opens again what it reviewed, on every store its tombstone reaches,
    # until a resolution decided after the reopening reviews those versions anew: their values, since a
    # reopened value the field held, or another open version carried, was shown once, under that stamp.
    for field_name, withdrawn_at, versions in withdrawn:
        for stamp, value in versions:
            settled_again = any(
                name == field_name and decided > withdrawn_at and value_key(value) in reviewed
                for name, decided, reviewed in live
            )
            if not settled_again:
                knowledge.reopened.setdefault(field_name, []).append((stamp, value))
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


def refresh_conflicts(
    store: Store,
    type_name: str,
    record_id: str,
    evidence: Forks | None = None,
    since: dict[str, Snapshot] | None = None,
) -> int:
    """Recompute one record's open conflicts from what this store knows (after a resolution arrived, or
    when a copied laptop profile's exports changed what is known of it). Returns how many values were
    newly opened: since the record's snapshot in `since` when it holds one (what was open before the
    merge that weighs it again began; else this step's own is put there), else since this step.
    """
    rt = record_type(type_name)
    row = store.conn.execute(f"SELECT * FROM {rt.table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return 0
    current = wire_record(rt, row)
    knowledge = load_knowledge(store, record_id)
    before = load_open_versions(store, record_id)
    weighed = {name: list(versions) for name, versions in before.items()}
    forks = evidence.of_record(record_id) if evidence is not None else None
    if forks is not None and evidence is not None:
        # A copied profile's histories: every version its exports carried is weighed again, in the
        # order its signer's chain gives (app/merge/forks.py).
        knowledge.forks = forks
        # A line several exports carried is one record (forks.load_evidence): weighed once, as again
        # would change nothing, and as its carriers vouch for it: a chair's export only for edits of the
        # workspace it names (state_of), so a base rev she forged on a relayed state stays ignored here
        carried_by: dict[int, tuple[Wire, set[str]]] = {}
        for export, carried in evidence.versions[record_id][1]:
            origins = carried_by.setdefault(id(carried), (carried, set()))[1]
            carrier = evidence.carriers.get(export)
            origins.update({carrier.origin} - {""} if carrier is not None else ())
        for carried, origins in carried_by.values():
            knowledge.add_states([state_of(carried, Vouched(frozenset(origins)))])
            for name in rt.fields:
                stamp = stamp_of(carried, name)
                if stamp != NO_STAMP:
                    weighed.setdefault(name, []).append((stamp, carried["fields"].get(name)))
    learn_stored(knowledge, current)
    losers = open_losers(rt, current, weighed, knowledge)
    basis = None if since is None else since.setdefault(record_id, (before, current["fields"]))
    return replace_conflicts(store.conn, rt, record_id, before, losers, current["fields"], since=basis)


def replace_conflicts(
    conn: Any,
    rt: RecordType,
    record_id: str,
    before: dict[str, list[Version]],
    after: dict[str, list[Version]],
    holds: dict[str, Any],
    held: dict[str, Any] | None = None,
    since: Snapshot | None = None,
) -> int:
    """Write a record's open conflicts; returns how many values are new for a person to review. `holds`:
    the record's fields now; `held`: before this merge (default: the same). A concurrent edit that typed
    the value the field holds stays a row, so that every store agrees, but there is nothing to review
    in it (app/conflicts.py lists none) until the field holds another value: a report that counted it
    would send a secretary to an empty list, and one that missed it later, to a longer one. A value
    open before under another stamp (a reopened version that a decision had copied, say) is no new one.
    `since`: the open versions and fields to count from instead of `before` and `held` (a merge that
    weighs a record more than once counts from what was open before it began)."""
    old_ids = {conflict_id(record_id, name, s, v) for name, vs in before.items() for s, v in vs}
    rows = [
        (conflict_id(record_id, name, s, v), rt.name, record_id, name, value_key(v).decode("utf-8"), *s)
        for name, vs in after.items()
        for s, v in vs
    ]
    if {r[0] for r in rows} != old_ids:
        conn.execute("DELETE FROM conflicts WHERE record_id = ?", (record_id,))
        conn.executemany(
            "INSERT INTO conflicts (id, record_type, record_id, field, value, rev, origin) VALUES"
            " (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    # Counted even when the rows stay: a row whose value the field held (nothing to review) shows once
    # the field holds another value.
    counted_from, fields_then = since if since is not None else (before, holds if held is None else held)
    # Counted by value: a value open before under another stamp (a reopened version that a decision
    # had copied, say) is the same line of the list, and no new one.
    return sum((_listed(after, holds) - _listed(counted_from, fields_then)).values())


def _listed(versions: dict[str, list[Version]], fields: dict[str, Any]) -> Counter[tuple[str, bytes]]:
    """The lines the conflict list shows, by field and value (not by stamp)."""
    return Counter(
        (name, value_key(v))
        for name, vs in versions.items()
        for _s, v in vs
        if value_key(v) != value_key(fields.get(name))
    )
