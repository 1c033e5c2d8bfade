"""The secretariat's origin is bound to the secretariat's key.

Every stamp names the origin (workspace) that wrote it; merge orders edits by (rev, origin) and tells
sequential edits from concurrent ones by what each origin had seen. A chair's key that could stamp its
edits with this workspace's own origin would make its overwrite look like our own next edit and hide
the conflict a secretary must see. So no bundle but one signed by this workspace's own key may bring
*new* edits under this workspace's origin.

An edit is new when its stamp is not what this store holds for that field and is not older than it (an
older stamp cannot win, so relaying it claims nothing). Chairs do relay each other's edits (a spare
laptop takes over a table's export and goes on), so other origins are not bound to one key.
"""

from __future__ import annotations

import json
from typing import Any

from app.bundles.format import BundleError, key_id_for
from app.bundles.identity import own_public_key
from app.bundles.reader import Bundle
from app.records import RECORD_TYPES
from app.store import Store

_CHUNK = 500


def _stored_stamps(store: Store, bundle: Bundle) -> dict[str, dict[str, tuple[str, str]]]:
    """{record id: {field or "": (rev, origin)}} of what the store holds of the bundle's records."""
    by_type: dict[str, list[str]] = {}
    for record in bundle.records:
        by_type.setdefault(record["type"], []).append(record["id"])
    held: dict[str, dict[str, tuple[str, str]]] = {}
    for type_name, ids in by_type.items():
        table = RECORD_TYPES[type_name].table
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for record_id, rev, origin, stamps in store.conn.execute(
                f"SELECT id, rev, origin, stamps FROM {table} WHERE id IN ({marks})", chunk
            ):
                pairs = {name: (pair[0], pair[1]) for name, pair in json.loads(stamps or "{}").items()}
                held[record_id] = {**pairs, "": (rev, origin)}
    return held


def new_write_origins(store: Store, bundle: Bundle) -> set[str]:
    """The origins under which the bundle brings edits this store has not seen and that may win."""
    held = _stored_stamps(store, bundle)
    origins: set[str] = set()
    for record in bundle.records:
        stored = held.get(record["id"], {})
        claims: list[tuple[str, Any]] = [("", (record["rev"], record["origin"]))]
        claims += [(name, (pair[0], pair[1])) for name, pair in record["stamps"].items()]
        for name, stamp in claims:
            ours = stored.get(name)
            if ours is None or stamp > ours:
                origins.add(stamp[1])
    return origins


def check_origins(store: Store, bundle: Bundle) -> None:
    """Inside the import transaction of a chair's bundle: refuse new edits under our own origin."""
    own = own_public_key(store)
    if own is not None and key_id_for(own[1]) == bundle.key_id:
        return
    if store.origin in new_write_origins(store, bundle):
        raise BundleError(
            "origin",
            f"the bundle brings edits stamped as this workspace's own ({store.origin}); a chair's key may"
            " only sign edits made elsewhere",
        )
