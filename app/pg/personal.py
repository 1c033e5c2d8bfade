"""What is one secretary's own on a store several share: kept in her workspace folder, not the database.

The `meta` table of a shared store is read by every secretary, so a setting kept there would be one for
all: Britt choosing the chair's window would open it for Anna too, and Anna's sync target, signing
identity or inbox folders would become Britt's. These keys live in `personal.json` beside her
`postgresql.json`; everything else in `meta` (what a conference's secretariat reads, each writer's clock)
stays in the store. A workspace made before this rule takes its values from the store's rows once
(`migrate_once`), except the identity, which it reads again from its own keys folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.bundles.files import write_whole
from app.errors import UserError
from app.pg.file_names import PERSONAL_FILE as FILE_NAME

IDENTITY_KEY = "bundles.identity"
KEYS = frozenset(
    {
        "role",
        "language",
        IDENTITY_KEY,
        "sync.target",
        "sync.user",
        "sync.timeout",  # her patience with her own target, over her own network
        "sync.last_success",
        "sync.last_attempt",
        "sync.last_error",
        "inbox.watched_folders",
        "inbox.added_files",
    }
)


def is_personal(key: str) -> bool:
    return key in KEYS


class PersonalSettings:
    """The personal keys of one workspace folder; without a folder (a connection made for a copy or a
    test) they live only as long as the connection."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / FILE_NAME if folder is not None else None
        self._memory: dict[str, str] = {}

    def exists(self) -> bool:
        return self.path is None or self.path.is_file()

    def values(self) -> dict[str, str]:
        if self.path is None:
            return dict(self._memory)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise UserError(f"cannot read this secretary's settings {self.path}: {exc}") from None
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def get(self, key: str) -> str | None:
        return self.values().get(key)

    def update(self, changes: dict[str, str]) -> None:
        values = {**self.values(), **changes}
        if self.path is None:
            self._memory = values
            return
        text = json.dumps(values, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        write_whole(self.path, text.encode("utf-8"), mode=0o600)

    def migrate_once(self, shared_rows: Callable[[], dict[str, str]]) -> None:
        """Take this workspace's first values from the store's shared rows (a workspace made before the
        personal keys left the store). The identity is not taken from there (it may be another
        secretary's key) but from the workspace's own keys folder."""
        if self.exists():
            return
        values = {k: v for k, v in shared_rows().items() if is_personal(k) and k != IDENTITY_KEY}
        own = _own_identity(self.path.parent) if self.path is not None else None
        if own is not None:
            values[IDENTITY_KEY] = own
        self.update(values)


def _own_identity(folder: Path) -> str | None:
    """The identity as the store keeps it, from the public half in the workspace's keys folder
    (app/bundles/identity.py writes both)."""
    try:
        info = json.loads((folder / "keys" / "identity.json").read_text(encoding="utf-8"))
        return json.dumps({"name": str(info["name"]), "public_key": str(info["public_key"])})
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none yet, or damaged: app.bundles.identity reports that when it is needed
