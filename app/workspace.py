"""A workspace: the folder on this laptop's own disk that holds the store, keys and outbox."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from app.errors import UserError
from app.store import Store

DB_NAME = "workspace.sqlite3"
ROLES = ("chair", "secretariat")


def default_dir() -> Path:
    """RUNDABORD_WORKSPACE, else the platform's user data folder."""
    env = os.environ.get("RUNDABORD_WORKSPACE")
    if env:
        return Path(env)
    import platformdirs  # only here: the CLI's other paths never need it

    return platformdirs.user_data_path("Rundabord", appauthor=False) / "workspace"


class Workspace:
    def __init__(self, directory: Path | str) -> None:
        self.dir = Path(directory)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"cannot create workspace folder {self.dir}: {exc.strerror}") from None
        self.store = Store(self.dir / DB_NAME)

    @cached_property
    def outbox_dir(self) -> Path:
        path = self.dir / "outbox"
        path.mkdir(exist_ok=True)
        return path

    @cached_property
    def keys_dir(self) -> Path:
        path = self.dir / "keys"
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    @property
    def role(self) -> str:
        return self.store.meta_get("role") or "chair"

    @role.setter
    def role(self, value: str) -> None:
        if value not in ROLES:
            raise UserError(f"unknown role {value!r}; use one of: {', '.join(ROLES)}")
        self.store.meta_set("role", value)

    @property
    def language(self) -> str:
        """The language of documents this workspace produces: 'sv' or 'en'."""
        return self.store.meta_get("language") or "sv"

    @language.setter
    def language(self, value: str) -> None:
        if value not in ("sv", "en"):
            raise UserError("language must be 'sv' or 'en'")
        self.store.meta_set("language", value)

    def close(self) -> None:
        self.store.close()
