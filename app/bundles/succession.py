"""A laptop with a new key, and the edits it made under its former identity.

When a chair's key is lost (its keys folder is gone, so `identity create` again) or its profile was
copied (`identity renew`), the laptop gets a new key and a new origin (app/bundles/identity.py,
renewal.py), but its notes keep the stamps they were written with, under the former origin. What it
never exported under the old key, or exported to a stick that was lost, travels in the new key's exports
as edits of the former origin, and the relay rules (app/bundles/origins.py) refuse an edit over that
origin's own earlier edit from any other key: only the origin's own key may claim it. Here, though, the
claim is the laptop's own.

So the laptop says so, signed: a table export names the former origins of its workspace that its
records carry (`created.former`, format.py). The secretariat takes such an origin's edits as the
signer's own (the relay rule over the origin's own edit is lifted; every other rule stands) when

1. the origin's key is trusted here as chair of the record's table, or was until it was removed (a lost
   key is taken off the trust list), and the signer is trusted as chair of it now;
2. the secretariat trusts both keys under one person's name (`clashes.name_key`: case, marks, order):
   the same chair's new key card, not a colleague's laptop at the same table; and
3. no other key took that origin over here before (`origin_successors`: the first stays).

A later edit of the origin held here that the claim fails to show still refuses it (a made-up state),
and a key relaying someone else's workspace without such a claim is refused as before. The receipt
says when a key takes a workspace over (`origin-taken-over`), so the secretary sees it happen.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.bundles import team_origins
from app.bundles.clashes import name_key
from app.bundles.format import BundleError, key_id_for, refused
from app.bundles.identity import former_origins
from app.bundles.ledger import utc_now_text
from app.bundles.trust import CHAIR, TrustStatus, entries, status
from app.messages import Message, message
from app.store import Store
from app.writing_origins import writing_origins

if TYPE_CHECKING:
    from app.bundles.reader import Bundle


def former_in(store: Store, records: Iterable[dict[str, Any]]) -> list[str]:
    """This workspace's former origins that the records carry edits of: what an export claims."""
    former = set(former_origins(store)) - {store.origin}
    if not former:
        return []
    carried: set[str] = set()
    for record in records:
        carried.add(record["origin"])
        carried.update(pair[1] for pair in record["stamps"].values() if pair)
    return sorted(former & carried)


def chaired(store: Store, public_key: bytes, conference_id: str | None, table: int | None) -> bool:
    """Whether the key is, or was before it was removed, trusted here as chair of that table."""
    encoded = base64.b64encode(public_key).decode("ascii")
    return any(
        e.public_key == encoded
        and e.role == CHAIR
        and e.conference_id == conference_id
        and e.table_number == table
        for e in entries(store)
    )


def own_origins(store: Store, signer: TrustStatus, bundle: Bundle) -> frozenset[str]:
    """The origins a chair's bundle vouches for as her own (what an edit there had seen, and its
    evident parent): her workspace, and each former one it names that these rules let be hers: bound
    to no key, to her key, or to a key that chaired a table of the bundle under her name. Never this
    store's own origins (a PostgreSQL team's secretaries) nor an origin bound to a secretariat's key,
    whatever `former` names. A bundle from before origins were named (no `created.origin`) vouches for
    what origins.check_origins takes as the signer's: origins bound to her key or to nobody. An origin
    bound to no key may also be a secretariat's whose edits came here only in someone else's bundle:
    unless a pack of a secretariat of the conference named it so (team_origins.py), nothing this store
    holds tells it from her lost laptop that never exported, so it counts as hers (docs/ARCHITECTURE.md
    says what that leaves open). A former origin that fails is not hers: her
    stamps under it meet the relay rules, what its states show their writer started from is ignored
    (a conflict may stay open), and a `seen` claim on such a state refuses the bundle
    (origins._check_claims_own)."""
    home = bundle.home_origin
    candidates = set(bundle.former_origins) if home is not None else bundle.stamp_origins()
    candidates -= writing_origins(store.conn, store.origin) | {home}  # this store's own secretaries' too
    if home is None:  # check_origins has refused a bundle naming a former one a secretariat named
        candidates -= set(team_origins.claimed(store, bundle, candidates))  # a secretariat's word
    own = {home} if home is not None else set()
    name = name_key(signer.name or bundle.signer_name)
    for origin in sorted(candidates):
        row = store.conn.execute("SELECT public_key FROM origin_keys WHERE origin = ?", (origin,)).fetchone()
        owner = base64.b64decode(row[0]) if row else None
        mine = owner is None or owner == bundle.public_key
        if mine or (home is not None and _chaired_as(store, owner, bundle, name)):
            own.add(origin)
    return frozenset(own)


