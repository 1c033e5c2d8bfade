"""May this signer write these records? Roles checked record by record, not from the manifest's claims.

The secretariat may write every known record type. The chair of a table may sign only table exports,
holding only table-scoped records (the table, its notes and proposals, and any later table-scoped type)
whose own conference and table fields name a table the key chairs; and, inside the import transaction,
only records that do not already exist here belonging to another table, and of the table record only
the table facts (participants, bands) of a table this workspace already has.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.bundles.format import KIND_TABLE, BundleError
from app.bundles.reader import Bundle, table_of
from app.bundles.trust import TrustStatus
from app.records import RECORD_TYPES
from app.store import Store

TABLE_FACTS = ("participants", "bands")  # what a chair may change of its table record


def _refuse(status: TrustStatus, message: str) -> BundleError:
    return BundleError("role", f"{message}; the signer is trusted only as {status.describe()}")


def check_role(status: TrustStatus, bundle: Bundle) -> None:
    """Raise BundleError("role") at the first record the signer may not write."""
    if status.is_secretariat:
        return
    if bundle.kind != KIND_TABLE:
        raise _refuse(status, "a chair's key may not sign a conference pack")
    for record in bundle.records:
        _check_record(status, record)


def _check_record(status: TrustStatus, record: dict[str, Any]) -> None:
    rt = RECORD_TYPES[record["type"]]
    if rt.scope != "table":
        raise _refuse(status, f"the bundle writes a {rt.name} record, which only the secretariat may write")
    conference_id, number = table_of(record)
    if not any(g.covers(conference_id, number) for g in status.grants):
        raise _refuse(
            status,
            f"the bundle writes a {rt.name} record of table {number} (conference {str(conference_id)[:8]})",
        )


def check_existing(store: Store, status: TrustStatus, records: Iterable[dict[str, Any]]) -> None:
    """Checks against what this workspace holds, inside the import transaction before merging: a
    chair's record must not take over a record of another table or of another type (same id), and of
    the table record a chair may change only the table facts, on a table this workspace knows."""
    if status.is_secretariat:
        return
    by_id = {r["id"]: r for r in records}
    ids = list(by_id)
    known_tables: set[str] = set()
    for rt in RECORD_TYPES.values():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in store.conn.execute(f"SELECT * FROM {rt.table} WHERE id IN ({marks})", chunk):
                incoming = by_id[row["id"]]
                if rt.name != incoming["type"]:
                    raise _refuse(status, f"record {row['id']} is a {rt.name} here, not a {incoming['type']}")
                stored = dict(zip(row.keys(), row, strict=True))
                conference_id, number = table_of({"type": rt.name, "fields": stored})
                if not any(g.covers(conference_id, number) for g in status.grants):
                    raise _refuse(status, f"record {row['id']} belongs to table {number} here")
                if rt.name == "table":
                    _check_table_facts(status, stored, incoming)
                    known_tables.add(row["id"])
    for record in by_id.values():
        if record["type"] == "table" and record["id"] not in known_tables:
            raise _refuse(
                status,
                f"the bundle brings table {record['fields'].get('number')} as a table this workspace does not"
                " have; import the conference pack first",
            )


def _check_table_facts(status: TrustStatus, stored: dict[str, Any], incoming: dict[str, Any]) -> None:
    """Only participants and bands may be newer in a chair's table record than here."""
    stamps = json.loads(stored["stamps"])
    for name in [*RECORD_TYPES["table"].fields, "deleted"]:
        if name in TABLE_FACTS:
            continue
        theirs = incoming["stamps"].get(name)
        ours = stamps.get(name)
        if theirs is not None and (ours is None or tuple(theirs) > tuple(ours)):
            value = incoming["deleted"] if name == "deleted" else incoming["fields"][name]
            if value != (bool(stored[name]) if name == "deleted" else stored[name]):
                raise _refuse(
                    status, f"the bundle changes the table's {name}, which only the secretariat may"
                )
