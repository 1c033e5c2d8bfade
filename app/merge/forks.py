"""One origin, two histories: a laptop profile copied to a second laptop, seen in the signers' chains.

Every workspace's edits are linear (app/knowledge.py) until its profile is copied: then two laptops
stamp edits under one origin and sign with one key, each unaware of the other, and "the later stamp saw
the earlier" no longer holds. What shows it is the signer's chain of table exports: each manifest names
its sequence number and the hash of the signer's previous manifest, so two copies sign the same number
twice, or a manifest follows one this store does not hold at that number. Such a key is *forked*.

Each imported table export is kept here as its place in that chain plus its records (`remember`), so
the evidence is a function of the set of exports seen, whatever order they came in. A chair exports the
whole table each time, so the export names its records by line digest and each record line is kept once
(`merge_lines`); each export is noted as splitting its key's chain or not when it comes (`forked`), so
while no chain has split an import reads nothing of the evidence and writes only what is new. What the
evidence says:

- a stamp's writer is the signer of an export that names the stamp's origin as the workspace it was
  made in (app/bundles/origins.py), else of the earliest export that carried it (a relay signs later:
  it observed the export it relays, and the clock orders them);
- an edit by a forked key's laptop saw an earlier edit under the same origin only when an export that
  carried the earlier one is the writer's first export of the later one or one of its ancestors in
  the chain (the other copy may relay the later edit after its own, having merged it as one history).
  Both are looked up in the field being weighed: two copies can stamp two edits alike, in one field or
  in two, so a stamp alone does not name its writer;
- any other pair of edits under such an origin is concurrent, so the value that lost is open for a
  secretary to decide (`refresh_forked`), with every version the exports carried as candidates.

Where the chain has a gap this under-estimates what a laptop had seen, so it can show a sequential edit
as a conflict, never hide a concurrent one; keys that never forked are untouched.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.knowledge import SEEN, Stamp, evident_parent
from app.merge.line_lists import DELTA, LineLists
from app.merge.lines import keep_lines
from app.merge.registers import Wire, value_key
from app.store import Store

_FIELDS = (
    "manifest_sha256, key_id, sequence, previous, created_hlc, created_utc, bundle_id, signer_name, origin"
)


@dataclass(frozen=True)
class Carrier:
    """The signed table export that brings records, as its signer's chain knows it."""

    manifest_sha256: str
    key_id: str
    sequence: int
    previous: str | None
    created_hlc: str
    created_utc: str = ""
    bundle_id: str = ""
    signer_name: str = ""
    origin: str = ""  # the workspace it names as made in (signed; absent in older bundles)
    conference_id: str = ""
    tables: tuple[int, ...] = ()
    # Its records' line digests, in order (app/bundles/codec.py), when the reader kept them; else each
    # record is named by the digest of its canonical JSON.
    lines: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # The lines' own bytes, when the reader kept them: kept as the evidence of each record (the line
    # is the record, read back as the reader read it), rather than the record encoded again.
    texts: tuple[bytes, ...] = field(default=(), compare=False, repr=False)
    # Line digests an import may skip next time (app/bundles/digests.py): digest -> (record id, type,
    # table number, conference), written on the lines' own rows.
    known: dict[str, tuple[str, str, int, str]] = field(default_factory=dict, compare=False, repr=False)
    # The lines the store held when the bundle was read, looked up whole: digest -> whether the line itself
    # is kept (None: not looked up).
    held: dict[str, bool] | None = field(default=None, compare=False, repr=False)

    @property
    def order(self) -> tuple[str, str]:
        return (self.created_hlc, self.manifest_sha256)


