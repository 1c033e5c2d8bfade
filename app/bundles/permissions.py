"""May this signer write these records? Roles checked record by record, not from the manifest's claims.

The secretariat may write every known record type. The chair of a table may sign only table exports,
holding only table-scoped records (the table, its notes and proposals, and any later table-scoped type)
whose own conference and table fields name a table the key chairs; and, inside the import transaction,
only records that do not already exist here belonging to another table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.bundles.format import KIND_TABLE, BundleError
from app.bundles.reader import Bundle, table_of
from app.bundles.trust import TrustStatus
from app.records import RECORD_TYPES
from app.store import Store


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
    """A chair's record must not take over a record this workspace holds for another table or of
    another type (same id): call inside the import transaction, before merging."""
    if status.is_secretariat:
        return
    by_id = {r["id"]: r for r in records}
    ids = list(by_id)
    for rt in RECORD_TYPES.values():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in store.conn.execute(f"SELECT * FROM {rt.table} WHERE id IN ({marks})", chunk):
                incoming = by_id[row["id"]]
                if rt.name != incoming["type"]:
                    raise _refuse(status, f"record {row['id']} is a {rt.name} here, not a {incoming['type']}")
                conference_id, number = table_of(
                    {"type": rt.name, "fields": dict(zip(row.keys(), row, strict=True))}
                )
                if not any(g.covers(conference_id, number) for g in status.grants):
                    raise _refuse(status, f"record {row['id']} belongs to table {number} here")
