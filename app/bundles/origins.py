"""Every origin is bound to one key; another key may only relay its edits, within the same table.

Every stamp names the origin (workspace) that wrote it, and merge trusts what an origin says about
itself: an edit stamped (r, O) knows every earlier edit of O (app/knowledge.py). A key that could stamp
its edit with another workspace's origin could make its overwrite look like that workspace's own next
edit and hide the conflict a secretary must see. So:

- **Binding.** A bundle names the workspace it was made in (`created.origin`, signed with the rest of
  the manifest). The first bundle naming an origin binds it to its signer (`origin_keys`); this
  workspace's own origin is bound to its own key. A bundle naming an origin bound to another key is
  refused.
- **Relay.** Chairs relay each other's edits: a spare laptop that imported the main laptop's export
  carries the main laptop's stamps in its own. A bundle not signed by a secretariat of its conference
  may bring *new* edits (a stamp not older than what this store holds for that field) under an origin
  bound to another key only when
  1. that key is trusted here as chair of the record's own table (so never under the origin of the
     secretariat, of this workspace, of a revoked key, or of a chair of another table), and
  2. the edit does not take over a field this store holds as written by that same origin (an edit
     stamped later by the same origin would look sequential: that claim only the origin's own key may
     make; import its own bundle first, after which the relayed stamp is no longer new), and
  3. the store does not already hold an edit of that origin to the record at the same moment or later
     (an origin's later state carries all its earlier stamps, so a stamp it never showed is made up).
  Rule 1 refuses with the check `origin`; 2 and 3 with `relay` (the remedy is another import first).
  Rule 2 is lifted for the signer's own former workspace, which its export names (a laptop that
  renewed or re-created its identity: app/bundles/succession.py says when that claim is taken).
- The secretariat's bundles (packs, follow-up bundles) relay every origin: the secretariat is trusted
  for everything its grant covers.
- **Claims.** What an edit had seen (`seen`, format 3) counts for the state it sits on, so only that
  state's writer may say it: in any other bundle, a record claiming it must be of the bundle's own
  workspace (or a former one it names that succession.own_origins lets be hers); otherwise the bundle
  is refused (check `origin`). What such a bundle's relayed state shows its writer started from (its
  evident parent) counts only for the bundle's own workspaces' edits, unless the state's writer is a
  chair of its table (rule 1, `chairs_of_their_tables`): the merge ignores the rest
  (app/merge/frontier.py: `state_of`), since an honest relay shows other workspaces' edits too and
  refusing it would refuse the chair.

A chair's bundle naming as its own or former workspace an origin a secretariat's pack named as its
writer's (app/bundles/team_origins.py), or one of this store's other secretaries' bound to no key
yet (app/writing_origins.py: a PostgreSQL team's, who has signed no bundle), is refused (check
`origin`); a bound one meets the binding rules as this workspace's own origin does.

What remains: before an origin's own first bundle arrives it is bound to nobody, and a chair of the same
table can bring edits under it (it could write that table's notes under its own origin anyway); a
chair's made-up state of another laptop of its table, at a moment that laptop's own bundles have not
shown here, cannot be told from a real relay. Both stay within the table that chair is trusted for.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from app.bundles import team_origins
from app.bundles.format import BundleError, key_id_for, refused
from app.bundles.identity import own_public_key
from app.bundles.ledger import utc_now_text
from app.bundles.reader import Bundle, table_of
from app.bundles.succession import chaired, own_origins, takeover_problem, unclaimed_problem
from app.bundles.trust import CHAIR, Grant, TrustStatus, status
from app.knowledge import SEEN
from app.records import RECORD_TYPES
from app.store import Store
from app.writing_origins import writing_origins

_CHUNK = 2000  # ids per look-up: a bundle in one or a few statements
# Up to this many origins in a bundle, each is looked up first: when none is bound to another key, the
# records and what the store holds of them need no look at all (a chair's export names one or two).
_FEW_ORIGINS = 64
Held = dict[str, dict[str, tuple[str, str]]]  # {record id: {field or "": (rev, origin)}}


@dataclass(frozen=True)
class BoundKey:
    key_id: str
    public_key: bytes


def bound_key(store: Store, origin: str) -> BoundKey | None:
    """The key an origin belongs to here, if known: our own key for our origin, else its binding."""
    if origin == store.origin:  # ours even before this workspace has a key: then nobody else's
        own = own_public_key(store)
        return BoundKey(key_id_for(own[1]), own[1]) if own is not None else BoundKey("none yet", b"")
    row = store.conn.execute(
        "SELECT key_id, public_key FROM origin_keys WHERE origin = ?", (origin,)
    ).fetchone()
    return BoundKey(row[0], base64.b64decode(row[1])) if row else None


def _stored_stamps(store: Store, bundle: Bundle) -> Held:
    """What the store holds of the bundle's records: each field's stamp and the record's head."""
    by_type: dict[str, list[str]] = {}
    for record in _unseen(bundle):
        by_type.setdefault(record["type"], []).append(record["id"])
    held: Held = {}
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


