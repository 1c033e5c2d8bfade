"""May this signer write these records? Roles checked record by record, not from the manifest's claims.

Three kinds of grant (trust.py):
- the secretariat (listed, or this secretariat workspace's own key) may write every known record type;
- the secretariat of ONE conference: the key a chair's workspace pinned from that conference's first
  pack. It may write that conference's records (the conference, its questions, tables, notes and
  follow-up), and its process and themes, but never the process of a conference pinned to another
  key: a pack for a made-up conference must not rewrite a real one;
- the chair of a table: only table exports, holding only table-scoped records (the table, its notes
  and proposals, any later table-scoped type) whose own conference and table fields name a table the
  key chairs; of the table record only the table facts (participants, bands), of a table the workspace
  already has.
`check_role` needs only the bundle; `check_existing` runs inside the import transaction and compares
with what the workspace holds (a record id must not be taken over across tables or conferences).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.bundles.format import KIND_PACK, BundleError, refused
from app.bundles.reader import Bundle, table_of
from app.bundles.trust import CHAIR, SECRETARIAT, Grant, TrustStatus, pin_for
from app.records import RECORD_TYPES
from app.store import Store

TABLE_FACTS = ("participants", "bands")  # what a chair may change of its table record
PROCESS_TYPES = ("process", "theme")  # shared by every conference of a process


def _trusted(status: TrustStatus) -> list[dict[str, Any]]:
    """What the signer is trusted for, as messages: every role refusal says it."""
    return [m.as_json() for m in status.messages()]


def conference_of(record: dict[str, Any]) -> str | None:
    if record["type"] == "conference":
        return record["id"]
    return record["fields"].get("conference_id")


def process_of(record: dict[str, Any]) -> str | None:
    return record["id"] if record["type"] == "process" else record["fields"].get("process_id")


def _allows(grant: Grant, record: dict[str, Any]) -> bool:
    if grant.role == SECRETARIAT:
        if grant.conference_id is None:
            return True
        # Process-wide records are allowed here and checked against the store in check_existing.
        return record["type"] in PROCESS_TYPES or conference_of(record) == grant.conference_id
    if grant.role == CHAIR and RECORD_TYPES[record["type"]].scope == "table":
        conference_id, number = table_of(record)
        return grant.covers(conference_id, number)
    return False


_OWN_PLACE = ("conference", "process", "table")  # named by their own id, or compared in full


class _Allowed:
    """Whether the signer's grants allow a record, decided once per place: apart from a conference or
    a process (named by their own id), what `_allows` reads of a record is its type, conference and
    table, and a table's export holds a thousand records of one place."""

    def __init__(self, status: TrustStatus) -> None:
        self.grants = status.grants
        self.decided: dict[tuple[Any, ...], bool] = {}
        self.rows_allowed: set[tuple[Any, ...]] = set()  # (type, the stored row's place columns)

    def row_known(self, type_name: str, row: Any) -> bool:
        """Whether a stored row (id and place columns, `_columns`) is at a place already allowed."""
        return type_name not in _OWN_PLACE and (type_name, *tuple(row)[1:]) in self.rows_allowed

    def __call__(self, record: dict[str, Any], row: Any = None) -> bool:
        found = self._decide(record)
        if found and row is not None and record["type"] not in _OWN_PLACE:
            self.rows_allowed.add((record["type"], *tuple(row)[1:]))
        return found

    def _decide(self, record: dict[str, Any]) -> bool:
        type_name, fields = record["type"], record["fields"]
        if type_name in ("conference", "process"):
            return any(_allows(g, record) for g in self.grants)
        number = fields.get("number") if type_name == "table" else fields.get("table_number")
        place = (type_name, fields.get("conference_id"), number)
        try:
            found = self.decided.get(place)
        except TypeError:  # not a place at all (the domain checks refuse it): decide it alone
            return any(_allows(g, record) for g in self.grants)
        if found is None:
            found = self.decided[place] = any(_allows(g, record) for g in self.grants)
        return found