def remember(store: Store, carrier: Carrier, records: Iterable[Wire]) -> None:
    """Keep an export's place in its signer's chain and its records (inside the import transaction):
    the records' lines this store does not hold yet, with the digests to remember of them (lines.py),
    and whether the export splits its key's chain."""
    records = list(records)
    digests = keep_lines(store, records, carrier.lines, carrier.texts, carrier.known, carrier.held)
    known = _forked_so_far(store, update=True)
    # Only the numbers around this one, or one numbered against the order it was made in, can split
    # the chain anew (see forked_keys).
    near = _carriers(
        store,
        "WHERE key_id = ? AND (sequence BETWEEN ? AND ? OR (sequence > ? AND created_hlc < ?)"
        " OR (sequence < ? AND created_hlc > ?))",
        (
            carrier.key_id,
            carrier.sequence - 1,
            carrier.sequence + 1,
            carrier.sequence,
            carrier.created_hlc,
            carrier.sequence,
            carrier.created_hlc,
        ),
    )
    splits = carrier.key_id in known or carrier.key_id in forked_keys([*near, carrier])
    store.conn.execute(
        f"INSERT INTO merge_carriers ({_FIELDS}, conference_id, tables, records, lines, forked)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (manifest_sha256) DO NOTHING",
        (
            carrier.manifest_sha256,
            carrier.key_id,
            carrier.sequence,
            carrier.previous,
            carrier.created_hlc,
            carrier.created_utc,
            carrier.bundle_id,
            carrier.signer_name,
            carrier.origin,
            carrier.conference_id,
            json.dumps(list(carrier.tables)),
            "",
            "".join(digests),
            int(splits),
        ),
    )


_CHUNK = 500


def _forked_so_far(store: Store, *, update: bool = False) -> set[str]:
    """The keys whose chain has split. Exports kept before this was noted per export are looked at
    once, all together (and noted, with `update`, inside the import's transaction)."""
    # One statement (an import asks this four times): the forked keys, and any export not looked at yet.
    rows = store.conn.execute(
        "SELECT DISTINCT key_id, forked FROM merge_carriers WHERE forked = 1 OR forked IS NULL"
    ).fetchall()
    if all(row[1] is not None for row in rows):
        return {row[0] for row in rows}
    forked = forked_keys(_carriers(store))
    if update:
        for key in forked:
            store.conn.execute(
                "UPDATE merge_carriers SET forked = 1 WHERE key_id = ? AND forked IS NULL", (key,)
            )
        store.conn.execute("UPDATE merge_carriers SET forked = 0 WHERE forked IS NULL")
    return forked


def forked_now(store: Store) -> set[str]:
    """The keys whose chain of table exports has split here (a copied laptop profile)."""
    return _forked_so_far(store)


def _carriers(store: Store, where: str = "", params: tuple[Any, ...] = ()) -> list[Carrier]:
    return [
        Carrier(
            *row[:8],
            origin=row[8] or "",
            conference_id=row[9] or "",
            tables=tuple(json.loads(row[10] or "[]")),
        )
        for row in store.conn.execute(
            f"SELECT {_FIELDS}, conference_id, tables FROM merge_carriers {where}", params
        )
    ]


def _carriers_of(store: Store, column: str, values: set[str]) -> list[Carrier]:
    """The exports whose `column` (key_id or conference_id) is one of `values` ("" for none)."""
    if not values:
        return []
    wanted = sorted(values)
    empty = " OR conference_id IS NULL" if column == "conference_id" and "" in values else ""
    return _carriers(store, f"WHERE {column} IN ({','.join('?' * len(wanted))}){empty}", tuple(wanted))


def forked_keys(carriers: list[Carrier]) -> set[str]:
    """Keys whose chain splits: one sequence number signed twice, a manifest whose previous is not
    the one this store holds at the number before it, or a number signed after a higher one (one
    laptop numbers its exports as it makes them: only a copy of its profile, or a restored backup,
    signs a lower number later)."""
    by_number: dict[tuple[str, int], set[str]] = {}
    for carrier in carriers:
        by_number.setdefault((carrier.key_id, carrier.sequence), set()).add(carrier.manifest_sha256)
    forked = {key for (key, _number), hashes in by_number.items() if len(hashes) > 1}
    for carrier in carriers:
        before = by_number.get((carrier.key_id, carrier.sequence - 1))
        if before and carrier.previous not in before:
            forked.add(carrier.key_id)
    latest: dict[str, str] = {}  # key -> the latest creation among its lower numbers seen so far
    for carrier in sorted(carriers, key=lambda c: (c.key_id, c.sequence)):
        if latest.get(carrier.key_id, "") > carrier.created_hlc:
            forked.add(carrier.key_id)
        latest[carrier.key_id] = max(latest.get(carrier.key_id, ""), carrier.created_hlc)
    return forked