def _unseen(bundle: Bundle) -> list[dict[str, Any]]:
    """The records that may claim anything: a line this store merged before from the same signer
    (app/bundles/digests.py) holds no stamp newer than what the store holds."""
    return list(bundle.unseen())


def _new_claims(
    record: dict[str, Any], stored: dict[str, tuple[str, str]]
) -> list[tuple[str, tuple[str, str]]]:
    """The record's stamps (its head as "") that are not what this store holds and not older: the
    edits that may win here. An older stamp cannot win, so relaying it claims nothing."""
    claims: list[tuple[str, tuple[str, str]]] = [("", (record["rev"], record["origin"]))]
    claims += [(name, (pair[0], pair[1])) for name, pair in record["stamps"].items()]
    return [(name, stamp) for name, stamp in claims if stored.get(name) is None or stamp > stored[name]]


def check_origins(store: Store, signer: TrustStatus, bundle: Bundle, taken: set[str] | None = None) -> None:
    """Inside the import transaction, before merging: refuse a bundle that writes under an origin it
    may not (see the module's rules). `taken` gathers the former origins of the signer's workspace
    whose edits it brings as its own (app/bundles/succession.py)."""
    home = bundle.home_origin
    if home is not None:
        owner = bound_key(store, home)
        if owner is not None and owner.public_key != bundle.public_key:
            raise refused("origin", "origin-home", home=home, key=owner.key_id)
    if signer.secretariat_of(bundle.conference_id):
        return
    named = [*([home] if home else []), *bundle.former_origins]
    for origin in sorted(writing_origins(store.conn, store.origin).intersection(named) - {store.origin}):
        if bound_key(store, origin) is None:  # a secretary of this team who has signed no bundle yet
            raise refused("origin", "origin-store-writer", origin=origin)
    claimed = team_origins.claimed(store, bundle, named)
    if claimed:  # a secretariat's pack named it as its writer's (team_origins.py)
        key = team_origins.naming_key(store, claimed[0])
        name = team_origins.trusted_as(store, key) or key  # the name the secretariat trusts that key under
        raise refused("origin", "origin-secretariat-named", origin=claimed[0], key=key, name=name)
    _check_claims_own(store, signer, bundle)
    origins = bundle.stamp_origins()
    if home is not None and origins <= {home}:
        return  # every stamp is the signer's own workspace's, which is looked at above
    owners: dict[str, BoundKey | None] = {}
    if len(origins) <= _FEW_ORIGINS:
        owners = {origin: bound_key(store, origin) for origin in sorted(origins - {home})}
        if all(owner is None or owner.public_key == bundle.public_key for owner in owners.values()):
            return  # no stamp under another key's origin: nothing below could refuse or take one
    held = _stored_stamps(store, bundle)
    former = set(bundle.former_origins)
    for record in _unseen(bundle):
        stored = held.get(record["id"], {})
        for name, (rev, origin) in _new_claims(record, stored):
            if origin == home:
                continue
            if origin not in owners:
                owners[origin] = bound_key(store, origin)
            owner = owners[origin]
            if owner is None or owner.public_key == bundle.public_key:
                continue  # an origin bound to nobody yet, or the signer's own (an older bundle format)
            claimed = (signer, bundle) if origin in former else None
            try:
                passed = _check_relay(store, record, name, (rev, origin), stored, owner, claimed)
            except BundleError as exc:
                raise _said_plainly(store, exc, signer, bundle, origin, owner) from None
            if passed and taken is not None:
                taken.add(origin)


