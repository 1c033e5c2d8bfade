"""Which origins bound to no key here this store nonetheless knows to be a secretariat's workspace.

A secretariat's own bundles bind its origin to its key (origins.bind), but its edits reach a store in
other bundles too: a colleague secretariat's follow-up relays every origin, and each secretary of a
PostgreSQL team writes under an origin of her own that only her own signed bundles name. Bound to no
key, such an origin could pass for a chair's former workspace (succession.own_origins). What the store
holds says otherwise wherever the origin wrote what only a secretariat may write: a record of a
conference or of a process (every record type whose scope is not one table), or a field of a table's
record other than its facts (permissions.py). A chair's bundle carries nothing of these, so each came in a
secretariat's bundle or was written here. Read from the records as held (each field's stamp and the head)
and, for the records of a conference or a process, from the states they replaced (`merge_lineage`).

An origin this store holds none of that for (a secretary who only corrected notes, or one whose first
edit here is the one a chair relays) is not told apart from a chair's unbound former workspace: that
needs the secretariat's signed word on its origins (a bundle format field), which does not exist yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.bundles.permissions import TABLE_FACTS
from app.records import RECORD_TYPES
from app.store import Store

# The records only a secretariat writes; `table` records are read field by field (_wrote_a_table).
_SECRETARIATS_TABLES = tuple(rt.table for rt in RECORD_TYPES.values() if rt.scope != "table")
_TABLES = RECORD_TYPES["table"].table


def secretariats_among(store: Store, origins: Iterable[str]) -> frozenset[str]:
    """The origins among `origins` that wrote, as far as this store holds, what only a secretariat
    writes. Several statements per origin: asked only of origins bound to no key that a chair's bundle
    names as hers, which most bundles have none of."""
    return frozenset(
        origin for origin in sorted(set(origins)) if _wrote_what_a_secretariat_writes(store, origin)
    )


def _wrote_what_a_secretariat_writes(store: Store, origin: str) -> bool:
    stamped = f'%"{origin}"%'  # an origin is 16 hex digits, a stamp ["<rev>", "<origin>"] in the JSON text
    for table in _SECRETARIATS_TABLES:
        held = store.conn.execute(
            f"SELECT 1 FROM {table} WHERE origin = ? OR stamps LIKE ? LIMIT 1", (origin, stamped)
        ).fetchone()
        if held:
            return True
        # CROSS JOIN: SQLite reads this table's few rows and looks each up by the lineage's key, rather
        # than reading the whole lineage (every note's) for an origin it has no index on
        replaced = store.conn.execute(
            f"SELECT 1 FROM {table} AS r CROSS JOIN merge_lineage AS l"
            " WHERE l.record_id = r.id AND l.origin = ? LIMIT 1",
            (origin,),
        ).fetchone()
        if replaced:
            return True
    return _wrote_a_table(store, origin, stamped)


def _wrote_a_table(store: Store, origin: str, stamped: str) -> bool:
    """A table's record stamped by the origin on a field a chair may not change (all but its facts)."""
    for (stamps,) in store.conn.execute(f"SELECT stamps FROM {_TABLES} WHERE stamps LIKE ?", (stamped,)):
        pairs = json.loads(stamps or "{}")
        if any(pair and pair[1] == origin for name, pair in pairs.items() if name not in TABLE_FACTS):
            return True
    return False
