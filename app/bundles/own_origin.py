"""A secretary's own origin bound to her own key in a store several secretaries share.

On a SQLite workspace the store's origin is its one writer's, and `origins.bound_key` answers for it
from the workspace's own identity. On a shared store every secretary writes as an origin of her own,
and the others learn whose it is only from the store: without a binding, Britt's edits are a nameless
workspace in Anna's conflicts, and a bundle signed by another key could claim Britt's origin. So the
binding is written as soon as the secretary has both (her workspace joins with a key, or she makes
one), not when she first exports. The first binding stays, as for bundles (app/bundles/origins.py).
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.bundles.format import key_id_for

if TYPE_CHECKING:
    from app.store import Store


def bind_own_origin(store: Store, name: str, public_key_b64: str) -> None:
    """Bind `store.origin` to this key (and name its writer) unless it is bound already."""
    if store.conn.execute("SELECT 1 FROM origin_keys WHERE origin = ?", (store.origin,)).fetchone():
        return
    key_id = key_id_for(base64.b64decode(public_key_b64))
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.transaction():
        store.conn.execute(
            "INSERT INTO origin_keys (origin, key_id, public_key, bundle_id, bound_at)"
            " VALUES (?, ?, ?, '', ?) ON CONFLICT (origin) DO NOTHING",
            (store.origin, key_id, public_key_b64, now),
        )
        # Who wrote an edit is named from here (app/bundles/contributors.py): bundle_id '' = no bundle.
        store.conn.execute(
            "INSERT INTO origin_signers (origin, key_id, signer_name, bundle_id, seen_at)"
            " VALUES (?, ?, ?, '', ?) ON CONFLICT (origin, key_id) DO NOTHING",
            (store.origin, key_id, name, now),
        )