def _chaired_as(store: Store, owner: bytes, bundle: Bundle, name: str) -> bool:
    """Whether the key chaired a table of the bundle, holds no other role, and is trusted under the
    signer's name: the same chair's earlier key (rules 1 and 2)."""
    known = status(store, owner)
    if any(g.role != CHAIR for g in known.grants):
        return False
    if not any(chaired(store, owner, bundle.conference_id, table) for table in bundle.tables):
        return False
    return bool(name) and name == name_key(known.name or "")


def takeover_problem(
    store: Store, signer: TrustStatus, bundle: Bundle, origin: str, owner_public_key: bytes
) -> BundleError | None:
    """Why the signer may not take the origin (bound here to `owner_public_key`) over as its own
    former workspace (rules 2 and 3), or None."""
    taken = successor_of(store, origin)
    name = signer.name or bundle.signer_name
    if taken is not None and taken != bundle.key_id and taken not in _former_keys(store, bundle):
        return _second_taker(store, name, bundle, origin, taken)
    other = status(store, owner_public_key).name or ""
    if not name_key(name) or name_key(name) != name_key(other):
        return refused(
            "origin",
            "successor-other-name",
            origin=origin,
            key=key_id_for(owner_public_key),
            name=name,
            other=other,
        )
    return None


def _second_taker(store: Store, name: str, bundle: Bundle, origin: str, taken: str) -> BundleError:
    """Another key took the origin over first. Under the same chair's name that is a copied profile:
    the laptop was copied before each copy got a key of its own, and both bring its old changes. Said
    plainly (the secretary cannot tell the copies' old changes apart, so nothing of this one is taken)."""
    row = store.conn.execute(
        "SELECT public_key, bound_at FROM origin_successors WHERE origin = ?", (origin,)
    ).fetchone()
    first = status(store, base64.b64decode(row[0])).name or "" if row else ""
    if not name_key(name) or name_key(name) != name_key(first):
        return refused("origin", "successor-taken", origin=origin, key=taken)
    return refused(
        "successor", "successor-copied", name=name, key=taken, signer_key=bundle.key_id, when=row[1][:10]
    )


def unclaimed_problem(
    store: Store, signer: TrustStatus, bundle: Bundle, origin: str, owner_public_key: bytes
) -> BundleError | None:
    """An edit over the origin's own, brought without the claim by a key the secretariat trusts under
    the same chair's name as the origin's key: her other laptop passing on what the first one has not
    sent yet, or a laptop that changed its key with a Rundabord from before the claim, which never
    noted its former workspace (app/bundles/identity.py notes it since; m410 on updating). Said
    plainly, with both remedies; None for anyone else (the plain relay refusal stands)."""
    name, owner = signer.name or "", status(store, owner_public_key).name or ""
    if not name_key(name) or name_key(name) != name_key(owner):
        return None
    return refused(
        "former", "former-unclaimed", name=name, key=key_id_for(owner_public_key), signer_key=bundle.key_id
    )


def _former_keys(store: Store, bundle: Bundle) -> set[str]:
    """The keys of the signer's other former workspaces: a laptop that renewed twice took its first
    workspace over with its second key, and its third key takes over both."""
    marks = ",".join("?" * len(bundle.former_origins))
    rows = store.conn.execute(
        f"SELECT key_id FROM origin_keys WHERE origin IN ({marks})", bundle.former_origins
    )
    return {row[0] for row in rows}


def successor_of(store: Store, origin: str) -> str | None:
    """The key id that took the origin over here, if one did."""
    row = store.conn.execute("SELECT key_id FROM origin_successors WHERE origin = ?", (origin,)).fetchone()
    return row[0] if row else None


def bind(store: Store, bundle: Bundle, signer: TrustStatus, taken: Iterable[str]) -> list[Message]:
    """Inside the import transaction, after the checks: the first key to take an origin over keeps it.
    `taken` are the origins whose edits the bundle brought as its own (origins.check_origins)."""
    said: list[Message] = []
    for origin in sorted(set(taken)):
        if successor_of(store, origin) is not None:
            continue
        row = store.conn.execute("SELECT key_id FROM origin_keys WHERE origin = ?", (origin,)).fetchone()
        store.conn.execute(
            "INSERT INTO origin_successors (origin, key_id, public_key, bundle_id, bound_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin) DO NOTHING",
            (
                origin,
                key_id_for(bundle.public_key),
                base64.b64encode(bundle.public_key).decode("ascii"),
                bundle.bundle_id,
                utc_now_text(),
            ),
        )
        said.append(
            message(
                "origin-taken-over",
                signer=signer.name or bundle.signer_name,
                origin=origin,
                key=row[0] if row else "",
            )
        )
    return said
