"""The origin of an edit is bound to the key that signed it.

Every stamp names the origin (workspace) that wrote it; merge orders edits by (rev, origin) and tells
sequential edits from concurrent ones by what each origin had seen. A chair's key that could stamp its
edits with the secretariat's origin (or another chair's) would make an overwrite look like that
workspace's own next edit, and hide the conflict a secretary must see. So each origin a chair's key
brings *new* edits under is bound to that key, the first time; later, another key bringing new edits
under it is refused, and no key but ours may bring new edits under this workspace's own origin.

An edit is new when its stamp is not what this store holds for that field and is not older than it (an
older stamp cannot win, so relaying it claims nothing). The secretariat's keys relay everyone's edits
(a follow-up pack carries the chairs' notes as reviewed) and are neither bound nor checked.
"""

from __future__ import annotations

import json
from typing import Any

from app.bundles.format import BundleError, key_id_for
from app.bundles.identity import own_public_key
from app.bundles.ledger import utc_now_text
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


def check_and_bind(store: Store, bundle: Bundle) -> None:
    """Inside the import transaction of a chair's bundle: refuse edits under an origin that belongs to
    another key (or to this workspace), and bind the origins this key writes under to it."""
    own = own_public_key(store)
    own_key_id = key_id_for(own[1]) if own else None
    for origin in sorted(new_write_origins(store, bundle)):
        if origin == store.origin and bundle.key_id != own_key_id:
            raise BundleError(
                "origin",
                f"the bundle brings edits stamped as this workspace's own ({origin}); a chair's key may"
                " only sign its own workspace's edits",
            )
        row = store.conn.execute("SELECT key_id FROM origin_keys WHERE origin = ?", (origin,)).fetchone()
        if row is None:
            store.conn.execute(
                "INSERT INTO origin_keys (origin, key_id, bound_at) VALUES (?, ?, ?)",
                (origin, bundle.key_id, utc_now_text()),
            )
        elif row[0] != bundle.key_id:
            raise BundleError(
                "origin",
                f"the bundle brings edits stamped with the origin {origin}, which belongs to another key"
                f" ({row[0]}); a chair's key may only sign its own workspace's edits",
            )
