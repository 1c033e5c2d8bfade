"""Fixtures for the merge tests: fast throwaway stores with chosen origins and clocks, canonical dumps.

Generated histories open thousands of stores; migrating each from scratch would cost more than the
merging under test, so each store is a copy of one migrated template, in RAM (/dev/shm) where there is.
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

_folders: list[Path] = []  # made on first use, removed when the session ends
_names = itertools.count()


def _folder() -> Path:
    if not _folders:
        ram = "/dev/shm" if os.path.isdir("/dev/shm") else None
        _folders.append(Path(tempfile.mkdtemp(prefix="rundabord-merge-", dir=ram)))
    return _folders[0]


def _template() -> Path:
    template = _folder() / "template.sqlite3"
    if not template.exists():
        store = Store(_folder() / "building.sqlite3")
        store.conn.execute("DELETE FROM meta WHERE key IN ('origin', 'clock')")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        (_folder() / "building.sqlite3").rename(template)
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
    path = _folder() / f"s{next(_names)}.sqlite3"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('origin', ?)", (origin,))
    conn.close()
    return Store(path, now=now) if now is not None else Store(path)


def clone_store(source: Store, now: Callable[[], int] | None = None) -> Store:
    """A copy of a workspace, origin and all: a laptop profile copied to a second laptop."""
    path = _folder() / f"s{next(_names)}.sqlite3"
    target = sqlite3.connect(path)
    source.conn.backup(target)
    target.close()
    return Store(path, now=now or source.clock._now)


def discard(store: Store) -> None:
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
