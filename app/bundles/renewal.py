"""A laptop's own identity again, after its profile was copied to another computer.

A copied profile means two laptops sign with one key and write under one workspace origin
(app/sync/copies.py tells them; the secretariat sees the forked chain). Renewing gives this laptop a
new key *and* a new origin, keeping every note it holds: its later edits are its own history, signed
with its own key, and the secretariat trusts the new key card like any second laptop of the table.

What it signed before stays valid at the secretariat, so renewing first requires every table with notes
here to be exported as it is now (under the old key): what it wrote under the old origin then reaches
the secretariat signed by that origin's own key. Should such an export be lost, the new key's exports
still bring those edits as the laptop's own former workspace's (app/bundles/succession.py).
The old key files are kept aside in the keys folder, never deleted. A secretariat's workspace keeps its
identity: chairs pinned its key, and its conferences are known as its own by its origin (app/roles.py).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from app import handoff
from app.bundles.identity import (
    INFO_FILE,
    KEY_FILE,
    Identity,
    adopt_identity,
    require_identity,
    write_new_key,
)
from app.errors import UserError
from app.roles import administered
from app.workspace import Workspace


@dataclass(frozen=True)
class Renewal:
    old: Identity
    new: Identity
    old_origin: str
    new_origin: str


def unexported_tables(workspace: Workspace) -> list[tuple[str, int]]:
    """(conference id, table number) of each table with notes here that changed since its last export."""
    store = workspace.store
    tables = store.conn.execute("SELECT DISTINCT conference_id, table_number FROM notes ORDER BY 1, 2")
    return [
        (conference_id, number)
        for conference_id, number in tables
        if handoff.export_status(store, conference_id, number).state != handoff.CURRENT
    ]


def renew_identity(workspace: Workspace, name: str, passphrase: str | bytes | None = None) -> Renewal:
    """Replace this workspace's key and origin (see the module); refuses while a table is unexported."""
    name = name.strip()
    if not name:
        raise UserError("an identity needs a name, e.g. the chair's own name")
    old = require_identity(workspace)
    if administered(workspace.store):  # its conferences are its origin's, and chairs pinned its key
        raise UserError(
            "this workspace runs a conference's secretariat: chairs have pinned its key and its conferences"
            " belong to its origin, so it keeps both; secretaries who share the work share one database"
            " (rundabord init --role secretariat --database) instead of copies of one profile"
        )
    pending = unexported_tables(workspace)
    if pending:
        listed = ", ".join(f"table {number}" for _conference, number in pending)
        raise UserError(
            f"export first: {listed} changed since the last export; export it as it is now (rundabord"
            " export), so that what this laptop wrote under its old key reaches the secretariat, then renew"
        )
    retired = workspace.keys_dir / f"retired-{old.key_id}"
    retired.mkdir(exist_ok=True)
    for file_name in (KEY_FILE, INFO_FILE):
        shutil.copy2(workspace.keys_dir / file_name, retired / file_name)
    new = write_new_key(workspace, name, passphrase)
    old_origin = workspace.store.origin
    adopt_identity(workspace.store, new, new_origin=True)  # edits from now on: this laptop's own history
    return Renewal(old, new, old_origin, workspace.store.origin)
