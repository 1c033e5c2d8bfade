"""Fixtures for the merge tests: fast throwaway stores with chosen origins and clocks, canonical dumps.

Generated histories open thousands of stores; migrating each from scratch would cost more than the
merging under test, so each store is a copy of one migrated template, in RAM (/dev/shm) where there is,
and a discarded store is emptied back to the template's rows and opened again (emptied_stores.py).

The secretariat's stores ("centrals") can be on either backend (`central_kit`, parametrised): on
PostgreSQL each is one of a few databases of the test process's throwaway server, emptied when
discarded and used again (tests/pg_pool.py; making a database per store would cost a quarter of a second
each).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.records import RECORD_TYPES
from app.store import Store
from tests.app.merge.emptied_stores import EmptiedStores, read_template
from tests.pg_pool import PgPool

_folders: list[Path] = []  # made on first use, removed when the session ends
_names = itertools.count()
_emptied: list[EmptiedStores] = []  # made with the template


# A note's fields but its text, as the merge tests write it: each test gives the text it follows.
NOTE_FIELDS = {
    "conference_id": "conf",
    "table_number": 7,
    "question_id": "q1",
    "kind": "note",
    "themes": [],
    "votes": 0,
    "position": 1,
    "person_id": None,
}


def _folder() -> Path:
    if not _folders:
        ram = "/dev/shm" if os.path.isdir("/dev/shm") else None
        _folders.append(Path(tempfile.mkdtemp(prefix="rundabord-merge-", dir=ram)))
    return _folders[0]


def _template() -> Path:
    template = _folder() / "template.sqlite3"
    if not template.exists():
        store = Store(_folder() / "building.sqlite3")
        store.conn.execute("DELETE FROM meta WHERE key = 'clock'")  # the origin: set by memory_store
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        (_folder() / "building.sqlite3").rename(template)
        _emptied.append(EmptiedStores(read_template(template)))
    return template


class Clock:
    """A wall clock that runs a millisecond a reading from where a test sets it (fast or slow)."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        self.ms += 1
        return self.ms


def memory_store(origin: str, now: Callable[[], int] | None = None) -> Store:
    """A fresh workspace store with a chosen origin and, optionally, wall clock."""
    template = _template()
    store = _emptied[0].open(now)
    if store is None:
        path = _folder() / f"s{next(_names)}.sqlite3"
        shutil.copyfile(template, path)
        store = Store(path, now=now) if now is not None else Store(path)
    # Set through the store's own connection: another connection just for this opened and closed the
    # file's WAL once more, about a millisecond a store, and histories open thousands of stores.
    store.conn.execute("UPDATE meta SET value = ? WHERE key = 'origin'", (origin,))
    store.origin = origin
    return store


def clone_store(source: Store, now: Callable[[], int] | None = None) -> Store:
    """A copy of a workspace, origin and all: a laptop profile copied to a second laptop."""
    path = _folder() / f"s{next(_names)}.sqlite3"
    target = sqlite3.connect(path)
    source.conn.backup(target)
    target.close()
    return Store(path, now=now or source.clock._now)


def discard(store: Store) -> None:
    """Done with a store: emptied for the next one (emptied_stores.py), or closed and removed."""
    if _emptied and _emptied[0].take_back(store):
        return
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(store.path + suffix).unlink(missing_ok=True)


def canonical_dump(store: Store) -> dict[str, list]:
    """Everything merge decides, in a form two stores can be compared by: records, open conflicts."""
    dump: dict[str, list] = {}
    for name in RECORD_TYPES:
        dump[name] = list(store.dump(name))
    dump["conflicts"] = [
        tuple(row)
        for row in store.conn.execute(
            "SELECT id, record_type, record_id, field, value, rev, origin FROM conflicts ORDER BY id"
        )
    ]
    return json.loads(json.dumps(dump))


@pytest.fixture(scope="session", autouse=True)
def _remove_store_folder() -> Iterator[None]:
    yield
    for emptied in _emptied:
        emptied.close()
    _emptied.clear()
    for folder in _folders:
        shutil.rmtree(folder, ignore_errors=True)
    _folders.clear()


@pytest.fixture
def make_store() -> Iterator[Callable[..., Store]]:
    made: list[Store] = []

    def make(origin: str, now: Callable[[], int] | None = None) -> Store:
        store = memory_store(origin, now)
        made.append(store)
        return store

    yield make
    for store in made:
        discard(store)


@pytest.fixture(scope="session")
def kit() -> SimpleNamespace:
    """The helpers above, for tests that build stores inside a hypothesis example."""
    return SimpleNamespace(
        Clock=Clock,
        memory_store=memory_store,
        clone_store=clone_store,
        canonical_dump=canonical_dump,
        discard=discard,
    )


@pytest.fixture(scope="session")
def _pg_pool(pg_pool) -> PgPool:
    return pg_pool


@pytest.fixture
def central_kit(kit: SimpleNamespace, backend: str, request: pytest.FixtureRequest) -> SimpleNamespace:
    """`kit`, with `central_store(origin)`: a secretariat's store on the backend under test (laptops stay
    on SQLite, as chairs' laptops do), `discard` for either, and `backend`."""
    if backend == "sqlite":
        return SimpleNamespace(**vars(kit), central_store=memory_store, backend=backend)
    pool: PgPool = request.getfixturevalue("_pg_pool")

    def discard_either(store: Store) -> None:
        if store.dialect == "postgresql":
            pool.give_back(store)
        else:
            discard(store)

    return SimpleNamespace(
        **{**vars(kit), "discard": discard_either}, central_store=pool.store, backend=backend
    )
