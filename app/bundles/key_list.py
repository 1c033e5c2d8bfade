"""The keys trusted here, one row a key: what the window's key list shows and changes.

A key may hold several grants (a chair of table 7 this spring, of table 2 next year); the list says them
all, since when the key is trusted, and how many of its bundles came in. This workspace's own key is
listed too, as the secretariat, but it is no name on the trust list: it is renamed with the identity and
cannot be revoked here (`OWN_KEY`: `rename` and `revoke` refuse it).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from app.bundles import naming, trust
from app.bundles.format import fingerprint_for, key_id_for
from app.bundles.identity import own_public_key
from app.errors import Said
from app.messages import message
from app.store import Store

REASON_KEY = "trust.revoked-reason:"  # + key id: why it was revoked, as said in the key list


@dataclass(frozen=True)
class KeyRow:
    key_id: str
    name: str  # the name the secretariat trusted it by (the identity's, for the own key)
    fingerprint: str
    grants: tuple[trust.Grant, ...]  # what it may write here
    since: str  # when it was first trusted for what it holds now ("" for the own key)
    bundles: int  # its bundles imported here
    own: bool = False  # this workspace's own key
    pinned: bool = False  # the secretariat key pinned by the first conference pack opened
    revoked_at: str = ""  # when it was revoked ("" while it may write); its grants are those it had
    reason: str = ""  # why, as the secretary said it


def revoked_keys(store: Store) -> list[KeyRow]:
    """The keys revoked here that may no longer write anything (with the grants they had, when and why),
    the latest first. A key rejected from quarantine was never trusted and is not among them."""
    counts = dict(
        store.conn.execute("SELECT key_id, COUNT(*) FROM bundle_imports GROUP BY key_id").fetchall()
    )
    active = {e.key_id for e in trust.entries(store, include_revoked=False)}
    rows: dict[str, KeyRow] = {}
    for entry in trust.entries(store):
        if entry.active or entry.key_id in active or entry.role not in trust.ROLES:
            continue
        known = rows.get(entry.key_id)
        rows[entry.key_id] = KeyRow(
            entry.key_id,
            entry.name,
            fingerprint_for(base64.b64decode(entry.public_key)),
            (*known.grants, entry.grant()) if known else (entry.grant(),),
            min(known.since, entry.added_at) if known else entry.added_at,
            counts.get(entry.key_id, 0),
            revoked_at=max(known.revoked_at, entry.revoked_at or "") if known else entry.revoked_at or "",
            reason=revoked_reason(store, entry.key_id),
        )
    return sorted(rows.values(), key=lambda r: r.revoked_at, reverse=True)


def keys(store: Store) -> list[KeyRow]:
    """Every key that may write here now, the own key first, then by name."""
    counts = dict(
        store.conn.execute("SELECT key_id, COUNT(*) FROM bundle_imports GROUP BY key_id").fetchall()
    )
    rows: dict[str, KeyRow] = {}
    for entry in trust.entries(store, include_revoked=False):
        known = rows.get(entry.key_id)
        grants = (*known.grants, entry.grant()) if known else (entry.grant(),)
        since = min(known.since, entry.added_at) if known else entry.added_at
        public_key = base64.b64decode(entry.public_key)
        rows[entry.key_id] = KeyRow(
            entry.key_id,
            entry.name,
            fingerprint_for(public_key),
            grants,
            since,
            counts.get(entry.key_id, 0),
        )
    for pin in store.conn.execute("SELECT * FROM bundle_pins ORDER BY pinned_at").fetchall():
        if pin["key_id"] in rows:
            continue
        grant = trust.Grant(trust.SECRETARIAT, pin["conference_id"])
        public_key = base64.b64decode(pin["public_key"])
        rows[pin["key_id"]] = KeyRow(
            pin["key_id"],
            pin["signer_name"],
            fingerprint_for(public_key),
            (grant,),
            pin["pinned_at"],
            counts.get(pin["key_id"], 0),
            pinned=True,
        )
    listed = sorted(rows.values(), key=lambda r: (r.name.casefold(), r.key_id))
    own = _own_row(store, counts)
    if own is not None:
        listed = [own, *(r for r in listed if r.key_id != own.key_id)]
    return listed


def _own_row(store: Store, counts: dict[str, int]) -> KeyRow | None:
    own = own_public_key(store)
    if own is None:
        return None
    name, public_key = own
    status = trust.status(store, public_key)
    key_id = key_id_for(public_key)
    grants = status.grants or (trust.Grant(trust.SECRETARIAT),)
    return KeyRow(key_id, name, fingerprint_for(public_key), grants, "", counts.get(key_id, 0), own=True)


def is_own(store: Store, key_id: str) -> bool:
    own = own_public_key(store)
    return own is not None and key_id_for(own[1]) == key_id


def rename(store: Store, key_id: str, name: str) -> str:
    """Give a listed key another name (naming.rename); never this workspace's own key."""
    if is_own(store, key_id):
        raise Said(message("own-key-rename"))
    return naming.rename(store, key_id, name)


def revoke(store: Store, key_id: str, reason: str) -> list[trust.TrustEntry]:
    """Revoke a listed key, by its id or first 8+ hex digits (trust.remove: its bundles are refused from
    now on), keeping why; never this workspace's own key, and never without a reason."""
    wanted = key_id.strip().lower().replace(" ", "")
    found = [r for r in keys(store) if r.key_id.startswith(wanted)] if len(wanted) >= 8 else []
    if len(found) == 1 and found[0].own:
        raise Said(message("own-key-revoke"))
    reason = " ".join(reason.split())
    if not reason:
        raise Said(message("revoke-needs-reason"))
    revoked = trust.remove(store, key_id)  # refuses a prefix too short, of several keys or of none
    # Kept beside the trust list, as the list is this workspace's own (no record that travels)
    store.meta_set(REASON_KEY + revoked[0].key_id, reason)
    return revoked


def revoked_reason(store: Store, key_id: str) -> str:
    """What the secretary said when revoking the key ("" when revoked without a reason)."""
    return store.meta_get(REASON_KEY + key_id) or ""
