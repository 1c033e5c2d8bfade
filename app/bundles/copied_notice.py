"""A chair's laptop told by its secretariat's pack that its profile was copied to another computer.

A sync that meets the other copy's export on its target tells the laptops themselves (app/sync/copies.py),
but laptops that hand their bundles over by USB stick or e-mail never meet each other's exports. The
secretariat does see the copy: the key's chain of table exports forks (app/merge/forks.py). So every
pack it signs names the keys of its conference's chairs it has seen fork (`copied_keys`, signed with the
rest of the manifest: format.py), and a laptop that imports such a pack from its conference's
secretariat, while it signs with one of the named keys, keeps the word (`learn`) and says it like a
sighting, with the same remedy: a key and origin of its own (app/bundles/renewal.py), after which the
word is about a key it no longer signs with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.bundles import key_notices
from app.bundles.format import KIND_PACK, key_id_for
from app.bundles.identity import own_public_key
from app.bundles.ledger import exports
from app.messages import Message, message
from app.store import Store

if TYPE_CHECKING:
    from app.bundles.reader import Bundle
    from app.bundles.trust import TrustStatus

TOLD_KEY = "bundles.copied_told"


@dataclass(frozen=True)
class Told:
    """A pack's word that the key this laptop signed with is signing two histories."""

    key_id: str
    conference_id: str
    tables: tuple[int, ...]  # the tables this laptop exported with that key in that conference
    bundle_id: str  # the pack that said it
    signed_utc: str
    signer_name: str  # the secretariat, by the name this laptop knows it

    def message(self) -> Message:
        return message("copied-profile-told", key=self.key_id, signer=self.signer_name)


def copied_keys(store: Store, conference_id: str) -> list[str]:
    """The keys whose table exports for this conference this store holds and whose chain has forked."""
    from app.merge.forks import forked_now  # the merge is loaded only where a pack is signed

    forked = forked_now(store)
    if not forked:
        return []
    rows = store.conn.execute(
        "SELECT DISTINCT key_id FROM merge_carriers WHERE conference_id = ?", (conference_id,)
    )
    return sorted(key for (key,) in rows if key in forked)


def learn(store: Store, bundle: Bundle, signer: TrustStatus) -> Message | None:
    """Inside the import transaction: keep a pack's word naming this laptop's key, when the pack is
    signed by its conference's secretariat; the remark for the receipt, or None."""
    if bundle.kind != KIND_PACK or not bundle.copied_keys or not signer.secretariat_of(bundle.conference_id):
        return None
    own = own_public_key(store)
    key_id = key_id_for(own[1]) if own is not None else None
    if key_id is None or key_id not in bundle.copied_keys:
        return None
    tables = sorted({t for e in exports(store, bundle.conference_id) if e.key_id == key_id for t in e.tables})
    told = Told(
        key_id,
        bundle.conference_id,
        tuple(tables),
        bundle.bundle_id,
        bundle.created_utc,
        signer.name or bundle.signer_name,
    )
    kept = [t for t in _all(store) if (t.key_id, t.conference_id) != (key_id, told.conference_id)]
    key_notices.save(store, TOLD_KEY, [*kept, told])
    return told.message()


def current(store: Store) -> list[Told]:
    """What the packs said about the key this laptop signs with now (a renewed identity leaves it)."""
    return key_notices.of_own_key(store, _all(store))


def _all(store: Store) -> list[Told]:
    return key_notices.load(store, TOLD_KEY, Told)
