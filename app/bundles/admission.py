"""Admitting a quarantined signer: trust its key, then import its held bundles through every check again.

Its own module so that quarantine (holding and listing) and the importer (which holds bundles from
unknown keys in quarantine) do not import each other.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.bundles import naming, quarantine, trust
from app.bundles.format import KIND_PACK, BundleError, key_id_for
from app.bundles.importer import IMPORTED, Receipt, import_file, import_files
from app.bundles.reader import read_bundle_file
from app.cancel import CancelToken, is_cancelled
from app.errors import Said
from app.messages import message, plural
from app.store import Store
from app.workspace import Workspace


def trust_name(store: Store, bundles: list[quarantine.Held], name: str | None) -> str:
    """The name a held key is trusted by (`name_to_trust`, its held bundles telling whose key it renews)."""
    first = bundles[0]
    public_key = base64.b64decode(first.public_key)
    return name_to_trust(store, public_key, [h.file for h in bundles], name or "", first.signer_name)


def name_to_trust(store: Store, public_key: bytes, files: Iterable[str], name: str, claimed: str) -> str:
    """The name a key is trusted by: the one given, else the one it is known by here already (a
    returning chair keeps it), else its own claim. Refused (`NameRule`, for a key new here) when another
    key goes by it, unless the bundles in `files` show this key renews that one."""
    known = trust.status(store, public_key)
    chosen = " ".join((name or known.name or claimed).split())
    if known.known or known.revoked:
        return chosen
    other = NameRule.for_bundles(store, key_id_for(public_key), files).taken_by(chosen)
    if other is not None:
        raise Said(message("trust-name-taken", key=other.key_id, name=other.name))
    return chosen


@dataclass(frozen=True)
class NameRule:
    """Which names a key not trusted here yet may be trusted by: the CLI's `quarantine accept` and the
    window's trust dialogs ask this one rule. A name another key goes by (naming.name_holder) would make
    two laptops read alike in every list and minutes, so it is taken, unless the new key is that key's
    declared successor: a renewed laptop whose bundles carry the old key's workspace
    (app/bundles/succession.py). A revoked key's name is free again."""

    store: Store
    key_id: str
    succeeds: frozenset[str]  # the keys whose former workspaces the new key's bundles claim

    @classmethod
    def for_bundles(cls, store: Store, key_id: str, files: Iterable[str]) -> NameRule:
        return cls(store, key_id, frozenset(_succeeded_keys(store, files)))

    def taken_by(self, name: str) -> naming.Holder | None:
        """The other key `name` belongs to, or None when this key may have it."""
        other = naming.name_holder(self.store, name, self.key_id)
        return None if other is None or other.key_id in self.succeeds else other

    def laptop_number(self, name: str) -> int:
        """Which of its chair's laptops this key is, for the name to suggest ("Anna Berg (laptop 3)")."""
        return naming.laptop_number(self.store, name, self.key_id)

    def renews(self) -> list[str]:
        """The trusted names of the keys this one succeeds (its chair's name, said in the dialog)."""
        return sorted(
            {e.name for e in trust.entries(self.store, include_revoked=False) if e.key_id in self.succeeds}
        )


def _succeeded_keys(store: Store, files: Iterable[str]) -> set[str]:
    """The keys whose former workspaces the bundles in `files` claim as their own (created.former)."""
    origins: set[str] = set()
    for file in files:
        try:
            bundle, _ = read_bundle_file(file)
        except (BundleError, OSError):
            continue
        origins.update(bundle.former_origins)
    if not origins:
        return set()
    marks = ",".join("?" * len(origins))
    rows = store.conn.execute(f"SELECT key_id FROM origin_keys WHERE origin IN ({marks})", sorted(origins))
    return {row[0] for row in rows}


def accept(
    workspace: Workspace, selector: str, grant: trust.Grant | None = None, *, name: str | None = None
) -> list[Receipt]:
    """Trust the key of the selected held bundles (as `grant`; else, for a key not trusted here yet,
    the role they ask for), then import each held bundle through every check again. A key trusted
    meanwhile (`trust add`) keeps exactly its grants: what they do not cover is refused and stays held;
    a key revoked meanwhile is trusted again only with the role given."""
    store = workspace.store
    bundles = quarantine.select(store, selector)
    first = bundles[0]
    public_key = base64.b64decode(first.public_key)
    grant = quarantine.granted_on_accept(store, bundles, grant)
    if grant is not None:
        trust.add(
            store,
            public_key,
            trust_name(store, bundles, name),
            grant.role,
            grant.conference_id,
            grant.table_number,
            source="quarantine",
        )
    return [import_file(workspace, h.file, source=h.source_path) for h in bundles]


@dataclass(frozen=True)
class Released:
    """Held bundles of one key that was trusted after they arrived, imported now."""

    key_id: str
    name: str  # the name the secretariat trusted the key by
    receipts: tuple[Receipt, ...]

    @property
    def imported(self) -> int:
        return sum(1 for r in self.receipts if r.status == IMPORTED)

    def describe(self) -> str:
        return f"imported {plural(self.imported, 'held bundle')} from {self.name}, now trusted"


def _covered(status: trust.TrustStatus, held: quarantine.Held) -> bool:
    """Whether the key's grants reach what this held bundle signs (a pack needs the secretariat)."""
    if held.kind == KIND_PACK:
        return status.secretariat_of(held.conference_id)
    return bool(held.tables) and all(
        any(g.covers(held.conference_id, t) for g in status.grants) for t in held.tables
    )


def import_now_trusted(workspace: Workspace, key_id: str | None = None) -> list[Released]:
    """Import the held bundles whose key was trusted after they arrived (`trust add` of a key card
    after the chair's export was fetched), each through every check again. Only what the key's grants
    cover is tried, so a bundle its grants do not reach stays held for a decision instead of being
    refused again on every sync; `key_id` limits it to one key."""
    store = workspace.store
    by_key: dict[str, list[quarantine.Held]] = {}
    for h in quarantine.held(store):
        if key_id is None or h.key_id == key_id:
            by_key.setdefault(h.key_id, []).append(h)
    released: list[Released] = []
    for key, bundles in by_key.items():
        status = trust.status(store, base64.b64decode(bundles[0].public_key))
        if status.revoked or not status.known:
            continue
        ready = [h for h in bundles if _covered(status, h)]
        if not ready:
            continue
        receipts = tuple(import_file(workspace, h.file, source=h.source_path) for h in ready)
        released.append(Released(key, status.name or bundles[0].signer_name, receipts))
    return released


def import_then_release(
    workspace: Workspace,
    paths: Sequence[Path | str],
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
) -> tuple[list[Receipt], list[Released]]:
    """`import_files`, then the held bundles of keys trusted since they came (`import_now_trusted`): an
    import leaves nothing in quarantine the trust list now covers, as a sync and a `trust add` do. The
    files come first, since a pack among them may name the secretariat's team (co_secretaries)."""
    receipts = import_files(workspace, paths, progress, cancel)
    return receipts, [] if is_cancelled(cancel) else import_now_trusted(workspace)
