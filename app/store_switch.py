"""Pointing an existing secretariat workspace at the team's PostgreSQL store, and back to this computer.

Three ways, each checked before anything changes (a wrong address or password, a database that is not
what the way needs), so a refusal leaves the workspace exactly as it was:
- move: the workspace's own store is copied into an empty database and verified (`store_copy`);
- join: the secretariat already has its store there; this workspace writes to it as its own origin, and
  its SQLite store is kept beside, renamed, untouched;
- back: the workspace gets a store on this computer again, a verified copy of what the shared store
  holds now, still writing as the same origin; the database stays as it is for the others.
Her own settings (role, language, sync, identity) go with her each way, and her keys stay in her folder.
The password goes to the OS keyring only (app/pg/settings.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.errors import UserError
from app.pg import settings
from app.pg.file_names import PERSONAL_FILE
from app.pg.personal import PersonalSettings
from app.store import Store
from app.store_copy import (
    MOVED_NAME,
    TableCheck,
    copy_store,
    copy_workspace_store,
    discard_database,
    use_database,
)
from app.workspace import DB_NAME, Workspace


def _refuse_unless_a_local_secretariat(workspace: Workspace, destination: str) -> None:
    if workspace.store.dialect == "postgresql":
        raise UserError(
            "this workspace's store is already on PostgreSQL; switch back first (`store use local`)"
        )
    if workspace.role != "secretariat":
        raise UserError("only a secretariat shares a store on PostgreSQL; a chair's laptop keeps its own")
    if not settings.is_postgresql(destination):
        raise UserError(f"not a PostgreSQL address: {destination!r} (expected postgresql://...)")
    if (workspace.dir / MOVED_NAME).exists():
        raise UserError(
            f"{workspace.dir / MOVED_NAME} is there from an earlier switch; move it elsewhere first (it is"
            " never overwritten)"
        )


def move_to_database(workspace: Workspace, destination: str) -> list[TableCheck]:
    """Copy the workspace's store into the empty database and use it from now on (closes `workspace`)."""
    _refuse_unless_a_local_secretariat(workspace, destination)
    return copy_workspace_store(workspace, destination)


def join_database(workspace: Workspace, destination: str) -> None:
    """Use the secretariat's existing store in the database from now on (closes `workspace`). The
    workspace's own store is kept beside, renamed; nothing of it is written to the shared one."""
    from app.pg.store import PgStore

    _refuse_unless_a_local_secretariat(workspace, destination)
    source = workspace.store
    bare, password = settings.split_password(destination)
    target = PgStore(bare, origin=source.origin, password=password or settings.password_for(bare))
    try:
        if _holds_conferences(source) and not _holds_conferences(target):
            raise UserError(
                "the database holds no secretariat store yet, and this workspace's store has conferences:"
                " move it there instead (`store copy --to ...`), so the secretariat's work is not left behind"
            )
        target.observe(str(source.clock.last))  # her next stamps come after every one she made here
    finally:
        target.close()
    use_database(workspace, destination)


def _holds_conferences(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM conferences LIMIT 1").fetchone() is not None


def use_own_store(workspace: Workspace) -> list[TableCheck]:
    """Give the workspace a store on this computer again: a verified copy of the shared store, written
    as the same origin, with her own settings (closes `workspace`). The database is left as it is."""
    if workspace.store.dialect != "postgresql":
        raise UserError("this workspace's store is already on this computer")
    folder = workspace.dir
    database = folder / DB_NAME
    if database.exists():
        raise UserError(f"{database} exists; move it elsewhere first (it is never overwritten)")
    source = workspace.store
    personal = PersonalSettings(folder).values()
    target = Store(database)
    try:
        checks = copy_store(source, target)
        with target.transaction():
            target.conn.execute("UPDATE meta SET value = ? WHERE key = 'origin'", (source.origin,))
            for key, value in personal.items():
                target.meta_set(key, value)
    except BaseException:
        target.close()
        discard_database(database)
        raise
    target.close()
    workspace.close()
    settings.config_path(folder).unlink()
    (folder / PERSONAL_FILE).unlink(missing_ok=True)
    kept = folder / MOVED_NAME
    if kept.exists():  # the store from before the first switch, kept under a name a next switch won't need
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept.rename(kept.with_name(f"{kept.stem}-{stamp}{kept.suffix}"))
    return checks
