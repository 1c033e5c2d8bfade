"""A secretariat's signed word on which origins are its writers, so that no chair can claim one.

An origin is bound to a key by the first bundle naming it as the workspace it was made in (origins.py).
A secretariat's edits, though, may reach a store first in a colleague secretariat's follow-up, and a
PostgreSQL team's secretary who has signed no bundle writes under an origin no bundle names. Such an
origin is bound to no key here, and a chair's bundle may then vouch for it as her own workspace
(succession.own_origins): her lost laptop that never exported is bound to no key either. Nothing in
the stamps a store holds tells the two apart, and chairs' bundles can bring or change those stamps.
(The team's own store knows its secretaries' origins, and refuses a chair's bundle naming one as its
own or former workspace: origins.check_origins.)

So a pack may name them, signed (`secretariat_origins`, format.py): the origins whose edits are made
in the signing store (app/writing_origins.py: on PostgreSQL every secretary's), those bound there by a
pack of the conference made under them (a colleague secretariat's own), and those it learnt so itself;
never an origin from key trust alone (`named`). A store keeps them per conference, and only from a
pack signed by a secretariat of that conference (`learn`). A chair's bundle that names one as its
own workspace (`created.origin`) or a former one (`created.former`) is then refused (check `origin`:
origins.check_origins), and one from before origins were named (no `created.origin`) does not vouch
for one as hers (succession.own_origins): what its state shows its writer started from is ignored.
Whichever conference's pack named it (`claimed`), but for one named for other conferences only and
bound here to a key already (a laptop that runs a conference and chairs a table of another).

Not written into every pack yet (`WRITES`): every Rundabord before 5 December refuses a pack carrying a
manifest key it does not know, so writing it would shut out every chair's laptop and colleague store
not yet updated. This release reads it, and writes it only into a pack that already names `requires`
(a colleague secretariat's follow-up carrying an "omit": app/proposals/exchange.py), which every
Rundabord before `requires` refuses anyway and every one since reads whole; the release after, once
every reader a pack may reach reads it, writes it into every pack (docs/ARCHITECTURE.md). What this
closes therefore holds only in a store that has received such a pack.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.bundles.format import KIND_PACK, MAX_SECRETARIAT_ORIGINS
from app.bundles.ledger import utc_now_text
from app.bundles.reader import Bundle
from app.bundles.trust import TrustStatus
from app.store import Store
from app.writing_origins import writing_origins

# Whether every pack of this store names the origins (format.py); one naming `requires` does already.
# False until every reader a pack may reach takes the key.
WRITES = False


def named(store: Store, conference_id: str) -> list[str]:
    """What a pack of the conference names: this store's writing origins, those of the conference's
    packs it imported (each bound here by a pack of the conference made under it: a colleague
    secretariat's own), and those a secretariat's pack of the conference named here (sorted; its own
    team's first when there are more than a manifest holds). Never an origin from key trust alone: on a
    secretariat's store a secretariat's grant covers every conference, and one laptop may run a
    conference of its own and chair a table of another, so its origin is named only for the
    conference it made packs of. One query (origin_keys by bundle, m981)."""
    ours = sorted(writing_origins(store.conn, store.origin))
    rows = store.conn.execute(
        "SELECT origin FROM secretariat_origins WHERE conference_id = ?"
        " UNION SELECT o.origin FROM bundle_imports b JOIN origin_keys o ON o.bundle_id = b.bundle_id"
        " WHERE b.conference_id = ? AND b.kind = ? ORDER BY 1",
        (conference_id, conference_id, KIND_PACK),
    )
    picked = list(dict.fromkeys([*ours, *(row[0] for row in rows)]))
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


def claimed(store: Store, bundle: Bundle, origins: Iterable[str]) -> list[str]:
    """Those of `origins` (a chair's bundle's own and former workspaces, or the stamps' of an export
    from before origins were named) that a secretariat's pack named here as its writers' (sorted).
    Any conference's word counts: one named for another conference is a secretariat's too, and a chair
    of this one binding it would cut that secretariat off here (its own next pack: `origin-home`). But
    one laptop may run a conference of its own and chair a table of another, so an origin named only
    for other conferences than the bundle's and already bound here to a key is left to the binding
    rules (origins.py, succession.py): to the signer's key it is hers. One indexed query (m981)."""
    wanted = sorted(set(origins))
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = store.conn.execute(
        "SELECT s.origin, s.conference_id, o.origin IS NOT NULL FROM secretariat_origins s"
        f" LEFT JOIN origin_keys o ON o.origin = s.origin WHERE s.origin IN ({marks})",
        wanted,
    )
    found: dict[str, bool] = {}  # origin -> whether the word stands here
    for origin, conference_id, bound in rows:
        stands = conference_id == bundle.conference_id or not bound
        found[origin] = found.get(origin, False) or stands
    return sorted(origin for origin, stands in found.items() if stands)


def naming_key(store: Store, origin: str) -> str:
    """The key of the first secretariat's pack that named the origin here (for the refusal's remedy)."""
    row = store.conn.execute(
        "SELECT key_id FROM secretariat_origins WHERE origin = ? ORDER BY learnt_at, conference_id LIMIT 1",
        (origin,),
    ).fetchone()
    return str(row[0]) if row else "?"


def trusted_as(store: Store, key_id: str) -> str | None:
    """The name this store trusts the key under, for the refusal's words: its latest trust-list entry's,
    else a pinned pack's signer's (as inbox.trusted_names has it); None when it has neither."""
    for query in (
        "SELECT name FROM bundle_trust WHERE key_id = ? ORDER BY added_at DESC, id DESC LIMIT 1",
        "SELECT signer_name FROM bundle_pins WHERE key_id = ? ORDER BY pinned_at DESC LIMIT 1",
    ):
        row = store.conn.execute(query, (key_id,)).fetchone()
        if row is not None and row[0]:
            return str(row[0])
    return None


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
