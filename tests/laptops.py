"""Chair laptops as tests need them: a profile copied by IT to a second laptop."""

from __future__ import annotations

import secrets
import shutil
import sqlite3
from pathlib import Path

from app.bundles.identity import create_identity
from app.workspace import DB_NAME, Workspace


def copy_laptop_profile(source: Path, target: Path, name: str) -> Workspace:
    """A laptop profile copied by IT, as happens: the same records, its own origin and signing key
    (the private key and the outbox stay behind; the copy makes a key of its own, named `name`)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("keys", "outbox", "*-wal", "*-shm"))
    with sqlite3.connect(target / DB_NAME) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'origin'", (secrets.token_hex(8),))
        conn.execute("DELETE FROM meta WHERE key = 'bundles.identity'")
    conn.close()
    workspace = Workspace(target)
    create_identity(workspace, name)
    return workspace
