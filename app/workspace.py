"""A workspace: the folder on this laptop's own disk that holds the store, keys and outbox.

Opening a folder that holds no workspace is refused: a typo in `--workspace` must not quietly make an
empty workspace beside the real one. Creating is explicit: `Workspace.create` (`rundabord init`, the
window's first start, `rundabord demo`).
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from app import backup, store_file
from app.errors import NoWorkspace, UserError
from app.pg.file_names import CONFIG_NAME as PG_SETTINGS  # a secretariat's shared store on PostgreSQL
from app.pg.file_names import PERSONAL_FILE
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


def exists(directory: Path | str) -> bool:
    """Whether the folder holds a workspace (its SQLite store, or settings for a shared PostgreSQL one)."""
    return (Path(directory) / DB_NAME).is_file() or (Path(directory) / PG_SETTINGS).is_file()


def on_postgresql(directory: Path | str) -> bool:
    return (Path(directory) / PG_SETTINGS).is_file()


def open_store(location: Path | str, *, busy_timeout: float = 10.0) -> Store:
    """The store at `location`: a workspace's SQLite file, or its PostgreSQL settings file (`store.path`
    is one of these, so a worker thread opens its own connection to the same store from it)."""
    if Path(location).name == PG_SETTINGS:
        from app.pg.settings import open_store as open_pg

        return open_pg(Path(location).parent, busy_timeout=busy_timeout)
    return Store(location, busy_timeout=busy_timeout)


def check_can_create(directory: Path | str) -> None:
    """Refuse, before anyone is asked anything, a folder no workspace can be made in: one under a file,
    or under a folder this user may not write to."""
    folder = Path(directory).absolute()
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None:
        return
    if not existing.is_dir():
        raise UserError(f"cannot create workspace folder {folder}: Not a directory")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UserError(f"cannot create workspace folder {folder}: Permission denied")


class AlreadyAWorkspace(UserError):
    """The folder a workspace was to be made in holds one already."""


def _new_folder(folder: Path) -> None:
    """The folder for a new workspace, made if missing; one that already holds a workspace is refused,
    so nothing is overwritten."""
    if exists(folder):
        raise AlreadyAWorkspace(f"{folder} already holds a workspace")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create workspace folder {folder}: {exc.strerror}") from None


class Workspace:
    """An existing workspace; `Workspace.create` makes a new one."""

    def __init__(self, directory: Path | str, *, busy_timeout: float = 10.0) -> None:
        """`busy_timeout`: seconds a write waits for another connection (a worker's sync or import)
        before `StoreBusy`; the windows' own connection waits only briefly."""
        self.dir = Path(directory)
        if not exists(self.dir):
            if self.dir.is_file():  # most often the database itself, named instead of its folder
                hint = f"; name the folder holding it: {self.dir.parent}" if self.dir.name == DB_NAME else ""
                raise NoWorkspace(f"{self.dir} is a file, not a workspace folder{hint}")
            raise NoWorkspace(
                f"no workspace in {self.dir}; create one with"
                f" `rundabord --workspace {self.dir} init --role chair|secretariat`"
            )
        self.daily_check: backup.DailyCheck | None = None
        if on_postgresql(self.dir):  # the server checks and backs up its files (pg_dump): README, IT section
            self.store = open_store(self.dir / PG_SETTINGS, busy_timeout=busy_timeout)
            self._quick_check_on_server()
            return
        self._refuse_lost_database()
        self._refuse_lost_log()
        found = backup.damage_found(self.dir)
        if found:
            raise UserError(backup.damaged(self.dir / DB_NAME, found))
        self.store = Store(self.dir / DB_NAME, busy_timeout=busy_timeout)
        # Every open checks what a few bytes tell (app/store_file.py); the whole-file check reads every
        # page, so it runs once a day beside the work, before the daily backup (a damaged store never
        # becomes a backup), and refuses this store's writes once it finds damage.
        self.daily_check = backup.DailyCheck.start_if_due(self.dir / DB_NAME, self.dir)
        if self.daily_check is not None:
            self.store.refuse_writes = self.daily_check.refusal

    def _quick_check_on_server(self) -> None:
        """What Rundabord derives on the server (its indexes, app/pg/check.py), from the catalog alone:
        a store whose index is not valid refuses writes until `rundabord repair` rebuilds it."""
        from app.pg import check

        refusal = check.at_open(self.store)
        if refusal is not None:
            self.store.refuse_writes = lambda: refusal

    def _refuse_lost_database(self) -> None:
        """An empty database file beside this workspace's keys or bundles is a lost or truncated one:
        opening it would make a new workspace (a new origin, the role reset) over the real one."""
        database = self.dir / DB_NAME
        if database.stat().st_size:
            return
        keys, outbox = self.dir / "keys", self.dir / "outbox"
        if any(folder.is_dir() and any(folder.iterdir()) for folder in (keys, outbox)):
            raise UserError(
                f"{database} is empty although this workspace holds keys or bundles: the database was"
                " lost or cut short. Run `rundabord repair` to restore the latest automatic backup;"
                " nothing new was made over it"
            )

    def _refuse_lost_log(self) -> None:
        """Checked before SQLite opens the file, which would start a new log over the evidence."""
        database = self.dir / DB_NAME
        lost = store_file.unsaved_frames_of_lost_log(database)
        if lost:
            raise UserError(
                f"the workspace's write-ahead log {database.name}-wal was deleted while it still held saved"
                f" changes ({lost} pages not yet in {database.name}); nothing was opened or written. Put"
                " the file back if you can (from the trash or a copy), or run `rundabord repair`"
            )
        short = store_file.cut_short(database)
        if short is not None:
            raise UserError(
                f"the workspace database {database} is damaged (cut short: {short[1]} of {short[0]} bytes);"
                " nothing was written. Run `rundabord repair` to restore the latest automatic backup"
            )

    @classmethod
    def create(
        cls,
        directory: Path | str,
        role: str = "chair",
        *,
        busy_timeout: float = 10.0,
        database: str | None = None,
    ) -> Workspace:
        """Make a new workspace in the folder (made if missing) with the person's role; refuses a folder
        that already holds one, so nothing is overwritten. `database`: a PostgreSQL connection string
        for a secretariat sharing one store (keys, settings, inbox and outbox stay in the folder)."""
        if role not in ROLES:
            raise UserError(f"unknown role {role!r}; use one of: {', '.join(ROLES)}")
        if database is not None:
            return cls._create_on_postgresql(Path(directory), role, database, busy_timeout)
        folder = Path(directory)
        _new_folder(folder)
        Store(folder / DB_NAME).close()
        workspace = cls(folder, busy_timeout=busy_timeout)
        workspace.role = role
        return workspace

    @classmethod
    def _create_on_postgresql(cls, folder: Path, role: str, database: str, busy_timeout: float) -> Workspace:
        from app.pg import settings

        if role != "secretariat":
            raise UserError("only a secretariat shares a store on PostgreSQL; a chair's laptop keeps its own")
        if not settings.is_postgresql(database):
            raise UserError(f"not a PostgreSQL address: {database!r} (expected postgresql://...)")
        _new_folder(folder)
        kept_before = settings.keyring_entry(database)
        settings.write(folder, database)
        try:
            workspace = cls(folder, busy_timeout=busy_timeout)
        except UserError:
            settings.config_path(folder).unlink()  # nothing half-made is left behind
            (folder / PERSONAL_FILE).unlink(missing_ok=True)
            settings.restore_keyring_entry(database, kept_before)  # nor a password that did not work
            raise
        workspace.role = role
        return workspace

    @classmethod
    def open_or_create(cls, directory: Path | str, role: str = "chair") -> Workspace:
        """For commands whose whole job is to make a workspace (`rundabord demo`): the existing one,
        else a new one. Two processes starting at once both find none; the one that makes it second
        opens what the first made (the store waits for the first one's schema, app/store.py)."""
        if not exists(directory):
            try:
                return cls.create(directory, role)
            except AlreadyAWorkspace:  # made by another process between the look and the making
                pass
        return cls(directory)

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
        """The person's answer to "chairing a table or running the secretariat?": which window opens.
        What this workspace does for a given conference follows from who created it (app.roles)."""
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
        if self.daily_check is not None:
            self.daily_check.wait()  # the day's first command leaves only once the backup is whole
        self.store.close()