def _check_claims_own(store: Store, signer: TrustStatus, bundle: Bundle) -> None:
    """A bundle not signed by a secretariat says what an edit had seen (`seen`) only of its own
    workspaces' edits (succession.own_origins): a claim counts for the state it sits on, and a relayer
    that vouched for another workspace's state could make that state pass for one written after a value
    it never saw."""
    own: frozenset[str] | None = None
    # A line this store merged before from the same signer passed this check then: only the others are
    # read (reading every line would decode the whole of a re-signed, unchanged bundle).
    for record in bundle.unseen():
        if SEEN not in record:
            continue
        own = own_origins(store, signer, bundle) if own is None else own
        if record["origin"] not in own:
            raise refused("origin", "record-seen-relayed", record=record["id"], origin=record["origin"])


def chairs_of_their_tables(store: Store, bundle: Bundle) -> frozenset[str]:
    """The origins (not this store's) of the bundle's states whose key is trusted here as chair of the
    table of every such state it carries: relay rule 1, whose states keep their own evident parent
    (app/merge/frontier.py: Vouched)."""
    tables: dict[str, set[tuple[str | None, int | None]]] = {}
    for record in bundle.unseen():
        tables.setdefault(record["origin"], set()).add(table_of(record))
    writers: set[str] = set()
    grants_of: dict[bytes, tuple[Grant, ...]] = {}  # a key is looked up once, however many origins
    for origin in sorted(set(tables) - {store.origin, bundle.home_origin}):
        owner = bound_key(store, origin)
        if owner is not None and owner.public_key not in grants_of:
            grants_of[owner.public_key] = status(store, owner.public_key).grants
        chairs = [g for g in grants_of.get(owner.public_key, ()) if g.role == CHAIR] if owner else []
        if chairs and all(any(g.covers(c, t) for g in chairs) for c, t in tables[origin]):
            writers.add(origin)
    return frozenset(writers)


def _said_plainly(
    store: Store, exc: BundleError, signer: TrustStatus, bundle: Bundle, origin: str, owner: BoundKey
) -> BundleError:
    """A relay over an origin's own edit by the same chair's other key says what that most likely is."""
    if exc.why is None or exc.why.code != "relay-over-own":
        return exc
    return unclaimed_problem(store, signer, bundle, origin, owner.public_key) or exc


def _check_relay(
    store: Store,
    record: dict[str, Any],
    name: str,
    stamp: tuple[str, str],
    stored: dict[str, tuple[str, str]],
    owner: BoundKey,
    claimed: tuple[TrustStatus, Bundle] | None = None,
) -> bool:
    """Refuse a relay the rules forbid; True when it passed only as the signer's former self."""
    rev, origin = stamp
    conference_id, number = table_of(record)
    grants = status(store, owner.public_key).grants
    if claimed is not None and chaired(store, owner.public_key, conference_id, number):
        grants = (Grant(CHAIR, conference_id, number),)  # a lost key is removed, yet it chaired the table
    if not any(g.role == CHAIR and g.covers(conference_id, number) for g in grants):
        if origin == store.origin:
            raise refused("origin", "origin-ours", record=record["id"], origin=origin)
        if any(g.role != CHAIR for g in grants):
            raise refused(
                "origin", "origin-secretariat", record=record["id"], origin=origin, key=owner.key_id
            )
        raise refused(
            "origin", "origin-not-chair", record=record["id"], origin=origin, key=owner.key_id, table=number
        )
    ours = stored.get(name)
    over_own = ours is not None and ours[1] == origin
    if over_own and claimed is None:
        raise refused("relay", "relay-over-own", record=record["id"], origin=origin, key=owner.key_id)
    if any(held_origin == origin and held_rev >= rev for held_rev, held_origin in stored.values()):
        raise refused("relay", "relay-unseen", record=record["id"], origin=origin, key=owner.key_id)
    if not over_own or claimed is None:  # (over its own edit unclaimed was refused above)
        return False
    problem = takeover_problem(store, claimed[0], claimed[1], origin, owner.public_key)
    if problem is not None:
        raise problem
    return True


def bind(store: Store, bundle: Bundle) -> None:
    """Inside the import transaction: the first bundle naming its workspace binds that origin."""
    home = bundle.home_origin
    if home is None or home == store.origin:
        return
    store.conn.execute(
        "INSERT INTO origin_keys (origin, key_id, public_key, bundle_id, bound_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (origin) DO NOTHING",
        (
            home,
            bundle.key_id,
            base64.b64encode(bundle.public_key).decode("ascii"),
            bundle.bundle_id,
            utc_now_text(),
        ),
    )
