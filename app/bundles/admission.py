"""Admitting a quarantined signer: trust its key, then import its held bundles through every check again.

Its own module so that quarantine (holding and listing) and the importer (which holds bundles from
unknown keys in quarantine) do not import each other.
"""

from __future__ import annotations

import base64

from app.bundles import naming, quarantine, trust
from app.bundles.format import BundleError
from app.bundles.importer import Receipt, import_file
from app.bundles.reader import read_bundle_file
from app.errors import UserError
from app.store import Store
from app.workspace import Workspace


def trust_name(store: Store, bundles: list[quarantine.Held], name: str | None) -> str:
    """The name a held key is trusted by: the one given, else the one it is known by here already (a
    returning chair keeps it), else its own claim. A new key may not take a name another trusted key
    reads as (two laptops named alike in every list and minutes), unless it is that key's declared
    successor: a renewed laptop whose bundles carry the old key's workspace (app/bundles/succession.py)."""
    first = bundles[0]
    known = trust.status(store, base64.b64decode(first.public_key))
    chosen = " ".join((name or known.name or first.signer_name).split())
    if known.known or known.revoked:
        return chosen
    other = naming.name_holder(store, chosen, first.key_id)
    if other is not None and other.key_id not in _succeeded_keys(store, bundles):
        raise UserError(
            f"another key ({other.key_id}) is already trusted as {other.name}; trust this key under a name"
            f' of its own: --name "{other.name} (laptop 2)"'
        )
    return chosen


def _succeeded_keys(store: Store, bundles: list[quarantine.Held]) -> set[str]:
    """The keys whose former workspaces the held bundles claim as their own (created.former)."""
    origins: set[str] = set()
    for held in bundles:
        try:
            bundle, _ = read_bundle_file(held.file)
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