def splits(chain: Iterable[Carrier], carrier: Carrier) -> bool:
    """Whether `carrier` forks its signer's chain as `chain` holds it (the rule of `forked_keys`, for one
    export): another export signed at its number, a previous that is not the export held at the number
    before, or an export held at the number after that does not follow it."""
    others = [c for c in chain if c.key_id == carrier.key_id and c.manifest_sha256 != carrier.manifest_sha256]
    if any(c.sequence == carrier.sequence for c in others):
        return True
    before = {c.manifest_sha256 for c in others if c.sequence == carrier.sequence - 1}
    if before and carrier.previous not in before:
        return True
    return any(c.sequence == carrier.sequence + 1 and c.previous != carrier.manifest_sha256 for c in others)


def carried_by_key(store: Store, key_id: str) -> list[dict[str, Any]]:
    """Every record state the key's table exports held here carried (to tell a re-signed older state,
    which brings none of its own, from the other copy of a copied profile)."""
    lists = LineLists(store)
    return [
        record
        for export, packed, lines in store.conn.execute(
            "SELECT manifest_sha256, records, lines FROM merge_carriers WHERE key_id = ?", (key_id,)
        ).fetchall()
        for record in _carried_records(store, export, packed, lines, lists)
    ]


@dataclass
class RecordForks:
    """The fork evidence about one record: which exports carried each of its edits, and their chains.

    Two copies of a profile can stamp different edits with one (rev, origin), in one field or in two, so
    an edit is its stamp *in a field, with its value*: the exports that carried that value there say who
    wrote it. Where one stamp holds two values in a field, which of them a question is about is not
    known, so both writers must have seen an edit before either is said to have (`precedes`).
    """

    # (field, stamp) -> per value carried there (its bytes), the exports that carried it
    carried_by: dict[tuple[str, Stamp], dict[bytes, set[str]]]
    ancestors: dict[str, set[str]]  # export -> itself and the exports before it in its signer's chain
    forked: set[str]  # forked keys
    carriers: dict[str, Carrier]

    # a state's (rev, origin) -> the other workspaces' edits each carried version of it shows it started
    # from (app/knowledge.py), one set per distinct answer
    heads: dict[Stamp, set[frozenset[Stamp]]] = field(default_factory=dict)

    any_field: dict[Stamp, set[str]] = field(default_factory=dict)  # stamp -> exports, in any field

    def __post_init__(self) -> None:
        for (_name, stamp), by_value in self.carried_by.items():
            for exports in by_value.values():
                self.any_field.setdefault(stamp, set()).update(exports)

    def _edits(self, stamp: Stamp, field_name: str) -> list[set[str]]:
        """The exports that carried the stamp in the field, one set per value (two when both copies
        drew it); a state's rev rather than one field's edit: every export that carried it, as one."""
        by_value = self.carried_by.get((field_name, stamp))
        if by_value is not None:
            return [by_value[value] for value in sorted(by_value)]
        found = self.any_field.get(stamp)
        return [found] if found else []

    def _first_of(self, exports: Iterable[str], stamp: Stamp) -> Carrier | None:
        """The writer's first export of an edit: the earliest made in the stamp's own workspace, else
        (older bundles name none) the earliest that carried it. A relay signs later: it observed the
        export it relays, and the clock orders them."""
        carriers = [self.carriers[e] for e in exports]
        home = [c for c in carriers if c.origin == stamp[1]]
        return min(home or carriers, key=lambda c: c.order) if carriers else None

    def first(self, stamp: Stamp, field_name: str = "") -> Carrier | None:
        """The first export of the stamp (in the field, whatever its value): whose key wrote it."""
        return self._first_of(set().union(*self._edits(stamp, field_name)), stamp)

    def shared_knows(self, head: Stamp) -> frozenset[Stamp] | None:
        """What every state stamped `head` started from, where the exports carried two different states
        under it (both copies drew the rev for an edit of this record); None where they agree.

        A store keeps one state per (rev, origin) and what is known of it is the union of what each
        arrival showed: one copy's state would lend what the other copy's had seen to every later edit
        of the copy that never saw it, and hide a concurrent edit.
        """
        answers = self.heads.get(head)
        if answers is None or len(answers) < 2:
            return None
        return frozenset.intersection(*answers)

    def governs(self, stamp: Stamp) -> bool:
        """Whether the stamp was written by a forked key's laptop (so its order is the chain's)."""
        first = self.first(stamp)
        return first is not None and first.key_id in self.forked

    def precedes(
        self, earlier: Stamp, later: Stamp, field_name: str = "", value: bytes | None = None
    ) -> bool:
        """Whether the writer of `later` had seen `earlier` (of `field_name`; both governed, one origin).

        Only the writer's own chain up to its first export of `later` shows what it had seen: the other
        copy may relay `later` after its own edits (it imported it, and its merge saw one origin, one
        history), and that relay says nothing about what the writer saw.

        Both edits are looked up in `field_name`, with their values: the two copies can draw the same
        stamp for different edits, and the export that carried the stamp in another field, or with
        another value, is the other copy's, whose chain the writer of `later` never saw. `value` names
        the edit at `earlier` (its bytes); without it, or when `later` names two edits, every writer of
        `later` must have seen every edit it may be: this may show a sequential edit as a conflict,
        never hide a concurrent one.
        """
        if earlier == later:
            return True
        if earlier[1] != later[1] or earlier[0] > later[0]:
            return False
        first_earlier = self.first(earlier, field_name)
        writers = [self._first_of(exports, later) for exports in self._edits(later, field_name)]
        if first_earlier is None or not writers:
            return False
        seen_by = [self.ancestors.get(w.manifest_sha256, set()) for w in writers if w is not None]
        if len(seen_by) < len(writers) or any(w.key_id != first_earlier.key_id for w in writers if w):
            return False
        edits = self._edits(earlier, field_name)
        by_value = self.carried_by.get((field_name, earlier), {})
        if value is not None and value in by_value:
            edits = [by_value[value]]
        return all(exports & chain for chain in seen_by for exports in edits)


