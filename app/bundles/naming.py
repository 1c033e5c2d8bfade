"""The name a trusted key goes by: every list, report and the table minutes print it for the key's
signatures, so two keys may not read as one name (`clashes.name_key`), and a key can be renamed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.bundles.clashes import LABEL, name_key, person_key
from app.bundles.format import key_id_for
from app.bundles.identity import own_public_key
from app.bundles.trust import entries
from app.errors import NotFound, UserError
from app.store import Store


@dataclass(frozen=True)
class Holder:
    """A key that goes by a name already: an active trusted key, or this workspace's own."""

    key_id: str
    name: str


def name_holder(store: Store, name: str, key_id: str) -> Holder | None:
    """Another active key trusted under a name that reads as `name` (clashes.name_key: case, marks,
    order), or this workspace's own key by its identity's name, so lists and minutes could not tell the
    two keys apart; None when the name is free. A revoked key's name is free again."""
    key = name_key(name)
    if not key:
        return None
    named = [Holder(e.key_id, e.name) for e in entries(store, include_revoked=False)]
    own = own_public_key(store)
    if own is not None:
        named.append(Holder(key_id_for(own[1]), own[0]))
    return next((h for h in named if h.key_id != key_id and name_key(h.name) == key), None)


def second_laptop_name(store: Store, name: str, key_id: str) -> str:
    """The name to suggest for another laptop key of the chair called `name`: "Anna Berg (laptop 2)",
    or (laptop 3) when her second laptop's key has that one, and so on."""
    base = person_name(name)
    number = 2
    while name_holder(store, f"{base} (laptop {number})", key_id) is not None:
        number += 1
    return f"{base} (laptop {number})"


def laptop_number(store: Store, name: str, key_id: str) -> int:
    """Which of her laptops a new key of the chair called `name` is, for the name suggested for it: one
    more than the keys of hers (clashes.person_key) trusted here, at least 2."""
    person = person_key(name)
    named = [Holder(e.key_id, e.name) for e in entries(store, include_revoked=False)]
    own = own_public_key(store)
    if own is not None:
        named.append(Holder(key_id_for(own[1]), own[0]))
    return max(2, len({h.key_id for h in named if h.key_id != key_id and person_key(h.name) == person}) + 1)


def person_name(name: str) -> str:
    """A key's name without the label in brackets at its end ("Anna Berg (laptop 2)" -> "Anna Berg")."""
    return LABEL.sub("", name) or name


def rename(store: Store, key_id: str, name: str) -> str:
    """Give a trusted key (key id, or its first 8+ hex digits) a new name: every row of it and the pin
    of a conference pack it signed, so every list and minutes name the key by it. Returns the key id."""
    name = " ".join(name.split())
    if not name:
        raise UserError("give the key a name, e.g. “Karin Sjöström (laptop 2)”")
    wanted = key_id.strip().lower().replace(" ", "")
    if len(wanted) < 8 or not re.fullmatch(r"[0-9a-f]+", wanted):
        raise UserError("give at least 8 hex digits of the key id")
    found = {e.key_id for e in entries(store) if e.active and e.key_id.startswith(wanted)}
    found |= {
        row["key_id"]
        for row in store.conn.execute("SELECT key_id FROM bundle_pins")
        if row["key_id"].startswith(wanted)  # a plain prefix: never a LIKE pattern from what was typed
    }
    if len(found) > 1:
        raise UserError(f"{wanted} matches several keys; give more of the key id")
    if not found:
        raise NotFound(f"no trusted key with id {wanted}")
    (full,) = found
    other = name_holder(store, name, full)
    if other is not None:
        raise UserError(
            f"another key ({other.key_id}) is already trusted as {other.name}; choose another name"
        )
    with store.transaction():
        store.conn.execute("UPDATE bundle_trust SET name = ? WHERE key_id = ?", (name, full))
        store.conn.execute("UPDATE bundle_pins SET signer_name = ? WHERE key_id = ?", (name, full))
        # The ledger keeps the name each import was signed under: the roster's "signed by" and
        # `rundabord imports` read it, and would go on naming the key by its old name.
        store.conn.execute("UPDATE bundle_imports SET signer_name = ? WHERE key_id = ?", (name, full))
    return full


def renamable(store: Store, key_id: str) -> bool:
    """Whether `rename` can name this key: it is on the trust list or pinned (not this workspace's own
    key, whose name is its identity's)."""
    if any(e.active and e.key_id == key_id for e in entries(store)):
        return True
    return store.conn.execute("SELECT 1 FROM bundle_pins WHERE key_id = ?", (key_id,)).fetchone() is not None
