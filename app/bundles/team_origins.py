"""A secretariat's signed word on which origins are its writers, so that no chair can claim one.

An origin is bound to a key by the first bundle naming it as the workspace it was made in (origins.py).
A secretariat's edits, though, may reach a store first in a colleague secretariat's follow-up, and a
PostgreSQL team's secretary who has signed no bundle writes under an origin no bundle names. Such an
origin is bound to no key here, and a chair's bundle may then vouch for it as her own workspace
(succession.own_origins): her lost laptop that never exported is bound to no key either. Nothing in
the stamps a store holds tells the two apart, and chairs' bundles can bring or change those stamps.

So a pack may name them, signed (`secretariat_origins`, format.py): the origins whose edits are made
in the signing store (app/writing_origins.py: on PostgreSQL every secretary's), those bound there to a
key it trusts as a secretariat of the conference (a colleague's, from its own bundles), and those it
learnt so itself. A store keeps them per conference, and only from a pack signed by a secretariat of
that conference (`learn`). A chair's bundle of that conference that names one as its own workspace
(`created.origin`) or a former one (`created.former`) is then refused (check `origin`:
origins.check_origins), and one from before origins were named (no `created.origin`) does not vouch
for one as hers (succession.own_origins): what its state shows its writer started from is ignored.

Not written into every pack yet (`WRITES`): every Rundabord before 5 December refuses a pack carrying a
manifest key it does not know, so writing it would shut out every chair's laptop and colleague store
not yet updated. This release reads it, and writes it only into a pack that already names `requires`
(a colleague secretariat's follow-up carrying an "omit": app/proposals/exchange.py), which every
Rundabord before `requires` refuses anyway and every one since reads whole; the release after, once
every reader a pack may reach reads it, writes it into every pack (docs/ARCHITECTURE.md). What this
closes therefore holds only in a store that has received such a pack.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable

from app.bundles.format import KIND_PACK, MAX_SECRETARIAT_ORIGINS
from app.bundles.ledger import utc_now_text
from app.bundles.reader import Bundle
from app.bundles.trust import TrustStatus, status
from app.store import Store
from app.writing_origins import writing_origins

# Whether every pack of this store names the origins (format.py); one naming `requires` does already.
# False until every reader a pack may reach takes the key.
WRITES = False


def named(store: Store, conference_id: str) -> list[str]:
    """What a pack of the conference names: this store's writing origins, those bound here to a key
    trusted as a secretariat of the conference, and those a secretariat's pack named here (sorted; its
    own team's first when there are more than a manifest holds)."""
    ours = sorted(writing_origins(store.conn, store.origin))
    keys: dict[str, bool] = {}
    bound: list[str] = []
    for origin, public_key in store.conn.execute(
        "SELECT origin, public_key FROM origin_keys ORDER BY origin"
    ):
        if public_key not in keys:
            keys[public_key] = status(store, base64.b64decode(public_key)).secretariat_of(conference_id)
        if keys[public_key]:
            bound.append(origin)
    picked = list(dict.fromkeys([*ours, *bound, *learnt(store, conference_id)]))
    return sorted(picked[:MAX_SECRETARIAT_ORIGINS])


def written(store: Store, kind: str, conference_id: str, requires: bool = False) -> list[str]:
    """What the manifest of a bundle of `kind` being signed here carries: nothing until `WRITES`, but
    for a pack that names `requires` (a colleague secretariat's follow-up carrying an "omit"): every
    Rundabord before `requires` refuses that pack anyway, and every one that reads `requires` reads
    this too (both came on 5 December)."""
    return named(store, conference_id) if kind == KIND_PACK and (WRITES or requires) else []


def learnt(store: Store, conference_id: str) -> list[str]:
    """The origins a secretariat's pack of the conference named here."""
    rows = store.conn.execute(
        "SELECT origin FROM secretariat_origins WHERE conference_id = ? ORDER BY origin", (conference_id,)
    )
    return [row[0] for row in rows]


def among(store: Store, conference_id: str | None, origins: Iterable[str]) -> list[str]:
    """Those of `origins` a secretariat's pack of the conference named here (sorted)."""
    wanted = sorted(set(origins))
    if conference_id is None or not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = store.conn.execute(
        f"SELECT origin FROM secretariat_origins WHERE conference_id = ? AND origin IN ({marks})"
        " ORDER BY origin",
        (conference_id, *wanted),
    )
    return [row[0] for row in rows]


def learn(store: Store, bundle: Bundle, signer: TrustStatus) -> None:
    """Inside the import transaction: keep the origins a pack names, when a secretariat of its
    conference signed it (anyone else's word on it is ignored); the first pack naming one stays."""
    if bundle.kind != KIND_PACK or not bundle.secretariat_origins:
        return
    if not signer.secretariat_of(bundle.conference_id):
        return
    now = utc_now_text()
    store.conn.executemany(
        "INSERT INTO secretariat_origins (conference_id, origin, key_id, bundle_id, learnt_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (conference_id, origin) DO NOTHING",
        [
            (bundle.conference_id, origin, bundle.key_id, bundle.bundle_id, now)
            for origin in bundle.secretariat_origins
            if origin != store.origin
        ],
    )