def check_role(status: TrustStatus, bundle: Bundle) -> None:
    """Raise BundleError("role") at the first record the signer may not write."""
    if status.is_secretariat:
        return
    if bundle.kind == KIND_PACK and not status.secretariat_of(bundle.conference_id):
        raise refused("role", "role-pack", trusted=_trusted(status))
    for number in bundle.tables:
        if bundle.kind != KIND_PACK and not any(
            g.covers(bundle.conference_id, number) for g in status.grants
        ):
            raise refused("role", "role-table", table=number, trusted=_trusted(status))
    allowed = _Allowed(status)
    if all(allowed(r) for r in bundle.read if r is not None) and all(
        allowed({"type": t, "fields": {"conference_id": c, "table_number": n}})
        for t, c, n in bundle.unread_places()  # a note's or sheet's place (codec.SKIPPABLE)
    ):
        return  # else the first record refused, in the bundle's order:
    for type_name, record_id, conference_id, number, record in bundle.places():
        if record is None:  # a line left unread: its place is its digest's row (codec.py)
            fields = {"conference_id": conference_id, "table_number": number}  # never a table's record
            record = {"id": record_id, "type": type_name, "fields": fields}
        if not allowed(record):
            kind, trusted = record["type"], _trusted(status)
            if RECORD_TYPES[kind].scope == "table":
                conference_id, number = table_of(record)
                raise refused(
                    "role",
                    "role-record-table",
                    type=kind,
                    table=number,
                    conference=str(conference_id),
                    trusted=trusted,
                )
            if conference_of(record):
                raise refused(
                    "role",
                    "role-record-conference",
                    type=kind,
                    conference=conference_of(record),
                    trusted=trusted,
                )
            raise refused("role", "role-record", type=kind, trusted=trusted)


@dataclass
class Looked:
    """What `check_existing` found held here of the records a bundle brings to merge (its parsed ids,
    in any record table), for the merge not to look the same ids up again. `held` stays None when it
    looked at nothing (a secretariat's bundle)."""

    held: frozenset[str] | None = None


def check_existing(store: Store, status: TrustStatus, bundle: Bundle, looked: Looked | None = None) -> None:
    """Checks against what this workspace holds, inside the import transaction before merging. The
    import holds the bundle's records (`Store.lock_records`) first, so what `looked` says stays true
    until it commits."""
    if status.is_secretariat:
        return
    types = bundle.unread_types()
    parsed: list[str] = []
    skipped: dict[str, list[str]] = {}
    for type_name in set(types.values()):
        skipped[type_name] = [i for i, t in types.items() if t == type_name]
    for record in bundle.read:
        if record is None:
            continue
        types[record["id"]] = record["type"]
        if record["id"] in bundle.skipped:  # read as a known line (its row named no conference)
            skipped.setdefault(record["type"], []).append(record["id"])
        else:
            parsed.append(record["id"])
    known_tables: set[str] = set()
    chair_only = not status.secretariat_of(bundle.conference_id)
    allowed = _Allowed(status)
    held = _held_anywhere(store, parsed, skipped)
    if looked is not None:  # a skipped line's row names an id the merge never gets (it is not merged)
        looked.held = frozenset(row[1] for row in held)
    incoming_tables = {r["id"]: r for r in bundle.of_type("table")}
    tables = _whole_tables(store, [r[1] for r in held if r[0] == "table"]) if chair_only else {}
    for type_name, record_id, *place in held:
        if type_name != types[record_id]:
            raise refused(
                "role",
                "role-retyped",
                record=record_id,
                here=type_name,
                incoming=types[record_id],
                trusted=_trusted(status),
            )
        row = (record_id, *place)
        if allowed.row_known(type_name, row):
            continue
        own = RECORD_TYPES[type_name].fields
        stored_fields = {name: value for name, value in zip(_PLACE, place, strict=True) if name in own}
        stored = {"id": record_id, "type": type_name, "fields": stored_fields}
        if not allowed(stored, row):
            raise _elsewhere(status, stored)
        if type_name == "table" and chair_only:  # a table record is never left unread (codec.SKIPPABLE)
            _check_table_facts(status, tables[record_id], incoming_tables[record_id])
            known_tables.add(record_id)
    if chair_only:
        _check_paper_sheets(store, status, bundle)
        for record in bundle.of_type("table"):
            if record["id"] not in known_tables:
                number = record["fields"].get("number")
                raise refused("role", "role-new-table", table=number, trusted=_trusted(status))
    else:
        _check_processes(store, status, bundle)


_PLACE = ("conference_id", "process_id", "number", "table_number")


