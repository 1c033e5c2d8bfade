"""Admitting a quarantined signer: trust its key, then import its held bundles through every check again.

Its own module so that quarantine (holding and listing) and the importer (which holds bundles from
unknown keys in quarantine) do not import each other.
"""

from __future__ import annotations

import base64

from app.bundles import quarantine, trust
from app.bundles.importer import Receipt, import_file
from app.workspace import Workspace


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
            name or first.signer_name,
            grant.role,
            grant.conference_id,
            grant.table_number,
            source="quarantine",
        )
    return [import_file(workspace, h.file, source=h.source_path) for h in bundles]