@dataclass
class ForkEvidence:
    """Everything the exports of forked keys' tables say, for the records they carried."""

    forked: set[str]
    carriers: dict[str, Carrier]
    ancestors: dict[str, set[str]]
    # record id -> (type, [(export, the record as that export carried it)]); a line carried by several
    # exports is one record object (load_evidence)
    versions: dict[str, tuple[str, list[tuple[str, Wire]]]] = field(default_factory=dict)
    # record id -> its RecordForks: the evidence does not change while one merge reads it
    _of: dict[str, RecordForks | None] = field(default_factory=dict, repr=False)

    def of_record(self, record_id: str) -> RecordForks | None:
        if record_id in self._of:
            return self._of[record_id]
        found = self.versions.get(record_id)
        if found is None:
            return None
        carried_by: dict[tuple[str, Stamp], dict[bytes, set[str]]] = {}
        heads: dict[Stamp, set[frozenset[Stamp]]] = {}
        # Each record read once, however many exports carried it (a table is exported whole each time)
        read: dict[int, tuple[Stamp, frozenset[Stamp], list[tuple[str, Stamp, bytes]]]] = {}
        for export, record in found[1]:
            shown = read.get(id(record))
            if shown is None:
                head = (record["rev"], record["origin"])
                parents = evident_parent(*head, record["base_rev"], record["stamps"])
                parents += tuple((str(r), str(o)) for r, o in record.get(SEEN) or ())  # what it claimed too
                edits = [
                    (name, (str(s[0]), str(s[1])), value_key(_carried_value(record, name)))
                    for name, s in record["stamps"].items()
                    if s
                ]
                shown = read[id(record)] = (head, frozenset(parents), edits)
            head, parents_seen, edits = shown
            heads.setdefault(head, set()).add(parents_seen)
            for name, stamp, value in edits:
                carried_by.setdefault((name, stamp), {}).setdefault(value, set()).add(export)
        forks = RecordForks(carried_by, self.ancestors, self.forked, self.carriers, heads)
        self._of[record_id] = forks
        return forks

    def earliest(
        self, record_id: str, stamp: Stamp, field_name: str | None = None, value: Any = None
    ) -> Carrier | None:
        """The first export (by its signing stamp) that carried this edit of the record. Given a field and
        its value, only an export that carried that value counts: two copies of one profile that edit in
        the same millisecond write one stamp with different values."""
        wanted = value_key(value) if field_name is not None else None
        found = [
            self.carriers[export]
            for export, record in self.versions.get(record_id, ("", []))[1]
            if any(s and (str(s[0]), str(s[1])) == stamp for s in record["stamps"].values())
            and (wanted is None or value_key(_carried_value(record, field_name)) == wanted)
        ]
        return min(found, key=lambda c: c.order) if found else None


