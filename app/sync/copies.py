"""Another computer signing as this one: an export on the sync target, signed with this workspace's key,
that this workspace never made.

When IT copies a whole laptop profile (keys and all) to a second laptop, both sign with one key and
write under one origin. The secretariat sees it as a forked chain (app/merge/forks.py) and shows the
conflicts; the laptops themselves learn it here, from each other's exports on the target. A sync
remembers each sighting (the file stays on the target untouched), and every later sync and the window
repeat the warning while this workspace still signs with that key. The remedy is a new identity for
each laptop that shows the warning (app/bundles/renewal.py).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from app.bundles import key_notices
from app.bundles.format import BundleError, key_id_for
from app.bundles.identity import own_public_key
from app.store import Store

SIGHTINGS_KEY = "sync.copied_profile"


@dataclass(frozen=True)
class Sighting:
    """One export found on the target, signed with our key but not made by this workspace."""

    key_id: str
    bundle_id: str
    conference_id: str
    tables: tuple[int, ...]
    sequence: int
    created_utc: str


def warning(sightings: list[Sighting]) -> str:
    """What a sync says while this workspace's key signs exports it never made (English, for the CLI)."""
    tables = sorted({t for s in sightings for t in s.tables})
    latest = max(sightings, key=lambda s: s.created_utc)
    count = len(sightings)
    return (
        f"Another computer is signing as this laptop (table {', '.join(map(str, tables))}, key"
        f" {latest.key_id}): {count} bundle{'s' if count != 1 else ''} on the target, the latest signed"
        f" {latest.created_utc}, {'were' if count != 1 else 'was'} not made here, so this laptop's profile"
        " was copied to another computer. Each laptop needs its own identity: on each laptop that shows"
        ' this warning, export its tables, then run `rundabord identity renew --name "YOUR NAME"` and'
        " send the new key card (`rundabord identity export -o card.json`) to the secretariat."
        " Nothing on the target was changed."
    )


def made_elsewhere(store: Store, path: Path) -> Sighting | None:
    """The sighting, when `path` is a whole bundle signed with this workspace's key that it never made."""
    from app.bundles.reader import read_bundle_file  # verifying needs cryptography: loaded when used

    own = own_public_key(store)
    if own is None or not _claims_key(path, own[1]):
        return None
    try:
        bundle, _data = read_bundle_file(path)  # the signature must verify: a claim alone is no evidence
    except BundleError:
        return None
    if bundle.public_key != own[1] or _made_here(store, bundle.bundle_id, bundle.manifest_sha256):
        return None
    return Sighting(
        key_id_for(own[1]),
        bundle.bundle_id,
        bundle.conference_id,
        tuple(bundle.tables),
        bundle.sequence,
        bundle.created_utc,
    )


def _claims_key(path: Path, public_key: bytes) -> bool:
    """A cheap look before verifying: does the manifest name our public key?"""
    from app.sync.outbox import read_routing

    try:
        signer = read_routing(path).get("signer")
        return isinstance(signer, dict) and signer.get("public_key") == base64.b64encode(public_key).decode()
    except Exception:  # an unreadable file claims nothing; the importer names what is wrong with it
        return False


def _made_here(store: Store, bundle_id: str, manifest_sha256: str) -> bool:
    found = store.conn.execute(
        "SELECT 1 FROM bundle_exports WHERE bundle_id = ? OR manifest_sha256 = ?",
        (bundle_id, manifest_sha256),
    )
    return found.fetchone() is not None


def remember(store: Store, sighting: Sighting) -> None:
    kept = [s for s in _all(store) if s.bundle_id != sighting.bundle_id] + [sighting]
    with store.transaction():
        key_notices.save(store, SIGHTINGS_KEY, kept)


def current(store: Store) -> list[Sighting]:
    """The sightings of the key this workspace signs with now (a renewed identity leaves them behind)."""
    return key_notices.of_own_key(store, _all(store))


def _all(store: Store) -> list[Sighting]:
    return key_notices.load(store, SIGHTINGS_KEY, Sighting)
