"""Whether another person changed the store under an open window, for stores several people share.

`watch(store)` gives a watcher whose `changed()` names the kinds of data (as `ui.operations` announces
them: "notes", "bundles", "conflicts") that others changed since it was last asked, or None for a store
only this person writes (SQLite). A window asks a few times a second.
"""

from __future__ import annotations

from typing import Protocol

from app.store import Store

_KINDS = {
    "bundle_imports": "bundles",
    "conflict_resolutions": "conflicts",
}


class Watcher(Protocol):
    def changed(self) -> frozenset[str]: ...
    def close(self) -> None: ...


class _PostgresWatcher:
    def __init__(self, store: Store) -> None:
        from app.pg.listen import ChangeListener
        from app.pg.settings import password_for

        self.listener = ChangeListener(
            store.dsn,  # type: ignore[attr-defined]
            password_for(store.dsn),  # type: ignore[attr-defined]
            ignore_pid=store.conn.raw.info.backend_pid,  # type: ignore[attr-defined]
        )

    def changed(self) -> frozenset[str]:
        tables = self.listener.pending()
        # Any record table feeds the notes' views (a table's facts, a theme, a proposal's status), and a
        # merge that changed records may have opened conflicts.
        kinds = {_KINDS.get(table, "notes") for table in tables}
        return frozenset(kinds | {"conflicts"} if kinds else kinds)

    def close(self) -> None:
        self.listener.close()


def watch(store: Store) -> Watcher | None:
    if store.dialect != "postgresql":
        return None
    return _PostgresWatcher(store)