def _carried_value(record: Wire, field_name: str | None) -> Any:
    return record["deleted"] if field_name == "deleted" else record["fields"].get(field_name)


def load_evidence(store: Store) -> ForkEvidence | None:
    """The fork evidence, or None while no signer's chain has split (the usual case: nothing to read)."""
    forked = _forked_so_far(store)
    if not forked:
        return None
    # Read by key and by conference (both indexed), never every export the store keeps: the forked keys'
    # exports, the others of their conferences, and the chains of every key among them.
    own = _carriers_of(store, "key_id", forked)
    places = {(c.conference_id, t) for c in own for t in c.tables}
    nearby = _carriers_of(store, "conference_id", {place for place, _table in places})
    relevant = {
        c.manifest_sha256: c
        for c in [*own, *nearby]
        if c.key_id in forked or any((c.conference_id, t) in places for t in c.tables)
    }
    # A chain is followed through its own key's exports only (below).
    by_hash = {
        c.manifest_sha256: c for c in _carriers_of(store, "key_id", {c.key_id for c in relevant.values()})
    }
    ancestors: dict[str, set[str]] = {}
    for export in relevant:
        chain, current = set(), by_hash.get(export)
        while current is not None and current.manifest_sha256 not in chain:
            chain.add(current.manifest_sha256)
            parent = by_hash.get(current.previous or "")
            current = parent if parent is not None and parent.key_id == current.key_id else None
        ancestors[export] = chain
    evidence = ForkEvidence(forked, relevant, ancestors)
    marks = ",".join("?" * len(relevant))
    lists = LineLists(store)
    decoded: dict[str, Wire] = {}  # a line several exports carried, read once (never changed after)
    for export, packed, lines in store.conn.execute(
        f"SELECT manifest_sha256, records, lines FROM merge_carriers WHERE manifest_sha256 IN ({marks})"
        " ORDER BY manifest_sha256",
        list(relevant),
    ).fetchall():
        for record in _carried_records(store, export, packed, lines, lists, decoded):
            entry = evidence.versions.setdefault(record["id"], (record["type"], []))
            entry[1].append((export, record))
    return evidence


def _carried_records(
    store: Store,
    export: str,
    packed: str,
    lines: str | None,
    lists: LineLists,
    decoded: dict[str, Wire] | None = None,
) -> list[Wire]:
    """The records an export carried, as it carried them; `decoded`: lines read before, by their text
    (the same record object for the same line)."""
    if lines and lines.startswith(DELTA):
        lines = "".join(lists.digests(export))
    texts = _carried_texts(store, packed, lines or "")
    if decoded is None:
        return [_record_of(text) for text in texts]
    records = []
    for text in texts:
        record = decoded.get(text)
        if record is None:
            record = decoded[text] = _record_of(text)
        records.append(record)
    return records


def _record_of(text: str) -> Wire:
    """A kept record: a bundle's own line (a compact line is an array; a v1 line the record's JSON), or
    the record's canonical JSON as kept before lines were kept as they came."""
    if text.startswith("["):
        from app.bundles.records_compact import decode_known_line  # the line passed every check then

        return decode_known_line(text)
    return json.loads(text)


def _carried_texts(store: Store, packed: str, lines: str) -> list[str]:
    """The records an export carried, one canonical JSON each, in order."""
    if packed:  # kept whole, before records were kept by line
        return zlib.decompress(base64.b64decode(packed)).decode("utf-8").splitlines()
    digests = [lines[i : i + 32] for i in range(0, len(lines), 32)]
    texts: dict[str, str] = {}
    for start in range(0, len(digests), _CHUNK):
        chunk = digests[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        texts.update(
            store.conn.execute(f"SELECT digest, record FROM merge_lines WHERE digest IN ({marks})", chunk)
        )
    return [texts[d] for d in digests]


def earliest_carrier(
    store: Store, record_id: str, stamp: Stamp, field_name: str | None = None, value: Any = None
) -> Carrier | None:
    """The first export (by its signing stamp) that carried this edit of the record (with this value of
    the field, when given), while any signer's chain is forked (None otherwise)."""
    evidence = load_evidence(store)
    return evidence.earliest(record_id, stamp, field_name, value) if evidence is not None else None
