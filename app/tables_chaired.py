"""The tables of a conference this laptop chairs: it exported one, or holds notes it wrote of one.

A chairs' follow-up (a pack whose manifest `requires` "table-scoped") is for the laptops chairing the
tables it covers; the chair's window asks before opening one of other tables (another table's words),
as sync leaves such a follow-up alone.
"""

from __future__ import annotations

from app.bundles.format import KIND_TABLE
from app.bundles.ledger import exports
from app.store import Store


def tables_chaired(store: Store, conference_id: str) -> set[int]:
    mine = {t for e in exports(store, conference_id) if e.kind == KIND_TABLE for t in e.tables}
    rows = store.conn.execute(
        "SELECT DISTINCT table_number FROM notes WHERE conference_id = ? AND origin = ?",
        (conference_id, store.origin),
    )
    return mine | {row[0] for row in rows}