def _held_anywhere(store: Store, parsed: list[str], skipped: dict[str, list[str]]) -> list[tuple[Any, ...]]:
    """Which of the bundle's records this store holds, in any record table, in ONE statement (a
    database server answers it in one round trip and one plan): (type, id, *where it belongs by
    _PLACE, NULL where the type has no such field). `parsed` ids are looked for in every table; a
    `skipped` line's id (merged here before, and nothing changes a record's type) only in its own, and
    those are given one row per place they are held at, named by its least id (a table's thousand
    known notes are one or two rows), after the others."""
    from app.dialect import json_list_items

    branches: list[str] = []
    params: list[Any] = [json.dumps(parsed)]
    for rt in RECORD_TYPES.values():
        place = ", ".join(
            f"{name}" if name in rt.fields else f"CAST(NULL AS {'INTEGER' if 'number' in name else 'TEXT'})"
            for name in _PLACE
        )
        branches.append(
            f"SELECT '{rt.name}' AS type, id, {place}, 0 FROM {rt.table}"
            " WHERE id IN (SELECT value FROM wanted)"
        )
        if skipped.get(rt.name):
            present = [name for name in _PLACE if name in rt.fields]
            branches.append(
                f"SELECT '{rt.name}' AS type, min(id), {place}, 1 FROM {rt.table}"
                f" WHERE id IN (SELECT value FROM {json_list_items(store, '?', 'own')})"
                + (f" GROUP BY {', '.join(present)}" if present else "")
                + " HAVING count(*) > 0"
            )
            params.append(json.dumps(skipped[rt.name]))
    sql = f"WITH wanted AS (SELECT value FROM {json_list_items(store, '?', 'listed')}) " + " UNION ALL ".join(
        branches
    )
    rows = [tuple(row) for row in store.conn.execute(sql, params).fetchall()]
    # The first place refused is named by the least id held there, as record by record.
    return [row[:-1] for row in rows if not row[-1]] + sorted(
        (row[:-1] for row in rows if row[-1]), key=lambda row: row[1]
    )


def _whole_tables(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The table records held here, whole: a chair's table record is compared fact by fact."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(f"SELECT * FROM conference_tables WHERE id IN ({marks})", ids).fetchall()
    return {row["id"]: dict(zip(row.keys(), row, strict=True)) for row in rows}


def _elsewhere(status: TrustStatus, record: dict[str, Any]) -> BundleError:
    """A stored record the signer may not write, named by where it belongs here."""
    trusted = _trusted(status)
    if RECORD_TYPES[record["type"]].scope == "table":
        conference_id, number = table_of(record)
        return refused(
            "role",
            "role-elsewhere-table",
            record=record["id"],
            table=number,
            conference=str(conference_id),
            trusted=trusted,
        )
    conference = str(conference_of(record))
    return refused(
        "role", "role-elsewhere-conference", record=record["id"], conference=conference, trusted=trusted
    )


def _check_table_facts(status: TrustStatus, stored: dict[str, Any], incoming: dict[str, Any]) -> None:
    """Only participants and bands may differ in a chair's table record unless older than here: an
    equal stamp with another value would win the tie on the value's bytes."""
    stamps = json.loads(stored["stamps"])
    for name in [*RECORD_TYPES["table"].fields, "deleted"]:
        if name in TABLE_FACTS:
            continue
        theirs = incoming["stamps"].get(name)
        ours = stamps.get(name)
        if theirs is not None and (ours is None or tuple(theirs) >= tuple(ours)):
            value = incoming["deleted"] if name == "deleted" else incoming["fields"][name]
            if value != (bool(stored[name]) if name == "deleted" else stored[name]):
                raise refused("role", "role-table-field", field=name, trusted=_trusted(status))


def _check_paper_sheets(store: Store, status: TrustStatus, bundle: Bundle) -> None:
    """A chair's bundle may say only that a chair typed a table's paper notes in: the minutes print
    who did ("av sekretariatet"), so a sheet typed by the secretariat is the secretariat's to write.
    What this workspace already holds may be relayed as it is."""
    sheets = {r["id"]: r for r in bundle.of_type("paper_sheet")}
    claims = {i: r["fields"].get("typed_by_role") for i, r in sheets.items()}
    if all(role == CHAIR for role in claims.values()):
        return
    held = dict(
        store.conn.execute(
            f"SELECT id, typed_by_role FROM paper_sheets WHERE id IN ({','.join('?' * len(sheets))})",
            list(sheets),
        ).fetchall()
    )
    for record_id, role in claims.items():
        if role != CHAIR and (record_id not in held or held[record_id] != role):
            _conference, number = table_of(sheets[record_id])
            if role:
                raise refused("role", "role-sheet", table=number, typist=role, trusted=_trusted(status))
            raise refused("role", "role-sheet-unnamed", table=number, trusted=_trusted(status))


def _check_processes(store: Store, status: TrustStatus, bundle: Bundle) -> None:
    """A conference's pinned key may write its process and themes only while no conference of that
    process is pinned here to another key, unless the signer is that conference's secretariat too (a
    member of the team its pack named, co_secretaries.py)."""
    processes = {process_of(r) for name in PROCESS_TYPES for r in bundle.of_type(name)}
    for process_id in processes:
        rows = store.conn.execute("SELECT id FROM conferences WHERE process_id = ?", (process_id,))
        for (conference_id,) in rows:
            pin = pin_for(store, conference_id)
            if (
                conference_id != bundle.conference_id
                and pin is not None
                and pin.key_id != bundle.key_id
                and not status.secretariat_of(conference_id)
            ):
                raise refused(
                    "role", "role-process", conference=conference_id, key=pin.key_id, trusted=_trusted(status)
                )
